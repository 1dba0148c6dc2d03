import ast

def t(tree, mode='exec'):
    try:
        compile(tree, 'f', mode)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

t(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
t(ast.Module([ast.Expr(ast.Name('x', ast.Load()), lineno=1, col_offset=0)], []))
m = ast.Module([ast.Expr(ast.Name('x'))], [])
t(ast.fix_missing_locations(m))
t(ast.Module())
t(ast.Module(body=[]))
t(ast.Module(body=3, type_ignores=[]))
t(ast.Module([ast.Pass(lineno=1, col_offset=0)], None))
t(ast.Expression(ast.Constant(1, lineno=1, col_offset=0)), 'exec')
t(ast.Module([], []), 'eval')
t(ast.Module([], []), 'single')
t(ast.Expression(ast.Constant(1, lineno=1, col_offset=0)), 'single')
t(ast.fix_missing_locations(ast.Module([ast.Expr(ast.BinOp(None, ast.Add(), ast.Constant(1)))], [])))
t(ast.fix_missing_locations(ast.Module([ast.FunctionDef(None, ast.arguments([], [], None, [], [], None, []), [ast.Pass()], [])], [])))
t(ast.Module([ast.Expr(ast.Constant(1), lineno='a', col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Constant(1), lineno=1.0, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Constant(1), lineno=1, col_offset=0, end_lineno=2**70)], []))
t(ast.Module([ast.Expr(ast.Constant(1), lineno=1, col_offset=0, end_lineno=None)], []))
t(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Constant(1)), None], [])))
t(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Tuple([None], ast.Load()))], [])))
t(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Constant(1))], [3])))
t(ast.Name('x'))
t(3)
