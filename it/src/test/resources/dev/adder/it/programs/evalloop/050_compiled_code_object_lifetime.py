# Values a compiled instruction has consumed (call arguments, operands) keep nothing alive: a
# weak reference dies once the last strong one is gone, as under CPython's reference counting.
import gc
import weakref
from contextlib import contextmanager


class A:
    pass


@contextmanager
def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print(a() is None, b() is None)
    yield


for i in range(1500):
    with woohoo(A(), b=A()) if i % 500 == 0 else open(__file__):
        pass
