# an error raised inside a callback, while a for loop drives an itertools chain, is uncaught
import itertools

def parse(pair):
    key, value = pair
    return key.upper(), int(value)

rows = [("a", "1"), ("b", "2"), ("c", "x3"), ("d", "4")]
total = 0
for key, value in itertools.starmap(lambda k, v: parse((k, v)), itertools.islice(rows, 0, None)):
    total += value
    print(key, value, total)
print("not reached")
