# an exception raised inside a generator, uncaught
def parse_lines(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()

config = ["a = 1", "b = 2", "broken line", "c = 3"]
for k, v in parse_lines(config):
    print(k, v)
