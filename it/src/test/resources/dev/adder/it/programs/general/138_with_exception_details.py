# __exit__ receives the exception; suppression and replacement
class Catch:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

with Catch(ZeroDivisionError) as c:
    1 / 0
print("suppressed:", repr(c.caught))
with Catch(KeyError) as c:
    pass
print("nothing:", c.caught)
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et:
            raise RuntimeError("replaced") from ev
try:
    with Replace():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    with Catch(TypeError):
        [].pop()
except IndexError as e:
    print("IndexError passed through:", e)
