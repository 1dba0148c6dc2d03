import ast

def t(p, guard=None, body=None):
    s = ast.Match(ast.Name('x', ast.Load()), [ast.match_case(p, guard, [ast.Pass()] if body is None else body)])
    m = ast.Module([s], [])
    ast.fix_missing_locations(m)
    try:
        compile(m, 'f', 'exec')
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

N = lambda n: ast.Name(n, ast.Load())
C = ast.Constant
t(ast.MatchValue(N('y')))
t(ast.MatchValue(ast.Attribute(N('a'), 'b', ast.Load())))
t(ast.MatchSingleton(1))
t(ast.MatchSingleton(None))
t(ast.MatchAs(ast.MatchStar('a'), None))
t(ast.MatchAs(None, '_'))
t(ast.MatchAs(None, 'ok'))
t(ast.MatchOr([ast.MatchAs()]))
t(ast.MatchMapping([C(1)], []))
t(ast.MatchClass(N('C'), [], ['a'], []))
t(ast.MatchAs(), body=[])
t(ast.MatchValue(C(1)), guard=ast.Name('y', ast.Store()))
t(ast.MatchValue(ast.UnaryOp(ast.USub(), C(1))))
t(ast.MatchSequence([ast.MatchStar('_')]))
t(ast.MatchSequence([ast.MatchStar('r'), ast.MatchValue(C(2))]))
t(ast.MatchStar('a'))
t(ast.MatchMapping([], [], '_'))
t(ast.MatchClass(C(1), [], [], []))
t(ast.MatchValue(C(None)))
t(ast.MatchValue(C('s')))
t(ast.MatchValue(ast.Call(N('f'), [], [])))
m = ast.Module([ast.Match(ast.Name('x', ast.Load()), [])], [])
try:
    compile(ast.fix_missing_locations(m), 'f', 'exec')
except ValueError as e:
    print(e)
