# eval/exec/dir/vars without explicit namespaces see a function's free and cell variables, as locals() does
def outer():
    d1 = 5
    def inner():
        d1
        y = 2
        print(sorted(locals().items()))
        print(eval("dir()"))
        print(eval("d1 + y"))
        print(sorted(vars().items()))
        exec("print('exec sees', d1)")
        return eval("d1")
    cellvar = 10
    def uses_cell():
        return cellvar
    print(sorted(eval("locals()")))
    return inner(), uses_cell()
print(outer())

def g():
    z = 3
    def h():
        return z
    return eval("z * 2"), h()
print(g())
try:
    def k():
        return eval("undefined_name")
    k()
except NameError as e:
    print("NameError:", e)
