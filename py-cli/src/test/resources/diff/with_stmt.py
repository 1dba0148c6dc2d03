class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return t is KeyError
with Resource("a") as r:
    print("inside", r.name)
with Resource("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"), Resource("d"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
with 1:
    pass
