import sys


class Fake:
    answer = 42


sys.modules["totally_fake"] = Fake()
import totally_fake
from totally_fake import answer
print(type(totally_fake).__name__, answer)
import impfix.replacer
print(impfix.replacer.kind)
print(type(sys.modules["impfix.replacer"]).__name__)
