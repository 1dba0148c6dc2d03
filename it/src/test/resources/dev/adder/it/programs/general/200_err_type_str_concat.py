# concatenating str and int
count = 3
label = "items: " + str(count)
print(label)
message = "total: " + count
print(message)
