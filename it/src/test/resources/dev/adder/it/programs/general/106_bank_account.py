# a bank account class with validation and history
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"

a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
a.transfer(b, 70)
print(a, b, a.history, b.history)
for op in [lambda: b.withdraw(500), lambda: a.deposit(-5), lambda: a.transfer(b, 1000)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "needed", None))
print(a, b)
