# Builtins and syntax consuming generators
def gen(n):
    for i in range(n):
        yield i
    return "ignored by consumers"

print(list(gen(3)), tuple(gen(3)), set(gen(3)), sorted(gen(4), reverse=True))
print(dict(zip(gen(3), "abc")), list(enumerate(gen(2))), list(map(str, gen(3))))
print(min(gen(5)), max(gen(5)), sum(gen(5)), any(gen(1)), all(gen(3)))
print("-".join(str(i) for i in gen(4)))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print([*gen(2), *gen(3)], {*gen(2)}, f(*gen(2)) if (f := (lambda x, y: x + y)) else None)
print(2 in gen(5), 9 in gen(5))
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z, w = gen(3)
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(list(gen(3)))), len(list(gen(7))))
def failing():
    yield 1
    raise OSError("mid-way")
try:
    list(failing())
except OSError as e:
    print("OSError:", e)
try:
    sum(failing())
except OSError as e:
    print("OSError:", e)
print(list(filter(None, gen(4))), list(zip(gen(10), gen(2))))
g = gen(3)
for v in g:
    if v == 1:
        break
print("resumed after break:", list(g))
