# a traceback through methods, a lambda and a comprehension
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value

p = Pipeline([lambda v: v + 1, lambda v: [10 // x for x in range(v, -1, -1)]])
print(Pipeline([str.upper]).run("ok"))
print(p.run(2))
