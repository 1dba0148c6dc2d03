def show(src, mode='exec', name='<src>'):
    try:
        compile(src, name, mode)
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print(str(e))
        print(len(e.args), e.args[0])

show('x = (1,')
show('a b')
show('def f():\nreturn 1')
show('if 1:\n  x\n    y')
show('1 +', 'eval', 'the_file.py')
show('x = 1\n\tfoo(')
show('for x in 1:\npass')
try:
    exec('1 = 2')
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
try:
    eval('(')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
