# os.stat_result and os.terminal_size as struct sequences
import os
import copy

s = os.stat_result(tuple(range(10)))
print(s)
print(s.st_mode, s.st_size, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize, s.st_rdev)
print(len(s), s[7:], tuple(s) == tuple(range(10)), isinstance(s, tuple))
s2 = os.stat_result(tuple(range(13)))
print(s2.st_atime, s2.st_mtime, s2.st_ctime, s2.st_atime_ns)
s3 = os.stat_result(tuple(range(10)), {'st_atime': 5.5, 'st_blksize': 7, 'zzz': 1})
print(s3.st_atime, s3.st_blksize, s3.st_blocks)
print(s2.__reduce__()[1][1]['st_atime'], sorted(s.__reduce__()[1][1]))
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__, os.stat_result.__name__, os.stat_result.__module__)
print(copy.deepcopy(s2) == s2, copy.copy(s3).st_blksize, type(copy.copy(s)).__name__)
for args in [((1,) * 9,), ((1,) * 20,), (5,), ((1,) * 10, 5)]:
    try:
        os.stat_result(*args)
    except TypeError as e:
        print('TypeError', e)
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, t == (80, 24), os.terminal_size.n_fields)
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
try:
    t.columns = 5
except AttributeError as e:
    print('AttributeError')
match t:
    case os.terminal_size(c, l):
        print('match', c, l)
