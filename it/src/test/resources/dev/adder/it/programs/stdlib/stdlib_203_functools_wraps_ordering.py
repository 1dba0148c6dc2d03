# functools.wraps / update_wrapper and total_ordering
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@trace
def greet(name, punct="!"):
    """Say hello."""
    return "hello " + name + punct

print(greet("bob", punct="?"), greet.__name__, greet.__doc__, greet.__wrapped__("al"))
print(greet.__qualname__, greet.__module__)

def plain(x):
    return x
plain.custom = "attr"
def other(*a):
    return plain(*a)
functools.update_wrapper(other, plain)
print(other.__name__, other.custom, other.__wrapped__ is plain, other(5))
w = functools.wraps(plain, assigned=("__doc__",), updated=())(lambda: 0)
print(w.__name__, w.__doc__, hasattr(w, "custom"))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))

@functools.total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(Rev(1) < Rev(2), Rev(3) <= Rev(3), Rev(2) >= Rev(5))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)
