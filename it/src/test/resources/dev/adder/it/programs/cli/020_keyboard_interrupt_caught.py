# KeyboardInterrupt is not an Exception
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
try:
    try:
        raise KeyboardInterrupt("stop")
    finally:
        print("finally runs")
except KeyboardInterrupt as e:
    print("args", e.args)
print("done")
