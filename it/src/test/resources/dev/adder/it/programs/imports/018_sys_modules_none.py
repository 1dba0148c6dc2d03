import sys

sys.modules["blocked_module"] = None
try:
    import blocked_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked_module import x
except ImportError as e:
    print(e)
