# __getitem__ and __setitem__ receiving slice objects
class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return self.data[key]
        if isinstance(key, tuple):
            print("tuple", key)
            return [self.data[k] for k in key]
        print("index", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
r = Recorder()
print(r[3], r[2:5], r[::3], r[:-2:], r[1, 2, 3])
r[0:2] = ["a", "b"]
r[5] = "five"
print(r.data)
print(slice(1, 2, 3), slice(None), slice(5).indices(10), slice(-3, None).indices(10))
