print(__package__, __spec__)
try:
    from . import imptop
except ImportError as e:
    print(type(e).__name__, e)

try:
    from .imptop import TOP
except ImportError as e:
    print(type(e).__name__, e)

from .. import anything
