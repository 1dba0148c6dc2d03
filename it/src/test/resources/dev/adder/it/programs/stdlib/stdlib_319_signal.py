# signal: handlers, SIG_IGN/SIG_DFL, raise_signal, strsignal, valid_signals and the errors
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), repr(signal.SIGINT), repr(signal.SIG_IGN))
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, signal.SIGIOT, signal.SIGCLD, signal.ITIMER_REAL)
got = []

def handler(signum, frame):
    got.append((signum, frame.f_code.co_name, type(frame).__name__))

old = signal.signal(signal.SIGUSR1, handler)
print('old', old, signal.getsignal(signal.SIGUSR1) is handler)

def work():
    signal.raise_signal(signal.SIGUSR1)
    return 'after'

print(work(), got)
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGUSR2 if False else signal.SIGHUP, signal.SIG_IGN)
signal.raise_signal(signal.SIGHUP)
print('ignored SIGHUP', signal.getsignal(signal.SIGHUP))

def raising(signum, frame):
    raise RuntimeError('from handler %d' % signum)

signal.signal(signal.SIGUSR1, raising)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print(e)
print([signal.strsignal(n) for n in (1, 2, 9, 15, 17, 34, 64)], signal.strsignal(32))
v = signal.valid_signals()
print(len(v), min(v), max(v), 32 in v, 33 in v)
for bad in [(signal.SIGKILL, signal.SIG_IGN), (0, signal.SIG_IGN), (99, signal.SIG_DFL),
            (signal.SIGINT, 5), (signal.SIGINT, 'x'), ('2', signal.SIG_DFL)]:
    try:
        signal.signal(*bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print('ValueError', e)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
print(signal.Signals(2), signal.Signals.SIGTERM.value, signal.Handlers.SIG_DFL)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
signal.siginterrupt(signal.SIGUSR1, False)
print('end')
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
