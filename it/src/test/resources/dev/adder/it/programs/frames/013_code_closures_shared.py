def make_add_x(x):
    def add_x(y):
        return x + y
    return add_x

add_4 = make_add_x(4)
add_5 = make_add_x(5)
print(add_4.__code__ is add_5.__code__)
print(add_4(1), add_5(1))
print(add_4.__closure__ is add_5.__closure__)
print([c.cell_contents for c in add_4.__closure__], [c.cell_contents for c in add_5.__closure__])
print(type(add_4.__closure__[0]).__name__)
print(add_4.__code__.co_freevars, make_add_x.__code__.co_cellvars)
print(make_add_x.__closure__)
cell = add_4.__closure__[0]
cell.cell_contents = 40
print(add_4(1))
del cell.cell_contents
try:
    add_4(1)
except NameError as e:
    print('NameError', e)
try:
    cell.cell_contents
except ValueError as e:
    print('ValueError', e)
cell.cell_contents = 'again'
print(add_4('!'))
