# Closures, nonlocal state and higher-order calls.
def make_adder(k):
    def add(x):
        return x + k
    return add

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def main():
    add3 = make_adder(3)
    add4 = make_adder(4)
    h = compose(add3, add4)
    inc = make_counter()
    total = 0
    for i in range(3_000_000):
        total += h(i)
        inc()
    print(total, inc())

main()
