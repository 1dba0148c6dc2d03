import sys


class Replacement:
    kind = "replacement object"


sys.modules[__name__] = Replacement()
