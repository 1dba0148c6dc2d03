# a fluent query builder
class Query:
    def __init__(self, table):
        self.table = table
        self.wheres = []
        self.order = None
        self.lim = None
    def where(self, cond):
        self.wheres.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.lim = n
        return self
    def __str__(self):
        s = f"SELECT * FROM {self.table}"
        if self.wheres:
            s += " WHERE " + " AND ".join(self.wheres)
        if self.order:
            s += f" ORDER BY {self.order}"
        if self.lim is not None:
            s += f" LIMIT {self.lim}"
        return s

print(Query("users"))
print(Query("users").where("age > 18").where("active = 1").order_by("name").limit(10))
q = Query("t").limit(0)
print(q, q.wheres)
