# SystemExit(None) ends the program with status 0
import sys
print("before exit")
sys.exit()
print("not reached")
