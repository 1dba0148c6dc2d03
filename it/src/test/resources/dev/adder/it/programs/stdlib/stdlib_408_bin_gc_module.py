# gc: the settings and queries whose answers do not depend on the collector's timing
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.garbage, type(gc.callbacks).__name__, len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}),
      gc.is_tracked(None), gc.is_tracked(object()), gc.is_tracked(bytearray()), gc.is_tracked(3.5))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_finalized(C()))
gc.freeze()
gc.unfreeze()
print(type(gc.get_freeze_count()).__name__, type(gc.get_count()).__name__, len(gc.get_count()))
print(type(gc.get_objects()).__name__, type(gc.get_referrers(C)).__name__)
print(sorted(gc.get_referents([1, 'two', (3,)]), key=repr))
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events[:2])
for call in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(),
             lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.set_threshold(1.5), lambda: gc.get_objects(5),
             lambda: gc.get_objects(-2), lambda: len(gc.get_objects(-1)) >= 0, lambda: gc.get_objects(1.5), lambda: gc.set_debug('x'),
             lambda: gc.is_tracked(), lambda: gc.collect(x=1), lambda: gc.set_threshold(2 ** 40)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
gc.collect('all')
