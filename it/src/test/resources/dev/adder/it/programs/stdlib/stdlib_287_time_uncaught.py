# an uncaught ValueError from time.sleep
import time
print(time.strftime("%Y-%m-%d", time.gmtime(0)))
time.sleep(-3)
