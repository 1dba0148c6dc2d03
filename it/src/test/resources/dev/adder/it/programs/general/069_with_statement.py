# custom context managers
class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Tracker("a") as t:
    print("inside", t.name)
with Tracker("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Tracker("d") as d, Tracker("e") as e:
    print("both", d.name, e.name)
def early():
    with Tracker("f"):
        return "returned"
print(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
