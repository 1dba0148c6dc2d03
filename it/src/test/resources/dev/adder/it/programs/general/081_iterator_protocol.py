# classes implementing __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2

print(list(Countdown(5)), sum(Countdown(100)))
r = Range2(9)
print(list(r), list(r), 4 in r, 5 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
a, b, c, d = Seq()
print(a, b, c, d)
print(list(zip(Countdown(3), Range2(10))))
