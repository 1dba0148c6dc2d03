# a local assigned only in one branch
def pick(flag):
    if flag:
        value = "set"
    return value

print(pick(True))
print(pick(False))
