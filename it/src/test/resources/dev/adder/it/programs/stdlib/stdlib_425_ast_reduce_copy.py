import ast
import copy

n = ast.parse("a + b * c").body[0].value
r = n.__reduce__()
print(r[0], r[1], sorted(r[2]))
print(r[2] is n.__dict__)
c = copy.copy(n)
print(c is n, c.left is n.left, ast.dump(c) == ast.dump(n))
d = copy.deepcopy(n)
print(d.left is n.left, ast.dump(d, include_attributes=True) == ast.dump(n, include_attributes=True))
d.right.op = ast.Sub()
print(ast.unparse(n), '|', ast.unparse(d))
print(ast.AST().__reduce__())
empty = ast.Pass()
print(empty.__reduce__())
