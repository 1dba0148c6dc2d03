# LOAD_GLOBAL sees every change: globals assigned, deleted, shadowing builtins, builtins changed,
# one code object run with two globals dicts, globals added through globals().
import builtins
_len = builtins.len
x = 1
def f(): return x, len("ab")
print(f())
x = 2; print(f())
del x
try: f()
except NameError as e: print(e)
x = 3
builtins.len = lambda s: 99; print(f())
builtins.len = _len
print(f())
len = lambda s: -1; print(f())
del len; print(f())
g = {"__builtins__": builtins}
code = compile("def h(): return y\n", "<s>", "exec")
d1 = {}; d2 = {}
exec(code, d1); exec(code, d2)
d1["y"] = "one"; d2["y"] = "two"
print(d1["h"](), d2["h"](), d1["h"]())
for i in range(3):
    globals()["z%d" % i] = i
def k(): return z0 + z2
print(k())
