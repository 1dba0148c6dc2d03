package dev.adder.vm;

/**
 * A module written in Java ("built-in" in CPython's terms, as listed in
 * {@code sys.builtin_module_names}). Implementations are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/dev.adder.vm.BuiltinModule} file naming the classes) or registered
 * with {@link BuiltinModules#register}. {@code import NAME} creates a fresh module object named
 * {@link #name()} and calls {@link #exec} to fill its dictionary, once per interpreter.
 *
 * <p>CPython: Include/cpython/import.h ({@code struct _inittab}), PEP 489 multi-phase init
 * ({@code Py_mod_exec}).
 */
public interface BuiltinModule {
    /** The module's full name, such as {@code _io} or {@code os.path}. */
    String name();

    /**
     * Fills {@code module}'s dictionary ({@code module.dict}); may raise Python exceptions
     * ({@link dev.adder.runtime.PyException}), which make the import fail.
     */
    void exec(InterpreterState interp, PyModule module);
}
