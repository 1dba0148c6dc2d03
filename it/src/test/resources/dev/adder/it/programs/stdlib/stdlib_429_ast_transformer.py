import ast

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

class RenamePrint(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'show':
            return ast.copy_location(ast.Name('print', node.ctx), node)
        return node

class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None

src = '''
x = 1 + 2
def f(a, b=3):
    pass
    return a * b
show(x, f(5), [i for i in range(4)], True)
'''
tree = ast.parse(src)
tree = Double().visit(tree)
tree = RenamePrint().visit(tree)
tree = DropPass().visit(tree)
tree = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
code = compile(tree, '<transformed>', 'exec')
ns = {}
exec(code, ns)
print(ns['x'], ns['f'](1))
e = ast.parse('x * 10 + 1', mode='eval')
e = Double().visit(e)
print(eval(compile(e, '<e>', 'eval'), {'x': 4}))
