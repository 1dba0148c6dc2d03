import ast

e = ast.Constant(1)
for i in range(200):
    e = ast.BinOp(e, ast.Add(), ast.Constant(1))
tree = ast.fix_missing_locations(ast.Expression(e))
print(eval(compile(tree, 'deep', 'eval')))
print(ast.unparse(tree)[:30], len(list(ast.walk(tree))))

e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(100000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
try:
    compile(ast.Expression(e), 'deep', 'eval')
except RecursionError as ex:
    print('RecursionError', ex)

body = [ast.Pass(lineno=1, col_offset=0)]
for i in range(50000):
    body = [ast.If(ast.Constant(1, lineno=1, col_offset=0), body, [], lineno=1, col_offset=0)]
try:
    compile(ast.Module(body, []), 'deep', 'exec')
except RecursionError as ex:
    print('RecursionError', ex)

src = 'x = ' + ' + '.join(str(i) for i in range(500))
t = ast.parse(src)
print(eval(compile(ast.Expression(t.body[0].value), 's', 'eval')))
nested = '[' * 50 + ']' * 50
print(ast.literal_eval(nested))
try:
    ast.parse('(' * 300 + ')' * 300)
except SyntaxError as ex:
    print('SyntaxError', ex.msg)
