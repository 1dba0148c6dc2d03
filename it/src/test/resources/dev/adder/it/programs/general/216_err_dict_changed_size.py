# mutating a dict while iterating over it
scores = {"a": 1, "b": 2, "c": 3}
for k in list(scores):
    if scores[k] < 2:
        del scores[k]
print(scores)
for k in scores:
    scores[k + k] = 0
