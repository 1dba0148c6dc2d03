# String work: formatting, split/join, replace, slicing.
def main():
    parts = []
    for i in range(700_000):
        parts.append(f"{i:05d}-{i % 7}")
    text = ",".join(parts)
    fields = text.split(",")
    n = 0
    for f in fields:
        a, b = f.split("-")
        if b == "3":
            n += int(a[-2:])
    s = text.replace("-", ":").upper()
    print(len(text), n, s[:30], s.count(":3"))

main()
