# another object: its str() goes to stderr, status 1
class Code:
    def __str__(self):
        return "custom exit object"
print("custom")
raise SystemExit(Code())
