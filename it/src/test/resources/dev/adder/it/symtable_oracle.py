"""The oracle of Adder's symbol table conformance test: what CPython's symtable module makes of
every .py file of a corpus, written once per corpus and cached.

Usage: python3 symtable_oracle.py --cache-root DIR [--corpus DIR] [--jobs N]

The corpus defaults to the standard library of this python3 (sysconfig's 'stdlib' path), without
site-packages. The output goes to DIR/<corpus name>-py<version>-symtable-<key>/, where the key
hashes the corpus's absolute path, sys.version, this script, and every file's path, size and
mtime; an existing, complete directory is reused. The corpus path and the directory's path are
printed on stdout (last two lines).

Files written there (UTF-8, one record per line):

files.txt         one corpus-relative path per line, '/'-separated, in the order of the others
symtable.txt.gz   for each file: 'F <json path>', then the dump of
                  symtable.symtable(source_bytes, path, 'exec') (see dump()), or one line
                      'E <json type> <lineno> <offset> <end_lineno> <end_offset> <json msg>'
                  for the SyntaxError (or other exception) it raises, None written as 0.
meta.txt          corpus, python version, file count, seconds taken.

<json x> is json.dumps(x, ensure_ascii=True): ASCII only, unambiguous, one line.
"""
import os
import sys
import symtable

import oracle_common
from oracle_common import js


def error_line(err):
    def num(v):
        return 0 if v is None else v
    if isinstance(err, SyntaxError):
        return 'E %s %d %d %d %d %s' % (js(type(err).__name__), num(err.lineno), num(err.offset),
                                        num(err.end_lineno), num(err.end_offset), js(err.msg))
    return 'E %s 0 0 0 0 %s' % (js(type(err).__name__), js(str(err)))


def dump(table, out, depth=0):
    """For each scope in pre-order:
        S <depth> <get_type()> <json get_name()> <get_lineno()> <is_optimized> <is_nested> <has_children>
    (booleans as 0/1), then for a function
        L <json get_parameters()> <json get_locals()> <json get_globals()> <json get_nonlocals()>
          <json sorted(get_frees())>
    for a class
        M <json get_methods()>
    then one line per symbol
        Y <json name> <flags> <is_referenced is_imported is_parameter is_global is_declared_global
          is_local is_annotated is_free is_assigned is_nonlocal is_namespace, as 0/1 digits>
    where flags is the raw integer of the table's symbols dict (DEF_* bits and the scope).
    The symbols come in the table's order, except that the trailing names the analysis adds only
    because they are free in nested scopes (flags exactly FREE << SCOPE_OFF: CPython adds them in
    set order, which varies with the hash seed) are sorted."""
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


def records(task):
    """The symtable.txt record of one file (run in a worker process)."""
    root, rel = task
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    out = ['F ' + js(rel)]
    try:
        dump(symtable.symtable(source, rel, 'exec'), out)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as err:
        del out[1:]
        out.append(error_line(err))
    return ''.join(line + '\n' for line in out).encode('utf-8')


if __name__ == '__main__':
    oracle_common.main(__file__, 'symtable', records, ['symtable.txt.gz'], chunksize=4)
