g = {"__name__": "impfix.sub.deep", "__package__": "impfix.sub"}
m = __import__("helper", g, None, ["f"], 2)
print(m.__name__)
m = __import__("", g, None, ["helper"], 2)
print(m.__name__)
m = __import__("sub", {"__name__": "impfix", "__path__": []}, None, (), 1)
print(m.__name__)
cases = [
    ("x", {"__name__": "a"}, 1),
    ("x", {"__package__": 3}, 1),
    ("x", {}, 1),
    ("x", {"__name__": "a.b.c", "__package__": "a.b"}, 3),
    ("x", {"__name__": 5}, 1),
]
for name, glb, level in cases:
    try:
        __import__(name, glb, None, (), level)
    except Exception as e:
        print(type(e).__name__, e)
