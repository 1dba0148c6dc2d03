# the json module
import json
doc = {"name": "adder", "nums": [1, 2.5, -3], "ok": True, "none": None, "nested": {"k": "v"}}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.loads(s) == doc, json.loads("[1, 2, {\"a\": null}]"), json.loads('"\\u00e9"'))
print(json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps([1, (2, 3)]))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":"), sort_keys=True))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
