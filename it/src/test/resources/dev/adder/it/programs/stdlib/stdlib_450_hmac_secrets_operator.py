# hmac and secrets import _operator._compare_digest; operator keeps its pure-Python functions.
import operator, hmac, secrets, hashlib
print(operator.__doc__.splitlines()[0], operator.add(2, 3), operator.itemgetter(1)("ab"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(bytearray(b"x"), memoryview(b"x")))
for a, b in [(1, 1), ("a", b"a"), (b"a", "a"), ("\xe9", "\xe9"), ("a", 1), (b"ab", b"abc"), ("", "")]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError:", e)
h = hmac.new(b"key", b"message", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size)
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), secrets.compare_digest("x", "x"))
print(secrets.choice([7]), 0 <= secrets.randbelow(10) < 10)
