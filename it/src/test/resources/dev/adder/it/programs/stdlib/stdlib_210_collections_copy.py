# copy.copy and copy.deepcopy of the collections types and of plain objects
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

inner = [1, 2]
d = deque([0, inner], maxlen=4)
shallow, deep = copy.copy(d), copy.deepcopy(d)
inner.append(3)
print(shallow, deep, shallow.maxlen, deep.maxlen, shallow[1] is inner, deep[1] is inner)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["new"].append(0)
print(dd, dd2, dd2.default_factory is list)
od = OrderedDict(b=[1], a=[2])
od2 = copy.deepcopy(od)
od2["b"].append(9)
print(od, od2, list(od2))
c = Counter("hello")
c2 = copy.copy(c)
c2["l"] += 5
print(c["l"], c2["l"], type(c2).__name__)
P = namedtuple("P", "x tags")
p = P(1, ["a"])
p2 = copy.deepcopy(p)
p2.tags.append("b")
print(p, p2, type(p2).__name__)
cm = ChainMap({"a": [1]}, {"b": 2})
cm2 = copy.deepcopy(cm)
cm2["a"].append(2)
print(cm, cm2)

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.value}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
print(tree, t2, copy.copy(tree).children is tree.children)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

class Slotted:
    __slots__ = ("a",)
print(type(copy.copy(Slotted())).__name__, type(copy.copy(object())).__name__)

class WithReduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (WithReduce, (self.v * 2,))
print(copy.copy(WithReduce(5)).v, copy.deepcopy(WithReduce(1)).v)
import _thread
try:
    copy.copy(_thread.allocate_lock())
except TypeError as e:
    print(e)
