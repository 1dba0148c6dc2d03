try:
    import imptop.child
except ModuleNotFoundError as e:
    print(e)
    print(e.name)

try:
    import impfix.notpkg.deeper
except ModuleNotFoundError as e:
    print(e)
