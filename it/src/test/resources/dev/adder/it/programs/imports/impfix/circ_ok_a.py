import impfix.circ_ok_b as other
A = "a"


def get_b():
    return other.B
