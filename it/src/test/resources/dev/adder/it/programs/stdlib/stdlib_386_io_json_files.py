import io
import json
PATH = "/tmp/adder_io_386.json"

data = {"name": "adder", "values": [1, 2.5, None, True], "nested": {"é": "ü"}}
with open(PATH, "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(PATH, encoding="utf-8") as f:
    text = f.read()
print(text)
with open(PATH, encoding="utf-8") as f:
    print(json.load(f) == data)
buf = io.StringIO()
json.dump([1, {"a": "b"}], buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
with open(PATH, "w", encoding="ascii") as f:
    json.dump({"k": "é"}, f)
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, "w") as f:
    f.write("{bad json")
try:
    with open(PATH) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
