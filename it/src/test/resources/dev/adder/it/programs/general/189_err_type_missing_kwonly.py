# missing keyword-only argument in a method call
class Store:
    def put(self, key, *, value, ttl=0):
        return (key, value, ttl)

s = Store()
print(s.put("a", value=1))
print(s.put("b", 2))
