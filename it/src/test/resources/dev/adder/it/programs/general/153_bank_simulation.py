# a deterministic bank simulation with a pseudo-random generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % n

rng = LCG(2024)
accounts = {name: 1000 for name in ["ann", "bob", "cy", "dee"]}
names = sorted(accounts)
failed = 0
for step in range(500):
    a, b = names[rng.next(4)], names[rng.next(4)]
    amt = rng.next(300)
    if a == b:
        continue
    if accounts[a] < amt:
        failed += 1
        continue
    accounts[a] -= amt
    accounts[b] += amt
print(accounts, sum(accounts.values()), failed)
richest = max(accounts, key=accounts.get)
print(richest, accounts[richest], sorted(accounts.values()))
