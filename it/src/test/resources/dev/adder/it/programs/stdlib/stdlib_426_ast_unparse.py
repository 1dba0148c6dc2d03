import ast

sources = [
    "x = (1, 2)\ny = [a for a in b if a]\n",
    "def f(a: int, *args, b: str = 'x', **kw) -> None:\n    '''Doc.'''\n    return await_(a)\n",
    "class A(B):\n    @property\n    def p(self):\n        return self._p\n",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None as q if q:\n        pass\n",
    "print(f'{x!r:>10} and {y:{w}}')\n",
    "a = b if c else d\ndel a[1:2], b.c\n",
    "with a as (b, c):\n    raise E from None\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "lambda: (yield)\n",
    "x = -(-1) ** 2 + ~y and not z\n",
]
for s in sources:
    t = ast.parse(s)
    u = ast.unparse(t)
    print(u)
    print('same tree:', ast.dump(ast.parse(u)) == ast.dump(t))
