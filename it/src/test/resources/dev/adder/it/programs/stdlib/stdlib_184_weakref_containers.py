# WeakSet, WeakValueDictionary, WeakKeyDictionary and finalize with live objects
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item({self.n})"

items = [Item(i) for i in range(5)]
ws = weakref.WeakSet(items[:3])
ws.add(items[3])
print(len(ws), items[0] in ws, items[4] in ws, sorted(i.n for i in ws))
ws.discard(items[0])
ws.remove(items[1])
print(len(ws), sorted(i.n for i in ws))
try:
    ws.remove(items[4])
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
other = weakref.WeakSet([items[2], items[4]])
print(sorted(i.n for i in ws | other), sorted(i.n for i in ws.union(other)))
print(sorted(i.n for i in ws - other), sorted(i.n for i in ws & other), sorted(i.n for i in ws ^ other))
print(ws <= weakref.WeakSet(items), ws == weakref.WeakSet([items[2], items[3]]))

wvd = weakref.WeakValueDictionary()
for it in items:
    wvd[it.n] = it
print(len(wvd), wvd[2], wvd.get(9), 3 in wvd, sorted(wvd.keys()))
del wvd[0]
print(sorted(wvd), wvd.pop(1), wvd.setdefault(1, items[1]), len(wvd))
print(sorted((k, v.n) for k, v in wvd.items()))

wkd = weakref.WeakKeyDictionary()
for it in items:
    wkd[it] = it.n * 10
print(len(wkd), wkd[items[3]], items[3] in wkd, sorted(wkd.values()))
del wkd[items[3]]
print(len(wkd), wkd.get(items[3], "gone"))
try:
    wkd[1] = 2
except TypeError as e:
    print(e)

def fin(*args):
    print("finalized", args)
    return "result"
f = weakref.finalize(items[0], fin, "a", 1)
print(f.alive, f.peek()[0] is items[0])
print(f(), f.alive, f(), f.peek())
print(f.detach())
