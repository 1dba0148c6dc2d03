import sys

ModuleType = type(sys)
m = ModuleType("dynamic_mod", "docstring here")
m.value = 10
sys.modules["dynamic_mod"] = m
import dynamic_mod
from dynamic_mod import value
print(dynamic_mod is m, value, dynamic_mod.__doc__)
del m.value
try:
    from dynamic_mod import value
except ImportError as e:
    print(e)
try:
    ModuleType()
except TypeError as e:
    print(e)
try:
    ModuleType(3)
except TypeError as e:
    print(e)
print(isinstance(sys, ModuleType), ModuleType.__name__)
