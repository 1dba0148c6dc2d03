# SIGALRM: a Python handler interrupts a busy loop; with SIG_DFL the alarm ends the process (status 142)
import signal, time
hits = []
def h(s, f):
    hits.append(s)
    raise TimeoutError('too slow')
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    while True:
        pass
except TimeoutError as e:
    print('caught', e, hits)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.alarm(1)
while True:
    pass
