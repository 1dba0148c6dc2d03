# a small stack virtual machine written in Python
def run(program, trace=False):
    stack, pc, env, out = [], 0, {}, []
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": a < b}[op])
        elif op == "jz":
            if not stack.pop():
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            out.append(stack.pop())
        else:
            raise ValueError(f"bad op {op}")
        if trace:
            print(pc, op, stack)
    return out, env

# factorial of 10 and the first ten squares
fact = [("push", 1), ("store", "acc"), ("push", 10), ("store", "n"),
        ("load", "n"), ("push", 1), ("lt",), ("jz", 10), ("load", "acc"), ("jmp", 17),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
        ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", 4)]
fact[9] = ("print",)
fact.insert(10, ("jmp", 100))
for i, ins in enumerate(fact):
    if ins[0] in ("jz", "jmp") and ins[1] not in (100,):
        fact[i] = (ins[0], ins[1] + (1 if ins[1] >= 10 else 0))
print(run(fact))
sq = [("push", 0), ("store", "i"), ("load", "i"), ("push", 10), ("lt",), ("jz", 15),
      ("load", "i"), ("load", "i"), ("mul",), ("print",), ("load", "i"), ("push", 1), ("add",),
      ("store", "i"), ("jmp", 2)]
print(run(sq)[0])
print(run([("push", 2), ("push", 3), ("add",), ("print",)], trace=True))
