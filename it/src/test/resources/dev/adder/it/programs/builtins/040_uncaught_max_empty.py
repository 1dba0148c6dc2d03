print(max([3, 1, 2]))
print(min('hello'))
data = []
print(max(data, default='empty'))
print(max(data))
