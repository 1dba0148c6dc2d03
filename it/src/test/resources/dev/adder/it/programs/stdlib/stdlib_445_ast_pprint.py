import pprint

data = {'name': 'adder', 'versions': [(3, 11, i) for i in range(6)],
        'nested': {'a': {'b': {'c': {'d': list(range(12))}}}}, 'text': 'word ' * 20,
        'set': {3, 1, 2}, 'empty': {}, 'tuple': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, sort_dicts=False)
print(pprint.pformat(list(range(40)), width=50))
print(pprint.saferepr({'x': [1, 2, {'y': 3}]}))
r = []
r.append(r)
print(pprint.pformat(r).split(' with id')[0], pprint.isrecursive(r), pprint.isreadable(r))
pprint.pprint([[1, 2, 3]] * 4, indent=4, width=20)
print(pprint.pformat('a long string that will be wrapped ' * 3, width=30))
pp = pprint.PrettyPrinter(width=30, underscore_numbers=True)
pp.pprint([10**6, 12345678, {'k': 2**40}])
