# an error inside a nested call expression spanning lines
def combine(a, b, c):
    return a + b + c

def scale(x):
    return x * 2

result = combine(
    scale(1),
    scale(2),
    scale(None) if False else scale("3") + 1,
)
print(result)
