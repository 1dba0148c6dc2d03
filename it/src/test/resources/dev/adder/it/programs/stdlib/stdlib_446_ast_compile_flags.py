import ast
import __future__

tree = ast.parse('def f(x: undefined_name) -> also_undefined:\n    return x\n')
ns = {}
exec(compile(tree, 'ann', 'exec', __future__.annotations.compiler_flag), ns)
print(ns['f'].__annotations__)
tree = ast.parse('assert False, "boom"\nprint("after assert")\n')
exec(compile(tree, 'opt', 'exec', optimize=1))
try:
    exec(compile(tree, 'opt', 'exec', optimize=0))
except AssertionError as e:
    print('AssertionError', e)
tree = ast.parse('print(__debug__)')
exec(compile(tree, 'd', 'exec', optimize=2))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
t = compile('x = 1', 'f', 'exec', flags=ast.PyCF_ONLY_AST, dont_inherit=True)
print(type(t).__name__, ast.dump(t))
code = compile(ast.parse('1 + 2', mode='eval'), 'e', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
g = ast.parse('def gen():\n    yield 1\n    yield from [2, 3]\n')
ns = {}
exec(compile(g, 'g', 'exec'), ns)
print(list(ns['gen']()))
try:
    compile(ast.parse('x = 1'), 'f', 'eval')
except TypeError as e:
    print('TypeError', e)
