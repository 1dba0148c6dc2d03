import ast
from collections import Counter

src = '''
import os, sys
from math import pi as PI

def area(r):
    return PI * r ** 2

class Shape:
    def __init__(self, n):
        self.n = n
    def show(self):
        print(self.n, area(self.n))

for i in range(3):
    Shape(i).show()
'''

class Collector(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = Counter()
        self.funcs = []
    def visit_Name(self, node):
        self.names.append(node.id)
    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls[node.func.id] += 1
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        self.funcs.append((node.name, [a.arg for a in node.args.args], node.lineno))
        self.generic_visit(node)

c = Collector()
c.visit(ast.parse(src))
print(c.names)
print(sorted(c.calls.items()))
print(c.funcs)
print(Counter(type(n).__name__ for n in ast.walk(ast.parse(src))).most_common(6))
tree = ast.parse(src)
print([type(n).__name__ for n in ast.iter_child_nodes(tree)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[2])])
