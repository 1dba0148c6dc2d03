# missing attributes on builtins and None
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    (3).foo
except AttributeError as e:
    print(e)
try:
    str.nothing
except AttributeError as e:
    print(e)
result = None
result.append(5)
