# using a list as a dict key
groups = {}
key = ["a", "b"]
try:
    {key}
except TypeError as e:
    print(e)
groups[key] = 1
