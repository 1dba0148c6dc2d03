import sys

log = []

def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, arg.__name__))
    else:
        log.append((event, frame.f_code.co_name))

class Box:
    def __init__(self):
        self.items = []
    def put(self, v):
        self.items.append(v)
        return len(self.items)

def main():
    b = Box()
    b.put('x')
    s = 'abc'.upper()
    d = {}
    d.get('k')
    return s

sys.setprofile(prof)
main()
sys.setprofile(None)
for e in log:
    print(e)
