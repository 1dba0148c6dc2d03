# comparing self-containing containers raises RecursionError "in comparison" instead of overflowing the stack
def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)

x = {}; x['foo'] = x
y = {}; y['foo'] = y
attempt("dict ==", lambda: x == y)
attempt("dict !=", lambda: x != y)
attempt("dict is-equal", lambda: x == x)
a = []; a.append(a)
b = []; b.append(b)
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
t1 = [1]; t1.append((t1,))
t2 = [1]; t2.append((t2,))
attempt("tuple in list ==", lambda: t1 == t2)
attempt("dict <", lambda: x < y)
# still fine after the error: ordinary comparisons and deep but finite nesting
n1 = n2 = 0
for i in range(200):
    n1 = [n1]; n2 = [n2]
attempt("deep finite", lambda: n1 == n2)
attempt("ints", lambda: [1, 2] < [1, 3])
