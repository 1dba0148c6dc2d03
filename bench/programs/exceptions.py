# Raising and catching exceptions in a loop.
class AppError(Exception):
    pass

def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

def main():
    caught = 0
    ok = 0
    for i in range(2_000_000):
        try:
            ok += check(i)
        except AppError as e:
            caught += e.args[0] & 1
        except KeyError:
            caught += 2
        finally:
            ok += 1
    print(ok, caught)

main()
