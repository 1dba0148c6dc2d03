import_free = 1
print("exiting")
raise SystemExit(3)
