# EAFP style lookups and conversions
def to_number(s):
    for conv in (int, float):
        try:
            return conv(s)
        except ValueError:
            pass
    return None
print([to_number(s) for s in ["3", "3.5", "1e3", "x", " 7 ", "nan"]])
def deep_get(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default
cfg = {"a": {"b": [10, {"c": "found"}]}}
print(deep_get(cfg, "a", "b", 1, "c"), deep_get(cfg, "a", "x"), deep_get(cfg, "a", "b", 9, default=-1),
      deep_get(cfg, "a", "b", 0, "z"))
