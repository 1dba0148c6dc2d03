# an exception in a finally block replaces the original one
def process():
    try:
        return int("not a number")
    finally:
        print("cleaning up")
        cleanup_helper()

process()
