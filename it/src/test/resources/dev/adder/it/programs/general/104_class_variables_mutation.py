# shared mutable class attributes vs instance attributes
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = Bad(), Bad()
a.add(1)
b.add(2)
print(a.items, b.items, Bad.items)
g, h = Good(), Good()
g.add(1)
h.add(2)
print(g.items, h.items)
class Config:
    defaults = {"debug": False}
    def __init__(self, **kw):
        self.settings = {**self.defaults, **kw}
print(Config(debug=True).settings, Config().settings, Config.defaults)
