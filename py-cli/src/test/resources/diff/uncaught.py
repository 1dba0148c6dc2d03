def inner(x):
    return x["key"]
def outer():
    return inner({})
print("before")
outer()
