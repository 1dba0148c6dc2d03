"""Writes ParserCases.txt: python3's answers for the parser cases below.

Run from this directory:  python3 ParserCasesGen.py > ParserCases.txt

For each case the file has a line `S <mode> <base64 of the source>` (UTF-8, except the one
BYTES case that declares latin-1) and then either
`D <ast.dump(tree, include_attributes=True)>` or
`E <type>\t<msg>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>` for the SyntaxError that
compile(source, '<case>', mode, ast.PyCF_ONLY_AST) raises (the source given as str, so that
offsets count code points; for mode `bytes`, the source is given as bytes in mode exec), or `M` for a MemoryError. The deeply nested cases (DEEP) only
record whether the parser accepts them: `P` if it does (converting such a deep tree to Python
objects then raises RecursionError, which is not the parser's), `M` if it raises MemoryError
(CPython's parser nesting limit).
"""
import ast
import base64
import sys
import warnings

EXEC = [
    # simple statements
    'x = 1', 'x = y = z = 1', 'x, y = 1, 2', '[x, *y] = z', '(x) = 1', 'x.a.b = 1', 'x[1:2, ::3] = 1',
    'x += 1', 'x **= 2', 'x //= 3', 'x @= m', 'x: int', 'x: int = 1', '(x): int = 1', 'x.a: int',
    'x[0]: int = 1', 'del x, y[0], z.a', 'del (x, y), [z]', 'pass', 'break', 'continue', 'return',
    'return x, *y', 'raise', 'raise E', 'raise E from e', 'global a, b', 'nonlocal a',
    'assert x', 'assert x, "m"', 'import a', 'import a.b.c as d, e', 'from . import x',
    'from .. a import (b as c, d,)', 'from ...a.b import *', 'from .... import x',
    'x = yield', 'yield x', 'yield from x', 'x = (yield)', 'x; y; z;', 'x = 1  # comment',
    # expressions
    'a or b and not c', 'a < b <= c == d != e > f >= g in h not in i is j is not k',
    'a | b ^ c & d << e >> f + g - h * i / j // k % l @ m', '-a ** -b', '~+a', 'await x',
    'a if b else c if d else e', 'lambda: 0', 'lambda x, /, y=1, *a, z, w=2, **k: 0',
    'lambda *, a: a', 'f(a, *b, c=1, **d)', 'f(x for x in y)', 'f(a)(b)[c].d',
    'x[a:b:c]', 'x[:]', 'x[::]', 'x[a, b:c]', 'x[*a]', 'x[*a, b]', '(x := 1)', 'f(x := 1)',
    '[x for x in y if z for w in v]', '{x for x in y}', '{k: v for k, v in d}',
    '(x async for x in y)', '[*a, *b]', '{*a, b}', '{**a, "b": 1}', '{}', '()', '(1,)', '[]',
    '...', 'None, True, False', '1, 2.5, 3j, 0x10, 1_000', '"a" "b"', "b'x' b'y'", "u'x'",
    'f"{x}"', 'f"{x!r:>{w}} {y=}"', 'f"a" "b" f"{c}"', 'x = "é" + "€" + "😀"; é = 1',
    'x = """a\nb"""\ny = 1', "s = 'a\\\nb'", 'x = (\n  1,\n  2,\n)',
    'x = [\n  1 # c\n  , 2]',
    # compound statements
    'if a:\n  pass\nelif b:\n  pass\nelse:\n  pass',
    'while x:\n  break\nelse:\n  pass', 'for x, y in z:\n  pass\nelse:\n  pass',
    'async def f():\n  async for x in y:\n    pass\n  async with a as b, c:\n    pass\n  await z',
    'with a as (b, c), d:\n  pass', 'with (a as b, c as d,):\n  pass', 'with (a, b):\n  pass',
    'try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass',
    'try:\n  pass\nfinally:\n  pass', 'try:\n  pass\nexcept* E:\n  pass',
    '@d\n@e.f(1)\ndef f(a: int = 1, *args: *T, b, **kw) -> int:\n  return a',
    '@d\nclass C(B, metaclass=M):\n  x = 1\n  def m(self): pass',
    'class C: pass', 'class C(): pass', 'def f(): pass', 'def f(a, b=1, /, c=2, *, d): pass',
    'if x:\n    if y:\n        pass\n    z = 1\n', 'if x:\n\n  # c\n  pass\n\n',
    'if x: a; b\nelse: c',
    # match
    'match x:\n  case 1 | -2 | 3.5 | -1+2j | "s" | b"b" | None | True:\n    pass',
    'match x:\n  case [a, *rest] | (b, *_) | []:\n    pass',
    'match x:\n  case {"k": v, 1: w, **rest}:\n    pass\n  case {}:\n    pass',
    'match x:\n  case C(1, a=b) if a > 0:\n    pass\n  case D.E.F() as g:\n    pass',
    'match x, y:\n  case (a as b, _):\n    pass', 'match = 1\ncase = 2\n_ = match',
    'match (x):\n  case a.b:\n    pass', 'match x:\n  case {a.b: c}:\n    pass',
    # positions with non-ASCII text
    'é = "ü" + f"{ä}"', 'x = ("€€", \n "😀")', '# é\nx = 1',
    # syntax errors
    'x = (1, 2', 'x = [1, 2 3]', 'f(a b)', 'x = 1 +', 'if x\n  pass', 'if x:\npass',
    'def f():\nreturn 1', 'class C\n  pass', 'while x\n  pass', 'for x in y\n  pass',
    'with x\n  pass', 'try:\n  pass', 'try:\n  pass\nexcept E, F:\n  pass',
    'try:\n  pass\nexcept\n  pass', 'try:\n  pass\nexcept* :\n  pass',
    'try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass', 'x = 1 if y', 'print "x"', 'exec "x"',
    'f(x for x in y, 1)', 'f(1, x for x in y)', 'f(a=1, b)', 'f(**a, b)', 'f(**a, *b)',
    'f(a + 1 = 2)', 'f(True=1)', 'f(x=1 for x in y)', 'x + 1 = 2', '(a, b) += 1', 'f() = 1',
    'del f()', 'del *x', 'for f() in x: pass', 'with a as f(): pass', '[x, y] : int = 1',
    'x, y: int', 'x.y: int: str', 'a = yield = b', 'lambda x=1, y: 0', 'def f(x=1, y): pass',
    'def f(*): pass', 'def f(*, **k): pass', 'def f(*a=1): pass', 'def f(**k=1): pass',
    'def f(**k, a): pass', 'def f(/, a): pass', 'def f(a, /, b, /): pass', 'def f(*a, /): pass',
    'def f(a=): pass', 'def f((a, b)): pass', 'lambda (a): 0', 'def f(*a, *b): pass',
    '[*x for x in y]', '{**x for x in y}', '[x, y for x in z]', '(*x)', '(**x)', '{1: *x}',
    '{1:}', '{1 2}', '{a: 1, b}', 'x := 1', '(a.b := 1)', 'if x = 1: pass', 'f(a, b=c d)',
    'from x import a,', 'import a as b.c', 'x = 0777', 'x = 1_', 'x = 0x', 'x = 1e', "x = 'abc",
    'x = """abc', 'x = $', 'x = €', '\tif x:\n        pass', 'if x:\n  a\n    b',
    'if x:\n    a\n  b', 'x = (\n', ')', 'x = (]', 'a <> b', 'match x:\n  case 1+1: pass',
    'match x:\n  case a as _: pass', 'match x:\n  case a as 1: pass',
    'match x:\n  case C(a=1, 2): pass', 'match x\n  case 1: pass', 'match x:\ncase 1: pass',
    'match x:\n  case 1\n    pass', 'def f():\n  yield = 1', 'f"{}"', 'f"{x!z}"', 'f"{x"',
    "b'é'", 'x = "a" b"b"', 'f(a, *:)', 'f(**a, *)', 'a = 1; b = (', 'x\\y', 'x = 1 \\ 2',
    'def f(\n  a,\n  b\n  c): pass', 'for x in range(10):\npass', 'async x = 1', 'await = 1',
    'None = 1', 'True += 1', '... = 1', 'f"{a b}"', 'if True:\n  pass\n else:\n  pass',
    'x = {1: 2, 3}', 'def f[T](): pass', 'class C(x for x in y): pass', 'import *',
    'from x import *, y', 'return *a', 'x = *a', 'print(*a for a in b)', '(yield) = 1',
    'with open(x) as y, : pass', 'x = [i for i in range(3) if]', 'else: pass', 'elif x: pass',
    'except: pass', 'finally: pass', 'x = 1 2', 'f(1 2)', '[1 2]', '{1 2}', '(1 2)',
]
EVAL = ['1 + 2', 'x, y', 'lambda: (yield)', 'f(*a, **b)', '(a for b in c)', '', 'x = 1',
        'a if b', '1 2', '\n1\n']
SINGLE = ['x = 1\n', 'if x:\n  pass\n', 'x = 1; y = 2\n', 'x = 1\ny = 2\n', '\n',
          'def f():\n  return 1\n\n', 'x = 1 # c\n# d\n']
FUNC_TYPE = ['() -> int', '(int, str) -> bool', '(*int) -> None', '(**int) -> None',
             '(a, *b, **c) -> d', '(*a, **b) -> c', '(int) -> ', 'int -> str']
# given as bytes: with no coding declaration, CPython counts the offsets of syntax errors in bytes
BYTES = ['é = 1 +', 'x = "€" 1', '# -*- coding: latin-1 -*-\nx = "\xe9" 1', 'ü = (1,\n2', 'print "é"',
         '\ufeffx = 1 +', 'é = 1\nf(a for a in b, c)']
DEEP = ['-' * 5969 + '1', '-' * 5970 + '1', 'lambda:' * 2984 + 'x', 'lambda:' * 2985 + 'x',
        '(' * 199 + ')' * 199, '(' * 200 + ')' * 200]


def answer(src, mode):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            if mode == 'bytes':
                data = src.encode('latin-1' if 'latin-1' in src else 'utf-8')
                tree = compile(data, '<case>', 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
            else:
                tree = compile(src, '<case>', mode, ast.PyCF_ONLY_AST, dont_inherit=True)
        return 'D ' + ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return 'E %s\t%s\t%s\t%s\t%s\t%s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                             e.end_lineno, e.end_offset)
    except MemoryError:
        return 'M'
    except RecursionError:
        return 'P'


def main():
    out = sys.stdout
    for mode, cases in (('exec', EXEC + DEEP), ('eval', EVAL), ('single', SINGLE),
                        ('func_type', FUNC_TYPE), ('bytes', BYTES)):
        for src in cases:
            data = src.encode('latin-1' if mode == 'bytes' and 'latin-1' in src else 'utf-8')
            out.write('S %s %s\n' % (mode, base64.b64encode(data).decode()))
            a = answer(src, mode)
            if src in DEEP and a.startswith('D '):
                a = 'P'
            out.write(a + '\n')


main()
