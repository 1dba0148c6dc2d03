# json.dump/json.load with file-like objects, detect_encoding, bytes input
import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
sink = Sink()
json.dump({"a": [1, 2], "b": {"c": None}}, sink)
print(len(sink.parts) > 0, "".join(sink.parts))
sink = Sink()
json.dump([1, {"x": "y"}], sink, indent=2)
print("".join(sink.parts))
print(json.load(Source('{"k": [true, 1.5]}')))
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    raw = '{"caf\u00e9": "\u20ac"}'.encode(enc)
    print(enc, json.detect_encoding(raw), json.loads(raw))
print(json.loads(bytearray(b"[1, 2]")))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONDecodeError("Custom message", "line1\nline2 bad", 10)
print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), str(e))
print(isinstance(e, ValueError), e.args)
print(json.dumps({"a": 1}, indent=0), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([1, [2, [3, {}]]], indent=" "))
json.load(Source("[1, 2"))
