print("beta loaded")
B = "beta"
