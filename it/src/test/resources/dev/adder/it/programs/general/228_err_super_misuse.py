# super() outside a method and on a missing attribute
class Base:
    pass

class Child(Base):
    def greet(self):
        return super().greet()

try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
Child().greet()
