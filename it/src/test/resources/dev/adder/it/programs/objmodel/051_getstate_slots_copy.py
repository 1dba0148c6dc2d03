# object.__getstate__ with __slots__: slot values paired with the dict, private names mangled,
# __slotnames__ kept on the class; copy, deepcopy and pickle of slotted objects.
import copy
class T:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
t = T()
print(t.__reduce_ex__(4)[2:] if len(t.__reduce_ex__(4)) > 2 else t.__reduce_ex__(4))
print(t.__getstate__())
c = copy.copy(t); print(c.a, c.b)
class U(T):
    __slots__ = ("c",)
    def __init__(self): super().__init__(); self.c = 3
u = U(); print(u.__getstate__()); d = copy.deepcopy(u); print(d.a, d.b, d.c)
class V: pass
v = V(); v.x = 1; print(v.__getstate__(), copy.copy(v).x)
class W:
    __slots__ = ("a", "__dict__")
w = W(); w.a = 1; w.z = 2; print(w.__getstate__())
class E:
    __slots__ = ("a",)
print(E().__getstate__())
class P:
    __slots__ = ("__secret", "_x")
    def __init__(self): self.__secret = 1; self._x = 2
p = P(); print(p.__getstate__(), P.__slotnames__, copy.copy(p)._x)
import pickle
print(pickle.loads(pickle.dumps(u)).c, pickle.loads(pickle.dumps(w)).z, "__slotnames__" in T.__dict__)
