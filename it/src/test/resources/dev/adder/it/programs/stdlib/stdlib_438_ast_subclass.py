import ast

class MyName(ast.Name):
    _fields = ('id', 'ctx', 'note')
    def describe(self):
        return f'{self.id}:{self.note}'

n = MyName('x', ast.Load(), 'hello')
print(n.describe(), isinstance(n, ast.expr), type(n).__mro__[1].__name__)
print(ast.dump(n))

class Node(ast.AST):
    _fields = ('a', 'b')

k = Node(1, b=2)
print(k.a, k.b, ast.dump(k))
try:
    Node(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Node(1, a=2)
except TypeError as e:
    print(e)

class Custom(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(MyName(node.id, node.ctx, 'n'), node)

tree = Custom().visit(ast.parse('a = b + c'))
print([x.describe() for x in ast.walk(tree) if isinstance(x, MyName)])
exec(compile(tree, 'c', 'exec'), {'b': 1, 'c': 2})

class Empty(ast.AST):
    pass
print(Empty._fields, ast.dump(Empty()))
e = Empty(foo=1)
print(e.foo)
print(ast.Num, ast.Str, issubclass(ast.Num, ast.Constant))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num))
