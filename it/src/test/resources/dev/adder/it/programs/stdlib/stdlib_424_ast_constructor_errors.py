import ast

def t(f):
    try:
        r = f()
        print('ok', ast.dump(r) if isinstance(r, ast.AST) else r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ast.Name('x', ast.Load(), 3))
t(lambda: ast.Load(1))
t(lambda: ast.Pass(1))
t(lambda: ast.BinOp(1, 2, 3, 4))
t(lambda: ast.Constant(1, 2, 3))
t(lambda: ast.Name('x', id='y'))
t(lambda: ast.BinOp(1, 2, op=3))
t(lambda: ast.AST(1))
t(lambda: ast.arguments(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: ast.Name('x').ctx)
t(lambda: ast.Module().body)
t(lambda: ast.Name().id)
t(lambda: ast.Constant(1).kind)
t(lambda: ast.Name('x').lineno)
t(lambda: ast.Name('x').end_lineno)
t(lambda: ast.alias('x').asname)
