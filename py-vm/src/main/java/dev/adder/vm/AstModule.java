package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code _ast} module: the {@code AST} base class and one class per node type of Python's
 * abstract grammar (3.11), with {@code _fields}, {@code _attributes}, {@code __match_args__},
 * the None class attributes of optional fields, and the {@code PyCF_*} flags. The classes are
 * heap types, made once and shared, whose instances are ordinary instances with a dictionary.
 *
 * <p>CPython: Python/Python-ast.c ({@code init_types}, {@code ast_type_init},
 * {@code ast_type_reduce}, {@code astmodule_exec}).
 */
final class AstModule {
    private AstModule() {
    }

    /** {@code PyCF_ONLY_AST}. */
    static final int PYCF_ONLY_AST = 0x400;
    /** {@code PyCF_TYPE_COMMENTS}. */
    static final int PYCF_TYPE_COMMENTS = 0x1000;
    /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
    static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /**
     * One row per class after {@code AST}, in CPython's order: name, base, field signature
     * (ASDL types and names, as in Parser/Python.asdl), and its own {@code _attributes}: null
     * when inherited, "" for none, "L" for the four positions with optional ends, "P" for the
     * four positions (patterns). {@code _fields}, {@code __doc__} and the None class attributes
     * of optional fields and optional positions follow from these.
     */
    static final String[][] TABLE = {
        {"mod", "AST", "", ""},
        {"Module", "mod", "stmt* body, type_ignore* type_ignores", null},
        {"Interactive", "mod", "stmt* body", null},
        {"Expression", "mod", "expr body", null},
        {"FunctionType", "mod", "expr* argtypes, expr returns", null},
        {"stmt", "AST", "", "L"},
        {"FunctionDef", "stmt", "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, "
            + "string? type_comment", null},
        {"AsyncFunctionDef", "stmt", "identifier name, arguments args, stmt* body, expr* decorator_list, "
            + "expr? returns, string? type_comment", null},
        {"ClassDef", "stmt", "identifier name, expr* bases, keyword* keywords, stmt* body, "
            + "expr* decorator_list", null},
        {"Return", "stmt", "expr? value", null},
        {"Delete", "stmt", "expr* targets", null},
        {"Assign", "stmt", "expr* targets, expr value, string? type_comment", null},
        {"AugAssign", "stmt", "expr target, operator op, expr value", null},
        {"AnnAssign", "stmt", "expr target, expr annotation, expr? value, int simple", null},
        {"For", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment", null},
        {"AsyncFor", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment", null},
        {"While", "stmt", "expr test, stmt* body, stmt* orelse", null},
        {"If", "stmt", "expr test, stmt* body, stmt* orelse", null},
        {"With", "stmt", "withitem* items, stmt* body, string? type_comment", null},
        {"AsyncWith", "stmt", "withitem* items, stmt* body, string? type_comment", null},
        {"Match", "stmt", "expr subject, match_case* cases", null},
        {"Raise", "stmt", "expr? exc, expr? cause", null},
        {"Try", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", null},
        {"TryStar", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", null},
        {"Assert", "stmt", "expr test, expr? msg", null},
        {"Import", "stmt", "alias* names", null},
        {"ImportFrom", "stmt", "identifier? module, alias* names, int? level", null},
        {"Global", "stmt", "identifier* names", null},
        {"Nonlocal", "stmt", "identifier* names", null},
        {"Expr", "stmt", "expr value", null},
        {"Pass", "stmt", "", null},
        {"Break", "stmt", "", null},
        {"Continue", "stmt", "", null},
        {"expr", "AST", "", "L"},
        {"BoolOp", "expr", "boolop op, expr* values", null},
        {"NamedExpr", "expr", "expr target, expr value", null},
        {"BinOp", "expr", "expr left, operator op, expr right", null},
        {"UnaryOp", "expr", "unaryop op, expr operand", null},
        {"Lambda", "expr", "arguments args, expr body", null},
        {"IfExp", "expr", "expr test, expr body, expr orelse", null},
        {"Dict", "expr", "expr* keys, expr* values", null},
        {"Set", "expr", "expr* elts", null},
        {"ListComp", "expr", "expr elt, comprehension* generators", null},
        {"SetComp", "expr", "expr elt, comprehension* generators", null},
        {"DictComp", "expr", "expr key, expr value, comprehension* generators", null},
        {"GeneratorExp", "expr", "expr elt, comprehension* generators", null},
        {"Await", "expr", "expr value", null},
        {"Yield", "expr", "expr? value", null},
        {"YieldFrom", "expr", "expr value", null},
        {"Compare", "expr", "expr left, cmpop* ops, expr* comparators", null},
        {"Call", "expr", "expr func, expr* args, keyword* keywords", null},
        {"FormattedValue", "expr", "expr value, int conversion, expr? format_spec", null},
        {"JoinedStr", "expr", "expr* values", null},
        {"Constant", "expr", "constant value, string? kind", null},
        {"Attribute", "expr", "expr value, identifier attr, expr_context ctx", null},
        {"Subscript", "expr", "expr value, expr slice, expr_context ctx", null},
        {"Starred", "expr", "expr value, expr_context ctx", null},
        {"Name", "expr", "identifier id, expr_context ctx", null},
        {"List", "expr", "expr* elts, expr_context ctx", null},
        {"Tuple", "expr", "expr* elts, expr_context ctx", null},
        {"Slice", "expr", "expr? lower, expr? upper, expr? step", null},
        {"expr_context", "AST", "", ""},
        {"Load", "expr_context", "", null},
        {"Store", "expr_context", "", null},
        {"Del", "expr_context", "", null},
        {"boolop", "AST", "", ""},
        {"And", "boolop", "", null},
        {"Or", "boolop", "", null},
        {"operator", "AST", "", ""},
        {"Add", "operator", "", null},
        {"Sub", "operator", "", null},
        {"Mult", "operator", "", null},
        {"MatMult", "operator", "", null},
        {"Div", "operator", "", null},
        {"Mod", "operator", "", null},
        {"Pow", "operator", "", null},
        {"LShift", "operator", "", null},
        {"RShift", "operator", "", null},
        {"BitOr", "operator", "", null},
        {"BitXor", "operator", "", null},
        {"BitAnd", "operator", "", null},
        {"FloorDiv", "operator", "", null},
        {"unaryop", "AST", "", ""},
        {"Invert", "unaryop", "", null},
        {"Not", "unaryop", "", null},
        {"UAdd", "unaryop", "", null},
        {"USub", "unaryop", "", null},
        {"cmpop", "AST", "", ""},
        {"Eq", "cmpop", "", null},
        {"NotEq", "cmpop", "", null},
        {"Lt", "cmpop", "", null},
        {"LtE", "cmpop", "", null},
        {"Gt", "cmpop", "", null},
        {"GtE", "cmpop", "", null},
        {"Is", "cmpop", "", null},
        {"IsNot", "cmpop", "", null},
        {"In", "cmpop", "", null},
        {"NotIn", "cmpop", "", null},
        {"comprehension", "AST", "expr target, expr iter, expr* ifs, int is_async", ""},
        {"excepthandler", "AST", "", "L"},
        {"ExceptHandler", "excepthandler", "expr? type, identifier? name, stmt* body", null},
        {"arguments", "AST", "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, "
            + "arg? kwarg, expr* defaults", ""},
        {"arg", "AST", "identifier arg, expr? annotation, string? type_comment", "L"},
        {"keyword", "AST", "identifier? arg, expr value", "L"},
        {"alias", "AST", "identifier name, identifier? asname", "L"},
        {"withitem", "AST", "expr context_expr, expr? optional_vars", ""},
        {"match_case", "AST", "pattern pattern, expr? guard, stmt* body", ""},
        {"pattern", "AST", "", "P"},
        {"MatchValue", "pattern", "expr value", null},
        {"MatchSingleton", "pattern", "constant value", null},
        {"MatchSequence", "pattern", "pattern* patterns", null},
        {"MatchMapping", "pattern", "expr* keys, pattern* patterns, identifier? rest", null},
        {"MatchClass", "pattern", "expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns", null},
        {"MatchStar", "pattern", "identifier? name", null},
        {"MatchAs", "pattern", "pattern? pattern, identifier? name", null},
        {"MatchOr", "pattern", "pattern* patterns", null},
        {"type_ignore", "AST", "", ""},
        {"TypeIgnore", "type_ignore", "int lineno, string tag", null},
    };

    private static final String POSITIONS = "lineno,col_offset,end_lineno,end_col_offset";

    /** A field of a node class: its name and ASDL type ({@code expr}, {@code identifier}...), with its quantifier. */
    record Field(String name, String type, boolean seq, boolean opt) {
    }

    /** A node class and what conversions need of it. */
    static final class NodeClass {
        final String name;
        final String base;
        final PyType type;
        final Field[] fields;
        PyObject singleton;

        NodeClass(String name, String base, PyType type, Field[] fields) {
            this.name = name;
            this.base = base;
            this.type = type;
            this.fields = fields;
        }
    }

    private static PyType astType;
    private static Map<String, NodeClass> classes;
    private static NodeClass[] ordered;
    private static final Map<PyType, NodeClass> byType = new java.util.IdentityHashMap<>();
    private static final Map<String, NodeClass[]> kinds = new HashMap<>();

    /** The {@code AST} base class. */
    static synchronized PyType astType() {
        init();
        return astType;
    }

    /** Whether {@code o} is an {@code ast.AST} instance (false, without making the classes, before they exist). */
    static boolean isAst(PyObject o) {
        PyType t;
        synchronized (AstModule.class) {
            t = astType;
        }
        return t != null && Abstract.isInstance(o, t);
    }

    /** The node class named {@code name} (a key of the table), or null. */
    static synchronized NodeClass nodeClass(String name) {
        init();
        return classes.get(name);
    }

    /** The node class whose type is exactly {@code t}, or null. */
    static NodeClass byType(PyType t) {
        return byType.get(t);
    }

    /** The concrete classes of the abstract class {@code kind} (expr, operator...), in table order. */
    static NodeClass[] kinds(String kind) {
        NodeClass[] r = kinds.get(kind);
        return r == null ? new NodeClass[0] : r;
    }

    /** The node classes in table order. */
    static synchronized NodeClass[] classes() {
        init();
        return ordered;
    }

    /** The shared instance of a field-less node class (Load, Add...), as the parser's trees share them. */
    static PyObject singleton(NodeClass c) {
        PyObject s = c.singleton;
        if (s == null) {
            s = new PyInstance(c.type);
            c.singleton = s;
        }
        return s;
    }

    private static PyTuple strTuple(String csv) {
        if (csv == null || csv.isEmpty()) {
            return PyTuple.EMPTY;
        }
        String[] parts = csv.split(",");
        PyObject[] items = new PyObject[parts.length];
        for (int i = 0; i < parts.length; i++) {
            items[i] = PyStr.intern(parts[i]);
        }
        return PyTuple.of(items);
    }

    private static Field[] parseFields(String sig) {
        if (sig.isEmpty()) {
            return new Field[0];
        }
        String[] parts = sig.split(", ");
        Field[] out = new Field[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int sp = p.indexOf(' ');
            String t = p.substring(0, sp);
            boolean seq = t.endsWith("*");
            boolean opt = t.endsWith("?");
            if (seq || opt) {
                t = t.substring(0, t.length() - 1);
            }
            out[i] = new Field(p.substring(sp + 1), t, seq, opt);
        }
        return out;
    }

    private static void init() {
        if (classes != null) {
            return;
        }
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        ns.setItem(PyStr.of("_fields"), PyTuple.EMPTY);
        ns.setItem(PyStr.of("__match_args__"), PyTuple.EMPTY);
        ns.setItem(PyStr.of("_attributes"), PyTuple.EMPTY);
        ns.setItem(PyStr.of("__doc__"), PyNone.NONE);
        PyType ast = PyType.newHeapType(PyType.TYPE, "AST", new PyType[] {PyType.OBJECT}, ns);
        SlotWrappers.addWrapper(ast, "__init__", (slot, self, a, n, kw) -> init(self, a, n, kw));
        PyMethodDescr.noArgs(ast, "__reduce__", AstModule::reduce);
        ast.modified();
        Map<String, NodeClass> map = new HashMap<>();
        Map<String, PyType> types = new HashMap<>();
        types.put("AST", ast);
        NodeClass[] list = new NodeClass[TABLE.length];
        // a sum's doc lists its constructors, on one line when none has fields
        Map<String, java.util.List<String[]>> sums = new HashMap<>();
        for (String[] row : TABLE) {
            java.util.List<String[]> cons = sums.get(row[1]);
            if (cons != null) {
                cons.add(row);
            } else if (row[1].equals("AST") && row[2].isEmpty()) {
                sums.put(row[0], new java.util.ArrayList<>());
            }
        }
        Map<String, StringBuilder> sumDocs = new HashMap<>();
        for (Map.Entry<String, java.util.List<String[]>> e : sums.entrySet()) {
            String kind = e.getKey();
            boolean simple = e.getValue().stream().allMatch(r -> r[2].isEmpty());
            StringBuilder doc = new StringBuilder(kind);
            for (String[] r : e.getValue()) {
                doc.append(doc.length() == kind.length() ? " = " : simple ? " | "
                        : "\n" + " ".repeat(kind.length() + 1) + "| ");
                doc.append(r[2].isEmpty() ? r[0] : r[0] + "(" + r[2] + ")");
            }
            sumDocs.put(kind, doc);
        }
        for (int i = 0; i < TABLE.length; i++) {
            String[] row = TABLE[i];
            Field[] fs = parseFields(row[2]);
            PyDict d = new PyDict();
            PyObject[] names = new PyObject[fs.length];
            for (int k = 0; k < fs.length; k++) {
                names[k] = PyStr.intern(fs[k].name());
            }
            PyTuple fields = PyTuple.of(names);
            d.setItem(PyStr.of("_fields"), fields);
            d.setItem(PyStr.of("__match_args__"), fields);
            d.setItem(PyStr.of("__module__"), PyStr.of("ast"));
            StringBuilder sumDoc = sumDocs.get(row[0]);
            d.setItem(PyStr.of("__doc__"), PyStr.of(sumDoc != null ? sumDoc.toString()
                    : row[2].isEmpty() ? row[0] : row[0] + "(" + row[2] + ")"));
            String attrs = row[3];
            if (attrs != null) {
                d.setItem(PyStr.of("_attributes"), attrs.isEmpty() ? PyTuple.EMPTY : strTuple(POSITIONS));
            }
            for (Field f : fs) {
                if (f.opt()) {
                    d.setItem(PyStr.intern(f.name()), PyNone.NONE);
                }
            }
            if ("L".equals(attrs)) {
                d.setItem(PyStr.intern("end_lineno"), PyNone.NONE);
                d.setItem(PyStr.intern("end_col_offset"), PyNone.NONE);
            }
            PyType t = PyType.newHeapType(PyType.TYPE, row[0], new PyType[] {types.get(row[1])}, d);
            types.put(row[0], t);
            NodeClass c = new NodeClass(row[0], row[1], t, fs);
            map.put(row[0], c);
            list[i] = c;
        }
        Map<String, java.util.List<NodeClass>> byKind = new HashMap<>();
        for (NodeClass c : list) {
            byType.put(c.type, c);
            byKind.computeIfAbsent(c.base, k -> new java.util.ArrayList<>()).add(c);
        }
        for (Map.Entry<String, java.util.List<NodeClass>> e : byKind.entrySet()) {
            kinds.put(e.getKey(), e.getValue().toArray(new NodeClass[0]));
        }
        astType = ast;
        ordered = list;
        classes = map;
    }

    /** {@code AST.__init__}: positional arguments fill {@code _fields} in order, keywords set any attribute. */
    private static PyObject init(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject fields = Abstract.lookupAttr(self.type(), PyStr.of("_fields"));
        int numfields = fields == null ? 0 : Abstract.len(fields);
        if (n > numfields) {
            throw PyErr.typeError("%s constructor takes at most %d positional argument%s", self.type().name(),
                    numfields, numfields == 1 ? "" : "s");
        }
        for (int i = 0; i < n; i++) {
            PyObject name = Abstract.getItem(fields, PyInt.of(i));
            if (!(name instanceof PyStr s)) {
                throw PyErr.typeError("attribute name must be string, not '%s'", name.type().name());
            }
            Abstract.setAttr(self, s, a[i]);
        }
        int nk = kw == null ? 0 : kw.size();
        for (int i = 0; i < nk; i++) {
            PyStr key = (PyStr) kw.get(i);
            if (fields != null && Abstract.contains(fields, key)) {
                int p = Abstract.index(Abstract.callMethod(fields, "index", key)).intValueExact();
                if (p < n) {
                    throw PyErr.typeError("%s got multiple values for argument '%s'", self.type().name(),
                            key.value());
                }
            }
            Abstract.setAttr(self, key, a[n + i]);
        }
        return PyNone.NONE;
    }

    /** {@code AST.__reduce__}: {@code (type(self), (), self.__dict__)}. */
    private static PyObject reduce(PyObject self) {
        PyObject dict = Abstract.lookupAttr(self, PyStr.of("__dict__"));
        if (dict != null) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, dict);
        }
        return PyTuple.of(self.type(), PyTuple.EMPTY);
    }

    /** Fills the {@code _ast} module's dictionary. */
    static void exec(InterpreterState interp, PyModule module) {
        PyDict d = module.dict;
        d.setItem(PyStr.of("AST"), astType());
        for (NodeClass c : classes()) {
            d.setItem(PyStr.of(c.name), c.type);
        }
        d.setItem(PyStr.of("PyCF_ONLY_AST"), PyInt.of(PYCF_ONLY_AST));
        d.setItem(PyStr.of("PyCF_TYPE_COMMENTS"), PyInt.of(PYCF_TYPE_COMMENTS));
        d.setItem(PyStr.of("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PyInt.of(PYCF_ALLOW_TOP_LEVEL_AWAIT));
    }
}
