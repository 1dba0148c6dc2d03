print("alpha loaded")
A = "alpha"
