# module-level names and dunders
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("235_module_globals.py"), __doc__)
g = globals()
g["dynamic"] = "made through globals()"
print(dynamic)
print(sorted(k for k in g if not k.startswith("__"))[:3])
def f():
    loc = 1
    return sorted(locals())
print(f(), "f" in globals(), "loc" in globals())
if __name__ == "__main__":
    print("run as a script")
