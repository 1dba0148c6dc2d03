import ast

t1 = ast.parse('a + b; c = d - e')
t2 = ast.parse('x + y')
ctx1 = t1.body[0].value.left.ctx
ctx2 = t2.body[0].value.left.ctx
print(ctx1 is ctx2, type(ctx1).__name__)
store = t1.body[1].targets[0].ctx
print(store is ctx1, type(store).__name__)
print(t1.body[0].value.op is t2.body[0].value.op)
print(ast.Load() is ast.Load(), ast.Load() is ctx1)
print(ast.dump(ast.Load()), ast.Load()._fields)
for s in ['a and b', 'not a', 'a < b', 'a ** b', '-a', '~a', 'a is not b']:
    t = ast.parse(s, mode='eval').body
    op = getattr(t, 'op', None) or t.ops[0]
    print(s, '->', type(op).__name__, isinstance(op, (ast.boolop, ast.unaryop, ast.cmpop, ast.operator)))
print(ast.dump(ast.parse('del a[0], b.c').body[0]))
