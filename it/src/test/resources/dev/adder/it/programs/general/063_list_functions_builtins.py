# builtins over iterables
nums = [4, 8, 15, 16, 23, 42]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums, reverse=True)[:2])
print(list(reversed(nums)), any(n > 40 for n in nums), all(n > 3 for n in nums))
print(list(zip(nums, nums[1:])), [b - a for a, b in zip(nums, nums[1:])])
print(list(enumerate(nums))[-2:], dict(enumerate("abc")))
print(list(filter(lambda n: n % 2, nums)), list(map(lambda n: n // 2, nums)))
it = iter(nums)
print(next(it), next(it), list(it), next(it, "done"))
print(sum([[1], [2, 3]], []), sum((0.5, 0.25), 1))
print(list(range(len(nums)))[::2], [nums[i] for i in range(0, len(nums), 2)])
print(sorted(["b", "a", "C"]), sorted("bca"), "".join(sorted("bca")))
print(tuple(map(len, ["", "a", "ab"])), set(map(abs, [-1, 1, -2])) == {1, 2})
