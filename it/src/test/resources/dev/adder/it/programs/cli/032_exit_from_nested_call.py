# SystemExit from deep in the call stack, with finally and except clauses on the way
import sys
def deep(n):
    if n == 0:
        sys.exit(12)
    try:
        deep(n - 1)
    except Exception:
        print("not caught by Exception")
    finally:
        print("unwinding", n)
deep(3)
