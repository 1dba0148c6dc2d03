package dev.adder.vm;

import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The registry of modules written in Java ({@link BuiltinModule}): {@code sys} and
 * {@code builtins}, which every interpreter has from the start, and those found by
 * {@link ServiceLoader} or registered by name. The import system asks it before searching
 * {@code sys.path}, as CPython's {@code BuiltinImporter} comes first in {@code sys.meta_path}.
 *
 * <p>CPython: Python/import.c ({@code PyImport_Inittab}, {@code create_builtin}),
 * Lib/importlib/_bootstrap.py ({@code BuiltinImporter}).
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    private static final Map<String, BuiltinModule> MODULES = new TreeMap<>();
    private static boolean loaded;

    static {
        register("_imp", ImpModule::exec);
        register("_ast", AstModule::exec);
    }

    /** Registers (or replaces) a Java module. */
    public static synchronized void register(BuiltinModule module) {
        MODULES.put(module.name(), module);
    }

    /** Registers a Java module by name and the function that fills its dictionary. */
    public static void register(String name, BiConsumer<InterpreterState, PyModule> exec) {
        register(new BuiltinModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void exec(InterpreterState interp, PyModule module) {
                exec.accept(interp, module);
            }
        });
    }

    /** The Java module named {@code name}, or null. */
    static synchronized BuiltinModule find(String name) {
        loadServices();
        return MODULES.get(name);
    }

    /** The names of all Java modules, {@code sys} and {@code builtins} included, sorted. */
    public static synchronized String[] names() {
        loadServices();
        TreeMap<String, Boolean> all = new TreeMap<>();
        all.put("builtins", true);
        all.put("sys", true);
        for (String n : MODULES.keySet()) {
            all.put(n, true);
        }
        return all.keySet().toArray(new String[0]);
    }

    private static void loadServices() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            for (BuiltinModule m : ServiceLoader.load(BuiltinModule.class, BuiltinModules.class.getClassLoader())) {
                MODULES.putIfAbsent(m.name(), m);
            }
        } catch (ServiceConfigurationError e) {
            // a broken provider: the modules it would give are missing, which imports report
        }
        // placeholders while these modules are not written: importlib's bootstrap (which inspect
        // imports) needs them to be importable; a module found above replaces them
        if (!MODULES.containsKey("_warnings")) {
            // warnings.py falls back to its pure-Python implementation when these names are absent
            register("_warnings", (interp, m) -> { });
        }
        if (!MODULES.containsKey("marshal")) {
            register("marshal", BuiltinModules::marshalPlaceholder);
        }
    }

    private static void marshalPlaceholder(InterpreterState interp, PyModule m) {
        m.dict.setItem(dev.adder.runtime.objects.PyStr.of("version"), dev.adder.runtime.objects.PyInt.of(4));
        for (String name : new String[] {"dump", "dumps", "load", "loads"}) {
            m.dict.setItem(dev.adder.runtime.objects.PyStr.of(name), new dev.adder.runtime.objects.PyBuiltinFunction(
                    name, name, m, (self, a, n, kw) -> {
                        throw dev.adder.runtime.PyErr.format(dev.adder.runtime.exceptions.PyExc.NotImplementedError,
                                "marshal.%s is not supported yet", name);
                    }));
        }
    }
}
