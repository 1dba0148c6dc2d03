PATH = "/tmp/adder_io_353.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

with open(PATH, "w") as f:
    f.write("x")

cases = [
    ((PATH, "rw"), {}), ((PATH, "rr"), {}), ((PATH, "rt+b"), {}), ((PATH, "b"), {}),
    ((PATH, "z"), {}), ((PATH, "rb"), {"encoding": "utf-8"}), ((PATH, "rb"), {"errors": "strict"}),
    ((PATH, "rb"), {"newline": "\n"}), ((PATH, "r"), {"buffering": 0}), ((PATH, 3), {}),
    ((PATH, "r"), {"buffering": "x"}), ((PATH, "r"), {"encoding": 5}), ((PATH, "r"), {"errors": 5}),
    ((PATH, "r"), {"newline": 5}), ((PATH, "r"), {"newline": "x"}), (([],), {}), ((1.5,), {}),
    ((PATH, "r"), {"closefd": False}), ((PATH, "wa"), {}), ((PATH, "xw"), {}), ((PATH, "++r"), {}),
    ((PATH, ""), {}), ((PATH, "t"), {}), ((PATH, "r"), {"encoding": "no-such-codec"}),
    ((PATH,), {"mode": "r", "bogus": 1}), ((), {}),
]
for args, kwargs in cases:
    try:
        f = open(*args, **kwargs)
        print("opened", f.mode)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
if remove:
    remove(PATH)
