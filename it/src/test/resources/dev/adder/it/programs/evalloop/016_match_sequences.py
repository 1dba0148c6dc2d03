# match: sequence patterns with star, nesting
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair of equal {a}"
        case (a, b):
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*_, 9]:
            return "ends with 9"
        case [[x, y], [z]]:
            return f"nested {x} {y} {z}"
        case [a, b, c]:
            return f"three {a} {b} {c}"
        case _:
            return "other"

tests = [[], [5], [3, 3], (3, 4), [1, 2, 3, 4, 5], [1, 2], [0, 2, 9], [[1, 2], [3]], (7, 8, 9, 10), range(3),
         "ab", b"ab", {1: 2}, [0, 0, 0], (4, 4)]
for t in tests:
    print(repr(t), "->", seq(t))
print("iterator ->", seq(iter([1])))

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("deep", a, b, c, d)
match (1, 2, 3):
    case [*all_of_it]:
        print("star captures list:", all_of_it, type(all_of_it).__name__)
class MyList(list):
    pass
match MyList([1, 2]):
    case [x, y]:
        print("subclass of list matches", x, y)
