# seeding with str, bytes, bytearray, floats, big and negative ints, None; getstate/setstate
import random

for s in ["hello", "", "ünïcode", b"hello", b"", bytearray(b"abc"), 3.5, -2.0, 0, -7, 2**80, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 999))
random.seed("hello")
a = random.random()
random.seed(b"hello")
print(a == random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(5)
st = random.getstate()
print(st[0], len(st[1]), st[2])
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)])
random.seed(None)
print(0 <= random.random() < 1)
for bad in [[1], {1: 2}, (1, 2), object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
