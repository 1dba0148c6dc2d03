# a failing assert with a message
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount

print(withdraw(100, 30))
print(withdraw(100, -5))
