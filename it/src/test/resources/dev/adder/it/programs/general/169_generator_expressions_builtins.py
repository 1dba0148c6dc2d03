# generator expressions consumed by builtins
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print(sum(len(w) for w in words), max(len(w) for w in words), min(w[-1] for w in words))
print(any(w.startswith("g") for w in words), all(len(w) > 3 for w in words))
print(sorted((w[::-1] for w in words), key=len), list(w for w in words if "l" in w))
print(dict((w[0], w) for w in words), set(len(w) for w in words) == {4, 5, 7})
print(tuple(i * i for i in range(5)), "".join(w[0] for w in words).upper())
print(sum(x * y for x, y in zip(range(5), range(5, 10))))
