# from m import * (from __all__, or the public names of __dict__); any object in sys.modules will do
import sys

class Mod:
    def __init__(self, name):
        self.__name__ = name

m = Mod("plainmod")
m.alpha = 1
m.beta = "two"
m._hidden = 3
sys.modules["plainmod"] = m
from plainmod import *
print(alpha, beta, __name__)
try:
    _hidden
except NameError as e:
    print("NameError:", e)

m2 = Mod("allmod")
m2.x = 10
m2._y = 20
m2.z = 30
m2.__all__ = ["x", "_y"]
sys.modules["allmod"] = m2
from allmod import *
print(x, _y)
try:
    z
except NameError as e:
    print("NameError:", e)

m3 = Mod("badall")
m3.__all__ = ["a", 5]
m3.a = 1
sys.modules["badall"] = m3
try:
    from badall import *
except TypeError as e:
    print("TypeError:", e)
print(a)
m4 = Mod("missing")
m4.__all__ = ("nothere",)
sys.modules["missing"] = m4
try:
    from missing import *
except AttributeError as e:
    print("AttributeError:", e)

class Ns:
    from plainmod import *
    print("in class body:", alpha)
print(sorted(k for k in vars(Ns) if not k.startswith("__")))
sys.modules["nodict"] = 5
try:
    from nodict import *
except ImportError as e:
    print("ImportError:", e)
