# Generator pipelines and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def main():
    print(sum(squares(evens(numbers(5_000_000)))))
    print(sum(x for x in range(6_000_000) if x & 1))

main()
