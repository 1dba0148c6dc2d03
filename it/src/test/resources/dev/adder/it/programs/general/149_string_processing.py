# text statistics and transformations
text = """Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense."""
lines = text.splitlines()
print(len(lines), sum(len(l.split()) for l in lines), len(text))
pairs = [tuple(l.rstrip(".").split(" is better than ")) for l in lines]
print(pairs)
better = {a.lower(): b for a, b in pairs}
print(better["simple"], sorted(better))
chain, cur = ["simple"], "simple"
while cur in better:
    cur = better[cur]
    chain.append(cur)
print(" > ".join(chain))
caps = sum(1 for c in text if c.isupper())
print(caps, text.count("better"), text.lower().count("complex"))
print("\n".join(l[::-1] for l in lines[:2]))
print(max(lines, key=len), min(lines, key=lambda l: (len(l), l)))
