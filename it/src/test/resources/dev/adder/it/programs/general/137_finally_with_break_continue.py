# finally with break, continue and return inside loops
def f():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(f())
def g():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print("finally", i)
print(g())
def h():
    for x in "ab":
        try:
            for y in "cd":
                try:
                    if y == "d":
                        return x + y
                finally:
                    print("inner", x, y)
        finally:
            print("outer", x)
print(h())
