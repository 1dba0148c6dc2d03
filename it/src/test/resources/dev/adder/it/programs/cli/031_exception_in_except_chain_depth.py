# the context chain across nested handlers, printed oldest first
def handler(n):
    try:
        if n == 0:
            raise ZeroDivisionError("base case")
        handler(n - 1)
    except ZeroDivisionError:
        raise ValueError("wrapped at depth " + str(n))
    except ValueError:
        raise TypeError("rewrapped at depth " + str(n))
handler(2)
