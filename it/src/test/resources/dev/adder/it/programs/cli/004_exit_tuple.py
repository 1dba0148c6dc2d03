# several arguments: the code is the args tuple, printed, status 1
print("start")
raise SystemExit("a", 2, None)
