# str.maketrans and str.translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 99: 'CC', 'é': 101})
print('abcé'.translate(t3), sorted(t3.items()))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate([]), 'abc'.translate({97: 98, 98: 99}))
class Tbl:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abx'.translate(Tbl()))
for f in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}),
          lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: str.maketrans({1.5: 'x'})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
