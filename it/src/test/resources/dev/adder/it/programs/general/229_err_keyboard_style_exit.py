# SystemExit with a non-integer, non-string code
import sys
print("exiting with a list")
sys.exit([1, 2])
