"""What CPython's parser says about each of a list of programs: reads one program per line of
stdin, hex-encoded bytes, and writes one line per program:

    OK                                                   if ast.parse accepts it
    S <json type> <lineno> <offset> <end_lineno> <end_offset> <json msg>

for the exception compile(source, '<test>', 'exec', ast.PyCF_ONLY_AST) -- i.e. ast.parse --
raises; '-' for a None position. <json x> is json.dumps(x, ensure_ascii=True).
"""
import ast
import json
import sys


def opt(x):
    return '-' if x is None else str(x)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('%s: %s is Python %s; the conformance tests need CPython 3.11 (set -Dadder.python=...)'
                 % ('compile_errors', sys.executable, sys.version.split()[0]))
    out = []
    for line in sys.stdin:
        source = bytes.fromhex(line.strip())
        try:
            compile(source, '<test>', 'exec', ast.PyCF_ONLY_AST)
            out.append('OK')
        except SyntaxError as err:
            out.append('S %s %s %s %s %s %s' % (json.dumps(type(err).__name__), opt(err.lineno), opt(err.offset),
                                                opt(err.end_lineno), opt(err.end_offset),
                                                json.dumps(err.msg, ensure_ascii=True)))
        except (ValueError, MemoryError, RecursionError) as err:
            out.append('S %s - - - - %s' % (json.dumps(type(err).__name__), json.dumps(str(err), ensure_ascii=True)))
    sys.stdout.write(''.join(o + '\n' for o in out))


if __name__ == '__main__':
    main()
