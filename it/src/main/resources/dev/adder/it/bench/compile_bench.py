"""CPython's side of Adder's CompileBenchmark: times compile(source, path, 'exec') over the same files.

Usage: python3 compile_bench.py --list FILE [--warmup N] [--runs N]

The list names one source file per line. All files are read into memory first; then the warm-up
passes (at least one) and the timed passes run over them. The first warm-up pass drops the files
CPython rejects. Only the calls are timed (time.perf_counter around each
compile(source, name, 'exec', 0, True, 0), warnings ignored). Prints 'python VERSION', then a line
'compile FILES BYTES SECONDS SECONDS ...': the files and bytes measured, and one number per timed
pass.
"""
import argparse
import sys
import time
import warnings


def load(path):
    with open(path, encoding='utf-8') as f:
        names = [line.rstrip('\n') for line in f if line.strip()]
    sources = []
    for name in names:
        with open(name, 'rb') as f:
            sources.append((name, f.read()))
    return sources


def compile_pass(sources):
    total = 0.0
    clock = time.perf_counter
    for name, source in sources:
        t = clock()
        compile(source, name, 'exec', 0, True, 0)
        total += clock() - t
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--list', required=True)
    ap.add_argument('--warmup', type=int, default=1)
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args()
    warnings.simplefilter('ignore')
    print('python', sys.version.split()[0], flush=True)
    sources = []
    for name, source in load(args.list):  # the first warm-up pass
        try:
            compile(source, name, 'exec', 0, True, 0)
        except Exception:
            continue
        sources.append((name, source))
    for _ in range(args.warmup - 1):
        compile_pass(sources)
    times = [compile_pass(sources) for _ in range(args.runs)]
    print('compile', len(sources), sum(len(s) for _, s in sources), ' '.join('%.6f' % t for t in times), flush=True)


if __name__ == '__main__':
    main()
