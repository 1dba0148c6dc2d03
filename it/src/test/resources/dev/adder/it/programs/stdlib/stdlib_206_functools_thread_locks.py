# the _thread locks that functools and threading build on
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
print(lock.acquire(timeout=0.01), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print(lock.locked(), repr(lock)[:19])
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e, _thread.error is RuntimeError)
for bad in (lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-5), lambda: lock.acquire(1, 2, 3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), r._recursion_count(), repr(r)[:28])
try:
    r.release()
except RuntimeError as e:
    print(e)
with r:
    with r:
        print("nested", r._recursion_count())
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_ident()).__name__, _thread._count(),
      _thread.TIMEOUT_MAX, _thread.LockType is type(lock), _thread.stack_size())
try:
    _thread.stack_size(5)
except ValueError as e:
    print(e)
try:
    _thread.LockType()
except TypeError as e:
    print(e)
