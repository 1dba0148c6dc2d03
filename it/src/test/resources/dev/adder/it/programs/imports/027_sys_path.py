import sys

BASE = __file__.rpartition("/")[0]
print(sys.path[0] == BASE)
print(type(sys.path).__name__)
print(len([p for p in sys.path if p.endswith("python3.11")]) > 0)
sys.path.insert(0, BASE + "/impfix")
import helper
print(helper.__name__, helper.__package__ == "")
import impfix.helper
print(helper is impfix.helper)
sys.path.remove(BASE + "/impfix")
