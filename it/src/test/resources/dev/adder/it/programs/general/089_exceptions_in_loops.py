# exceptions interacting with loops
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
def gen():
    for i in range(5):
        try:
            yield i
        finally:
            print("finally", i)
for x in gen():
    if x == 2:
        break
print("done")
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry")
        print("success after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, "failed:", e)
