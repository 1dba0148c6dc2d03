print("helper init:", __name__, __package__)


def f():
    return 42


NAME = "helper"
