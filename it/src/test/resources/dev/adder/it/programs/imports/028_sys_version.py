import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(sys.version_info.releaselevel, sys.version_info.serial)
print(len(sys.version_info), tuple(sys.version_info)[:2])
print(sys.hexversion >> 16 == 0x30B, hex(sys.hexversion)[:5])
print(sys.version.startswith("3.11."))
print(isinstance(sys.version_info, tuple))
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
print(sys.api_version, sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
try:
    type(sys.version_info)((1, 2, 3, 4, 5))
except TypeError as e:
    print(e)
