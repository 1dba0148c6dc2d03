# fizzbuzz three ways
def fb1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

def fb2(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]

def fb3(n):
    i = 0
    while i < n:
        i += 1
        s = ""
        for k, w in ((3, "Fizz"), (5, "Buzz")):
            if not i % k:
                s += w
        yield s or i

print(" ".join(fb1(20)))
print(fb1(100) == fb2(100), [str(x) for x in fb3(100)] == fb2(100))
print(list(fb3(16)))
