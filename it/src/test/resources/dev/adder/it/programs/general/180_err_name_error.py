# an undefined name, with a suggestion
counter = 0
for i in range(3):
    counter += i
print(counter)
print(countr)
