# A round-robin scheduler of generator-based tasks using send() and return values
class Task:
    def __init__(self, name, gen):
        self.name = name
        self.gen = gen
        self.sendval = None

def worker(name, n):
    total = 0
    for i in range(n):
        got = yield f"{name} step {i}"
        total += got
    return f"{name} total {total}"

def scheduler(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        task = queue.pop(0)
        try:
            msg = task.gen.send(task.sendval)
            print(msg)
            tick += 1
            task.sendval = tick
            queue.append(task)
        except StopIteration as e:
            results.append(e.value)
    return results

print(scheduler([Task("a", worker("a", 2)), Task("b", worker("b", 3)), Task("c", worker("c", 1))]))

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return count, avg
        total += term
        count += 1
        avg = total / count

def grouper(results, key):
    results[key] = yield from averager()

results = {}
for key, values in [("x", [1, 2, 3]), ("y", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)
