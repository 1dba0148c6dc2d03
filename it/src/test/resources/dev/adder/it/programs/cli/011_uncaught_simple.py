# an uncaught exception: the traceback on stderr, status 1
def divide(a, b):
    return a / b
def compute(values):
    return [divide(10, v) for v in values]
print(compute([1, 2, 5]))
print(compute([1, 0]))
