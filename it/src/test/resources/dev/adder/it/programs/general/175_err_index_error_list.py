# list index out of range
row = [1, 2, 3]
print(row[2])
print(row[3])
