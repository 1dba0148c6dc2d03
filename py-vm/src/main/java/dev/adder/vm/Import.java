package dev.adder.vm;

import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.Compilers;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.source.PythonSyntaxError;
import dev.adder.vm.ImportTypes.ModuleSpec;
import dev.adder.vm.internal.CodeCache;
import dev.adder.vm.internal.LibLocator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The import system: {@code __import__} with absolute and relative names, {@code from ... import},
 * {@code import *}, the search of {@code sys.meta_path} (Java modules, then {@code sys.path} with
 * packages and namespace packages), module creation and execution, and the compiled-code cache.
 * Errors and module attributes are those of CPython 3.11's importlib.
 *
 * <p>CPython: Python/import.c ({@code PyImport_ImportModuleLevelObject}, {@code resolve_name}),
 * Python/ceval.c ({@code import_name}, {@code import_from}, {@code import_all_from}),
 * Lib/importlib/_bootstrap.py ({@code _find_and_load}, {@code _load_unlocked},
 * {@code _init_module_attrs}, {@code _handle_fromlist}), Lib/importlib/_bootstrap_external.py
 * ({@code PathFinder}, {@code FileFinder}, {@code SourceLoader}).
 */
public final class Import {
    private Import() {
    }

    static final PyStr NAME = PyStr.intern("__name__");
    static final PyStr PACKAGE = PyStr.intern("__package__");
    static final PyStr SPEC = PyStr.intern("__spec__");
    static final PyStr PATH = PyStr.intern("__path__");
    static final PyStr FILE = PyStr.intern("__file__");
    static final PyStr CACHED = PyStr.intern("__cached__");
    static final PyStr LOADER = PyStr.intern("__loader__");
    static final PyStr ALL = PyStr.intern("__all__");
    static final PyStr DICT = PyStr.intern("__dict__");
    static final PyStr BUILTINS = PyStr.intern("__builtins__");
    static final PyStr IMPORT = PyStr.intern("__import__");

    /** {@code builtins.__import__}. */
    static final PyBuiltinFunction IMPORT_FUNC = new PyBuiltinFunction("__import__", "__import__", null,
            Import::builtinImport);

    // ------------------------------------------------------------------ errors

    /** {@code ModuleNotFoundError(msg, name=name)}. */
    static PyException moduleNotFound(String msg, String name) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, "%s", msg);
        setImportErrorAttrs(e.value, msg, name == null ? null : PyStr.of(name), null);
        return e;
    }

    /** {@code ImportError(msg, name=name, path=path)}; a null name or path is not given. */
    static PyException importError(String msg, PyObject name, PyObject path) {
        PyException e = PyErr.format(PyExc.ImportError, "%s", msg);
        setImportErrorAttrs(e.value, msg, name, path);
        return e;
    }

    private static void setImportErrorAttrs(PyBaseException e, String msg, PyObject name, PyObject path) {
        PyDict d = e.fields();
        if (d != null) {
            d.setItem(PyStr.of("msg"), PyStr.of(msg));
            if (name != null) {
                d.setItem(PyStr.of("name"), name);
            }
            if (path != null) {
                d.setItem(PyStr.of("path"), path);
            }
        }
    }

    /** A Python {@code SyntaxError} (or subclass) for a compile error, with its attributes. */
    static PyException syntaxError(PythonSyntaxError e) {
        PyObject t = ThreadState.current().interp.builtins.getItem(PyStr.of(e.kind().pythonName()));
        PyType type = t instanceof PyType pt ? pt : PyExc.SyntaxError;
        PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text());
        PyObject file = e.filename() == null ? PyNone.NONE : PyStr.of(e.filename());
        PyTuple details = PyTuple.of(file, PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        PyException x = dev.adder.runtime.PyErr.of(type, PyStr.of(e.msg()), details);
        PyDict d = x.value.fields();
        if (d != null) {
            d.setItem(PyStr.of("msg"), PyStr.of(e.msg()));
            d.setItem(PyStr.of("filename"), file);
            d.setItem(PyStr.of("lineno"), PyInt.of(e.lineno()));
            d.setItem(PyStr.of("offset"), PyInt.of(e.offset()));
            d.setItem(PyStr.of("text"), text);
            d.setItem(PyStr.of("end_lineno"), PyInt.of(e.endLineno()));
            d.setItem(PyStr.of("end_offset"), PyInt.of(e.endOffset()));
            d.setItem(PyStr.of("print_file_and_line"), PyNone.NONE);
        }
        return x;
    }

    // ------------------------------------------------------------------ the opcodes

    /** IMPORT_NAME: calls {@code builtins.__import__} (directly when it is the original one). */
    static PyObject importName(ThreadState ts, Frame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getItem(IMPORT);
        if (imp == null) {
            throw PyErr.format(PyExc.ImportError, "__import__ not found");
        }
        if (imp == IMPORT_FUNC) {
            int lv = level instanceof PyInt i ? (int) i.clampedLong() : (int) Abstract.index(level).clampedLong();
            return importModuleLevel(ts, name.value(), f.globals, fromlist, lv);
        }
        PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(imp, name, f.globals, locals, fromlist, level);
    }

    /** IMPORT_FROM: {@code module.name}, or the submodule {@code module.__name__ + '.' + name}. */
    static PyObject importFrom(ThreadState ts, PyObject v, PyStr name) {
        PyObject x;
        try {
            x = Abstract.lookupAttr(v, name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            x = null;
        }
        if (x != null) {
            return x;
        }
        PyObject pkgname = null;
        try {
            pkgname = Abstract.lookupAttr(v, NAME);
        } catch (PyException e) {
            pkgname = null;
        }
        if (pkgname instanceof PyStr pn) {
            PyObject m = ts.interp.modules.getItem(PyStr.of(pn.value() + "." + name.value()));
            if (m != null) {
                return m;
            }
        } else {
            pkgname = null;
        }
        String shownName = pkgname == null ? "<unknown module name>" : ((PyStr) pkgname).value();
        PyObject pkgpath = v instanceof PyModule mod ? mod.dict.getItem(FILE) : null;
        if (!(pkgpath instanceof PyStr)) {
            throw importError("cannot import name " + Abstract.repr(name).value() + " from "
                    + Abstract.repr(PyStr.of(shownName)).value() + " (unknown location)",
                    pkgname == null ? PyNone.NONE : pkgname, PyNone.NONE);
        }
        PyObject spec = v instanceof PyModule mod ? mod.dict.getItem(SPEC) : null;
        String msg;
        if (isInitializing(spec)) {
            msg = "cannot import name " + Abstract.repr(name).value() + " from partially initialized module "
                    + Abstract.repr(pkgname).value() + " (most likely due to a circular import) ("
                    + ((PyStr) pkgpath).value() + ")";
        } else {
            msg = "cannot import name " + Abstract.repr(name).value() + " from " + Abstract.repr(pkgname).value()
                    + " (" + ((PyStr) pkgpath).value() + ")";
        }
        throw importError(msg, pkgname, pkgpath);
    }

    /** IMPORT_STAR: binds the public names of module {@code v} in the frame's locals. */
    static void importStar(ThreadState ts, Frame f, PyObject v) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found during 'import *'");
        }
        PyObject all = Abstract.lookupAttr(v, ALL);
        boolean skipUnderscores = false;
        if (all == null) {
            PyObject d = Abstract.lookupAttr(v, DICT);
            if (d == null) {
                throw PyErr.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.callMethod(d, "keys");
            skipUnderscores = true;
        }
        PyObject it = Abstract.iter(all);
        for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
            if (!(n instanceof PyStr s)) {
                PyObject modname = Abstract.lookupAttr(v, NAME);
                String mn = modname instanceof PyStr ms ? ms.value() : "?";
                throw PyErr.typeError(skipUnderscores ? "Key in %s.__dict__ must be str, not %s"
                        : "Item in %s.__all__ must be str, not %s", mn, n.type().name());
            }
            if (skipUnderscores && s.value().startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(v, s);
            if (f.locals instanceof PyDict d) {
                d.setItem(s, value);
            } else {
                Abstract.setItem(f.locals, s, value);
            }
        }
    }

    private static boolean isInitializing(PyObject spec) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        try {
            PyObject v = spec instanceof ModuleSpec ms ? ms.dict.getItem(ImportTypes.INITIALIZING)
                    : Abstract.lookupAttr(spec, ImportTypes.INITIALIZING);
            return v != null && Abstract.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ __import__

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    private static PyObject builtinImport(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = {null, PyNone.NONE, PyNone.NONE, PyTuple.EMPTY, PyInt.of(0)};
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        if (n > 5) {
            throw PyErr.typeError("__import__() takes at most 5 arguments (%d given)", n + (kw == null ? 0 : kw.size()));
        }
        System.arraycopy(a, 0, v, 0, n);
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            int j = java.util.Arrays.asList(names).indexOf(k);
            if (j < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for __import__()", k);
            }
            if (j < n) {
                throw PyErr.typeError("argument for __import__() given by name ('%s') and position (%d)", k, j + 1);
            }
            v[j] = a[n + i];
        }
        if (v[0] == null) {
            throw PyErr.typeError("__import__() missing required argument 'name' (pos 1)");
        }
        if (!(v[0] instanceof PyStr name)) {
            throw PyErr.typeError("module name must be a string");
        }
        int level = (int) Abstract.index(v[4]).clampedLong();
        return importModuleLevel(ThreadState.current(), name.value(), v[1], v[3], level);
    }

    /**
     * {@code __import__}'s work: resolves a relative name against {@code globals}, imports the
     * module and its parents, and returns the top-level package (no fromlist) or the module.
     */
    public static PyObject importModuleLevel(ThreadState ts, String name, PyObject globals, PyObject fromlist,
            int level) {
        if (level < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw PyErr.valueError("Empty module name");
            }
            absName = name;
        }
        PyObject mod = ts.interp.modules.getItem(PyStr.of(absName));
        if (mod == null || mod == PyNone.NONE) {
            mod = findAndLoad(ts, absName);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (level == 0 || !name.isEmpty()) {
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    String front = name.substring(0, dot);
                    return importModuleLevel(ts, front, null, null, 0);
                }
                int cutoff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutoff);
                PyObject r = ts.interp.modules.getItem(PyStr.of(toReturn));
                if (r == null) {
                    throw PyErr.format(PyExc.KeyError, "%s not in sys.modules as expected",
                            Abstract.repr(PyStr.of(toReturn)).value());
                }
                return r;
            }
            return mod;
        }
        PyObject path = mod instanceof PyModule pm ? pm.dict.getItem(PATH) : Abstract.lookupAttr(mod, PATH);
        if (path != null) {
            return handleFromlist(ts, mod, fromlist, false);
        }
        return mod;
    }

    /** {@code importlib._bootstrap._handle_fromlist}: imports the submodules the fromlist names. */
    static PyObject handleFromlist(ThreadState ts, PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = Abstract.iter(fromlist);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? Abstract.str(Abstract.getAttr(module, NAME)).value() + ".__all__"
                        : "``from list''";
                throw PyErr.typeError("Item in %s must be str, not %s", where, x.type().name());
            }
            if (s.value().equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(module, ALL);
                    if (all != null) {
                        handleFromlist(ts, module, all, true);
                    }
                }
            } else if (Abstract.lookupAttr(module, s) == null) {
                String fromName = Abstract.str(Abstract.getAttr(module, NAME)).value() + "." + s.value();
                try {
                    importModuleLevel(ts, fromName, null, null, 0);
                } catch (PyException e) {
                    if (e.matches(PyExc.ModuleNotFoundError)) {
                        PyObject en = e.value.fields() == null ? null
                                : e.value.fields().getItem(PyStr.of("name"));
                        PyObject inMods = ts.interp.modules.getItem(PyStr.of(fromName));
                        if (en instanceof PyStr es && es.value().equals(fromName)
                                && (inMods == null || inMods != PyNone.NONE)) {
                            continue;
                        }
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    /** {@code resolve_name}: the absolute name of a relative import from a module with {@code globals}. */
    static String resolveName(String name, PyObject globals, int level) {
        if (globals == null) {
            throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.typeError("globals must be a dict");
        }
        PyObject pkg = g.getItem(PACKAGE);
        if (pkg == PyNone.NONE) {
            pkg = null;
        }
        PyObject spec = g.getItem(SPEC);
        String packageName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr ps)) {
                throw PyErr.typeError("package must be a string");
            }
            packageName = ps.value();
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, PyStr.of("parent"));
            if (!(parent instanceof PyStr ps)) {
                throw PyErr.typeError("__spec__.parent must be a string");
            }
            packageName = ps.value();
        } else {
            PyObject n = g.getItem(NAME);
            if (n == null) {
                throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
            }
            if (!(n instanceof PyStr ns)) {
                throw PyErr.typeError("__name__ must be a string");
            }
            packageName = ns.value();
            if (g.getItem(PATH) == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot < 0 ? "" : packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw importError("attempted relative import with no known parent package", null, null);
        }
        int lastDot = packageName.length();
        for (int up = 1; up < level; up++) {
            lastDot = packageName.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw importError("attempted relative import beyond top-level package", null, null);
            }
        }
        String base = packageName.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * {@code importlib.import_module(name, package)}: a relative name (leading dots) is resolved
     * against {@code package}.
     */
    public static PyObject importModule(ThreadState ts, String name, String packageName) {
        int level = 0;
        if (name.startsWith(".")) {
            if (packageName == null) {
                throw PyErr.typeError("the 'package' argument is required to perform a relative import for %s",
                        Abstract.repr(PyStr.of(name)).value());
            }
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
        }
        String rest = name.substring(level);
        String abs = rest;
        if (level > 0) {
            PyDict g = new PyDict();
            g.setItem(PACKAGE, PyStr.of(packageName));
            g.setItem(NAME, PyStr.of(packageName));
            abs = resolveName(rest, g, level);
        }
        if (abs.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject m = ts.interp.modules.getItem(PyStr.of(abs));
        if (m != null && m != PyNone.NONE) {
            return m;
        }
        return findAndLoad(ts, abs);
    }

    /** {@code importlib.import_module(name)} for an absolute name; returns the module itself. */
    public static PyObject importModule(ThreadState ts, String name) {
        return importModule(ts, name, null);
    }

    // ------------------------------------------------------------------ finding and loading

    /** {@code _find_and_load}: the module {@code name} from sys.modules or found and executed. */
    static PyObject findAndLoad(ThreadState ts, String name) {
        PyDict modules = ts.interp.modules;
        PyStr key = PyStr.of(name);
        PyObject mod = modules.getItem(key);
        if (mod == PyNone.NONE) {
            throw moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        if (mod != null) {
            return mod;
        }
        PyObject path = PyNone.NONE;
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? "" : name.substring(0, dot);
        PyObject parentModule = null;
        if (dot >= 0) {
            if (modules.getItem(PyStr.of(parent)) == null) {
                importModuleLevel(ts, parent, null, null, 0);
            }
            mod = modules.getItem(key);
            if (mod != null) {
                return mod;
            }
            parentModule = modules.getItem(PyStr.of(parent));
            if (parentModule == null) {
                throw PyErr.format(PyExc.KeyError, "%s", Abstract.repr(PyStr.of(parent)).value());
            }
            PyObject p = parentModule instanceof PyModule pm ? pm.dict.getItem(PATH)
                    : Abstract.lookupAttr(parentModule, PATH);
            if (p == null) {
                throw moduleNotFound("No module named " + repr(name) + "; " + repr(parent) + " is not a package",
                        name);
            }
            path = p;
        }
        PyObject spec = findSpec(ts, name, path);
        if (spec == null) {
            throw moduleNotFound("No module named " + repr(name), name);
        }
        if (ts.interp.importTime) {
            mod = loadTimed(ts, spec, name);
        } else {
            mod = loadUnlocked(ts, spec, name);
        }
        if (dot >= 0) {
            PyObject pm = modules.getItem(PyStr.of(parent));
            if (pm != null) {
                try {
                    Abstract.setAttr(pm, PyStr.of(name.substring(dot + 1)), mod);
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                }
            }
        }
        return mod;
    }

    private static int importTimeDepth;
    private static long importTimeAccumulated;
    private static boolean importTimeHeader;

    /** {@code -X importtime}: loads the module and prints its self and cumulative times in microseconds. */
    private static PyObject loadTimed(ThreadState ts, PyObject spec, String name) {
        if (!importTimeHeader) {
            importTimeHeader = true;
            writeStderr(ts, "import time: self [us] | cumulative | imported package\n");
        }
        long outerAccumulated = importTimeAccumulated;
        importTimeAccumulated = 0;
        int depth = importTimeDepth++;
        long t0 = System.nanoTime();
        try {
            return loadUnlocked(ts, spec, name);
        } finally {
            long cumulative = System.nanoTime() - t0;
            importTimeDepth--;
            long self = cumulative - importTimeAccumulated;
            importTimeAccumulated = outerAccumulated + cumulative;
            writeStderr(ts, String.format("import time: %9d | %10d | %s%s%n", self / 1000, cumulative / 1000,
                    "  ".repeat(depth), name));
        }
    }

    private static void writeStderr(ThreadState ts, String text) {
        PyObject err = ts.interp.sys.dict.getItem(PyStr.of("stderr"));
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of(text));
        }
    }

    /** {@code _find_spec}: asks each finder of {@code sys.meta_path}; null when none finds it. */
    static PyObject findSpec(ThreadState ts, String name, PyObject path) {
        PyObject metaPath = ts.interp.sys.dict.getItem(PyStr.of("meta_path"));
        if (metaPath == null || metaPath == PyNone.NONE) {
            throw importError("sys.meta_path is None, Python is likely shutting down", null, null);
        }
        PyObject[] finders = metaPath instanceof PyList l ? l.toArray() : PyTuple.fromIterable(metaPath).items();
        boolean inModules = ts.interp.modules.getItem(PyStr.of(name)) != null;
        for (PyObject finder : finders) {
            PyObject spec;
            if (finder == ImportTypes.BUILTIN_IMPORTER) {
                spec = findBuiltin(name);
            } else if (finder == ImportTypes.PATH_FINDER) {
                spec = findOnPath(ts, name, path);
            } else {
                PyObject fs = Abstract.lookupAttr(finder, PyStr.of("find_spec"));
                if (fs == null) {
                    continue;
                }
                spec = Abstract.call(fs, PyStr.of(name), path, PyNone.NONE);
                if (spec == PyNone.NONE) {
                    spec = null;
                }
            }
            if (spec != null) {
                if (!inModules) {
                    return spec;
                }
                PyObject m = ts.interp.modules.getItem(PyStr.of(name));
                if (m != null) {
                    PyObject s = Abstract.lookupAttr(m, SPEC);
                    if (s != null && s != PyNone.NONE) {
                        return s;
                    }
                }
                return spec;
            }
        }
        return null;
    }

    /** The spec of a Java module {@code name}, or null. */
    static ModuleSpec findBuiltin(String name) {
        if (name.equals("sys") || name.equals("builtins") || BuiltinModules.find(name) != null) {
            return builtinSpec(name);
        }
        return null;
    }

    static ModuleSpec builtinSpec(String name) {
        return new ModuleSpec(name, ImportTypes.BUILTIN_IMPORTER, PyStr.of("built-in"), PyNone.NONE);
    }

    /**
     * {@code PathFinder.find_spec}: searches the directories of {@code path} ({@code sys.path}
     * when None) for a package directory with {@code __init__.py} or a {@code NAME.py} file;
     * directories without {@code __init__.py} make a namespace package if nothing else is found.
     */
    static PyObject findOnPath(ThreadState ts, String name, PyObject path) {
        if (path == null || path == PyNone.NONE) {
            path = ts.interp.sys.dict.getItem(PyStr.of("path"));
            if (path == null || path == PyNone.NONE) {
                return null;
            }
        }
        String tail = name.substring(name.lastIndexOf('.') + 1);
        PyList namespace = null;
        PyObject it = Abstract.iter(path);
        for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
            if (!(e instanceof PyStr entry)) {
                continue;
            }
            Path dir;
            try {
                dir = entry.value().isEmpty() ? Path.of("").toAbsolutePath() : Path.of(entry.value()).toAbsolutePath();
            } catch (InvalidPathException ex) {
                continue;
            }
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Path base;
            Path file;
            try {
                base = dir.resolve(tail);
                file = dir.resolve(tail + ".py");
            } catch (InvalidPathException ex) {
                continue;
            }
            boolean isNamespace = false;
            if (Files.isDirectory(base)) {
                Path init = base.resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    PyList locations = new PyList();
                    locations.append(PyStr.of(base.toString()));
                    return sourceSpec(name, init, locations);
                }
                isNamespace = true;
            }
            if (Files.isRegularFile(file)) {
                return sourceSpec(name, file, PyNone.NONE);
            }
            if (isNamespace) {
                if (namespace == null) {
                    namespace = new PyList();
                }
                namespace.append(PyStr.of(base.toString()));
            }
        }
        if (namespace != null) {
            return new ModuleSpec(name, PyNone.NONE, PyNone.NONE, new ImportTypes.NamespacePath(namespace));
        }
        return null;
    }

    private static ModuleSpec sourceSpec(String name, Path file, PyObject locations) {
        String origin = file.toString();
        ModuleSpec s = new ModuleSpec(name, new ImportTypes.SourceFileLoader(name, origin), PyStr.of(origin),
                locations);
        s.dict.setItem(ImportTypes.SET_FILEATTR, PyBool.TRUE);
        s.dict.setItem(ImportTypes.CACHED, PyStr.of(cacheFileFor(file).toString()));
        return s;
    }

    /** Where the compiled code of {@code source} is cached. */
    static Path cacheFileFor(Path source) {
        return underLib(source) ? CodeCache.userCacheFile(source) : CodeCache.pycacheFile(source);
    }

    private static boolean underLib(Path source) {
        Path lib = LibLocator.lib();
        return lib != null && source.startsWith(lib);
    }

    /** {@code module_from_spec} then {@code _load_unlocked}: creates, registers and executes the module. */
    static PyObject loadUnlocked(ThreadState ts, PyObject specObj, String name) {
        PyDict modules = ts.interp.modules;
        PyObject loader = attr(specObj, ImportTypes.LOADER, ImportTypes.LOADER);
        PyObject locations = attr(specObj, ImportTypes.SEARCH_LOCATIONS, ImportTypes.SEARCH_LOCATIONS);
        String specName = Abstract.str(attr(specObj, ImportTypes.NAME, ImportTypes.NAME)).value();
        PyStr key = PyStr.of(specName);
        if (loader != PyNone.NONE && !(loader instanceof ImportTypes.SourceFileLoader)
                && loader != ImportTypes.BUILTIN_IMPORTER && Abstract.lookupAttr(loader, PyStr.of("exec_module")) == null) {
            // a legacy loader: load_module does everything (_load_backward_compatible)
            Abstract.callMethod(loader, "load_module", key);
            PyObject m = modules.getItem(key);
            if (m == null) {
                throw PyErr.format(PyExc.KeyError, "%s", Abstract.repr(key).value());
            }
            return m;
        }
        PyObject module = null;
        if (loader == ImportTypes.BUILTIN_IMPORTER) {
            module = createBuiltin(ts, specName);
        } else if (loader != PyNone.NONE && !(loader instanceof ImportTypes.SourceFileLoader)) {
            PyObject cm = Abstract.lookupAttr(loader, PyStr.of("create_module"));
            if (cm == null) {
                throw importError("loaders that define exec_module() must also define create_module()",
                        null, null);
            }
            module = Abstract.call(cm, specObj);
            if (module == PyNone.NONE) {
                module = null;
            }
        }
        if (module == null) {
            module = new PyModule(specName);
        }
        initModuleAttrs(specObj, module);
        setAttrQuiet(specObj, ImportTypes.INITIALIZING, PyBool.TRUE);
        try {
            modules.setItem(key, module);
            try {
                if (loader == PyNone.NONE) {
                    if (locations == PyNone.NONE) {
                        throw importError("missing loader", key, null);
                    }
                } else if (loader instanceof ImportTypes.SourceFileLoader sl && module instanceof PyModule pm) {
                    execSource(ts, pm, sl.path);
                } else if (loader == ImportTypes.BUILTIN_IMPORTER && module instanceof PyModule pm) {
                    execBuiltin(ts, pm, specName);
                } else {
                    Abstract.callMethod(loader, "exec_module", module);
                }
            } catch (PyException | StackOverflowError e) {
                modules.delItem(key);
                throw e;
            }
            PyObject m = modules.removeItem(key);
            if (m == null) {
                throw importError("Loaded module " + specName + " not found in sys.modules", key, null);
            }
            modules.setItem(key, m);
            return m;
        } finally {
            setAttrQuiet(specObj, ImportTypes.INITIALIZING, PyBool.FALSE);
        }
    }

    private static PyObject attr(PyObject spec, PyStr key, PyStr attr) {
        if (spec instanceof ModuleSpec ms) {
            return ModuleSpec.get(ms.dict, key);
        }
        PyObject v = Abstract.lookupAttr(spec, attr);
        return v == null ? PyNone.NONE : v;
    }

    private static void setAttrQuiet(PyObject o, PyStr name, PyObject v) {
        if (o instanceof ModuleSpec ms) {
            ms.dict.setItem(name, v);
            return;
        }
        try {
            Abstract.setAttr(o, name, v);
        } catch (PyException e) {
            // a spec that takes no attributes: it cannot be marked
        }
    }

    /** {@code _init_module_attrs}: {@code __name__}, {@code __loader__}, {@code __package__}, ... */
    static void initModuleAttrs(PyObject spec, PyObject module) {
        PyObject name = attr(spec, ImportTypes.NAME, ImportTypes.NAME);
        if (isNoneAttr(module, NAME)) {
            Abstract.setAttr(module, NAME, name);
        }
        PyObject loader = attr(spec, ImportTypes.LOADER, ImportTypes.LOADER);
        PyObject locations = attr(spec, ImportTypes.SEARCH_LOCATIONS, ImportTypes.SEARCH_LOCATIONS);
        boolean namespace = false;
        if (isNoneAttr(module, LOADER)) {
            if (loader == PyNone.NONE && locations != PyNone.NONE) {
                loader = new ImportTypes.NamespaceLoader(locations);
                setAttrQuiet(spec, ImportTypes.LOADER, loader);
                namespace = true;
            }
            Abstract.setAttr(module, LOADER, loader);
        }
        if (isNoneAttr(module, PACKAGE)) {
            Abstract.setAttr(module, PACKAGE, Abstract.getAttr(spec, PyStr.of("parent")));
        }
        Abstract.setAttr(module, SPEC, spec);
        if (isNoneAttr(module, PATH) && locations != PyNone.NONE) {
            Abstract.setAttr(module, PATH, locations);
        }
        if (namespace) {
            Abstract.setAttr(module, FILE, PyNone.NONE);
        }
        PyObject hasLocation = Abstract.lookupAttr(spec, PyStr.of("has_location"));
        if (hasLocation != null && Abstract.isTrue(hasLocation)) {
            if (isNoneAttr(module, FILE)) {
                Abstract.setAttr(module, FILE, attr(spec, ImportTypes.ORIGIN, ImportTypes.ORIGIN));
            }
            if (isNoneAttr(module, CACHED)) {
                PyObject cached = Abstract.lookupAttr(spec, PyStr.of("cached"));
                if (cached != null && cached != PyNone.NONE) {
                    Abstract.setAttr(module, CACHED, cached);
                }
            }
        }
    }

    private static boolean isNoneAttr(PyObject o, PyStr name) {
        PyObject v = o instanceof PyModule m ? m.dict.getItem(name) : Abstract.lookupAttr(o, name);
        return v == null || v == PyNone.NONE;
    }

    private static PyModule createBuiltin(ThreadState ts, String name) {
        if (name.equals("sys")) {
            return ts.interp.sys;
        }
        if (name.equals("builtins")) {
            return ts.interp.builtinsModule;
        }
        if (BuiltinModules.find(name) == null) {
            throw importError("no built-in module named " + name, PyStr.of(name), null);
        }
        return new PyModule(name);
    }

    private static void execBuiltin(ThreadState ts, PyModule m, String name) {
        if (m == ts.interp.sys || m == ts.interp.builtinsModule) {
            return;
        }
        BuiltinModule b = BuiltinModules.find(name);
        if (b != null) {
            b.exec(ts.interp, m);
        }
    }

    // ------------------------------------------------------------------ source modules

    /** Runs the source file {@code path} in module {@code m} (compiled code from the cache when valid). */
    static void execSource(ThreadState ts, PyModule m, String path) {
        CodeUnit unit = sourceCode(ts, path);
        execCode(ts, m.dict, new PyCode(unit));
    }

    /** Runs {@code code} with {@code globals} as globals and locals, as {@code exec} does. */
    static void execCode(ThreadState ts, PyDict globals, PyCode code) {
        if (globals.getItem(BUILTINS) == null) {
            globals.setItem(BUILTINS, ts.interp.builtinsModule);
        }
        Frame f = new Frame(code, globals, ts.interp.builtins, globals);
        Ceval.eval(ts, f);
    }

    /**
     * The compiled code of source file {@code path}: from a valid cache file, else compiled (and
     * then cached unless {@code sys.dont_write_bytecode}).
     */
    static CodeUnit sourceCode(ThreadState ts, String path) {
        Path src = Path.of(path);
        byte[] source;
        long mtime;
        long size;
        try {
            BasicFileAttributes attrs = Files.readAttributes(src, BasicFileAttributes.class);
            mtime = attrs.lastModifiedTime().toMillis();
            size = attrs.size();
            source = Files.readAllBytes(src);
        } catch (IOException | RuntimeException e) {
            throw importError("source not available for " + path, PyNone.NONE, PyStr.of(path));
        }
        boolean lib = underLib(src);
        Path primary = lib ? CodeCache.userCacheFile(src) : CodeCache.pycacheFile(src);
        Path fallback = lib ? null : CodeCache.userCacheFile(src);
        if (size == source.length) {
            CodeUnit unit = CodeCache.read(primary, path, mtime, size);
            if (unit == null && fallback != null) {
                unit = CodeCache.read(fallback, path, mtime, size);
            }
            if (unit != null) {
                return unit;
            }
        }
        CodeUnit unit;
        try {
            unit = Compilers.compile(source, path, "exec", 0, true, -1);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (dev.adder.parser.ParserMemoryError e) {
            throw dev.adder.runtime.PyErr.memoryError(); // nested past the parser's limit, as CPython
        }
        if (!dontWriteBytecode(ts) && size == source.length) {
            if (!CodeCache.write(primary, unit, mtime, size) && fallback != null) {
                CodeCache.write(fallback, unit, mtime, size);
            }
        }
        return unit;
    }

    private static boolean dontWriteBytecode(ThreadState ts) {
        PyObject v = ts.interp.sys.dict.getItem(PyStr.of("dont_write_bytecode"));
        return v != null && Abstract.isTrue(v);
    }

    private static String repr(String s) {
        return Abstract.repr(PyStr.of(s)).value();
    }
}
