"""Records CPython 3.10's code objects for the compiler's test cases.

Run from this directory with CPython 3.10 (the oracle; the tests themselves need no Python):

    python3.10 make_expected.py codegen-cases.txt > codegen-expected.txt

Each case of the input starts with a line "### NAME [mode=exec|eval|single] [flags=N] [optimize=N]"
followed by its source. For each case the output has the "### NAME" line, then every code object
(depth first, constants in order) in the form CodeDump.java writes, or "ERROR <type>: <msg>" if
CPython 3.10 rejects the source.
"""
import sys, types

def crepr(c):
    if isinstance(c, types.CodeType):
        return '<code %s>' % c.co_name
    if isinstance(c, tuple):
        items = [crepr(x) for x in c]
        return '(' + ', '.join(items) + (',' if len(items) == 1 else '') + ')'
    if isinstance(c, frozenset):
        return 'frozenset({' + ', '.join(sorted(crepr(x) for x in c)) + '})'
    return repr(c)

def lines(co):
    out = []
    for start, end, line in co.co_lines():
        l = -1 if line is None else line
        if out and out[-1][2] == l and out[-1][1] == start:
            out[-1][1] = end
        else:
            out.append([start, end, l])
    return ' '.join('%d-%d:%d' % tuple(r) for r in out)

def dump(co, path, out):
    q = path + '/' + co.co_name
    out.append('CODE %s' % q)
    out.append(' args %d %d %d nlocals %d stack %d flags %d first %d' % (co.co_argcount, co.co_posonlyargcount,
               co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags, co.co_firstlineno))
    out.append(' code ' + co.co_code.hex())
    out.append(' consts ' + ' | '.join(crepr(c) for c in co.co_consts))
    out.append(' names ' + ' '.join(co.co_names))
    out.append(' varnames ' + ' '.join(co.co_varnames))
    out.append(' freevars ' + ' '.join(co.co_freevars))
    out.append(' cellvars ' + ' '.join(co.co_cellvars))
    out.append(' lines ' + lines(co))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, q, out)

def cases(text):
    name = None
    body = []
    for line in text.split('\n'):
        if line.startswith('### '):
            if name is not None:
                yield name, '\n'.join(body)
            name, body = line[4:], []
        else:
            body.append(line)
    if name is not None:
        yield name, '\n'.join(body)

def main():
    import warnings
    warnings.simplefilter('ignore')
    with open(sys.argv[1], encoding='utf-8') as f:
        text = f.read()
    out = []
    for header, src in cases(text):
        opts = dict(w.split('=', 1) for w in header.split()[1:])
        out.append('### ' + header)
        try:
            co = compile(src, '<case>', opts.get('mode', 'exec'), int(opts.get('flags', '0'), 0), True,
                         int(opts.get('optimize', '0')))
        except SyntaxError as e:
            out.append('ERROR %s: %s' % (type(e).__name__, e.msg))
            continue
        dump(co, '', out)
    sys.stdout.write('\n'.join(out) + '\n')

main()
