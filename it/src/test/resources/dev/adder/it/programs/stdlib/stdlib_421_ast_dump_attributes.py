import ast

src = '''
def fn(a, b=1):
    """doc"""
    return a + b  # comment

x = [fn(i) for i in range(3)]
if x:
    print("é", x)
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=2))
print(ast.dump(tree, indent='..', annotate_fields=False))
print(ast.dump(tree.body[0].args, include_attributes=True, indent=1))
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
