# sys.exit with an integer status
import sys
print("about to exit")
sys.stdout.flush()
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(4)
