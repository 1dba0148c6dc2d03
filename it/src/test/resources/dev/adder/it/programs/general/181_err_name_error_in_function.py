# an undefined global used inside a function
def area(r):
    return pi * r * r

print("computing")
print(area(2))
