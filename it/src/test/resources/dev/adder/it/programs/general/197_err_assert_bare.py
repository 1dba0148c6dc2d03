# a failing assert without a message
data = [3, 1, 2]
assert len(data) == 3
assert sorted(data) == data
print("unreachable")
