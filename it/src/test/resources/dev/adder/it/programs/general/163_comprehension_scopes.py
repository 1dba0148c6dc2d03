# comprehension scoping rules
x = "global"
lst = [x for x in range(3)]
print(x, lst)
class C:
    n = 5
    vals = [i * 2 for i in range(3)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
def f():
    k = 10
    return [k + i for i in range(3)], {i: k for i in range(2)}, (k for _ in range(1))
a, b, g = f()
print(a, b, list(g))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
funcs = [(lambda: i) for i in range(3)]
print([fn() for fn in funcs])
