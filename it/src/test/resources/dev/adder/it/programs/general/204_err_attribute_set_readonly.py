# assigning to a read-only property and a builtin's attribute
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def area(self):
        return 3 * self._r ** 2

c = Circle(2)
print(c.area)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
c.area = 10
