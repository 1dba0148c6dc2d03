# ZeroDivisionError in a long expression: the carets point at the division
class Stats:
    def __init__(self, values):
        self.values = values
    def mean(self):
        return sum(self.values) / len(self.values)
    def spread(self):
        return (max(self.values) - min(self.values)) / self.mean()

print(Stats([1, 2, 3]).spread())
print(Stats([-1, 0, 1]).spread())
