# An uncaught IndentationError (or TabError) is drawn with one caret, whatever its end offset;
# a SyntaxError with the same offsets gets the whole range.
try:
    compile('def f():\nreturn 1\n', 'x', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    raise SyntaxError('range', ('x', 2, 1, 'return 1\n', 2, 7))
except SyntaxError as e:
    import traceback
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
compile('def f():\nreturn 1\n', 'x', 'exec')
