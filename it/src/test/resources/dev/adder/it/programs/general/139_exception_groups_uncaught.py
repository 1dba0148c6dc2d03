# an uncaught exception group prints a tree
def work():
    errors = []
    for i, v in enumerate(["1", "x", "3", "y"]):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("conversion failed", errors)

print("begin")
work()
