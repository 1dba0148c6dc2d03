"""Test oracle for py-ast: CPython's own ast module.

For each case it prints the tree in a simple serialized form (which the Java test rebuilds
with the node records' constructors) followed by what CPython's ast.dump / ast.unparse print
for that same tree. Usage:

  python3 ast_oracle.py files [--what=ADIU] PATH...  parse each file (exec mode)
  python3 ast_oracle.py code  [--what=...]           stdin: cases "#### NAME MODE" + source
  python3 ast_oracle.py build [--what=...]           stdin: one Python expression per line that
                                                      builds a node (names from `ast`)
Output lines, per case:
  C <json name>          the case
  T <tree>               serialized tree (see ser())
  D <json>  ast.dump(tree)
  A <json>  ast.dump(tree, include_attributes=True)
  I <json>  ast.dump(tree, indent=2)
  J <json>  ast.dump(tree, include_attributes=True, indent='\t')
  U <json>  ast.unparse(tree), or "!" + exception class name
  W <json>  len(list(ast.walk(tree))) as a string
  X <json>  ast.unparse of the tree after Renamer (below), or "!" + exception class name
  S <json>  SyntaxError message (the case did not parse; no other lines)
"""
import re
import ast
import json
import struct
import sys

sys.setrecursionlimit(20000)

SUMS = {ast.mod: 'Mod$', ast.stmt: 'Stmt$', ast.expr: 'Expr$', ast.pattern: 'Pattern$'}
ENUMS = {ast.expr_context: 'ExprContext', ast.boolop: 'BoolOpKind', ast.operator: 'Operator',
         ast.unaryop: 'UnaryOpKind', ast.cmpop: 'CmpOp'}
PRODUCTS = {'comprehension': 'Comprehension', 'arguments': 'Arguments', 'arg': 'Arg',
            'keyword': 'Keyword', 'alias': 'Alias', 'withitem': 'WithItem',
            'match_case': 'MatchCase', 'ExceptHandler': 'ExceptHandler',
            'TypeIgnore': 'TypeIgnore'}
CONSTANT_FIELDS = {('Constant', 'value'), ('MatchSingleton', 'value')}


def java_name(node):
    cls = type(node)
    for base, prefix in SUMS.items():
        if isinstance(node, base):
            return prefix + cls.__name__
    for base, enum in ENUMS.items():
        if isinstance(node, base):
            return enum + '.' + cls.__name__
    return PRODUCTS[cls.__name__]


def hexbits(f):
    return struct.pack('>d', f).hex()


SURROGATE = re.compile('[\ud800-\udfff]')


def ser_constant(v, out):
    if v is None:
        out.append('#N')
    elif v is ...:
        out.append('#E')
    elif v is True:
        out.append('#T')
    elif v is False:
        out.append('#F')
    elif isinstance(v, int):
        out.append('#i' + str(v))
    elif isinstance(v, float):
        out.append('#f' + hexbits(v))
    elif isinstance(v, complex):
        out.append('#c' + hexbits(v.real) + ',' + hexbits(v.imag))
    elif isinstance(v, str) and SURROGATE.search(v):
        # JSON would write U+1D11E and the pair U+D834 U+DD1E alike: list the code points
        out.append('#u' + ','.join('%x' % ord(c) for c in v))
    elif isinstance(v, str):
        out.append('#s' + json.dumps(v))
    elif isinstance(v, bytes):
        out.append('#b' + v.hex())
    else:
        raise TypeError(type(v))


def ser(x, out, constant=False):
    if isinstance(x, ast.AST):
        out.append('(' + java_name(x))
        name = type(x).__name__
        for f in x._fields:
            ser(getattr(x, f, None), out, (name, f) in CONSTANT_FIELDS)
        for a in x._attributes:
            out.append(str(getattr(x, a)))
        out.append(')')
    elif isinstance(x, list):
        out.append('[')
        for e in x:
            ser(e, out)
        out.append(']')
    elif constant:
        ser_constant(x, out)
    elif x is None:
        out.append('~')
    elif isinstance(x, str):
        out.append(json.dumps(x))
    elif isinstance(x, int):
        out.append(str(x))
    else:
        raise TypeError(type(x))


class Renamer(ast.NodeTransformer):
    """Upper-cases every Name and removes every expression statement that is a str constant."""

    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return self.generic_visit(node)


def emit(key, value):
    sys.stdout.write(key + ' ' + json.dumps(value) + '\n')


def report(name, tree, what):
    emit('C', name)
    out = []
    ser(tree, out)
    sys.stdout.write('T ' + ' '.join(out) + '\n')
    if 'D' in what:
        emit('D', ast.dump(tree))
    if 'A' in what:
        emit('A', ast.dump(tree, include_attributes=True))
    if 'I' in what:
        emit('I', ast.dump(tree, indent=2))
    if 'J' in what:
        emit('J', ast.dump(tree, include_attributes=True, indent='\t'))
    if 'U' in what:
        try:
            text = ast.unparse(tree)
        except Exception as e:
            text = '!' + type(e).__name__
        emit('U', text)
    if 'W' in what:
        emit('W', str(len(list(ast.walk(tree)))))
    if 'X' in what:
        try:
            text = ast.unparse(Renamer().visit(tree))
        except Exception as e:
            text = '!' + type(e).__name__
        emit('X', text)


def main():
    mode = sys.argv[1]
    args = sys.argv[2:]
    what = 'DAIJU'
    if args and args[0].startswith('--what='):
        what = args[0][len('--what='):]
        args = args[1:]
    if mode == 'files':
        for path in args:
            with open(path, 'rb') as f:
                source = f.read()
            try:
                tree = ast.parse(source, path)
            except SyntaxError as e:
                emit('C', path)
                emit('S', str(e.msg))
                continue
            report(path, tree, what)
    elif mode == 'code':
        text = sys.stdin.read()
        for chunk in text.split('#### ')[1:]:
            header, _, source = chunk.partition('\n')
            name, _, pmode = header.partition(' ')
            pmode = pmode.strip() or 'exec'
            try:
                tree = ast.parse(source, name, pmode, type_comments=True)
            except SyntaxError as e:
                emit('C', name)
                emit('S', str(e.msg))
                continue
            report(name, tree, what)
    elif mode == 'build':
        env = dict(vars(ast))
        for line in sys.stdin.read().splitlines():
            if not line.strip() or line.startswith('#'):
                continue
            tree = eval(line, env)
            ast.fix_missing_locations(tree)
            # fix_missing_locations gives end positions only where a parent has them
            for node in ast.walk(tree):
                if 'lineno' in node._attributes:
                    for a in node._attributes:
                        if getattr(node, a, None) is None:
                            setattr(node, a, 1 if 'lineno' in a else 0)
            report(line, tree, what)
    else:
        raise SystemExit('unknown mode ' + mode)


if __name__ == '__main__':
    main()
