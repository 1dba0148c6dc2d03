# Sizes no machine can hold give MemoryError (catchable, in the same frame),
# counts past a machine word OverflowError, with CPython's messages.
cases = [
    "'a' * 2**40", "'ab' * 2**62", "b'a' * 2**40", "[0] * 2**40", "(1,) * 2**40",
    "bytearray(2**40)", "bytes(2**40)", "'ab'.center(2**40)",
    "'a'.center(2**70)", "'a'.ljust(2**70)", "'a'.rjust(-2**70)", "'a'.zfill(2**70)",
    "'a\\tb'.expandtabs(2**70)", "'a b'.split(maxsplit=2**70)", "'a'.splitlines(2**70)",
    "'abc'.replace('a', 'b', 2**70)", "'ab'.rsplit(' ', 2**70)", "'a'.center(2.5)",
    "'a b'.split(maxsplit=-2**70)",
]
for op in cases:
    try:
        x = eval(op)
        print(op, "ok", len(x))
    except Exception as e:
        print(op, type(e).__name__, e)


def build():
    try:
        big = "x" * (2**40)
    except MemoryError as e:
        return "caught here: %r" % (e,)
    return "not raised"


print(build())
print("a".center(7, "*"), "a".ljust(3, "-"), "7".zfill(4), "a\tb".expandtabs(4))


# list() asks __len__ first (CPython's length hint): its errors other than TypeError propagate
class L:
    def __len__(self):
        print("len called")
        return 2

    def __iter__(self):
        return iter([1, 2, 3])


class B:
    def __len__(self):
        raise TypeError("no")

    def __iter__(self):
        return iter("ab")


class C:
    def __len__(self):
        raise ValueError("bad len")

    def __iter__(self):
        return iter("ab")


class D:
    def __len__(self):
        return 10**9

    def __iter__(self):
        return iter("xy")


print(list(L()), list(B()), list(D()))
for make in (lambda: list(C()), lambda: list(range(2**70)), lambda: [].extend(range(2**70))):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

for spec in [">9223372036854775807", ">9223372036854775808", ".9223372036854775808"]:
    try:
        print(spec, len(format(1, spec)))
    except Exception as e:
        print(spec, type(e).__name__, e)
print(format("abc", ".2147483648"), format("abc", ".5000000000"), format("abc", ".2"))

# more arguments past a machine word, and a Java failure inside a builtin is catchable
import collections
import io
import json

more = [
    "collections.deque([1]).rotate(2**70)", "collections.deque(maxlen=2**70)",
    "collections.deque([1, 2]).insert(2**70, 5)", "io.StringIO('abc').read(2**70)",
    "io.BytesIO(b'abc').read(2**70)", "io.StringIO('abc').seek(2**70)", "json.loads('1' * 5000)",
    "b'abc'.center(2**70)", "b'ab' * 2**62", "bytearray(b'ab') * 2**62", "(1).to_bytes(2**70, 'big')",
    "'%*d' % (2**70, 1)", "'%.*f' % (2**70, 1.0)", "'{:{}}'.format(1, 2**70)",
    "collections.deque([1, 2, 3]).index(2, -2**70, 2**70)", "bytes(2**70)", "bytes(-2**70)",
    "bytearray(2**70)", "bytes(-1)", "bytearray(-5)",
]
for op in more:
    try:
        r = eval(op)
        print(op, "ok", repr(r)[:40])
    except Exception as e:
        print(op, type(e).__name__, str(e)[:90])

for op in ["b'a'.splitlines(None)", "b'a'.splitlines(1.5)", "b'a\\nb'.splitlines(2)", "b'a'.zfill(2**70)",
           "b'a\\tb'.expandtabs(2**70)", "bytearray(b'a').insert(2**70, 1)", "b'a b'.split(None, 2**70)",
           "b'a b'.rsplit(b' ', 2**70)", "b'a'.zfill(2**40)", "b'a'.zfill(-2**70)", "b'-7'.zfill(4)"]:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)

for op in ["b'abc' % 'x'", "b'abc' % ()", "b'abc' % b'x'", "b'abc' % {}", "b'abc' % []", "b'%s' % b'x'",
           "'abc' % 'x'", "'abc' % []", "bytearray(b'a') % 'x'", "b'%(k)s' % {b'k': b'v'}"]:
    try:
        print(op, repr(eval(op)))
    except Exception as e:
        print(op, type(e).__name__, e)
