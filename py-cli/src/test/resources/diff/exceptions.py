def risky(x):
    if x == 0:
        raise ValueError("zero!")
    return 10 / x
for v in [2, 0, "a"]:
    try:
        print(risky(v))
    except ValueError as e:
        print("value error:", e)
    except TypeError as e:
        print("type error:", e)
    else:
        print("no error")
    finally:
        print("finally", v)
try:
    {}["missing"]
except KeyError as e:
    print("key", e, repr(e))
try:
    [][1]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(isinstance(e, MyError), e.args)
def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup ran")
print(cleanup())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print("reraised", e)
try:
    undefined
except NameError as e:
    print(e)
