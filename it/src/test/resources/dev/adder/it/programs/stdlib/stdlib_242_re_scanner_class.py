import re

def s_ident(scanner, token):
    return ("IDENT", token)

def s_operator(scanner, token):
    return ("OP", token)

def s_float(scanner, token):
    return ("FLOAT", float(token))

def s_int(scanner, token):
    return ("INT", int(token))

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 ? 2"))
print(scanner.scan(""))
words = re.Scanner([(r"\w+", lambda s, t: t.upper()), (r"[,. ]+", None)])
print(words.scan("hello, big world."))
def keep(scanner, tok):
    return (scanner.match.lastindex, tok)
sc = re.Scanner([(r"(a)(b)", keep), (r"c", keep)])
print(sc.scan("abcab"))
print(re.Scanner([(r"x", "X"), (r"y", "Y")]).scan("xyxz"))
