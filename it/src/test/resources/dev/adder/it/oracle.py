"""The oracle of Adder's conformance tests: what CPython's tokenize module and ast.parse make of
every .py file of a corpus, written once per corpus and cached.

Usage: python3 oracle.py --cache-root DIR [--corpus DIR] [--jobs N]

The corpus defaults to the standard library of this python3 (sysconfig's 'stdlib' path), without
site-packages. The output goes to DIR/<corpus name>-py<version>-<key>/, where the key hashes the
corpus's absolute path, sys.version, this script, and every file's path, size and mtime; an
existing, complete directory is reused. The directory's path is printed on stdout.

Files written there (UTF-8, one record per line, gzip-compressed):

files.txt        one corpus-relative path per line, '/'-separated, in the order of the others
tokens.txt.gz    for each file: 'F <json path>', then either one line per token,
                     '<EXACT_TYPE> <start line>,<start col>-<end line>,<end col> <json string>'
                 (the exact type name, string, start and end of `python3 -m tokenize -e`, i.e. of
                 tokenize.tokenize(io.BytesIO(source).readline)), or one error line
                     'E <json type> <line or -> <col or -> <json message>'
                 (the exception tokenize raises: TokenError, IndentationError, SyntaxError...).
ast.txt.gz       for each file: 'F <json path>', then either
                     'A <ast.dump(ast.parse(source, path), include_attributes=True)>'
                 (the dump is a single line: it writes every string with repr), or
                     'S <json type> <lineno> <offset> <end_lineno> <end_offset> <json msg>'
                 for the SyntaxError (or other exception) ast.parse raises; '-' for None.
meta.txt         corpus, python version, file count, seconds taken.

<json x> is json.dumps(x, ensure_ascii=True): ASCII only, unambiguous, one line.
"""
import ast
import io
import os
import sys
import tokenize

import oracle_common
from oracle_common import js


def opt(x):
    return '-' if x is None else str(x)


def token_records(source):
    try:
        tokens = list(tokenize.tokenize(io.BytesIO(source).readline))
    except (IndentationError, tokenize.TokenError) as err:
        # as `python -m tokenize` reports them: IndentationError's (filename, line, col, text)
        # and TokenError's (line, col)
        loc = err.args[1][1:3] if isinstance(err, IndentationError) else err.args[1]
        return ['E %s %s %s %s' % (js(type(err).__name__), opt(loc[0]), opt(loc[1]), js(err.args[0]))]
    except SyntaxError as err:
        return ['E %s %s %s %s' % (js(type(err).__name__), opt(err.lineno), opt(err.offset), js(err.msg))]
    except Exception as err:  # UnicodeDecodeError and the like
        return ['E %s - - %s' % (js(type(err).__name__), js(str(err)))]
    return ['%s %d,%d-%d,%d %s' % ((tokenize.tok_name[t.exact_type],) + t.start + t.end + (js(t.string),))
            for t in tokens]


def ast_record(source, rel):
    try:
        dump = ast.dump(ast.parse(source, rel), include_attributes=True)
    except SyntaxError as err:
        return 'S %s %s %s %s %s %s' % (js(type(err).__name__), opt(err.lineno), opt(err.offset),
                                        opt(err.end_lineno), opt(err.end_offset), js(err.msg))
    except (ValueError, MemoryError, RecursionError) as err:
        return 'S %s - - - - %s' % (js(type(err).__name__), js(str(err)))
    if '\n' in dump or '\r' in dump:
        raise AssertionError('ast.dump of %s is not one line' % rel)
    return 'A ' + dump


def records(task):
    """The tokens.txt and ast.txt records of one file (run in a worker process)."""
    root, rel = task
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    header = 'F %s\n' % js(rel)
    tokens = header + ''.join(line + '\n' for line in token_records(source))
    return (tokens.encode('utf-8'), (header + ast_record(source, rel) + '\n').encode('utf-8'))


if __name__ == '__main__':
    oracle_common.main(__file__, None, records, ['tokens.txt.gz', 'ast.txt.gz'], chunksize=4)
