import ast

def describe(node):
    match node:
        case ast.BinOp(ast.Constant(value=a), op, ast.Constant(value=b)):
            return f'constant {type(op).__name__} {a} {b}'
        case ast.Call(func=ast.Name(id=name), args=[*args]):
            return f'call {name} with {len(args)} args'
        case ast.Name(id, ast.Store()):
            return f'store {id}'
        case ast.Name(id=id):
            return f'name {id}'
        case ast.Constant(value=str() as s):
            return f'string {s!r}'
        case _:
            return type(node).__name__

for s in ['1 + 2', 'f(a, b, c)', 'x', '"hi"', '[1]', '3 * 4']:
    print(describe(ast.parse(s, mode='eval').body))
print(describe(ast.parse('y = 1').body[0].targets[0]))
print(ast.BinOp.__match_args__, ast.Load.__match_args__)

src = '''
match cmd:
    case ["go", direction] if direction in dirs:
        pass
    case {"x": 0, **rest}:
        pass
    case Point(x=0, y=yy) | [_, *_]:
        pass
    case -1 | 1.5 | 2j | "s" | b"b" | None | True:
        pass
    case other:
        pass
'''
print(ast.dump(ast.parse(src).body[0], indent=1))
exec(compile(ast.parse("match 5:\n    case 5:\n        print('five')\n"), 'm', 'exec'))
