# sorting with keys, reverse and stability
people = [("alice", 30, "paris"), ("bob", 25, "rome"), ("carol", 30, "oslo"),
          ("dave", 25, "paris"), ("eve", 35, "rome")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print([p[0] for p in by_age])
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n % 2, n)))
print(sorted("Hello World".split(), key=str.lower), sorted([[2, 1], [1, 2], [1]]))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([3.5, 1, 2.25, True]), sorted([]), sorted((1,)))
print(list(reversed(sorted(range(5)))))
