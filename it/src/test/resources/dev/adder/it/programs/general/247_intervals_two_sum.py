# interview classics: merge intervals, two-sum, max subarray, majority element
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
def max_subarray(nums):
    best = cur = nums[0]
    for n in nums[1:]:
        cur = max(n, cur + n)
        best = max(best, cur)
    return best
def majority(nums):
    cand, count = None, 0
    for n in nums:
        if count == 0:
            cand = n
        count += 1 if n == cand else -1
    return cand
print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]))
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
print(majority([2, 2, 1, 1, 1, 2, 2]), majority([3]))
