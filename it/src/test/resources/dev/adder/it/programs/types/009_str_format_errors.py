# str.format error messages
class O:
    x = 5
tests = [("{", ()), ("}", ()), ("{0", ()), ("{0!}", (1,)), ("{0!x}", (1,)), ("{0!rr}", (1,)),
         ("{0.}", (O,)), ("{0[}", ([1],)), ("{0[0]x}", ([1],)), ("{} {1}", (1, 2)), ("{1} {}", (1, 2)),
         ("{5}", (1,)), ("{}", ()), ("{a}", ()), ("{:{:{}}}", (1, 2, 3)), ("{:d}", ("x",)),
         ("{0.x.y}", (O,)), ("{0[0]]}", ([1],)), ("{0:}}", (1,)), ("{0:{{}", (1,)), ("{0 }", ({},))]
for f, a in tests:
    try:
        print(repr(f), repr(f.format(*a)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f in ["{}", "{0}", "{a}"]:
    try:
        print(f.format_map({}))
    except Exception as e:
        print(type(e).__name__, e)
