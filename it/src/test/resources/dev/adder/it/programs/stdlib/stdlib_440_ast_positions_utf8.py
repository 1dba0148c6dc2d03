import ast

src = 'é = "ünï" + ñ\nx = "日本語"; y = 1\n'
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(src, node)))
print(ast.dump(tree))
t = ast.parse(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')
print(t.body[0].value.value, t.body[0].value.col_offset, t.body[0].value.end_col_offset)
t = ast.parse('u"x" + "y"', mode='eval')
print(t.body.left.kind, t.body.right.kind)
print(ast.dump(ast.parse('''x = (
    1,
    2)
''', mode='exec'), include_attributes=True))
