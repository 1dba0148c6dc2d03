"""Test oracle for Adder's symbol tables: CPython's own symtable module.

For each case it prints the tree CPython's parser makes (in a simple serialized form that the
Java test rebuilds with the AST records' constructors, so the symbol table can be tested
without Adder's parser) and then every scope and symbol of symtable.symtable(source, name,
"exec") with all the answers of the symtable module, or the SyntaxError it raises.

Usage:
  python3 symtable_oracle.py cases       stdin: cases, each a line '#### NAME' then its source
                                         (a NAME starting 'eval:' or 'single:' compiles in that mode)
  python3 symtable_oracle.py files ROOT  every .py file under ROOT (not site-packages)

Output, per case:
  C <json name>
  T <tree>                  the tree (absent if ast.parse fails)
  then the dump (see dump()), or one line
  E <json type> <lineno> <offset> <end_lineno> <end_offset> <json msg>    (None as 0)
  (in 'cases' mode followed by a line '! ...' if compile() raises another error), and, in
  'cases' mode, for each scope whose code object compile() makes can be told apart
  (by name and first line), with the scope's index in the dump's pre-order:
  V <index> <json co_cellvars> <json co_freevars> <co_flags & CODE_FLAGS>
"""
import ast
import json
import os
import struct
import symtable
import sys

SUMS = {ast.mod: 'Mod.', ast.stmt: 'Stmt.', ast.expr: 'Expr.', ast.pattern: 'Pattern.'}
PRODUCTS = {'comprehension': 'Comprehension', 'arguments': 'Arguments', 'arg': 'Arg',
            'keyword': 'Keyword', 'alias': 'Alias', 'withitem': 'WithItem',
            'match_case': 'MatchCase', 'ExceptHandler': 'ExceptHandler',
            'TypeIgnore': 'TypeIgnore'}
ENUM_BASES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def js(x):
    return json.dumps(x, ensure_ascii=True)


def hexbits(f):
    return struct.pack('>d', f).hex()


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
    elif isinstance(v, str):
        out.append('#s' + js(v))
    elif isinstance(v, bytes):
        out.append('#b' + v.hex())
    else:
        raise TypeError(type(v))


def ser(x, out, constant=False):
    """Nodes as '(Class field... @lineno,col,end_lineno,end_col)', lists as '[...]', strings as
    JSON, None as '~', ints as plain numbers, enum nodes as their bare class name."""
    if constant:
        ser_constant(x, out)
    elif isinstance(x, ENUM_BASES):
        out.append(type(x).__name__)
    elif isinstance(x, ast.AST):
        name = type(x).__name__
        java = PRODUCTS.get(name)
        if java is None:
            for base, prefix in SUMS.items():
                if isinstance(x, base):
                    java = prefix + name
        out.append('(' + java)
        for f in x._fields:
            ser(getattr(x, f, None), out, (name, f) in (('Constant', 'value'), ('MatchSingleton', 'value')))
        if 'lineno' in x._attributes:
            out.append('@%d,%d,%d,%d' % (x.lineno, x.col_offset, x.end_lineno, x.end_col_offset))
        out.append(')')
    elif isinstance(x, list):
        out.append('[')
        for e in x:
            ser(e, out)
        out.append(']')
    elif x is None:
        out.append('~')
    elif isinstance(x, str):
        out.append(js(x))
    elif isinstance(x, int):
        out.append(str(x))
    else:
        raise TypeError(type(x))


def error_line(err):
    def num(v):
        return 0 if v is None else v
    if isinstance(err, SyntaxError):
        return 'E %s %d %d %d %d %s' % (js(type(err).__name__), num(err.lineno), num(err.offset),
                                        num(err.end_lineno), num(err.end_offset), js(err.msg))
    return 'E %s 0 0 0 0 %s' % (js(type(err).__name__), js(str(err)))


def dump(table, out, depth=0):
    """One 'S' line per scope (pre-order), then for functions an 'L' line, for classes an 'M'
    line, then one 'Y' line per symbol. The symbols come in the table's order, except that the
    trailing names added by the analysis only because they are free in nested scopes (flags
    exactly FREE << SCOPE_OFF: CPython adds them in set order, which varies with the hash seed)
    are sorted."""
    raw = table._table
    out.append('S %d %s %s %d %d %d %d' % (depth, table.get_type(), js(table.get_name()), table.get_lineno(),
                                          table.is_optimized(), table.is_nested(), table.has_children()))
    if isinstance(table, symtable.Function):
        out.append('L %s %s %s %s %s' % (js(list(table.get_parameters())), js(list(table.get_locals())),
                                         js(list(table.get_globals())), js(list(table.get_nonlocals())),
                                         js(sorted(table.get_frees()))))
    elif isinstance(table, symtable.Class):
        out.append('M %s' % js(list(table.get_methods())))
    names = list(table.get_identifiers())
    pure_free = symtable.FREE << symtable.SCOPE_OFF
    k = len(names)
    while k > 0 and raw.symbols[names[k - 1]] == pure_free:
        k -= 1
    names = names[:k] + sorted(names[k:])
    for name in names:
        s = table.lookup(name)
        answers = (s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_declared_global(),
                   s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_nonlocal(), s.is_namespace())
        out.append('Y %s %d %s' % (js(name), raw.symbols[name], ''.join('1' if a else '0' for a in answers)))
    for child in table.get_children():
        dump(child, out, depth + 1)


# CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
CODE_FLAGS = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200
CODE_NAMES = {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
              'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>', 'top': '<module>'}


def code_lines(source, name, tree, table):
    """The V lines: each scope's code object, found by (co_name, co_firstlineno)."""
    try:
        code = compile(source, name, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError):
        return []
    codes = {}
    todo = [code]
    while todo:
        c = todo.pop()
        codes.setdefault((c.co_name, c.co_firstlineno), []).append(c)
        todo.extend(k for k in c.co_consts if hasattr(k, 'co_code'))
    # a decorated def's code starts at its first decorator
    first = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.decorator_list:
            first[(node.name, node.lineno)] = node.decorator_list[0].lineno
    scopes = []
    todo = [table]
    while todo:
        t = todo.pop(0)
        scopes.append(t)
        todo[0:0] = t.get_children()
    keys = []
    for t in scopes:
        lineno = 1 if t.get_type() == 'module' else first.get((t.get_name(), t.get_lineno()), t.get_lineno())
        keys.append((CODE_NAMES.get(t.get_name(), t.get_name()) if t.get_type() != 'module' else '<module>', lineno))
    out = []
    for i, key in enumerate(keys):
        if keys.count(key) == 1 and len(codes.get(key, ())) == 1:
            c = codes[key][0]
            out.append('V %d %s %s %d' % (i, js(list(c.co_cellvars)), js(list(c.co_freevars)), c.co_flags & CODE_FLAGS))
    return out


def case(name, source, with_code=False):
    out = ['C ' + js(name)]
    mode = name.split(':')[0] if name.startswith(('eval:', 'single:')) else 'exec'
    tree = None
    try:
        tree = ast.parse(source, name, mode)
        parts = []
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(20000)  # for ser() only: the symtable's own limit derives from it
        try:
            ser(tree, parts)
        finally:
            sys.setrecursionlimit(limit)
        out.append('T ' + ' '.join(parts))
    except (SyntaxError, ValueError):
        pass
    try:
        table = symtable.symtable(source, name, mode)
        dump(table, out)
        if with_code and tree is not None and mode == 'exec':
            out.extend(code_lines(source, name, tree, table))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as err:
        out.append(error_line(err))
        if with_code and tree is not None:
            # the symbol table's errors are compile()'s: a difference shows as an extra line
            try:
                compile(source, name, mode, dont_inherit=True)
                out.append('! compile() accepts the source')
            except (SyntaxError, ValueError, RecursionError, MemoryError) as cerr:
                if error_line(cerr) != out[-1]:
                    out.append('! compile() raises ' + error_line(cerr))
    return out


def main():
    write = sys.stdout.write
    if sys.argv[1] == 'cases':
        text = sys.stdin.read()
        name, lines = None, []
        cases = []
        for line in text.split('\n'):
            if line.startswith('#### '):
                if name is not None:
                    cases.append((name, '\n'.join(lines)))
                name, lines = line[5:].strip(), []
            elif name is not None:
                lines.append(line)
        if name is not None:
            cases.append((name, '\n'.join(lines)))
        for name, source in cases:
            write('\n'.join(case(name, source.encode('utf-8'), True)) + '\n')
    elif sys.argv[1] == 'files':
        root = sys.argv[2]
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
            for fn in sorted(filenames):
                if fn.endswith('.py'):
                    path = os.path.join(dirpath, fn)
                    with open(path, 'rb') as f:
                        source = f.read()
                    rel = os.path.relpath(path, root).replace(os.sep, '/')
                    write('\n'.join(case(rel, source)) + '\n')
    else:
        sys.exit('usage: symtable_oracle.py cases|files ROOT')


if __name__ == '__main__':
    main()
