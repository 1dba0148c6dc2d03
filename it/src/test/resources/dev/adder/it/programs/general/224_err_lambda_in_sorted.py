# an error inside a key function called by sorted
records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": 1}]
print(sorted(records[:1], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
