import ast

tree = ast.parse('print("before")')
exec(compile(tree, 'ok.py', 'exec'))
bad = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], [])
print('compiling bad tree')
compile(bad, 'bad.py', 'exec')
