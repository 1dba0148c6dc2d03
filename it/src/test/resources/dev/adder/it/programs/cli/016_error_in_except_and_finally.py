# an exception in a finally block replaces the one in flight (with it as context)
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
        raise IndexError("second")
f()
