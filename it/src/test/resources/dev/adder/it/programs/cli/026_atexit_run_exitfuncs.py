# _run_exitfuncs runs and clears the callbacks; _clear drops them
import atexit
atexit.register(print, "run now")
atexit._run_exitfuncs()
print("count after run", atexit._ncallbacks())
atexit.register(print, "dropped")
atexit._clear()
print("count after clear", atexit._ncallbacks())
atexit.register(print, "final")
