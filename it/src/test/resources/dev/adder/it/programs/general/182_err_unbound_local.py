# UnboundLocalError: assignment later in the function makes the name local
total = 10

def add(x):
    total += x
    return total

print(add(5))
