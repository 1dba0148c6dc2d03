m = __import__("impfix.helper")
print(m.__name__)
m = __import__("impfix.helper", fromlist=["f"])
print(m.__name__)
m = __import__("impfix", globals(), None, ["helper"], 0)
print(m.__name__, hasattr(m, "helper"))
m = __import__("imptop", None, None, (), 0)
print(m.TOP)
for args in [(1,), ("",), ("imptop", None, None, (), -1), ("", None, None, (), 1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
