print("impfix init:", __name__, __package__)
VALUE = 1
