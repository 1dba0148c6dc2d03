# _sha512, used by random.seed(str) when seeding with version 2
from _sha512 import sha512

h = sha512(b"abc")
print(h.hexdigest())
print(h.digest()[:8], len(h.digest()), h.name, h.digest_size, h.block_size)
h2 = sha512()
h2.update(b"a")
h3 = h2.copy()
h2.update(b"bc")
print(h2.hexdigest() == h.hexdigest(), h3.hexdigest()[:16])
print(sha512(bytearray(b"xyz")).hexdigest()[:32])
print(sha512(b"").hexdigest()[:32])
print(int.from_bytes(b"hi" + sha512(b"hi").digest()) % 1000003)
for bad in ["text", 5]:
    try:
        sha512(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    h.update("x")
except TypeError as e:
    print("TypeError", e)
