# argument errors of the constructors; the last one is uncaught
import itertools

for make in [lambda: itertools.repeat(), lambda: itertools.combinations("ab"), lambda: itertools.permutations("ab", -1),
             lambda: itertools.tee("ab", -2), lambda: itertools.product("ab", repeat=-3),
             lambda: itertools.accumulate(7), lambda: itertools.zip_longest("a", fill=1)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
pairs = itertools.combinations_with_replacement(range(3), -1)
print(list(pairs))
