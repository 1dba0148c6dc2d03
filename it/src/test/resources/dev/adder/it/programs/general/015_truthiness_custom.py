# __bool__ and __len__ drive truth tests
class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called for", self.v)
        return self.v

print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Flag(False)))
if Flag(True) and Flag(False):
    print("both")
else:
    print("not both")
print(not Empty(), len(Full()))
x = Flag(False) or "fallback"
print(x)
while Empty():
    print("never")
print([v for v in [Empty(), Full(), 0, 1] if v].__len__())
