# SIGALRM: a Python handler interrupts a busy loop (the corpus runs programs inside its own JVM,
# so the default action, which ends the process, is not exercised here)
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
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))
