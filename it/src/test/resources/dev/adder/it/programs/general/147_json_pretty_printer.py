# a hand-written JSON serializer and pretty printer
def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + esc + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{" + sep.join(pad + dumps(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")

doc = {"name": "adder", "version": [0, 1], "tags": ["jvm", "python"], "ok": True, "none": None,
       "nested": {"pi": 3.14, "empty": {}, "list": [], "quote": 'say "hi"\n'}}
print(dumps(doc))
print(dumps(doc, indent=2))
try:
    dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
