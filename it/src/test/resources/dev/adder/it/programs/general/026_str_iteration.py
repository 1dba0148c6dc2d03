# walking strings: counting, building, reversing words
text = "the rain in spain falls mainly on the plain"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
words = text.split()
print(len(words), max(words, key=len), sorted(words)[:3])
print(" ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
acr = "".join(w[0].upper() for w in words)
print(acr, acr.lower(), acr.count("T"))
vowels = sum(1 for c in text if c in "aeiou")
print("vowels:", vowels)
print([w for w in words if "ain" in w])
print(text.index("spain"), text.rindex("ain"), text[text.find("falls"):][:5])
