# a tiny tokenizer for arithmetic expressions
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            i += 2
        elif c in "+-*/()=,":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(("END", None))
    return tokens

for src in ["1 + 2*3", "x = (a_1 + .5) ** 2", "f(3, y)/4.25"]:
    print(src, "->", tokenize(src))
try:
    tokenize("2 $ 3")
except SyntaxError as e:
    print("SyntaxError:", e)
