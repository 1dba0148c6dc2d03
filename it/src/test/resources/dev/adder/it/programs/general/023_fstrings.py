# f-strings with conversions, specs and nesting
name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"{name} is {n} years", f"{name!r}", f"{name!s:>6}", f"{name!a}", f"{'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:x}|{n:#X}|{n:b}|{n:,}|{n:_b}")
print(f"{pi:.3f} {pi:10.2e} {pi:+.0f} {pi:%}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:*^{width}}]")
print(f"{items} {items[0] + items[-1]} {len(items)=}" if False else f"{items} {items[0] + items[-1]}")
print(f"{n=}", f"{n * 2 = }", f"{name=!s}", f"{pi=:.2f}")
print(f"{{literal}} {{{n}}}", f"{'nested ' + f'{n}'}")
d = {"k": "v"}
print(f"{d['k']} {d}", f"{3 if n > 10 else 4}", f"{(lambda x: x * 2)(5)}")
print(f"""multi
{name}
line""")
print(f"{1234567.891:,.1f}", f"{-0.0:+}", f"{12:+05d}", f"{'left':<8}|")
