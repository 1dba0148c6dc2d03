# string.Template substitution and errors
import string
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$who $").substitute(who="x")
except ValueError as e:
    print("ValueError:", e)
print(string.Template("${a}b $a_b").safe_substitute(a=1))
class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Pct("%x and %{y} %%").substitute(x=1, y=2))
print(Pct("%X").safe_substitute(x=1))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
print(string.Template("$x").substitute(x=[1, 2]))
string.Template("${bad").substitute(bad=1)
