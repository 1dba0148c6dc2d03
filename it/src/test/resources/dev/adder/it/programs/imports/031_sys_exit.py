import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
print("before exit")
sys.exit(4)
