import sys

def go():
    import impfix.raises


print("start")
go()
