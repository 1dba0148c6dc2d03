"""CPython's side of Adder's ParseBenchmark: times ast.parse and tokenize over the same files.

Usage: python3 bench.py --parse-list FILE --tokenize-list FILE [--warmup N] [--runs N]

Each list names one source file per line. All files are read into memory first; then, for each
of parse and tokenize, N warm-up passes and N timed passes run over them. Only the calls are
timed (time.perf_counter around each ast.parse(source) or list(tokenize.tokenize(readline))).
Prints one line per measure: 'parse SECONDS SECONDS ...' and 'tokenize SECONDS ...', one number
per timed pass, and 'python VERSION'.
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
        sources = load(path)
        for _ in range(args.warmup):
            fn(sources)
        times = [fn(sources) for _ in range(args.runs)]
        print(label, ' '.join('%.6f' % t for t in times), flush=True)


if __name__ == '__main__':
    main()
