# Classes, instance attributes and method calls.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n


def main():
    c = Counter()
    v = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(2_000_000):
        v = v.add(step)
        c.bump(v.dot(step) & 15)
    print(v.x, v.y, c.count)

main()
