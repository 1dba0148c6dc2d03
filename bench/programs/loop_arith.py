# Numeric while/for loops over small ints: the interpreter's fast paths.
def main():
    total = 0
    i = 0
    while i < 6_000_000:
        total = total + i * 3 - (i & 7)
        i += 1
    acc = 0
    for j in range(3_000_000):
        if j % 3 == 0:
            acc += j
        else:
            acc -= 1
    print(total, acc)

main()
