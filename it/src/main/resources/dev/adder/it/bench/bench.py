"""CPython's side of Adder's ParseBenchmark: times ast.parse and tokenize over the same files.

Usage: python3 bench.py --parse-list FILE --tokenize-list FILE [--warmup N] [--runs N]

Each list names one source file per line. All files are read into memory first; then, for each
of parse and tokenize, the warm-up passes (at least one) and the timed passes run over them. The
first warm-up pass drops the files CPython rejects. Only the calls are timed (time.perf_counter
around each ast.parse(source) or list(tokenize.tokenize(readline))). Prints 'python VERSION', then
for each measure a line 'parse FILES BYTES SECONDS SECONDS ...' (or 'tokenize ...'): the files
and bytes measured, and one number per timed pass.
"""
import argparse
import ast
import io
import sys
import time
import tokenize


def load(path):
    with open(path, encoding='utf-8') as f:
        names = [line.rstrip('\n') for line in f if line.strip()]
    sources = []
    for name in names:
        with open(name, 'rb') as f:
            sources.append((name, f.read()))
    return sources


def accepted(fn, sources):
    """The sources that fn handles without an exception."""
    kept = []
    for name, source in sources:
        try:
            fn([(name, source)])
        except Exception:
            continue
        kept.append((name, source))
    return kept


def parse_pass(sources):
    total = 0.0
    clock = time.perf_counter
    for name, source in sources:
        t = clock()
        ast.parse(source, name)
        total += clock() - t
    return total


def tokenize_pass(sources):
    total = 0.0
    clock = time.perf_counter
    for name, source in sources:
        t = clock()
        list(tokenize.tokenize(io.BytesIO(source).readline))
        total += clock() - t
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--parse-list', required=True)
    ap.add_argument('--tokenize-list', required=True)
    ap.add_argument('--warmup', type=int, default=1)
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args()
    print('python', sys.version.split()[0], flush=True)
    for label, fn, path in (('parse', parse_pass, args.parse_list), ('tokenize', tokenize_pass, args.tokenize_list)):
        sources = accepted(fn, load(path))
        for _ in range(args.warmup - 1):
            fn(sources)
        times = [fn(sources) for _ in range(args.runs)]
        print(label, len(sources), sum(len(s) for _, s in sources), ' '.join('%.6f' % t for t in times), flush=True)


if __name__ == '__main__':
    main()
