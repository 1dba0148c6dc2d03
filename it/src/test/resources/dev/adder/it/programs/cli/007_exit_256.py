# 256 wraps to status 0
print("wraps")
raise SystemExit(256)
