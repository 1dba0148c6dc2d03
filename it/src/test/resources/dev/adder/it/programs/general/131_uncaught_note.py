# notes are printed after the exception line
def check(n):
    if n < 0:
        err = ValueError(f"negative: {n}")
        err.add_note("values must be non-negative")
        raise err
    return n

print(check(3))
check(-1)
