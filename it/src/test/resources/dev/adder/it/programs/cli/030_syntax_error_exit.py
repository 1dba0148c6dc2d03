# a syntax error: nothing runs, the error on stderr, status 1
print("never printed")
def broken(:
    pass
