try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import impfix.no_such_sub
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from impfix import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).startswith("cannot import name 'no_such_name' from 'impfix' ("))

import no_such_module_at_top
