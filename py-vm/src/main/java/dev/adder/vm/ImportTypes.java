package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Python-visible objects of the import system: module specs, the source-file and namespace
 * loaders, the namespace-package path, and the two finders of {@code sys.meta_path}
 * ({@code BuiltinImporter}, {@code PathFinder}), whose work is done in Java by {@link Import}.
 *
 * <p>CPython: Lib/importlib/_bootstrap.py ({@code ModuleSpec}, {@code BuiltinImporter}),
 * Lib/importlib/_bootstrap_external.py ({@code SourceFileLoader}, {@code NamespaceLoader},
 * {@code _NamespacePath}, {@code PathFinder}).
 */
final class ImportTypes {
    private ImportTypes() {
    }

    static final PyStr NAME = PyStr.intern("name");
    static final PyStr LOADER = PyStr.intern("loader");
    static final PyStr ORIGIN = PyStr.intern("origin");
    static final PyStr LOADER_STATE = PyStr.intern("loader_state");
    static final PyStr SEARCH_LOCATIONS = PyStr.intern("submodule_search_locations");
    static final PyStr SET_FILEATTR = PyStr.intern("_set_fileattr");
    static final PyStr CACHED = PyStr.intern("_cached");
    static final PyStr INITIALIZING = PyStr.intern("_initializing");
    static final PyStr PATH = PyStr.intern("path");

    private static String qualifiedRepr(PyObject o, String module, String name) {
        return "<" + module + "." + name + " object at " + dev.adder.runtime.BaseObject.address(o) + ">";
    }

    /** {@code importlib.machinery.ModuleSpec}: attributes in its dictionary, as in importlib. */
    static final class ModuleSpec extends PyObject {
        static final PyType TYPE = PyType.builtin("ModuleSpec", ModuleSpec.class, 0);

        static {
            TYPE.tp_repr = o -> {
                PyDict d = ((ModuleSpec) o).dict;
                StringBuilder sb = new StringBuilder("ModuleSpec(name=");
                sb.append(Abstract.repr(get(d, NAME)).value()).append(", loader=")
                        .append(Abstract.repr(get(d, LOADER)).value());
                PyObject origin = get(d, ORIGIN);
                if (origin != PyNone.NONE) {
                    sb.append(", origin=").append(Abstract.repr(origin).value());
                }
                PyObject locs = get(d, SEARCH_LOCATIONS);
                if (locs != PyNone.NONE) {
                    sb.append(", submodule_search_locations=").append(Abstract.repr(locs).value());
                }
                return PyStr.of(sb.append(')').toString());
            };
            TYPE.tp_new = (type, a, n, kw) -> newSpec(a, n, kw);
            TYPE.ready();
            TYPE.setAttribute("__module__", PyStr.of("_frozen_importlib"));
            TYPE.setAttribute("parent", new PyGetSetDescr(TYPE, "parent", o -> PyStr.of(((ModuleSpec) o).parent()),
                    null));
            TYPE.setAttribute("has_location", new PyGetSetDescr(TYPE, "has_location",
                    o -> get(((ModuleSpec) o).dict, SET_FILEATTR), (o, v) -> ((ModuleSpec) o).dict.setItem(
                            SET_FILEATTR, PyBool.of(v != null && Abstract.isTrue(v)))));
            TYPE.setAttribute("cached", new PyGetSetDescr(TYPE, "cached", o -> get(((ModuleSpec) o).dict, CACHED),
                    (o, v) -> ((ModuleSpec) o).dict.setItem(CACHED, v == null ? PyNone.NONE : v)));
        }

        final PyDict dict = new PyDict();

        ModuleSpec(String name, PyObject loader, PyObject origin, PyObject locations) {
            super(TYPE);
            dict.setItem(NAME, PyStr.of(name));
            dict.setItem(LOADER, loader);
            dict.setItem(ORIGIN, origin);
            dict.setItem(LOADER_STATE, PyNone.NONE);
            dict.setItem(SEARCH_LOCATIONS, locations);
            dict.setItem(PyStr.of("_uninitialized_submodules"), new PyList());
            dict.setItem(SET_FILEATTR, PyBool.FALSE);
            dict.setItem(CACHED, PyNone.NONE);
        }

        private static PyObject newSpec(PyObject[] a, int n, PyTuple kw) {
            PyObject[] v = {null, null, PyNone.NONE, PyNone.NONE, PyBool.FALSE};
            String[] names = {"name", "loader", "origin", "loader_state", "is_package"};
            for (int i = 0; i < n && i < 5; i++) {
                v[i] = a[i];
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyStr) kw.get(i)).value();
                int j = java.util.Arrays.asList(names).indexOf(k);
                if (j < 0) {
                    throw PyErr.typeError("ModuleSpec.__init__() got an unexpected keyword argument '%s'", k);
                }
                v[j] = a[n + i];
            }
            if (v[0] == null || v[1] == null) {
                throw PyErr.typeError("ModuleSpec.__init__() missing required positional argument");
            }
            ModuleSpec s = new ModuleSpec(Abstract.str(v[0]).value(), v[1], v[2],
                    Abstract.isTrue(v[4]) ? new PyList() : PyNone.NONE);
            s.dict.setItem(NAME, v[0]);
            s.dict.setItem(LOADER_STATE, v[3]);
            return s;
        }

        static PyObject get(PyDict d, PyStr key) {
            PyObject v = d.getItem(key);
            return v == null ? PyNone.NONE : v;
        }

        String name() {
            return Abstract.str(get(dict, NAME)).value();
        }

        PyObject loader() {
            return get(dict, LOADER);
        }

        String parent() {
            String n = name();
            if (get(dict, SEARCH_LOCATIONS) == PyNone.NONE) {
                int dot = n.lastIndexOf('.');
                return dot < 0 ? "" : n.substring(0, dot);
            }
            return n;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    /** {@code SourceFileLoader}: loads a module from a {@code .py} file (the work is in {@link Import}). */
    static final class SourceFileLoader extends PyObject {
        static final PyType TYPE = PyType.builtin("SourceFileLoader", SourceFileLoader.class, 0);

        static {
            TYPE.tp_repr = o -> PyStr.of(qualifiedRepr(o, "_frozen_importlib_external", "SourceFileLoader"));
            TYPE.ready();
            TYPE.setAttribute("__module__", PyStr.of("_frozen_importlib_external"));
            PyMethodDescr.varArgs(TYPE, "get_filename", 0, 1, (self, a, n) -> PyStr.of(((SourceFileLoader) self).path));
            PyMethodDescr.varArgs(TYPE, "is_package", 1, 1, (self, a, n) -> PyBool.of(
                    Path.of(((SourceFileLoader) self).path).getFileName().toString().equals("__init__.py")));
            PyMethodDescr.oneArg(TYPE, "create_module", (self, spec) -> PyNone.NONE);
            PyMethodDescr.oneArg(TYPE, "exec_module", (self, m) -> {
                SourceFileLoader l = (SourceFileLoader) self;
                if (!(m instanceof PyModule mod)) {
                    throw PyErr.typeError("exec_module() expects a module, not %s", m.type().name());
                }
                Import.execSource(ThreadState.current(), mod, l.path);
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(TYPE, "get_code", 0, 1, (self, a, n) ->
                    new PyCode(Import.sourceCode(ThreadState.current(), ((SourceFileLoader) self).path)));
            PyMethodDescr.varArgs(TYPE, "get_source", 0, 1, (self, a, n) -> {
                byte[] b = read(((SourceFileLoader) self).path);
                return PyStr.of(new String(b, StandardCharsets.UTF_8));
            });
            PyMethodDescr.oneArg(TYPE, "get_data", (self, p) -> PyBytes.of(read(Abstract.str(p).value())));
            PyMethodDescr.varArgs(TYPE, "load_module", 0, 1, (self, a, n) -> {
                String name = n == 0 ? ((SourceFileLoader) self).name : Abstract.str(a[0]).value();
                return Import.importModule(ThreadState.current(), name);
            });
        }

        final String name;
        final String path;
        private final PyDict dict = new PyDict();

        SourceFileLoader(String name, String path) {
            super(TYPE);
            this.name = name;
            this.path = path;
            dict.setItem(NAME, PyStr.of(name));
            dict.setItem(PATH, PyStr.of(path));
        }

        private static byte[] read(String path) {
            try {
                return Files.readAllBytes(Path.of(path));
            } catch (IOException | RuntimeException e) {
                throw PyErr.format(PyExc.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path);
            }
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    /** {@code NamespaceLoader}: the loader of a namespace package (PEP 420), which runs no code. */
    static final class NamespaceLoader extends PyObject {
        static final PyType TYPE = PyType.builtin("NamespaceLoader", NamespaceLoader.class, 0);

        static {
            TYPE.tp_repr = o -> PyStr.of(qualifiedRepr(o, "_frozen_importlib_external", "NamespaceLoader"));
            TYPE.ready();
            TYPE.setAttribute("__module__", PyStr.of("_frozen_importlib_external"));
            PyMethodDescr.oneArg(TYPE, "is_package", (self, n) -> PyBool.TRUE);
            PyMethodDescr.oneArg(TYPE, "create_module", (self, spec) -> PyNone.NONE);
            PyMethodDescr.oneArg(TYPE, "exec_module", (self, m) -> PyNone.NONE);
            PyMethodDescr.oneArg(TYPE, "get_source", (self, n) -> PyStr.EMPTY);
        }

        private final PyDict dict = new PyDict();

        NamespaceLoader(PyObject path) {
            super(TYPE);
            dict.setItem(PyStr.of("_path"), path);
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    /** {@code _NamespacePath}: the {@code __path__} of a namespace package, a list of directories. */
    static final class NamespacePath extends PyObject {
        static final PyType TYPE = PyType.builtin("_NamespacePath", NamespacePath.class, 0);

        static {
            TYPE.tp_repr = o -> PyStr.of("_NamespacePath(" + Abstract.repr(((NamespacePath) o).path).value() + ")");
            TYPE.tp_iter = o -> Abstract.iter(((NamespacePath) o).path);
            TYPE.sq_length = o -> ((NamespacePath) o).path.size();
            TYPE.mp_length = TYPE.sq_length;
            TYPE.sq_contains = (o, v) -> Abstract.contains(((NamespacePath) o).path, v);
            TYPE.mp_subscript = (o, i) -> Abstract.getItem(((NamespacePath) o).path, i);
            TYPE.ready();
            TYPE.setAttribute("__module__", PyStr.of("_frozen_importlib_external"));
            PyMethodDescr.oneArg(TYPE, "append", (self, v) -> {
                ((NamespacePath) self).path.append(v);
                return PyNone.NONE;
            });
        }

        final PyList path;

        NamespacePath(PyList path) {
            super(TYPE);
            this.path = path;
        }
    }

    /** The finder types of {@code sys.meta_path}: classes whose {@code find_spec} is static. */
    static final PyType BUILTIN_IMPORTER = finder("BuiltinImporter", "_frozen_importlib");
    static final PyType PATH_FINDER = finder("PathFinder", "_frozen_importlib_external");

    private static PyType finder(String name, String module) {
        PyType t = PyType.builtin(name, ModuleSpec.class, 0);
        t.tp_new = (type, a, n, kw) -> {
            throw PyErr.typeError("cannot create '%s.%s' instances", module, name);
        };
        t.ready();
        t.setAttribute("__module__", PyStr.of(module));
        boolean builtin = name.equals("BuiltinImporter");
        t.setAttribute("find_spec", new PyBuiltinFunction("find_spec", name + ".find_spec", null, (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(name + ".find_spec", kw);
            PyMethodDescr.checkArity("find_spec", n, 1, 3);
            String fullname = Abstract.str(a[0]).value();
            PyObject r = builtin ? Import.findBuiltin(fullname)
                    : Import.findOnPath(ThreadState.current(), fullname, n > 1 ? a[1] : PyNone.NONE);
            return r == null ? PyNone.NONE : r;
        }));
        if (!builtin) {
            t.setAttribute("invalidate_caches", new PyBuiltinFunction("invalidate_caches",
                    name + ".invalidate_caches", null, (self, a, n, kw) -> PyNone.NONE));
        }
        return t;
    }
}
