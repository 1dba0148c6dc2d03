from impfix.circ_a import A_VALUE
B_VALUE = "b"
