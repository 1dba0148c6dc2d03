# json decoding errors: messages and positions
import json
bad = ['{bad json}', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '', '   ', '"abc',
       '"\\x"', 'nul', '[1 2]', '{"a": 1} x', '01', '"\\ud800"', '{1: 2}', '"\x01"', '-']
for s in bad:
    try:
        r = json.loads(s)
        print("ok", repr(s), repr(r))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[\n  1,\n  oops\n]')
except ValueError as e:
    print(type(e).__name__, e)
for v in [{1, 2}, object, b"x", 1j]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
json.loads('{"x": }')
