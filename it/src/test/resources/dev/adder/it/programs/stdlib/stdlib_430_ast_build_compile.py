import ast

body = [
    ast.Assign(targets=[ast.Name('total', ast.Store())], value=ast.Constant(0)),
    ast.For(target=ast.Name('i', ast.Store()),
            iter=ast.Call(ast.Name('range', ast.Load()), [ast.Constant(5)], []),
            body=[ast.AugAssign(ast.Name('total', ast.Store()), ast.Add(), ast.Name('i', ast.Load()))],
            orelse=[]),
    ast.FunctionDef(name='sq', args=ast.arguments([], [ast.arg('v')], None, [], [], None, []),
                    body=[ast.Return(ast.BinOp(ast.Name('v', ast.Load()), ast.Mult(), ast.Name('v', ast.Load())))],
                    decorator_list=[], returns=None),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                      [ast.Name('total', ast.Load()), ast.Call(ast.Name('sq', ast.Load()), [ast.Constant(7)], [])],
                      [ast.keyword('sep', ast.Constant(' -> '))])),
]
mod = ast.Module(body=body, type_ignores=[])
ast.fix_missing_locations(mod)
print(ast.unparse(mod))
exec(compile(mod, 'built', 'exec'))
expr = ast.Expression(ast.Compare(ast.Constant(1), [ast.Lt(), ast.LtE()], [ast.Constant(2), ast.Constant(2)]))
print(eval(compile(ast.fix_missing_locations(expr), 'e', 'eval')))
inter = ast.Interactive([ast.Expr(ast.Constant('shown'))])
exec(compile(ast.fix_missing_locations(inter), 'i', 'single'))
tree = ast.parse("def g():\n    return 42\n")
ns = {}
exec(compile(tree, 'g.py', 'exec'), ns)
print(ns['g'](), ns['g'].__code__.co_filename)
print(compile(tree, 'g.py', 'exec', ast.PyCF_ONLY_AST) is tree)
call = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant((1, ('a', b'b', None, (2.5, 3j)), ...))], []))
exec(compile(ast.fix_missing_locations(ast.Module([call], [])), 'tuple', 'exec'))
