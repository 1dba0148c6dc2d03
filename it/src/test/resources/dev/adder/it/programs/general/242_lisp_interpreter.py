# a tiny Lisp interpreter
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens[0] != ")":
            out.append(read(tokens))
        tokens.pop(0)
        return out
    try:
        return int(t)
    except ValueError:
        return t
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name}")
        return self.outer.find(name)
glob = Env()
glob.update({"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a)})
def evaluate(x, env=glob):
    if isinstance(x, str):
        return env.find(x)[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        env[args[0]] = evaluate(args[1], env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, Env(params, vals, env))
    f = evaluate(op, env)
    return f(*[evaluate(a, env) for a in args])
prog = ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
        "(fact 20)", "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
        "(list (fib 10) (fact 5) (+ 1 2 3 4))", "(undefined 1)"]
for src in prog:
    try:
        print(src[:30], "=>", evaluate(read(tokenize(src))))
    except NameError as e:
        print("error:", e)
