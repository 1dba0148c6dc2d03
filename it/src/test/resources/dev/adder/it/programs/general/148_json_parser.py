# a hand-written JSON parser
def parse(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in " \n\t\r":
            i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == "{":
            i += 1
            out = {}
            ws()
            if s[i] == "}":
                i += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                assert s[i] == ":", f"expected ':' at {i}"
                i += 1
                out[k] = value()
                ws()
                if s[i] == "}":
                    i += 1
                    return out
                i += 1
        if c == "[":
            i += 1
            out = []
            ws()
            if s[i] == "]":
                i += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[i] == "]":
                    i += 1
                    return out
                i += 1
        if c == '"':
            j = s.index('"', i + 1)
            r = s[i + 1:j]
            i = j + 1
            return r
        for lit, v in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, i):
                i += len(lit)
                return v
        j = i
        while j < len(s) and s[j] in "+-0123456789.eE":
            j += 1
        num = s[i:j]
        i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "str", "d": []}, "e": {}}'
print(parse(text))
print(parse("[[], [[]], 0]"), parse('"x"'), parse(" 42 "))
