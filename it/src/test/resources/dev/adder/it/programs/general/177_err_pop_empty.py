# pop from an empty list and dict
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
stack = [1]
stack.pop()
stack.pop()
