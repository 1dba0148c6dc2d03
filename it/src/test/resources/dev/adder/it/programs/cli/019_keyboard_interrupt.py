# an uncaught KeyboardInterrupt: the traceback and status 130
def loop():
    n = 0
    while True:
        n += 1
        if n == 1000:
            raise KeyboardInterrupt
loop()
