# hashlib: digests of every guaranteed algorithm, incremental updates, copies, SHAKE lengths
import hashlib

msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 1000, bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    for m in msgs:
        h = hashlib.new(name, m)
        part = hashlib.new(name)
        for i in range(0, len(m), 77):
            part.update(m[i:i + 77])
        if name.startswith('shake'):
            print(name, len(m), h.hexdigest(16), part.hexdigest(16) == h.hexdigest(16), len(h.digest(100)))
        else:
            print(name, len(m), h.hexdigest()[:40], part.digest() == h.digest(), h.digest_size, h.block_size)
h = hashlib.sha256(b'prefix')
c = h.copy()
c.update(b'-suffix')
print(h.hexdigest()[:16], c.hexdigest()[:16], hashlib.sha256(b'prefix-suffix').hexdigest()[:16])
print(hashlib.md5(bytearray(b'ba')).hexdigest(), hashlib.sha1(memoryview(b'mv')).hexdigest())
print(hashlib.blake2b(b'msg', digest_size=16, key=b'key', salt=b'salt', person=b'who').hexdigest())
print(hashlib.blake2s(b'msg', digest_size=8, key=b'k').hexdigest(), hashlib.blake2b(digest_size=1).digest())
print(hashlib.sha3_256(b'x').name, hashlib.blake2s().name, hashlib.md5().name, hashlib.shake_256().digest_size)
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.sha256(12), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.blake2s(key=b'k' * 33), lambda: hashlib.new('sha0'), lambda: hashlib.sha1().update('s')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
