from impfix.circ_b import B_VALUE
A_VALUE = "a"
