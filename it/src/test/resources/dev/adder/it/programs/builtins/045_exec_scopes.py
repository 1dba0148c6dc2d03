src = '''
total = 0
for i in range(5):
    total += i
def double(v):
    return v * 2
result = double(total)
'''
ns = {}
exec(src, ns)
print(ns['total'], ns['result'], ns['double'](21))
glob = {'base': 100}
loc = {}
exec('value = base + 1', glob, loc)
print(loc, 'value' in glob)
code = compile('counter += 1', '<inc>', 'exec')
env = {'counter': 0}
for _ in range(3):
    exec(code, env)
print(env['counter'])
print(eval('[base + k for k in range(3)]', glob))
print(eval('sorted(d)', {'d': {'b': 1, 'a': 2}}))
class Tracker(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key) if key in self else 'missing:' + key
print(eval('foo', {}, Tracker()))
exec('def gen():\n    return [v for v in range(3)]\nout = gen()', ns)
print(ns['out'])
