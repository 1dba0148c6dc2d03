# __new__ and __init__
class Singleton:
    _instance = None
    def __new__(cls, *a):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(-2)).__name__)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
