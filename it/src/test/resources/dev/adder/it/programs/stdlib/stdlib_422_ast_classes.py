import ast
import _ast

print(ast.AST, ast.AST.__mro__, ast.AST._fields, ast.AST._attributes)
for name in ['mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop',
             'excepthandler', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
             'pattern', 'type_ignore', 'comprehension']:
    cls = getattr(_ast, name)
    print(name, cls.__bases__, cls._fields, cls._attributes)
for name in ['Module', 'FunctionDef', 'Name', 'Constant', 'Load', 'Add', 'And', 'Not', 'Eq',
             'ExceptHandler', 'MatchAs', 'TypeIgnore', 'Slice', 'TryStar', 'JoinedStr']:
    cls = getattr(ast, name)
    print(name, cls.__mro__[1:], cls._fields, cls.__match_args__, cls.__module__)
    print('  ', cls.__doc__)
print(ast.expr.__doc__)
print(ast.Constant.kind, ast.expr.end_lineno, ast.arg.type_comment, ast.ImportFrom.level)
print(hasattr(ast.Name, 'id'), hasattr(ast.stmt, 'lineno'))
print(sorted(n for n in dir(_ast) if not n.startswith('__')))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(type(ast.AST), type(ast.Name), issubclass(ast.BinOp, ast.AST))
print(ast.AST.__init__.__name__, ast.AST.__reduce__.__name__)
for n in sorted(dir(_ast)):
    c = getattr(_ast, n)
    if n.startswith('_') or not isinstance(c, type):
        continue
    d = c.__dict__
    nones = sorted(k for k in d if d[k] is None and k != '__doc__')
    print(n, [b.__name__ for b in c.__bases__], d.get('_fields'), d.get('_attributes'), nones, repr(d['__doc__']))
