# csv over _csv: reader/writer round trips, quoting modes, escapechar, doublequote, skipinitialspace,
# strict errors, multi-line fields, DictReader/DictWriter, Sniffer, the dialect registry,
# field_size_limit, bad dialect parameters.
import csv, io, _csv

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def write(rows, *dialect, **kw):
    s = io.StringIO()
    w = csv.writer(s, *dialect, **kw)
    results = [w.writerow(r) for r in rows]
    return s.getvalue(), results

def read(text, *dialect, **kw):
    return list(csv.reader(io.StringIO(text, newline=""), *dialect, **kw))

rows = [["name", "value", "note"], ["a,b", 1, 'say "hi"'], ["multi\nline", 2.5, None],
        ["", " lead", "tail "], [True, -0.0, 10**20], ["cr\rhere", "x" * 5, "\u20ac\U0001f600"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    text, results = write(rows, quoting=quoting)
    print(quoting, repr(text), results)
    back = read(text, quoting=quoting) if quoting != csv.QUOTE_NONNUMERIC else "skip"
    print(back)
print(read('1,"a",2.5,,"",-3e2\r\n', quoting=csv.QUOTE_NONNUMERIC))
show("nonnumeric bad", lambda: read("1,abc\n", quoting=csv.QUOTE_NONNUMERIC))

# QUOTE_NONE and escapechar
print(write([["a,b", 'c"d', "e\\f", "g\nh"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
show("none no escape", lambda: write([["a,b"]], quoting=csv.QUOTE_NONE))
show("single empty none", lambda: write([[""]], quoting=csv.QUOTE_NONE))
print(write([[""], [None], [], ["", ""]]))
print(read('a\\,b,"c\\"d",e\\\n', escapechar="\\"))
print(read('a,"b\\", c",d\n', escapechar="\\", doublequote=False))
print(write([['he said "no"', "x\\y"]], doublequote=False, escapechar="\\"))
show("doublequote no escape", lambda: write([['a"b']], doublequote=False))
print(read('a,"b""c",d\n'), read('a,"b""c",d\n', doublequote=False))
print(read('a|"b|c"|d\n', delimiter="|"), read("a;'b;c';d\n", delimiter=";", quotechar="'"))
print(read('a,"b",c\n', quoting=csv.QUOTE_NONE), read("a,b", quotechar=None))

# skipinitialspace
print(read('a, b,  "c, d", e\n', skipinitialspace=True), read('a, b,  "c"\n'))
print(read("a b  c\n", delimiter=" ", skipinitialspace=True), read("a b  c\n", delimiter=" "))

# strict mode and errors
for text in ('a,"b"c\n', '"abc', 'a,b\\', 'x\ny'):
    show("lax " + repr(text), lambda: read(text, escapechar="\\"))
    show("strict " + repr(text), lambda: read(text, escapechar="\\", strict=True))
show("newline in unquoted", lambda: list(csv.reader(["a,b\rc\n"])))
show("bytes line", lambda: list(csv.reader([b"a,b"])))
show("bad row", lambda: write([5]))
show("bad rows", lambda: csv.writer(io.StringIO()).writerows(5))
show("no write", lambda: csv.writer(object()))
show("not iterable", lambda: csv.reader(5))

# multi-line quoted fields, line_num, empty lines
r = csv.reader(io.StringIO('a,"multi\nline\nfield",c\r\n\r\nx,y\n"open\n', newline=""))
for row in r:
    print(r.line_num, row)
r = csv.reader(["a,b\n", "\n", "", "c\n"])
print([(row, r.line_num) for row in r], r.dialect.delimiter, isinstance(r.dialect, _csv.Dialect))
print(read("\x00a,b\x00\n"), read("a\r\nb\rc\n"))

# DictReader / DictWriter
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["id", "name", "score"], restval="NA", lineterminator="\n")
print(dw.writeheader())
dw.writerow({"id": 1, "name": "Ann, B.", "score": 9.5})
dw.writerows([{"id": 2, "name": 'Q"uote'}, {"id": 3, "score": None}])
show("extra key", lambda: dw.writerow({"id": 4, "bogus": 1}))
print(repr(s.getvalue()))
dr = csv.DictReader(io.StringIO(s.getvalue() + "5,extra,1,2,3\n6\n"), restkey="more", restval="?")
print(dr.fieldnames)
for rec in dr:
    print(rec, dr.line_num)
dw2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(dw2.writerow({"a": 1, "b": 2}))

# Sniffer
sample = "name;age;city\nAnn;31;Paris\nBob;45;'New; York'\nCy;22;Rome\n"
sn = csv.Sniffer()
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator))
print(sn.has_header(sample), sn.has_header("1,2,3\n4,5,6\n7,8,9\n"))
d2 = sn.sniff('a,b,c\n1,2,3\n"x, y",5,6\n', delimiters=",;")
print(repr(d2.delimiter), repr(d2.quotechar), d2.doublequote)
print(read(sample, dialect=d))
show("sniff fail", lambda: sn.sniff(""))
d3 = sn.sniff("a\tb\tc\n1\t2\t3\n")
print(repr(d3.delimiter), write([[1, "x\ty"]], dialect=d3))

# dialect registry
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
pd = csv.get_dialect("pipes")
print(type(pd).__name__, pd.delimiter, pd.quoting, repr(pd.lineterminator), pd.quotechar, pd.escapechar,
      pd.doublequote, pd.skipinitialspace, pd.strict)
print(write([["a", 1]], dialect="pipes"), write([["a", 1]], dialect="pipes", quoting=csv.QUOTE_MINIMAL))
class Semi(csv.excel):
    delimiter = ";"
csv.register_dialect("semi", Semi)
csv.register_dialect("semi2", "semi", skipinitialspace=True)
print(csv.get_dialect("semi2").delimiter, csv.get_dialect("semi2").skipinitialspace, "semi" in csv.list_dialects())
print(read("a; b;c\n", "semi2"), write([["a;b", "c"]], Semi))
print(csv.get_dialect("excel-tab").delimiter == "\t", csv.get_dialect("unix").lineterminator == "\n")
for name in ("pipes", "semi", "semi2"):
    csv.unregister_dialect(name)
show("unregister twice", lambda: csv.unregister_dialect("pipes"))
show("get unknown", lambda: csv.get_dialect("nope"))
show("reader unknown", lambda: csv.reader([], "nope"))
show("register bad name", lambda: csv.register_dialect(1))
print(sorted(csv.list_dialects()))
dd = _csv.Dialect(delimiter=";")
print(_csv.Dialect(dd) is dd, _csv.Dialect(dd, quoting=1).quoting, csv.writer(io.StringIO(), dd).dialect is dd)
class Partial:
    delimiter = ":"
print(read("a:b\n", Partial), csv.reader([], Partial).dialect.quotechar)
show("set attr", lambda: setattr(dd, "delimiter", ","))
show("set member", lambda: setattr(dd, "strict", True))

# field_size_limit
print(csv.field_size_limit())
print(csv.field_size_limit(10), csv.field_size_limit())
show("limit small", lambda: read("a," + "x" * 11 + "\n"))
show("limit quoted", lambda: read('"' + "y" * 20 + '"\n'))
print(read("x" * 10 + "\n"))
show("limit type", lambda: csv.field_size_limit("5"))
show("limit args", lambda: csv.field_size_limit(1, 2))
print(csv.field_size_limit(new_limit=131072), csv.field_size_limit())

# bad dialect parameters
bad = [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(delimiter=None),
       dict(quotechar=""), dict(quotechar=1), dict(quotechar="xy"), dict(escapechar="ab"), dict(escapechar=3.5),
       dict(lineterminator=1), dict(lineterminator=None), dict(quoting=7), dict(quoting="1"), dict(quoting=1.0),
       dict(quoting=True), dict(quoting=2**40), dict(quotechar=None, quoting=csv.QUOTE_ALL),
       dict(quotechar=None), dict(quoting=csv.QUOTE_NONE, quotechar=None), dict(bogus=1),
       dict(doublequote=0, skipinitialspace=[1], strict="")]
for kw in bad:
    show("dialect " + repr(kw), lambda: (lambda d: (d.delimiter, d.quotechar, d.escapechar, d.quoting,
                                                    d.doublequote, d.skipinitialspace, d.strict))(_csv.Dialect(**kw)))
    show("writer " + repr(kw), lambda: csv.writer(io.StringIO(), **kw).dialect.quoting)
show("too many", lambda: _csv.Dialect(*range(10)))
show("dup", lambda: _csv.Dialect("excel", dialect="excel"))
show("reader no args", lambda: csv.reader())
show("writerow no args", lambda: csv.writer(io.StringIO()).writerow())

# writerow with numbers, None, floats and other objects
class Obj:
    def __str__(self):
        return "obj,str"
class Idx:
    def __index__(self):
        return 7
    def __str__(self):
        return "idx"
vals = [0, -1, 3.0, 1e-7, 1.5e300, float("inf"), float("nan"), 2**70, None, True, False, 1+2j, Obj(), Idx(), b"by", ""]
for quoting in range(3):
    print(write([vals], quoting=quoting))
print(write([vals[:8]], quoting=csv.QUOTE_NONE, escapechar="\\"))
print(write([(x for x in "abc"), range(3), "str", {"k": 1}]))
class W:
    def write(self, line):
        return len(line) * 100
print(csv.writer(W()).writerow(["a", "b"]), csv.writer(W()).writerows([["a"], ["b"]]))
print(csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__module__, issubclass(csv.Error, Exception), csv.Error is _csv.Error, type(_csv.reader([])).__name__)
