# bare raise re-raises the current exception
def risky(n):
    if n > 2:
        raise OverflowError(f"{n} too big")
    return n

def wrapper(n):
    try:
        return risky(n)
    except OverflowError as e:
        print("logging:", e)
        raise

print(wrapper(1))
try:
    wrapper(5)
except OverflowError as e:
    print("caught again:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("other")
        except ValueError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("re-raised", repr(e))
wrapper(9)
