# RecursionError caught, then the program goes on
def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

def mutual_a(n):
    return mutual_b(n)

def mutual_b(n):
    return mutual_a(n)

try:
    mutual_a(1)
except RecursionError as e:
    print("again:", e)
print("still running")
