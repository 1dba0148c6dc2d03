for cp in [72, 105, 0x1F600]:
    print(chr(cp), ord(chr(cp)))
print(chr(0x110000))
