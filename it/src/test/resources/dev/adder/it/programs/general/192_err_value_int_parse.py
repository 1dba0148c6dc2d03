# int() of a bad literal
raw = ["12", "7", "3.5"]
nums = []
for r in raw:
    nums.append(int(r))
    print(nums)
