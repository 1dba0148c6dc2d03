import ast

n = ast.Name('x', ast.Load())
print(n.id, getattr(n, 'lineno', 'no lineno'))
del n.id
print(hasattr(n, 'id'), sorted(n.__dict__))
n.id = 'y'
print(ast.dump(n))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Constant(None)))
try:
    ast.dump(3)
except TypeError as e:
    print(e)
node = ast.parse('x = 1').body[0]
node.targets = 'not a list'
compile(ast.Module([node], []), 'f', 'exec')
