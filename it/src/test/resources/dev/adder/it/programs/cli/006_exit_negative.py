# negative codes wrap modulo 256 (status 255)
print("negative")
raise SystemExit(-1)
