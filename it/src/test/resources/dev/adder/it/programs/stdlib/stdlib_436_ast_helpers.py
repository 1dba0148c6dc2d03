import ast

src = '''"""Module doc."""
def f(x):
    """Function doc.

    More text.
    """
    return x + 1

class K:
    "class doc"
    y = f(2)
'''
tree = ast.parse(src)
print(ast.get_docstring(tree))
print(ast.get_docstring(tree.body[1]))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]))
ret = tree.body[1].body[1]
print(ast.get_source_segment(src, ret))
print(ast.get_source_segment(src, tree.body[2], padded=True).splitlines()[0])
e = ast.parse("a + b", mode='eval')
ast.increment_lineno(e, 5)
print(e.body.lineno, e.body.end_lineno, e.body.left.lineno)
n = ast.Name('z', ast.Load())
ast.copy_location(n, ret.value)
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(sorted(type(x).__name__ for x in ast.walk(ret)))
print(ast.dump(ast.parse('x', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(ast.parse('async def f(): await x'), indent=1))
