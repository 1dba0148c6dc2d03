# a str code is printed to stderr and the status is 1
import sys
print("about to fail")
sys.exit("fatal: configuration missing")
