import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
s = "".join(["ab", "cd"])
print(sys.intern(s) == "abcd", sys.intern(s) is sys.intern("abcd"))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.getsizeof(1.5), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(0), sys.getsizeof(2 ** 40), sys.getsizeof(None), sys.getsizeof([]), sys.getsizeof(b"ab"))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
print(type(sys.getrefcount(object())).__name__)
