# the json scanner and string escapes, directly and through loads
import json
import json.decoder
import json.scanner
print(json.decoder.scanstring('"abc" rest', 1), json.decoder.scanstring('x"a\\nb\\u00e9"', 2))
for s in ['"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"abc', '"a\\', '[1,]', '{"a":1,}',
          '{"a":1 "b"}', '[', '{', '{"a"', '{"a":', '"\\ud83d\\ude00"', '"\\ud83dx"', '-', '-x', '1.', '1e',
          '.5', '[1e5, 2E-3, -0, 1.0e+2]', '"tab\tin"', ' [true,false,null] ', '{"a":[{"b":[]}]}',
          '123456789012345678901234567890', '[-Infinity]', '"\\/"']:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "error:", e)
print(json.loads('"tab\tin"', strict=False))
dec = json.JSONDecoder(strict=False)
print(dec.decode('["\n"]'))
scan = json.scanner.make_scanner(json.JSONDecoder())
print(scan('[1, "two"] tail', 0), scan('  7', 2))
try:
    scan("xyz", 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    scan("", 0)
except StopIteration as e:
    print("StopIteration", e.value)
deep = "[" * 100 + "]" * 100
print(len(str(json.loads(deep))))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError")
print(json.loads('{"k": 1, "k2": {"k": 2}}'))
json.loads('[1, 2, 3,, 4]')
