# recursive-descent parser and evaluator
class Parser:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        t = self.take()
        if t == "-":
            return -self.factor()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise ValueError("expected )")
            return v
        return int(t)

for e in ["1 + 2 * 3", "( 1 + 2 ) * 3", "10 / 4", "- ( 2 + 3 ) * 4", "17 % 5 + 2 * ( 3 - 1 )", "2 * ( 3"]:
    try:
        print(e, "=", Parser(e).expr())
    except (ValueError, TypeError) as ex:
        print(e, "error:", ex)
