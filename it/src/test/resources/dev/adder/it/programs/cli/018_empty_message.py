# an exception without a message prints its name alone
class Nothing(Exception):
    pass
print("raising")
raise Nothing
