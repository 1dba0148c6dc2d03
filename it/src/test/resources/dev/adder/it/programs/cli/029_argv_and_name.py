# the script runs as __main__ with its path in sys.argv[0]
import sys
print(__name__)
print(len(sys.argv))
print(sys.argv[0].endswith("029_argv_and_name.py"))
print(__file__ == sys.argv[0])
if __name__ == "__main__":
    print("main guard taken")
