"""Records the SyntaxErrors (and SyntaxWarnings raised as errors) of CPython's compile() for
the compiler's error cases.

Run from this directory with CPython 3.11 (python3, the language oracle):

    python3 make_errors.py errors-cases.txt > errors-expected.txt

Cases are separated by lines "### NAME [flags=N]"; each output line is
"NAME<TAB>msg<TAB>lineno<TAB>offset<TAB>end_lineno<TAB>end_offset", or "NAME<TAB>OK" if the source
compiles. Warnings are turned into errors (as python -W error does).
"""
import sys, warnings

def cases(text):
    name, body = None, []
    for line in text.split('\n'):
        if line.startswith('### '):
            if name is not None:
                yield name, '\n'.join(body)
            name, body = line[4:], []
        else:
            body.append(line)
    if name is not None:
        yield name, '\n'.join(body)

warnings.simplefilter('error')
with open(sys.argv[1], encoding='utf-8') as f:
    text = f.read()
for header, src in cases(text):
    parts = header.split()
    opts = dict(w.split('=', 1) for w in parts[1:])
    try:
        compile(src, '<case>', 'exec', int(opts.get('flags', '0'), 0), True)
        print('%s\tOK' % parts[0])
    except SyntaxError as e:
        print('%s\t%s\t%s\t%s\t%s\t%s' % (parts[0], e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
