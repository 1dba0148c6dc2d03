# finally blocks run while SystemExit propagates
import sys
def inner():
    try:
        print("inner body")
        sys.exit(7)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("not reached")
