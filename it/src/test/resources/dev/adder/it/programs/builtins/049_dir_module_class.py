import sys
mod = sys
mod.zz_b_attr = 1
mod.zz_a_attr = 2
print([n for n in dir(mod) if n.startswith('zz_')])
mod.__dir__ = lambda: ['zeta', 'alpha']
print(dir(mod))
del mod.__dir__
class Base:
    base_attr = 0
    def base_method(self):
        pass
class Child(Base):
    child_attr = 1
print([n for n in dir(Child) if not n.startswith('__')])
c = Child()
c.own = 5
print([n for n in dir(c) if not n.startswith('__')])
print('__class__' in dir(c), '__module__' in dir(Child), '__name__' in dir(sys), 'zz_a_attr' in dir(sys))
class WithDir:
    def __dir__(self):
        return ['b', 'a', 'b']
print(dir(WithDir()))
