# wrong number of arguments to a user function
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

print(greet("ann"))
print(greet("bob", "hi"))
print(greet("cy", "hey", "extra"))
