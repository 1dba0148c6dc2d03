# functions with attributes and nested helpers
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
for _ in range(3):
    counter()
print(counter.calls, counter.__name__, sorted(counter.__dict__))
def outer(n):
    def helper(k):
        return k * n
    def helper2(k):
        return helper(k) + 1
    return [helper2(i) for i in range(4)]
print(outer(10))
def make_ops():
    state = {"v": 0}
    def inc():
        state["v"] += 1
    def get():
        return state["v"]
    return inc, get
inc, get = make_ops()
inc(); inc(); inc()
print(get())
def doc():
    """This is the docstring."""
print(doc.__doc__, outer.__doc__, doc.__qualname__, outer.__code__.co_name)
