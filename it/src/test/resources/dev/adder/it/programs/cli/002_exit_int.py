# an int code is the exit status
import sys
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
print("total", work(10))
sys.exit(3)
