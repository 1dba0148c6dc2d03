# raising something that is not an exception
try:
    raise "plain string"
except TypeError as e:
    print("TypeError:", e)
class NotAnError:
    pass
raise NotAnError
