# An uncaught TypeError from hashing an instance whose class defines __eq__ only.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k


print(Key(1) == Key(1), Key.__hash__)
cache = {}
cache[Key(1)] = "value"
