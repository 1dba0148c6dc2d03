# AttributeError and NameError messages, caught
class Thing:
    size = 1
    def __init__(self):
        self.color = "red"
t = Thing()
cases = [
    lambda: t.colour,
    lambda: t.sise,
    lambda: Thing.nothing,
    lambda: [].appendd,
    lambda: None.value,
    lambda: (1).real.foo,
    lambda: "s".uper(),
    lambda: {}.has_key,
    lambda: undefined_thing,
    lambda: lenn([]),
    lambda: Thing().__dict__["missing"],
]
for c in cases:
    try:
        c()
        print("no error")
    except (AttributeError, NameError, KeyError) as e:
        print(type(e).__name__ + ":", e)
def f():
    print(local_later)
    local_later = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
