# sorting strings in several ways
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Élan", "éclair"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(min(words), max(words), sorted(set(w.lower() for w in words)))
print("a" < "b" < "c", "abc" < "abd", "abc" < "ab", "A" < "a", "é" > "z")
print([ord(c) for c in "Aaé"])
