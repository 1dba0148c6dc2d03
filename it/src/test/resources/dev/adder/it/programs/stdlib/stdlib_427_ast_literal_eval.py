import ast

for s in ["1", "-2.5", "1+2j", "'abc'", "b'x'", "[1, (2, 3), {'a': {4}}]", "None", "True",
          "{1: 2, 3: [4]}", "()", "set()", "  42", "-(1)", "1e10", "(1,)", "...",]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(s, '->', type(e).__name__, e)

for s in ["x", "f(1)", "1 + x", "[1, y]", "{**a}", "a.b", "2 ** 3", "{}.keys()", "'a' * 3"]:
    try:
        print(ast.literal_eval(s))
    except ValueError as e:
        print(s, '->', type(e).__name__, str(e).split(' at 0x')[0].split(' on line')[0])

node = ast.Expression(ast.List([ast.Constant(1), ast.Constant('two')], ast.Load()))
print(ast.literal_eval(node))
print(ast.literal_eval(ast.Constant(7)))
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print('SyntaxError', e.msg)
