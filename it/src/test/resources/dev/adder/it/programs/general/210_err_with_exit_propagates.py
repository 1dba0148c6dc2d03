# an exception propagating through a with statement
class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, et, ev, tb):
        print("close", et.__name__ if et else None)
        return False

with Resource() as r:
    print("using")
    raise RuntimeError("failure while using resource")
