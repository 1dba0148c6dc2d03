# float overflow
x = 10.0
for i in range(5):
    x = x ** 2
    print(x)
for i in range(10):
    x = x ** 2
