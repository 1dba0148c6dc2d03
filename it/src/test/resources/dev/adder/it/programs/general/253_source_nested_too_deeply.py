# Source nested past the parser's limit is a MemoryError (no message) from compile(), exec(),
# eval() and import, as in CPython; nesting within it compiles.
import os, sys, tempfile
for src in ["-" * 100000 + "1", "not " * 10000 + "x", "lambda: " * 4000 + "1", "(" * 5000 + ")" * 5000, "-" * 50 + "1"]:
    for run in (lambda s: compile(s, "<deep>", "exec"), exec, eval):
        try:
            run(src)
            print("ok")
        except MemoryError as e:
            print("MemoryError", repr(e))
        except SyntaxError as e:
            print("SyntaxError", e)
d = tempfile.mkdtemp()
with open(os.path.join(d, "deepmod_x.py"), "w") as f:
    f.write("x = " + "lambda: " * 4000 + "1\n")
sys.path.insert(0, d)
try:
    import deepmod_x
except MemoryError as e:
    print("import: MemoryError", repr(e))
os.remove(os.path.join(d, "deepmod_x.py"))
import shutil; shutil.rmtree(d)
