# catching by base classes
cases = [lambda: [][1], lambda: {}["k"], lambda: 1 / 0, lambda: int("x"), lambda: None.attr,
         lambda: undefined_name, lambda: (1).__foo__(), lambda: iter(5), lambda: 10 ** 5000 * 1.0,
         lambda: "a" + 1, lambda: [].pop(), lambda: next(iter([]))]
for c in cases:
    try:
        c()
    except LookupError as e:
        print("LookupError family:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError family:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print("Type/Value:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
