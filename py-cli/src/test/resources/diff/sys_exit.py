import sys
print(len(sys.argv), sys.maxsize)
def fail(msg):
    print("error:", msg, file=sys.stderr)
    sys.exit(4)
fail("bad input")
