# array: every typecode, item conversions and range errors, methods, slicing, comparisons,
# arithmetic, repr, pickle/copy round trips, the bytes-like export and file I/O.
import array, copy, pickle, os, tempfile, struct, io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(array.typecodes, array.ArrayType is array.array, array.array.__module__)
print([(t, array.array(t).itemsize) for t in array.typecodes])
print(type(iter(array.array('i'))))

# conversions and range checks for every typecode
samples = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**15, 2**15 - 1, -2**15 - 1, 2**16, 2**31,
           2**31 - 1, -2**31 - 1, 2**32, 2**63, 2**63 - 1, -2**63 - 1, 2**64, 2**64 - 1, 10**30, -10**30,
           True, 1.5, 'x', None, 'ab']
for tc in array.typecodes:
    for v in samples:
        show((tc, v), lambda: array.array(tc, [v]))
    show((tc, 'ch'), lambda: array.array(tc, ['a']))

# floats
show('f round', lambda: array.array('f', [1.1, 0.1, 1e300, -1e300, float('nan'), 3]).tolist())
show('d', lambda: array.array('d', [1.1, 2, True, 1e300]))
class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
show('idx', lambda: array.array('i', [Idx()]))
show('idx I', lambda: array.array('I', [Idx()]))
show('flt', lambda: array.array('d', [Flt(), Idx()]))
show('flt i', lambda: array.array('i', [Flt()]))

# constructor forms
show('bad tc', lambda: array.array('z'))
show('bad tc2', lambda: array.array('ii'))
show('bad tc3', lambda: array.array(1))
show('no args', lambda: array.array())
show('3 args', lambda: array.array('i', [1], 2))
show('kw', lambda: array.array(typecode='i'))
show('str init', lambda: array.array('i', 'abc'))
show('bytes init', lambda: array.array('h', b'\x01\x00\x02\x00'))
show('bytearray init', lambda: array.array('B', bytearray(b'xyz')))
show('bad bytes', lambda: array.array('i', b'abc'))
show('tuple init', lambda: array.array('b', (1, 2, 3)))
show('range init', lambda: array.array('q', range(5)))
show('gen init', lambda: array.array('d', (x / 2 for x in range(4))))
show('arr init', lambda: array.array('i', array.array('i', [5, 6])))
show('arr other', lambda: array.array('d', array.array('i', [5, 6])))
show('arr u->i', lambda: array.array('i', array.array('u', 'a')))
show('arr i->u', lambda: array.array('u', array.array('i', [1])))
show('int init', lambda: array.array('i', 5))
show('u str', lambda: array.array('u', 'h\xe9llo\U0001f600'))
show('u bad', lambda: array.array('u', [1]))
show('u bad2', lambda: array.array('u', ['ab']))
show('u bytes', lambda: array.array('u', b'a\x00\x00\x00b\x00\x00\x00'))
show('u bad bytes', lambda: array.array('u', b'abcd'))
show('empties', lambda: [array.array(t) for t in 'bud'])

# methods
a = array.array('i', [1, 2, 3, 2, 1])
a.append(10); print(a, len(a))
show('append bad', lambda: a.append('x'))
show('append ovf', lambda: a.append(2**40))
print(a.count(2), a.count(99), a.count('x'))
print(a.index(2), a.index(2, 2), a.index(1, -2), a.index(3, 0, 3))
show('index miss', lambda: a.index(3, 3))
show('index miss2', lambda: a.index(99))
show('index bad', lambda: a.index(1, 'a'))
a.insert(0, 100); a.insert(-1, 200); a.insert(99, 300); a.insert(-99, 400); print(a)
show('insert bad', lambda: a.insert('a', 1))
show('insert badv', lambda: a.insert(0, 1.5))
print(a.pop(), a.pop(0), a.pop(-2), a)
show('pop range', lambda: a.pop(50))
show('pop empty', lambda: array.array('i').pop())
a.remove(2); print(a)
show('remove miss', lambda: a.remove(42))
a.reverse(); print(a)
a.extend([7, 8]); a.extend(array.array('i', [9])); a.extend(x for x in (11, 12)); print(a)
show('extend kind', lambda: a.extend(array.array('d', [1.0])))
show('extend bad', lambda: a.extend([1, 'x']))
print(a)
a.fromlist([13, 14]); print(a)
show('fromlist bad', lambda: a.fromlist((1,)))
show('fromlist item', lambda: a.fromlist([15, 'x']))
print(a)
print(a.tolist(), a.buffer_info()[1], type(a.buffer_info()[0]))
b = array.array('h', [1, 256, -2])
print(b.tobytes())
b.byteswap(); print(b, b.tobytes())
for tc in 'bBuhHiIlLqQfd':
    x = array.array(tc, 'ab' if tc == 'u' else [1, 2])
    x.byteswap(); print(tc, x.tobytes())
show('byteswap args', lambda: b.byteswap(1))
c = array.array('H')
c.frombytes(b'\x01\x02\x03\x04'); print(c)
show('frombytes odd', lambda: c.frombytes(b'\x01'))
show('frombytes str', lambda: c.frombytes('ab'))
c.frombytes(bytearray(b'\xff\xff')); c.frombytes(memoryview(b'\x00\x01')); print(c)
u = array.array('u', 'ab')
u.fromunicode('cd'); print(u, u.tounicode(), u.tolist())
show('fromunicode kind', lambda: c.fromunicode('a'))
show('fromunicode arg', lambda: u.fromunicode(1))
show('tounicode kind', lambda: c.tounicode())
print(a.typecode, a.itemsize, u.typecode, u.itemsize)

# indexing and slicing
s = array.array('l', range(10))
print(s[0], s[-1], s[2:5], s[::3], s[::-2], s[8:2:-2], s[5:2])
show('idx range', lambda: s[10])
show('idx type', lambda: s['a'])
show('set range', lambda: s.__setitem__(10, 1))
show('del range', lambda: s.__delitem__(-11))
s[0] = 42; s[-1] = -42; print(s)
show('set bad', lambda: s.__setitem__(0, 'x'))
s[1:3] = array.array('l', [7, 7, 7, 7]); print(s)
s[::2] = array.array('l', [0] * len(s[::2])); print(s)
s[5:] = array.array('l'); print(s)
s[len(s):] = array.array('l', [1, 2]); print(s)
s[:0] = array.array('l', [-5]); print(s)
s[4:2] = array.array('l', [99]); print(s)
show('slice list', lambda: s.__setitem__(slice(0, 1), [1]))
show('slice kind', lambda: s.__setitem__(slice(0, 1), array.array('i', [1])))
show('ext size', lambda: s.__setitem__(slice(0, 5, 2), array.array('l', [1])))
s[1:1] = s; print(s)
del s[0]; print(s)
del s[::3]; print(s)
del s[::-2]; print(s)
del s[1:3]; print(s)
del s[10:20]; print(s)
t = array.array('d', [1.5, 2.5, 3.5, 4.5, 5.5])
t[1::2] = array.array('d', [0.0, 0.0]); print(t)
t[::-1] = array.array('d', [1, 2, 3, 4, 5]); print(t)
print(3.0 in t, 9 in t, 'x' in t, [x for x in t], list(reversed(t)))
it = iter(t); next(it); t.append(6.0); print(list(it))

# comparisons
A = array.array
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('b', [1, 5]))
print(A('i', [1, 2]) <= A('i', [1, 2]), A('i', [1, 2]) >= A('i', [1, 3]), A('u', 'ab') < A('u', 'b'))
print(A('i', [1]) == [1], A('i') == A('d'), A('d', [float('nan')]) == A('d', [float('nan')]))
show('lt list', lambda: A('i', [1]) < [1])
show('hash', lambda: hash(A('i')))

# arithmetic
print(A('i', [1, 2]) + A('i', [3]), A('b', [1, 2]) * 3, 2 * A('u', 'ab'), A('d', [1.0]) * 0, A('i', [1]) * -1)
show('add list', lambda: A('i', [1]) + [1])
show('add kind', lambda: A('i', [1]) + A('d', [1]))
show('mul str', lambda: A('i', [1]) * 'a')
x = A('i', [1]); y = x
x += A('i', [2, 3]); print(x, y is x)
x *= 2; print(x, y is x)
x *= 0; print(x)
def iadd_list():
    z = A('i', [1]); z += [2]
def iadd_kind():
    z = A('i', [1]); z += A('d', [2.0])
def imul_str():
    z = A('i', [1]); z *= 'a'
show('iadd list', iadd_list)
show('iadd kind', iadd_kind)
show('imul str', imul_str)

# repr
print(repr(A('i', [1, 2])), repr(A('u', 'abc')), repr(A('d')), repr(A('f', [0.5])), str(A('Q', [2**64 - 1])))
class MyArray(array.array):
    pass
m = MyArray('i', [1, 2])
m.attr = 5
print(repr(m), type(m).__name__, isinstance(m, array.array), type(m[0:1]).__name__, type(m + m).__name__)
show("class_getitem", lambda: array.array[int])

# pickle and copy
for tc in array.typecodes:
    orig = A(tc, 'xyz' if tc == 'u' else [1, 2, 3])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(orig, proto))
        assert back == orig and back.typecode == tc, (tc, proto)
    print(tc, orig.__reduce_ex__(2)[1], orig.__reduce_ex__(3)[1:], copy.copy(orig), copy.deepcopy(orig))
cp = copy.copy(orig); cp.append(9.0); print(orig, cp)
mb = pickle.loads(pickle.dumps(m))
print(type(mb).__name__, mb, mb.attr, m.__reduce_ex__(4)[2])
print(type(copy.copy(m)).__name__, type(copy.deepcopy(m)).__name__)
R = array._array_reconstructor
show('rec same', lambda: R(A, 'i', 8, b'\x01\x00\x00\x00'))
show('rec be', lambda: R(A, 'i', 9, b'\x00\x00\x00\x01'))
show('rec l', lambda: R(A, 'l', 8, b'\x01\x00\x00\x00'))
show('rec Q be', lambda: R(A, 'Q', 11, b'\xff' * 8))
show('rec f', lambda: R(A, 'd', 15, struct.pack('>f', 1.5)))
show('rec d', lambda: R(A, 'f', 16, struct.pack('<d', 2.5)))
show('rec u16', lambda: R(A, 'u', 18, 'hi'.encode('utf-16-le')))
show('rec u32be', lambda: R(A, 'u', 21, 'hi'.encode('utf-32-be')))
show('rec bad mf', lambda: R(A, 'i', 22, b''))
show('rec bad mf2', lambda: R(A, 'i', -1, b''))
show('rec bad tc', lambda: R(A, 'x', 8, b''))
show('rec not sub', lambda: R(list, 'i', 8, b''))
show('rec not bytes', lambda: R(A, 'i', 9, 'ab'))
show('rec len', lambda: R(A, 'i', 9, b'abc'))
show('rec sub', lambda: R(MyArray, 'b', 1, b'\x05'))
show('iter reduce', lambda: iter(A('i', [1, 2])).__reduce__())
it2 = iter(A('i', [1, 2, 3])); next(it2)
it3 = pickle.loads(pickle.dumps(it2)); print(list(it3))

# bytes-like export and files
arr = A('i', [1, 2, 3])
print(bytes(arr), bytearray(A('h', [1])), b''.join([A('b', [65, 66]), b'C']), struct.unpack_from('<3i', arr))
bio = io.BytesIO(); bio.write(A('H', [0x4142])); print(bio.getvalue())
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, 'wb') as f:
        A('d', [1.0, 2.0, 3.0]).tofile(f)
        A('d').tofile(f)
    print(os.path.getsize(path))
    r = A('d')
    with open(path, 'rb') as f:
        r.fromfile(f, 2); print(r)
        show('fromfile eof', lambda: r.fromfile(f, 5))
        print(r)
        show('fromfile neg', lambda: r.fromfile(f, -1))
        show('fromfile type', lambda: r.fromfile(f, 'a'))
        show('fromfile args', lambda: r.fromfile(f))
    show('fromfile text', lambda: r.fromfile(io.StringIO('abc'), 1))
    with open(path, 'wb') as f:
        f.write(A('q', [5, -5]))
    with open(path, 'rb') as f:
        print(f.read())
finally:
    os.remove(path)

# argument checks, subclasses with their own __init__, huge repeats, extended-slice deletions
a = A('i', [1, 2, 3])
show('tofile args', lambda: a.tofile())
show('reduce_ex args', lambda: a.__reduce_ex__())
show('index args', lambda: a.index())
show('insert args', lambda: a.insert(1))
show('pop args', lambda: a.pop(1, 2))
show('append args', lambda: a.append())
show('tobytes args', lambda: a.tobytes(1))
show('fromfile kw', lambda: a.fromfile(f=1, n=2))
class S(A):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra
show('sub init', lambda: (S('i', [1], extra=5).extra, S('d', [2.0])))
show('huge repeat', lambda: A('i', [1, 2]) * 2**62)
show('bool index', lambda: (A('i', [1, 2])[True], A('u', 'ab')[0], A('L', [2**64 - 1])[-1]))
show('builtins', lambda: (sorted(A('i', [3, 1, 2])), sum(A('d', [0.5, 0.25])), len(A('b', b'x' * 1000) * 3)))
show('f vs d', lambda: (A('f', [1.1]) == A('d', [1.1]), A('f', [0.5]) == A('d', [0.5])))
for key in (slice(1, 8, 3), slice(-1, -8, -3), slice(None, None, -2), slice(None, None, 4)):
    b = A('i', range(10)); del b[key]; print(key, b)
b = A('i', range(10)); b[::-3] = A('i', [0, 0, 0, 0]); print(b)
print(A.__name__, A.__qualname__, A.append.__qualname__, len(A('i', range(3))), iter(A('i', [1, 2])).__length_hint__() if hasattr(iter(A('i')), '__length_hint__') else 'nohint')
