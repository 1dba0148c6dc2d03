# collections.abc checks and the User* wrappers
import collections.abc as abc
from collections import UserDict, UserList, UserString, deque, defaultdict, OrderedDict, Counter

checks = [([], abc.MutableSequence), ((), abc.Sequence), ({}, abc.MutableMapping), (set(), abc.MutableSet),
          (deque(), abc.MutableSequence), (defaultdict(), abc.Mapping), (OrderedDict(), abc.MutableMapping),
          (Counter(), abc.Mapping), (iter([]), abc.Iterator), ("s", abc.Hashable), ([], abc.Hashable),
          (len, abc.Callable), ((x for x in []), abc.Generator), (deque(), abc.Reversible), (5, abc.Sized)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))

class Bag(abc.MutableSet):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

b = Bag("abca")
b |= {"d"}
print(sorted(b), len(b), "a" in b, sorted(b & {"a", "z"}), b.isdisjoint({"q"}))
try:
    abc.Sequence()
except TypeError as e:
    print(e)

class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
print(u, u.data, "A" in u, len(u), u | {"c": 3})
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], ul * 2, type(ul[1:]).__name__, ul.index(2))
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", len(us), "ell" in us, type(us.upper()).__name__)
