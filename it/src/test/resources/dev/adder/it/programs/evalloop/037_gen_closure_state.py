# Generators with closures, defaults, *args/**kwargs, and state kept between resumes
def make_counter(step):
    count = 0
    def gen(limit, *extra, scale=1, **opts):
        nonlocal count
        while count < limit:
            count += step
            yield count * scale, extra, sorted(opts)
    return gen

gen = make_counter(2)
print(list(gen(6, "x", scale=10, flag=True)))
print(list(gen(10)))

def accumulate_locals():
    a = 1
    yield a
    b = a + 1
    yield a, b
    del a
    try:
        yield a
    except NameError as e:
        print("NameError?", e)
    yield b

ag = accumulate_locals()
print(next(ag), next(ag))
try:
    next(ag)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

class K:
    items = [3, 1, 2]
    doubled = list(x * 2 for x in items)
    def gen(self):
        for i in sorted(self.items):
            yield i
print(K.doubled, list(K().gen()))
def gen_in_gen():
    def sub(n):
        for i in range(n):
            yield i
    for n in range(3):
        yield list(sub(n))
print(list(gen_in_gen()))
gs = [(lambda i: (i * j for j in range(3)))(i) for i in range(3)]
print([list(g) for g in gs])
