from . import alpha
from .beta import B
print("gamma loaded", alpha.A, B, __name__)
