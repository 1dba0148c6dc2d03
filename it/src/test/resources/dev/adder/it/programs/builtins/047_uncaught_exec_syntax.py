code = 'total = 1 +'
print('compiling', repr(code))
try:
    compile(code, '<snippet>', 'exec')
except SyntaxError as e:
    print('caught', e.msg, e.lineno, e.offset)
exec(code)
