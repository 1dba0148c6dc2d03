# a class without __init__ takes no arguments
class Empty:
    pass

print(type(Empty()).__name__)
e = Empty(1, 2)
