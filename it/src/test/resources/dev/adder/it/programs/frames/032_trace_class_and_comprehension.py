import sys

log = []

def tracer(frame, event, arg):
    log.append('%s %s +%d' % (event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def run():
    class Inner:
        x = 1
        def method(self):
            return self.x
    squares = [i * i for i in range(3)]
    total = Inner().method() + sum(squares)
    return total

sys.settrace(tracer)
run()
sys.settrace(None)
for line in log:
    print(line)
