# the message is the exception's str()
class AppError(Exception):
    def __str__(self):
        return "[" + str(self.args[0]) + "] " + self.args[1]
try:
    raise AppError(5, "caught one")
except AppError as e:
    print("caught:", e, e.args)
raise AppError(42, "bad input")
