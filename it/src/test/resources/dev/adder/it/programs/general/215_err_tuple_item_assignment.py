# tuples do not support item assignment
point = (1, 2)
coords = list(point)
coords[0] = 10
print(coords)
point[0] = 10
