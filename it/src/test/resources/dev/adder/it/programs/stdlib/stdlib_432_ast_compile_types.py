import ast
import re

class Fake:
    lineno = 1
    col_offset = 0
    def __repr__(self):
        return '<Fake>'

def t(stmt):
    tree = ast.Module([stmt], [])
    ast.fix_missing_locations(tree)
    try:
        compile(tree, 'f', 'exec')
        print('ok')
    except Exception as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))

t(Fake())
t(ast.Expr(Fake()))
t(ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2))))
t(ast.Expr(ast.BinOp(ast.Constant(1), None, ast.Constant(2))))
t(ast.Expr(ast.UnaryOp(ast.Add(), ast.Constant(2))))
t(ast.Expr(ast.Name(1, ast.Load())))
t(ast.Expr(ast.Name('x', 'Load')))
t(ast.Expr(ast.Constant([1])))
t(ast.Expr(ast.Constant({1})))
t(ast.Expr(ast.Constant(1, 3)))
t(ast.Global([1]))
t(ast.Expr(ast.FormattedValue(ast.Constant(1), 'x', None)))
t(ast.Expr(ast.Call(ast.Name('f', ast.Load()), ast.Constant(1), [])))
t(ast.Expr(ast.Call(ast.Name('f', ast.Load()), [], [ast.Constant(1)])))
t(ast.Import([ast.alias(3)]))
t(ast.Expr(ast.Compare(ast.Constant(1), [ast.Eq], [ast.Constant(1)])))
t(ast.Expr(ast.BoolOp(ast.Or(), [ast.Constant(1), ast.Constant(2)])))
