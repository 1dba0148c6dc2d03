import sys

def inner():
    f = sys._getframe(); print(f.f_code.co_name, f.f_lineno)
    b = sys._getframe(1)
    print(b.f_code.co_name, b.f_lineno)
    print(f.f_back is b)
    print(b.f_back.f_code.co_name)
    print(b.f_back.f_back)
    return f

def outer():
    return inner()

fr = outer()
print(type(fr).__name__)
print(fr.f_globals is globals())
print(fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
top = sys._getframe()
print(top.f_code.co_name, top.f_back)
print(top.f_locals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe(-3) is sys._getframe())
