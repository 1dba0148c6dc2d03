try:
    __import__("impfix", fromlist=[1])
except TypeError as e:
    print(e)
m = __import__("impfix", fromlist=["helper", "not_there_at_all"])
print(m.helper.NAME, hasattr(m, "not_there_at_all"))
m = __import__("impfix", fromlist=["*"])
print(m.__name__)
m = __import__("imptop", fromlist=["anything"])
print(m.__name__)
