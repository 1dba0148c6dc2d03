import impfix.circ_ok_a
B = "b"


def get_a():
    return impfix.circ_ok_a.A
