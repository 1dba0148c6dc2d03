import sys

log = []

def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, arg.__name__))
    else:
        log.append((event, frame.f_code.co_name))

def risky():
    try:
        int('x')
    except ValueError:
        pass
    try:
        str.upper(5)
    except TypeError as e:
        log.append(('TypeError', str(e)))
    try:
        [].pop()
    except IndexError as e:
        log.append(('IndexError', str(e)))
    return abs(-2)

sys.setprofile(prof)
risky()
sys.setprofile(None)
for e in log:
    print(e)
