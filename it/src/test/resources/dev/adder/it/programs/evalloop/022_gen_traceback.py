# An uncaught exception inside nested generators: the traceback shows every generator frame
def leaf(n):
    yield n
    yield 10 // (n - n)

def middle(n):
    yield from leaf(n)

def top():
    for v in middle(3):
        print("value", v)

top()
