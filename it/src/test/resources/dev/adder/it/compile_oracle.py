"""The oracle of Adder's compile conformance test: whether CPython's compile() accepts every .py
file of a corpus, written once per corpus and cached.

Usage: python3 compile_oracle.py --cache-root DIR [--corpus DIR] [--jobs N]

The corpus defaults to the standard library of this python3 (sysconfig's 'stdlib' path), without
site-packages. The output goes to DIR/<corpus name>-py<version>-compile-<key>/, where the key
hashes the corpus's absolute path, sys.version, this script, and every file's path, size and
mtime; an existing, complete directory is reused. The corpus path and the directory's path are
printed on stdout (last two lines).

Files written there (UTF-8, one record per line):

files.txt         one corpus-relative path per line, '/'-separated, in the order of the others
compile.txt.gz    for each file: 'F <json path>', then one line:
                      'OK'                                 if compile(source_bytes, path, 'exec') succeeds
                      'E <json type> <lineno> <json msg>'  for the exception it raises (SyntaxError and
                                                           its subclasses, ValueError, RecursionError,
                                                           MemoryError); lineno 0 for None or a non-
                                                           SyntaxError, msg the SyntaxError's msg or
                                                           str() of another exception
meta.txt          corpus, python version, file count, seconds taken.

compile() runs with dont_inherit=True, optimize=0 (asserts kept) and every warning ignored, so
that SyntaxWarnings and DeprecationWarnings neither print nor turn into errors.
<json x> is json.dumps(x, ensure_ascii=True): ASCII only, unambiguous, one line.
"""
import os
import sys
import warnings

import oracle_common
from oracle_common import js


def outcome(source, rel):
    """The record line of compiling source."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(source, rel, 'exec', 0, True, 0)
        return 'OK'
    except SyntaxError as err:
        return 'E %s %d %s' % (js(type(err).__name__), err.lineno or 0, js(err.msg))
    except (ValueError, RecursionError, MemoryError) as err:
        return 'E %s 0 %s' % (js(type(err).__name__), js(str(err)))


def records(task):
    """The compile.txt record of one file (run in a worker process)."""
    root, rel = task
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    return ('F %s\n%s\n' % (js(rel), outcome(source, rel))).encode('utf-8')


if __name__ == '__main__':
    oracle_common.main(__file__, 'compile', records, ['compile.txt.gz'], chunksize=8)
