import ast

for src in ['x = ', 'def f(:\n  pass', 'a b', '  x = 1', 'return 1', 'f(x for x in y, 1)', '(a := 1) = 2',
            "f'{'", 'x = 1\n\tif x:\n        pass', 'print "hi"', 'nonlocal x', 'x = 0o9']:
    try:
        ast.parse(src)
        print('parsed', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse('x\0y')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    compile('x = 1', 'f', 'exec', 0x400, 1, -1)
    print(type(compile('x = 1', 'f', 'exec', 0x400)).__name__)
    compile('x', 'f', 'exec', 0x400 | 0x100000)
except ValueError as e:
    print('ValueError', e)
try:
    compile('x', 'f', 'bad', 0x400)
except ValueError as e:
    print('ValueError', e)
ast.parse('def f(:')
