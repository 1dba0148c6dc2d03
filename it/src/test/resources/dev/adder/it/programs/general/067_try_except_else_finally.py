# every combination of try clauses
def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        if x == 3:
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__} {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for x in range(4):
    print(x, run(x))

def fin_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(fin_overrides())

def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(swallow())
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
