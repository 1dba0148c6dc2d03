# a mapping-like class
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        print("set", k)
        self._d[k.lower()] = v
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __contains__(self, k):
        return k.lower() in self._d
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(sorted(self._d))
    def __missing_demo(self):
        return "mangled"

r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["alpha"], r["Beta"], "ALPHA" in r, "gamma" in r, len(r), list(r))
del r["alpha"]
print(len(r), list(r))
try:
    r["nope"]
except KeyError as e:
    print("KeyError:", e)
print(r._Registry__missing_demo())
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["zz"], len(m))
