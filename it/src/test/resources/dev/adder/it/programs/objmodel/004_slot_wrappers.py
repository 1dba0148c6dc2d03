# Special methods of builtin types as slot wrappers and method-wrappers.
print(int.__add__, list.__len__, object.__eq__, str.__len__)
print(dict.__setitem__, object.__init__, type.__call__, object.__repr__)
print(type(int.__dict__["__add__"]).__name__, type((1).__add__).__name__)
print((1).__add__(2), (5).__rsub__(7), int.__mul__(6, 7), (1).__add__("a"))
print([1, 2, 3].__getitem__(1), "abc".__len__(), list.__len__([1, 2]))
d = {}
dict.__setitem__(d, "k", 1)
print(d, d.__contains__("k"), d.__getitem__("k"))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(int.__lt__(1, 2), (3).__ge__(4), "a".__eq__(1))
print(list.__hash__, dict.__hash__ is None, int.__hash__(7), (True).__bool__(), (0).__bool__())
print((1.5).__neg__(), (7).__index__(), (2).__pow__(10), abs.__name__)
print((1).__add__.__name__, int.__add__.__name__, int.__add__.__objclass__.__name__)
print(int.__add__.__qualname__)
print(type.__call__(list, "ab"), str.__str__("x"), repr.__call__(3))
print(iter([1]).__next__(), [].__iter__().__class__.__name__)
for thunk in [lambda: int.__add__("a", 1), lambda: int.__add__(1), lambda: int.__add__(),
              lambda: (1).__add__(1, 2), lambda: (1).__add__(x=1), lambda: str.__len__(5),
              lambda: list.__getitem__((1,), 0), lambda: int.__len__]:
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("__add__" in int.__dict__, "__radd__" in int.__dict__, "__len__" in list.__dict__)
print("__iadd__" in list.__dict__, "__init__" in object.__dict__, "__new__" in int.__dict__)
print(object.__subclasshook__(), object.__init_subclass__())
print(sorted(["__hash__" in t.__dict__ for t in (list, dict, set, int, str)]))
print(int.__new__(int, "5"), float.__new__(float, "2.5"), object.__new__(object).__class__)
