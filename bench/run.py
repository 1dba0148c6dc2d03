#!/usr/bin/env python3
"""Runs every program in bench/programs under ./adder and python3, alternately, in the same run.

Prints a Markdown table: per benchmark the median wall time and peak RSS of each, their ratios
(Adder / CPython: below 1 means Adder is faster), the geometric mean of the time ratios, and the
start-up time (`-c pass`). Each program's stdout must be identical under both; a benchmark whose
output differs is reported as failed and left out of the mean.

Usage: bench/run.py [--rounds N] [--out FILE] [NAME ...]
"""
import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
ADDER = os.path.join(ROOT, "adder")
PYTHON = os.environ.get("BENCH_PYTHON", "python3")


def run_measured(cmd):
    """Runs cmd with wait4 so that the child's own peak RSS is known."""
    start = time.perf_counter()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024.0, b"".join(chunks), os.waitstatus_to_exitcode(status)


def java_description():
    """The JDK and JVM options ./adder uses, read from the launcher itself."""
    env = dict(os.environ, ADDER_LAUNCHER_INFO="1")
    out = subprocess.run([ADDER], capture_output=True, text=True, env=env).stdout
    return out.strip() or "(launcher info unavailable)"


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", help="also write the table to this file")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.names:
        names = [n for n in names if n in args.names]
    # Build once before measuring.
    subprocess.run([ADDER, "-c", "pass"], check=False)

    results = {n: {"py": [], "ad": [], "py_rss": [], "ad_rss": [], "ok": True, "why": ""} for n in names}
    startup = {"py": [], "ad": [], "py_rss": [], "ad_rss": []}
    for rnd in range(args.rounds):
        for kind, cmd in (("py", [PYTHON, "-c", "pass"]), ("ad", [ADDER, "-c", "pass"])):
            t, rss, _, _ = run_measured(cmd)
            startup[kind].append(t)
            startup[kind + "_rss"].append(rss)
        for n in names:
            path = os.path.join(PROGRAMS, n + ".py")
            t1, rss1, out1, st1 = run_measured([PYTHON, path])
            t2, rss2, out2, st2 = run_measured([ADDER, path])
            res = results[n]
            res["py"].append(t1)
            res["ad"].append(t2)
            res["py_rss"].append(rss1)
            res["ad_rss"].append(rss2)
            if st2 != st1 or out2 != out1:
                res["ok"] = False
                res["why"] = "exit %d" % st2 if st2 != st1 else "output differs"
            print("round %d %-16s python3 %6.2f s  adder %6.2f s" % (rnd + 1, n, t1, t2), file=sys.stderr)

    lines = []
    lines.append("| benchmark | python3 s | adder s | time ratio | python3 MB | adder MB | RSS ratio |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    ratios = []
    for n in names:
        r = results[n]
        py, ad = statistics.median(r["py"]), statistics.median(r["ad"])
        prss, arss = max(r["py_rss"]), max(r["ad_rss"])
        if r["ok"]:
            ratios.append(ad / py)
            ratio = "%.2fx" % (ad / py)
        else:
            ratio = "failed (%s)" % r["why"]
        lines.append("| %s | %.2f | %.2f | %s | %.0f | %.0f | %.1fx |" % (n, py, ad, ratio, prss, arss, arss / prss))
    spy, sad = statistics.median(startup["py"]), statistics.median(startup["ad"])
    lines.append("| start-up (`-c pass`) | %.2f | %.2f | %.2fx | %.0f | %.0f | %.1fx |" % (
        spy, sad, sad / spy, max(startup["py_rss"]), max(startup["ad_rss"]),
        max(startup["ad_rss"]) / max(startup["py_rss"])))
    lines.append("")
    lines.append("Geometric mean of the time ratios over %d benchmarks that ran correctly: **%.2fx** "
                 "(%d failed)." % (len(ratios), geomean(ratios), len(names) - len(ratios)))
    head = [
        "Date: %s UTC. Machine: %s, %d CPUs (%s). Medians of %d alternating rounds; times are whole-process "
        "wall times, start-up included; RSS is the peak resident set (ru_maxrss)." % (
            datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), platform.platform(), os.cpu_count(),
            platform.processor() or platform.machine(), args.rounds),
        "",
        "python3: %s. Adder: %s" % (subprocess.run([PYTHON, "-V"], capture_output=True, text=True).stdout.strip(),
                                     java_description()),
        "",
    ]
    table = "\n".join(head + lines)
    print(table)
    if args.out:
        with open(args.out, "w") as f:
            f.write("# Benchmark results\n\nMade by `bench/run.py --rounds %d --out bench/RESULTS.md`.\n\n"
                    % args.rounds + table + "\n")


if __name__ == "__main__":
    main()
