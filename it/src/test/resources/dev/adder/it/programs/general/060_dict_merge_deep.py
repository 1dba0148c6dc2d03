# recursive merge and flatten of nested dicts
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

def flatten(d, prefix=""):
    items = []
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.extend(flatten(v, key))
        else:
            items.append((key, v))
    return items

base = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": False}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 3}}, "name": "app"}
m = merge(base, override)
print(m)
for k, v in flatten(m):
    print(f"{k} = {v!r}")
print(base["db"]["port"])
