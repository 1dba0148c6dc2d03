# tuple and string index errors, the first caught
t = (1, 2)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
s = "abc"
print(s[-4])
