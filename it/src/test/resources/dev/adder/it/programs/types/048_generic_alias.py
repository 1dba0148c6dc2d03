a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], type[int], a.__origin__, a.__args__, a.__parameters__)
print(a([1, 2]), a == list[int], hash(a) == hash(list[int]), a.append)
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__)
def f(x: dict[str, int]) -> list[str]: return list(x)
print(f({"a": 1}), f.__annotations__)
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
