import sys

try:
    import impfix.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
    print(e.filename.endswith("bad_syntax.py"))
    print(e.text)
print("impfix.bad_syntax" in sys.modules)
import impfix.bad_syntax
