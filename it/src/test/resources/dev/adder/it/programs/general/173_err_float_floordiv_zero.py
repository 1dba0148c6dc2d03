# float floor division by zero
x = 5.5
y = x - 5.5
print(x // 2)
print(x // y)
