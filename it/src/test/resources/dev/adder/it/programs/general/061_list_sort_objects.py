# sorting objects by attributes and with __lt__
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return (Card.ranks.index(self.rank), self.suit) < (Card.ranks.index(other.rank), other.suit)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(s) for s in "KH 2C TD AS 2D 9H JC".split()]
print(sorted(hand))
print(max(hand), min(hand))
print(sorted(hand, key=lambda c: c.suit))
hand.sort(reverse=True)
print(hand)
