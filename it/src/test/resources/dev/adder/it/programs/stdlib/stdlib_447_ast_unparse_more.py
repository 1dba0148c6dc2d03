import ast

for src in [
    "@decorator(arg)\n@other\ndef f[T](x): pass" if False else "@decorator(arg)\n@other\ndef f(x):\n    pass",
    "x = {**a, 'b': 1, **c}",
    "print(*args, sep='', **kw)",
    "a[b:c, ::2, ...] = d",
    "f'{x:{width}.{precision}}' + f'{y!a}' + f'{z=}'",
    "r = [(yield) for _ in ()]" if False else "x = (a for b in c if d if e)",
    "global a, b",
    "class A(B, C, metaclass=M, **kw):\n    x: int\n    y: 'str' = 'q'",
    "async def f():\n    return [x async for x in aiter() if await x]",
    "x = 1 if y else 2 if z else 3",
    "assert (a, b)",
    "lambda *, k=1, **kw: (k, kw)",
    "def g(a, b=1, /, c=2, *d, e, f=3, **g):\n    nonlocal_x = 1",
    "x = a if b else (c := 5)",
    "del (a, b), [c]",
    "raise",
    "from . import (a as b, c)",
    "(a, b), *c = 1, 2, 3, 4",
    "x = 1_000_000 + 0x_ff + 1e-5 + 3j - -2",
    "x = 'single \\' quote' + \"double \\\" quote\" + '''tri\nple'''",
]:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('--', ast.dump(ast.parse(out)) == ast.dump(tree))
