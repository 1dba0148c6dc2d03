import sys
class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
real = sys.stdin if hasattr(sys, 'stdin') else None
sys.stdin = FakeIn(['first line\n', 'no newline'])
print(repr(input('prompt> ')))
print(repr(input()))
try:
    input('again: ')
except EOFError as e:
    print()
    print('EOFError', e)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: input(1, 2))
t(lambda: input(prompt='x'))
class BadIn:
    def readline(self):
        return 5
sys.stdin = BadIn()
t(lambda: input())
sys.stdin = None
t(lambda: input())
