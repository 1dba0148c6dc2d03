# enumerate can be subclassed (instances with attributes, an overriding __next__), and pickles
# as the subclass.
import pickle


class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


e = E('ab', 1)
e.tag = 5
print(list(e), e.tag, isinstance(e, enumerate), type(e).__name__)
print(list(pickle.loads(pickle.dumps(E('xy')))))


class Slotted(enumerate):
    __slots__ = ('extra',)


s = Slotted([3, 4], start=7)
s.extra = 'x'
print(list(s), s.extra, hasattr(s, '__dict__'))
