# True is the int 1
print("exit with True")
raise SystemExit(True)
