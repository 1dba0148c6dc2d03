# name mangling of __private attributes
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "visible"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account()
print(a.balance(), a._protected, a.reveal(), a._Account__balance)
print(sorted(k for k in vars(a)))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
