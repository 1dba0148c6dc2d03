# string.Formatter: format, vformat, parse, overriding hooks
import string
f = string.Formatter()
print(f.format("{0} {1:>4} {name!r} {x[1]} {o.real}", "a", 7, name="n", x=[1, 2], o=3))
print(f.format("{:*^9}|{!s}|{:.3f}", "mid", 5, 3.14159))
print(f.format("{0:{w}.{p}f}", 2.5, w=8, p=2))
print(list(f.parse("a{0!r:>{w}}b{{c}}{x.y[0]}{}d}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{0} {missing} {1:x}", "abc", 255))
class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Conv().format("{0!u} {0!r} {0!a}", "h\xe9"))
for bad in ["{", "}", "{0!x}", "{0[}", "{0:{}", "{} {0}", "{a.}"]:
    try:
        print(f.format(bad, 1, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    f.format("{9}", 1)
except IndexError as e:
    print("IndexError:", e)
print(f.format("{0[a]}{0[b]}", {"a": 1, "b": 2}))
f.format("{nope}")
