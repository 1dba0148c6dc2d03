# string.Template patterns and Formatter recursion/auto-numbering
import string
class Braces(string.Template):
    braceidpattern = r"[a-z]+\.[a-z]+"
print(Braces("${a.b} $c").substitute({"a.b": 1, "c": 2}))
class Custom(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )"""
print(Custom("#x ## #{y}").substitute(x="X", y="Y"))
try:
    Custom("# oops").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").get_identifiers(), string.Template("$1").is_valid())
f = string.Formatter()
print(f.format("{} {} {}", "a", "b", "c"))
print(f.format("{0}{1}{0}", "x", "y"))
try:
    f.format("{0}{}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{:{}{}}", 1)
except IndexError as e:
    print("IndexError:", e)
print(f.format("{:{}{}}", 7, ">", 4))
try:
    f.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError:", e)
print(f.format("{0.__class__.__name__} {0[0]}", "str"))
print(f.format("{!r:^10}|{0!s:>3}", "q"))
print(f.check_unused_args([], (), {}), f.format_field(3.14159, ".2f"))
print("{0:>{1}}".format("z", 4), format(12, "#x"), "{:,}".format(1234567))
f.format("{0.nope}", 1)
