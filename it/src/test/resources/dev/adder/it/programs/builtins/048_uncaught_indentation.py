src = 'if True:\nprint(1)\n'
try:
    exec(src)
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
eval('1 +\n', {})
