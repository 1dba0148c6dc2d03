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
import argparse
import ast
import gzip
import hashlib
import io
import json
import os
import sys
import sysconfig
import time
import tokenize


def corpus_files(root):
    """Every .py file under root, sorted, skipping site-packages and __pycache__."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
        for name in sorted(filenames):
            if name.endswith('.py'):
                path = os.path.join(dirpath, name)
                found.append(os.path.relpath(path, root).replace(os.sep, '/'))
    return found


def cache_key(root, files):
    h = hashlib.sha256()
    h.update(os.path.abspath(root).encode('utf-8', 'surrogateescape'))
    h.update(b'\0' + sys.version.encode())
    with open(__file__, 'rb') as f:
        h.update(b'\0' + f.read())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(('\0%s\0%d\0%d' % (rel, st.st_size, st.st_mtime_ns)).encode('utf-8', 'surrogateescape'))
    return h.hexdigest()[:16]


def js(x):
    return json.dumps(x, ensure_ascii=True)


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


def write(root, files, out, jobs):
    tmp = out + '.tmp%d' % os.getpid()
    os.makedirs(tmp)
    start = time.time()
    with open(os.path.join(tmp, 'files.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for rel in files:
            f.write(rel + '\n')
    tasks = [(root, rel) for rel in files]
    pool = None
    if jobs > 1:
        import multiprocessing
        pool = multiprocessing.get_context('fork').Pool(jobs)
        results = pool.imap(records, tasks, chunksize=4)
    else:
        results = map(records, tasks)
    with gzip.open(os.path.join(tmp, 'tokens.txt.gz'), 'wb', compresslevel=1) as tok, \
         gzip.open(os.path.join(tmp, 'ast.txt.gz'), 'wb', compresslevel=1) as tree:
        for tokens, tree_record in results:
            tok.write(tokens)
            tree.write(tree_record)
    if pool is not None:
        pool.close()
        pool.join()
    with open(os.path.join(tmp, 'meta.txt'), 'w', encoding='utf-8') as f:
        f.write('corpus=%s\npython=%s\nfiles=%d\nseconds=%.1f\n'
                % (os.path.abspath(root), sys.version.split()[0], len(files), time.time() - start))
    try:
        os.rename(tmp, out)
    except OSError:  # another run finished first
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
        if not os.path.isfile(os.path.join(out, 'meta.txt')):
            raise


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('%s: %s is Python %s; the conformance tests need CPython 3.11 (set -Dadder.python=...)'
                 % ('oracle', sys.executable, sys.version.split()[0]))
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=None)
    ap.add_argument('--cache-root', required=True)
    ap.add_argument('--jobs', type=int, default=min(2, os.cpu_count() or 1),
                    help='worker processes (one python3 invocation either way)')
    args = ap.parse_args()
    root = args.corpus or sysconfig.get_paths()['stdlib']
    if not os.path.isdir(root):
        sys.exit('oracle: no corpus directory %s' % root)
    files = corpus_files(root)
    name = os.path.basename(os.path.normpath(os.path.abspath(root))) or 'corpus'
    out = os.path.join(os.path.abspath(args.cache_root), '%s-py%s-%s' % (
        name, sys.version.split()[0], cache_key(root, files)))
    if not os.path.isfile(os.path.join(out, 'meta.txt')):
        write(root, files, out, args.jobs)
    print(os.path.abspath(root))
    print(out)


if __name__ == '__main__':
    main()
