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
     * (ASDL types and names), {@code _fields} (null: none of its own), {@code _attributes}
     * (null: inherited), the class attributes that are None, {@code __doc__}.
     */
    static final String[][] TABLE = {
        {"mod", "AST", "", "", "", "", "mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)"},
        {"Module", "mod", "stmt* body, type_ignore* type_ignores", "body,type_ignores", null, "", "Module(stmt* body, type_ignore* type_ignores)"},
        {"Interactive", "mod", "stmt* body", "body", null, "", "Interactive(stmt* body)"},
        {"Expression", "mod", "expr body", "body", null, "", "Expression(expr body)"},
        {"FunctionType", "mod", "expr* argtypes, expr returns", "argtypes,returns", null, "", "FunctionType(expr* argtypes, expr returns)"},
        {"stmt", "AST", "", "", "lineno,col_offset,end_lineno,end_col_offset", "end_lineno,end_col_offset", "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue"},
        {"FunctionDef", "stmt", "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment", "name,args,body,decorator_list,returns,type_comment", null, "returns,type_comment", "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"},
        {"AsyncFunctionDef", "stmt", "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment", "name,args,body,decorator_list,returns,type_comment", null, "returns,type_comment", "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"},
        {"ClassDef", "stmt", "identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list", "name,bases,keywords,body,decorator_list", null, "", "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)"},
        {"Return", "stmt", "expr? value", "value", null, "value", "Return(expr? value)"},
        {"Delete", "stmt", "expr* targets", "targets", null, "", "Delete(expr* targets)"},
        {"Assign", "stmt", "expr* targets, expr value, string? type_comment", "targets,value,type_comment", null, "type_comment", "Assign(expr* targets, expr value, string? type_comment)"},
        {"AugAssign", "stmt", "expr target, operator op, expr value", "target,op,value", null, "", "AugAssign(expr target, operator op, expr value)"},
        {"AnnAssign", "stmt", "expr target, expr annotation, expr? value, int simple", "target,annotation,value,simple", null, "value", "AnnAssign(expr target, expr annotation, expr? value, int simple)"},
        {"For", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment", "target,iter,body,orelse,type_comment", null, "type_comment", "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"},
        {"AsyncFor", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment", "target,iter,body,orelse,type_comment", null, "type_comment", "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"},
        {"While", "stmt", "expr test, stmt* body, stmt* orelse", "test,body,orelse", null, "", "While(expr test, stmt* body, stmt* orelse)"},
        {"If", "stmt", "expr test, stmt* body, stmt* orelse", "test,body,orelse", null, "", "If(expr test, stmt* body, stmt* orelse)"},
        {"With", "stmt", "withitem* items, stmt* body, string? type_comment", "items,body,type_comment", null, "type_comment", "With(withitem* items, stmt* body, string? type_comment)"},
        {"AsyncWith", "stmt", "withitem* items, stmt* body, string? type_comment", "items,body,type_comment", null, "type_comment", "AsyncWith(withitem* items, stmt* body, string? type_comment)"},
        {"Match", "stmt", "expr subject, match_case* cases", "subject,cases", null, "", "Match(expr subject, match_case* cases)"},
        {"Raise", "stmt", "expr? exc, expr? cause", "exc,cause", null, "exc,cause", "Raise(expr? exc, expr? cause)"},
        {"Try", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", "body,handlers,orelse,finalbody", null, "", "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"},
        {"TryStar", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", "body,handlers,orelse,finalbody", null, "", "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"},
        {"Assert", "stmt", "expr test, expr? msg", "test,msg", null, "msg", "Assert(expr test, expr? msg)"},
        {"Import", "stmt", "alias* names", "names", null, "", "Import(alias* names)"},
        {"ImportFrom", "stmt", "identifier? module, alias* names, int? level", "module,names,level", null, "module,level", "ImportFrom(identifier? module, alias* names, int? level)"},
        {"Global", "stmt", "identifier* names", "names", null, "", "Global(identifier* names)"},
        {"Nonlocal", "stmt", "identifier* names", "names", null, "", "Nonlocal(identifier* names)"},
        {"Expr", "stmt", "expr value", "value", null, "", "Expr(expr value)"},
        {"Pass", "stmt", "", "", null, "", "Pass"},
        {"Break", "stmt", "", "", null, "", "Break"},
        {"Continue", "stmt", "", "", null, "", "Continue"},
        {"expr", "AST", "", "", "lineno,col_offset,end_lineno,end_col_offset", "end_lineno,end_col_offset", "expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)"},
        {"BoolOp", "expr", "boolop op, expr* values", "op,values", null, "", "BoolOp(boolop op, expr* values)"},
        {"NamedExpr", "expr", "expr target, expr value", "target,value", null, "", "NamedExpr(expr target, expr value)"},
        {"BinOp", "expr", "expr left, operator op, expr right", "left,op,right", null, "", "BinOp(expr left, operator op, expr right)"},
        {"UnaryOp", "expr", "unaryop op, expr operand", "op,operand", null, "", "UnaryOp(unaryop op, expr operand)"},
        {"Lambda", "expr", "arguments args, expr body", "args,body", null, "", "Lambda(arguments args, expr body)"},
        {"IfExp", "expr", "expr test, expr body, expr orelse", "test,body,orelse", null, "", "IfExp(expr test, expr body, expr orelse)"},
        {"Dict", "expr", "expr* keys, expr* values", "keys,values", null, "", "Dict(expr* keys, expr* values)"},
        {"Set", "expr", "expr* elts", "elts", null, "", "Set(expr* elts)"},
        {"ListComp", "expr", "expr elt, comprehension* generators", "elt,generators", null, "", "ListComp(expr elt, comprehension* generators)"},
        {"SetComp", "expr", "expr elt, comprehension* generators", "elt,generators", null, "", "SetComp(expr elt, comprehension* generators)"},
        {"DictComp", "expr", "expr key, expr value, comprehension* generators", "key,value,generators", null, "", "DictComp(expr key, expr value, comprehension* generators)"},
        {"GeneratorExp", "expr", "expr elt, comprehension* generators", "elt,generators", null, "", "GeneratorExp(expr elt, comprehension* generators)"},
        {"Await", "expr", "expr value", "value", null, "", "Await(expr value)"},
        {"Yield", "expr", "expr? value", "value", null, "value", "Yield(expr? value)"},
        {"YieldFrom", "expr", "expr value", "value", null, "", "YieldFrom(expr value)"},
        {"Compare", "expr", "expr left, cmpop* ops, expr* comparators", "left,ops,comparators", null, "", "Compare(expr left, cmpop* ops, expr* comparators)"},
        {"Call", "expr", "expr func, expr* args, keyword* keywords", "func,args,keywords", null, "", "Call(expr func, expr* args, keyword* keywords)"},
        {"FormattedValue", "expr", "expr value, int conversion, expr? format_spec", "value,conversion,format_spec", null, "format_spec", "FormattedValue(expr value, int conversion, expr? format_spec)"},
        {"JoinedStr", "expr", "expr* values", "values", null, "", "JoinedStr(expr* values)"},
        {"Constant", "expr", "constant value, string? kind", "value,kind", null, "kind", "Constant(constant value, string? kind)"},
        {"Attribute", "expr", "expr value, identifier attr, expr_context ctx", "value,attr,ctx", null, "", "Attribute(expr value, identifier attr, expr_context ctx)"},
        {"Subscript", "expr", "expr value, expr slice, expr_context ctx", "value,slice,ctx", null, "", "Subscript(expr value, expr slice, expr_context ctx)"},
        {"Starred", "expr", "expr value, expr_context ctx", "value,ctx", null, "", "Starred(expr value, expr_context ctx)"},
        {"Name", "expr", "identifier id, expr_context ctx", "id,ctx", null, "", "Name(identifier id, expr_context ctx)"},
        {"List", "expr", "expr* elts, expr_context ctx", "elts,ctx", null, "", "List(expr* elts, expr_context ctx)"},
        {"Tuple", "expr", "expr* elts, expr_context ctx", "elts,ctx", null, "", "Tuple(expr* elts, expr_context ctx)"},
        {"Slice", "expr", "expr? lower, expr? upper, expr? step", "lower,upper,step", null, "lower,upper,step", "Slice(expr? lower, expr? upper, expr? step)"},
        {"expr_context", "AST", "", "", "", "", "expr_context = Load | Store | Del"},
        {"Load", "expr_context", "", "", null, "", "Load"},
        {"Store", "expr_context", "", "", null, "", "Store"},
        {"Del", "expr_context", "", "", null, "", "Del"},
        {"boolop", "AST", "", "", "", "", "boolop = And | Or"},
        {"And", "boolop", "", "", null, "", "And"},
        {"Or", "boolop", "", "", null, "", "Or"},
        {"operator", "AST", "", "", "", "", "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv"},
        {"Add", "operator", "", "", null, "", "Add"},
        {"Sub", "operator", "", "", null, "", "Sub"},
        {"Mult", "operator", "", "", null, "", "Mult"},
        {"MatMult", "operator", "", "", null, "", "MatMult"},
        {"Div", "operator", "", "", null, "", "Div"},
        {"Mod", "operator", "", "", null, "", "Mod"},
        {"Pow", "operator", "", "", null, "", "Pow"},
        {"LShift", "operator", "", "", null, "", "LShift"},
        {"RShift", "operator", "", "", null, "", "RShift"},
        {"BitOr", "operator", "", "", null, "", "BitOr"},
        {"BitXor", "operator", "", "", null, "", "BitXor"},
        {"BitAnd", "operator", "", "", null, "", "BitAnd"},
        {"FloorDiv", "operator", "", "", null, "", "FloorDiv"},
        {"unaryop", "AST", "", "", "", "", "unaryop = Invert | Not | UAdd | USub"},
        {"Invert", "unaryop", "", "", null, "", "Invert"},
        {"Not", "unaryop", "", "", null, "", "Not"},
        {"UAdd", "unaryop", "", "", null, "", "UAdd"},
        {"USub", "unaryop", "", "", null, "", "USub"},
        {"cmpop", "AST", "", "", "", "", "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn"},
        {"Eq", "cmpop", "", "", null, "", "Eq"},
        {"NotEq", "cmpop", "", "", null, "", "NotEq"},
        {"Lt", "cmpop", "", "", null, "", "Lt"},
        {"LtE", "cmpop", "", "", null, "", "LtE"},
        {"Gt", "cmpop", "", "", null, "", "Gt"},
        {"GtE", "cmpop", "", "", null, "", "GtE"},
        {"Is", "cmpop", "", "", null, "", "Is"},
        {"IsNot", "cmpop", "", "", null, "", "IsNot"},
        {"In", "cmpop", "", "", null, "", "In"},
        {"NotIn", "cmpop", "", "", null, "", "NotIn"},
        {"comprehension", "AST", "expr target, expr iter, expr* ifs, int is_async", "target,iter,ifs,is_async", "", "", "comprehension(expr target, expr iter, expr* ifs, int is_async)"},
        {"excepthandler", "AST", "", "", "lineno,col_offset,end_lineno,end_col_offset", "end_lineno,end_col_offset", "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)"},
        {"ExceptHandler", "excepthandler", "expr? type, identifier? name, stmt* body", "type,name,body", null, "type,name", "ExceptHandler(expr? type, identifier? name, stmt* body)"},
        {"arguments", "AST", "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults", "posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults", "", "vararg,kwarg", "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)"},
        {"arg", "AST", "identifier arg, expr? annotation, string? type_comment", "arg,annotation,type_comment", "lineno,col_offset,end_lineno,end_col_offset", "annotation,type_comment,end_lineno,end_col_offset", "arg(identifier arg, expr? annotation, string? type_comment)"},
        {"keyword", "AST", "identifier? arg, expr value", "arg,value", "lineno,col_offset,end_lineno,end_col_offset", "arg,end_lineno,end_col_offset", "keyword(identifier? arg, expr value)"},
        {"alias", "AST", "identifier name, identifier? asname", "name,asname", "lineno,col_offset,end_lineno,end_col_offset", "asname,end_lineno,end_col_offset", "alias(identifier name, identifier? asname)"},
        {"withitem", "AST", "expr context_expr, expr? optional_vars", "context_expr,optional_vars", "", "optional_vars", "withitem(expr context_expr, expr? optional_vars)"},
        {"match_case", "AST", "pattern pattern, expr? guard, stmt* body", "pattern,guard,body", "", "guard", "match_case(pattern pattern, expr? guard, stmt* body)"},
        {"pattern", "AST", "", "", "lineno,col_offset,end_lineno,end_col_offset", "", "pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)"},
        {"MatchValue", "pattern", "expr value", "value", null, "", "MatchValue(expr value)"},
        {"MatchSingleton", "pattern", "constant value", "value", null, "", "MatchSingleton(constant value)"},
        {"MatchSequence", "pattern", "pattern* patterns", "patterns", null, "", "MatchSequence(pattern* patterns)"},
        {"MatchMapping", "pattern", "expr* keys, pattern* patterns, identifier? rest", "keys,patterns,rest", null, "rest", "MatchMapping(expr* keys, pattern* patterns, identifier? rest)"},
        {"MatchClass", "pattern", "expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns", "cls,patterns,kwd_attrs,kwd_patterns", null, "", "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"},
        {"MatchStar", "pattern", "identifier? name", "name", null, "name", "MatchStar(identifier? name)"},
        {"MatchAs", "pattern", "pattern? pattern, identifier? name", "pattern,name", null, "pattern,name", "MatchAs(pattern? pattern, identifier? name)"},
        {"MatchOr", "pattern", "pattern* patterns", "patterns", null, "", "MatchOr(pattern* patterns)"},
        {"type_ignore", "AST", "", "", "", "", "type_ignore = TypeIgnore(int lineno, string tag)"},
        {"TypeIgnore", "type_ignore", "int lineno, string tag", "lineno,tag", null, "", "TypeIgnore(int lineno, string tag)"},
    };

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
        for (int i = 0; i < TABLE.length; i++) {
            String[] row = TABLE[i];
            PyDict d = new PyDict();
            PyTuple fields = strTuple(row[3]);
            if (row[3] != null) {
                d.setItem(PyStr.of("_fields"), fields);
                d.setItem(PyStr.of("__match_args__"), fields);
            }
            d.setItem(PyStr.of("__module__"), PyStr.of("ast"));
            d.setItem(PyStr.of("__doc__"), PyStr.of(row[6]));
            if (row[4] != null) {
                d.setItem(PyStr.of("_attributes"), strTuple(row[4]));
            }
            if (!row[5].isEmpty()) {
                for (String k : row[5].split(",")) {
                    d.setItem(PyStr.intern(k), PyNone.NONE);
                }
            }
            PyType t = PyType.newHeapType(PyType.TYPE, row[0], new PyType[] {types.get(row[1])}, d);
            types.put(row[0], t);
            NodeClass c = new NodeClass(row[0], row[1], t, parseFields(row[2]));
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
