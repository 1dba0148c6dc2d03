# calling a method defined without self
class Greeter:
    def hello():
        return "hello"

print(Greeter.hello())
g = Greeter()
print(g.hello())
