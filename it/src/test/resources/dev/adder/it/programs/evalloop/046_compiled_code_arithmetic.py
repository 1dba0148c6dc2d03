# Hot code runs compiled to JVM classes: its int/float/str fast paths must give the evaluation
# loop's results and errors, including past a machine word and for huge shifts.
import itertools

vals = [0, 1, -1, 7, -7, 3, 2**62, -2**63, 2**63 - 1, 2**53, 2**53 + 1, 2.5, -0.0, 0.0,
        float('nan'), float('inf'), True, 10**20, 'a', 'ab']
ops = ['+', '-', '*', '%', '//', '/', '&', '|', '^', '<<', '>>', '==', '!=', '<', '>=']
funcs = [eval('lambda a, b: a %s b' % o) for o in ops]


def row(x, y):
    out = []
    for f in funcs:
        try:
            r = f(x, y)
            out.append(repr(r) if not isinstance(r, int) or abs(r) < 10**30 else 'big%d' % r.bit_length())
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    a = x
    try:
        a %= y
        a //= 3
        a <<= 2
        a >>= 1
        a ^= 5
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
    out.append(repr(a))
    return ' '.join(out)


for x, y in itertools.product(vals, vals):
    print(row(x, y))


def hot(k):
    s = 0
    t = 0.0
    for i in range(k):
        s += (i * 7) % 8 + (i // 3) + (i & 5) + (i ^ 3) + (i | 1) + (i >> 1) + (i << 2) - (-i % 5)
        t += i / 7 - i // 2.5
        if 'a' + str(i % 3) == 'a1':
            s += 1
        if 'b' != 'b' + str(i % 2):
            s -= 1
        if i % 1000 == 999:
            s *= 3
    return s, t


print(hot(5000))
for a, b in [(1, 10**20), (7, 10**20), (1, 2**64), (1, 2**62), (0, 2**70), (-1, 2**63)]:
    try:
        print(a, b, (a << b).bit_length())
    except Exception as e:
        print(a, b, type(e).__name__, e)
