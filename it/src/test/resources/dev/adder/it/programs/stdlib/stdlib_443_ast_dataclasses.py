import dataclasses
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

a = Item('pen', 1.5)
a.tags.append('office')
print(a, Item('x') == Item('x'), Item('x') == Item('y'))
print(dataclasses.asdict(a), dataclasses.astuple(a))
print([f.name for f in dataclasses.fields(Item)], dataclasses.is_dataclass(a))
vs = sorted([Version(1, 2), Version(0, 9, 'beta'), Version(1, 0)])
print(vs)
print(Version(1, 2, 'a') == Version(1, 2, 'b'), hash(Version(1)) == hash(Version(1, 0)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(dataclasses.replace(vs[0], minor=7))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
print(Item.__init__.__doc__ is None, Item.__match_args__)
