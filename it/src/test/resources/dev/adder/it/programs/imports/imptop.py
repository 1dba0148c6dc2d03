print("imptop executing as", __name__)
TOP = "top"


def twice(x):
    return x * 2
