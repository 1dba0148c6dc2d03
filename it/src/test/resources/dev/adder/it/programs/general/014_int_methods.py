# methods on int objects
n = 2024
print(n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else bin(n).count("1"))
print(n.to_bytes(4, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x00\x10", "big"))
print(n.conjugate(), n.__add__(1), n.__sub__(4), (7).__rtruediv__(14))
print((3).__lt__(4), (3).__eq__(3.0), (3).__eq__("3"))
print(int.__add__(2, 3), (5).__pow__(2), (5).__neg__(), (-5).__abs__())
print((12).__divmod__(5), (12).__floordiv__(-5), (12).__mod__(-5))
print(int("ff", base=16), int(x="10", base=3) if False else int("10", 3))
