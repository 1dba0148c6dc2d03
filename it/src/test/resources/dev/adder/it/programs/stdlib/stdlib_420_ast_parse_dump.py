import ast

sources = [
    "x = 1",
    "a, *b = f(1, *c, k=2, **d)",
    "def f(a, /, b=2, *c, d, e=5, **g) -> int:\n    return a",
    "class C(B, metaclass=M):\n    'doc'\n    x: int = 3",
    "lambda x, y=1: x if y else -x",
    "[i * 2 for i in range(10) if i % 2 for j in 'ab']",
    "{k: v for k, v in d.items()}",
    "async def g():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x",
    "try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del x",
    "import a.b as c\nfrom ..m import (x, y as z)\nfrom . import *",
    "global g\nnonlocal n",
    "while True:\n    break\nelse:\n    continue",
    "with open(f) as g, h:\n    pass",
    "x[1:2, ::3] += 4",
    "f'{a!r:>{w}} {b=}'",
    "assert x, 'msg'",
    "print(b'x', 1.5, 2j, ..., None, True, 0xff)",
    "a < b <= c is not d not in e",
    "not a and b or c",
    "(y := 10) ** -2 @ m // 3 >> 1 << 2 | 4 ^ 5 & 6",
]
for s in sources:
    print(ast.dump(ast.parse(s)))
