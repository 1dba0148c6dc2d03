# json round trips of nested values and formatting options
import json
docs = [
    {"a": [1, 2, {"b": None}], "c": "text", "d": 1.5, "e": False},
    [1, -2, 3.25, 1e100, -0.0, "x\ny\t\"q\"\\", [], {}],
    "plain",
    12345678901234567890,
    None,
    {"unicode": "caf\u00e9 \u20ac \U0001f600"},
]
for d in docs:
    s = json.dumps(d)
    print(s)
    print(json.loads(s) == d)
print(json.dumps(docs[0], indent=4))
print(json.dumps(docs[0], indent="\t", sort_keys=True))
print(json.dumps(docs[1], separators=(",", ":")))
print(json.dumps(docs[5], ensure_ascii=False))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf")]))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
print(json.dumps((1, 2)), json.dumps("é\x00\x1f"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(' \n[1,\t2 ]\r\n'))
print(json.loads(b'{"bytes": "ok"}'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001f600")
