# classic ciphers
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, sign=1):
    res, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[i % len(key)].lower()) - 97
            res.append(chr((ord(ch) - base + sign * k) % 26 + base))
            i += 1
        else:
            res.append(ch)
    return "".join(res)

msg = "Attack at Dawn! Zebra-crossing, xyz."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1))
print(caesar("abc", 29), caesar("ABC", -27))
