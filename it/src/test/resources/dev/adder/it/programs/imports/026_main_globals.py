print(__name__, __package__, __spec__, __doc__)
print(type(__loader__).__name__)
BASE = __file__.rpartition("/")[0]
print(__file__.replace(BASE, "<base>"), __cached__)
print([k for k in globals() if k.startswith("__")])
import __main__
print(__main__.__dict__ is globals())
