# scoping rules: global, nonlocal, shadowing
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
write_global()
print(x)
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
        return y
    r = mid()
    return r, y
print(outer())
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump()
bump()
print(counter)
def make():
    global made
    made = "created by make"
make()
print(made)
class C:
    x = "class x"
    def m(self):
        return x
print(C().m(), C.x)
