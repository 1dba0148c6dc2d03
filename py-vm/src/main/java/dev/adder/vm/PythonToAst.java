package dev.adder.vm;

import dev.adder.ast.Alias;
import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.BoolOpKind;
import dev.adder.ast.CmpOp;
import dev.adder.ast.Comprehension;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Mod;
import dev.adder.ast.Operator;
import dev.adder.ast.Pattern;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.ast.TypeIgnore;
import dev.adder.ast.UnaryOpKind;
import dev.adder.ast.WithItem;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyComplex;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts Python {@code ast} node objects back to Adder's Java syntax tree, for
 * {@code compile(tree, ...)}, with CPython's errors for malformed trees: missing required
 * fields and attributes, fields of the wrong type, lists that are not lists, and the checks
 * of the node constructors.
 *
 * <p>CPython: Python/Python-ast.c ({@code PyAST_obj2mod}, {@code obj2ast_*}) and the
 * {@code _PyAST_*} constructors' required-field checks.
 */
final class PythonToAst {
    private int depth;
    private final int maxDepth;

    private PythonToAst() {
        // as CPython's Py_EnterRecursiveCall: the recursion limit, less the frames already active
        ThreadState ts = ThreadState.current();
        maxDepth = ts == null ? 1000 : Math.max(ts.recursionLimit - ts.recursionDepth, 1);
    }

    /**
     * The tree {@code obj} describes, which must be of {@code mode}'s root class ({@code Module}
     * for exec, {@code Expression} for eval, {@code Interactive} for single).
     */
    static Mod convert(PyObject obj, String mode) {
        String want = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
        AstModule.NodeClass c = AstModule.nodeClass(want);
        if (!Abstract.isInstance(obj, c.type)) {
            throw PyErr.typeError("expected %s node, got %s", want, obj.type().name());
        }
        Object r = new PythonToAst().sum(obj, "mod");
        return (Mod) r;
    }

    /** An object of the abstract class {@code kind} (a sum type such as expr), or null for None. */
    private Object sum(PyObject obj, String kind) {
        if (obj == PyNone.NONE) {
            return null;
        }
        if (++depth > maxDepth) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while traversing '%s' node",
                    kind);
        }
        Position pos = null;
        boolean located = !kind.equals("mod") && !kind.equals("type_ignore");
        if (located) {
            pos = position(obj, kind);
        }
        AstModule.NodeClass exact = AstModule.byType(obj.type());
        if (exact != null && exact.base.equals(kind)) {
            Object r = build(exact, fields(obj, exact), pos);
            depth--;
            return r;
        }
        for (AstModule.NodeClass c : AstModule.kinds(kind)) {
            if (Abstract.isInstance(obj, c.type)) {
                Object r = build(c, fields(obj, c), pos);
                depth--;
                return r;
            }
        }
        throw PyErr.typeError("expected some sort of %s, but got %s", kind, Abstract.repr(obj).value());
    }

    /** An object of a product type ({@code arguments}, {@code arg}...): fields, then attributes. */
    private Object product(PyObject obj, String kind) {
        if (++depth > maxDepth) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while traversing '%s' node",
                    kind);
        }
        AstModule.NodeClass c = AstModule.nodeClass(kind);
        Object[] f = fields(obj, c);
        Position pos = null;
        if (kind.equals("arg") || kind.equals("keyword") || kind.equals("alias")) {
            pos = position(obj, kind);
        }
        Object r = build(c, f, pos);
        depth--;
        return r;
    }

    private static Position position(PyObject obj, String owner) {
        int lineno = requiredInt(obj, "lineno", owner);
        int col = requiredInt(obj, "col_offset", owner);
        PyObject t = Abstract.lookupAttr(obj, PyStr.of("end_lineno"));
        int endLineno = t == null || t == PyNone.NONE ? lineno : toInt(t);
        t = Abstract.lookupAttr(obj, PyStr.of("end_col_offset"));
        int endCol = t == null || t == PyNone.NONE ? col : toInt(t);
        return new Position(lineno, col, endLineno, endCol, col, endCol);
    }

    private static int requiredInt(PyObject obj, String name, String owner) {
        PyObject t = Abstract.lookupAttr(obj, PyStr.of(name));
        if (t == null) {
            throw PyErr.typeError("required field \"%s\" missing from %s", name, owner);
        }
        return toInt(t);
    }

    private static int toInt(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.valueError("invalid integer value: %s", Abstract.repr(o).value());
        }
        long v = i.clampedLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** The fields of {@code obj} as node class {@code c} declares them, converted. */
    private Object[] fields(PyObject obj, AstModule.NodeClass c) {
        AstModule.Field[] fs = c.fields;
        Object[] out = new Object[fs.length];
        for (int i = 0; i < fs.length; i++) {
            AstModule.Field f = fs[i];
            PyObject v = Abstract.lookupAttr(obj, PyStr.of(f.name()));
            if (f.seq()) {
                if (v == null) {
                    throw PyErr.typeError("required field \"%s\" missing from %s", f.name(), c.name);
                }
                if (!(v instanceof PyList list)) {
                    throw PyErr.typeError("%s field \"%s\" must be a list, not a %s", c.name, f.name(),
                            v.type().name());
                }
                int n = list.size();
                List<Object> items = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    if (list.size() != n) {
                        throw PyErr.format(PyExc.RuntimeError, "%s field \"%s\" changed size during iteration",
                                c.name, f.name());
                    }
                    Object x = value(list.get(j), f.type());
                    if (x == null && !(c.name.equals("Dict") && f.name().equals("keys")
                            || c.name.equals("arguments") && f.name().equals("kw_defaults"))) {
                        throw PyErr.valueError("None disallowed in %s list", switch (f.type()) {
                            case "stmt" -> "statement";
                            case "expr" -> "expression";
                            default -> f.type();
                        });
                    }
                    items.add(x);
                }
                out[i] = items;
            } else if (f.opt()) {
                out[i] = v == null || v == PyNone.NONE ? null : value(v, f.type());
            } else {
                if (v == null) {
                    throw PyErr.typeError("required field \"%s\" missing from %s", f.name(), c.name);
                }
                Object x = value(v, f.type());
                if (x == null) {
                    throw PyErr.valueError("field '%s' is required for %s", f.name(), c.name);
                }
                out[i] = x;
            }
        }
        return out;
    }

    /** One value of ASDL type {@code type}. */
    private Object value(PyObject v, String type) {
        switch (type) {
            case "identifier":
                if (v == PyNone.NONE) {
                    return null;
                }
                if (v.type() != PyStr.TYPE) {
                    throw PyErr.typeError("AST identifier must be of type str");
                }
                return ((PyStr) v).value();
            case "string":
                if (v == PyNone.NONE) {
                    return null;
                }
                if (v.type() != PyStr.TYPE) {
                    throw PyErr.typeError("AST string must be of type str");
                }
                return ((PyStr) v).value();
            case "int":
                return toInt(v);
            case "constant":
                return constant(v);
            case "expr_context":
            case "boolop":
            case "operator":
            case "unaryop":
            case "cmpop":
                return simple(v, type);
            case "mod":
            case "stmt":
            case "expr":
            case "pattern":
            case "excepthandler":
            case "type_ignore":
                return sum(v, type);
            default:
                return product(v, type);
        }
    }

    private static Object simple(PyObject v, String kind) {
        AstModule.NodeClass exact = AstModule.byType(v.type());
        for (AstModule.NodeClass c : AstModule.kinds(kind)) {
            if (c == exact || Abstract.isInstance(v, c.type)) {
                return switch (kind) {
                    case "expr_context" -> ExprContext.valueOf(c.name);
                    case "boolop" -> BoolOpKind.valueOf(c.name);
                    case "operator" -> Operator.valueOf(c.name);
                    case "unaryop" -> UnaryOpKind.valueOf(c.name);
                    default -> CmpOp.valueOf(c.name);
                };
            }
        }
        throw PyErr.typeError("expected some sort of %s, but got %s", kind, Abstract.repr(v).value());
    }

    /**
     * A constant's value: a {@link ConstantValue}, or for a tuple a {@code List} of such values
     * (Adder's tree has no tuple constant: {@link #constantNode} makes it a Tuple display,
     * which the compiler folds back to the same constant).
     */
    private static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return ConstantValue.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        }
        if (v instanceof PyBool b && v.type() == PyBool.TYPE) {
            return ConstantValue.of(b == PyBool.TRUE);
        }
        if (v instanceof PyInt i && v.type() == PyInt.TYPE) {
            return ConstantValue.of(i.bigValue());
        }
        if (v instanceof PyFloat f && v.type() == PyFloat.TYPE) {
            return ConstantValue.of(f.value);
        }
        if (v instanceof PyComplex z && v.type() == PyComplex.TYPE) {
            return new ConstantValue.ComplexValue(z.real, z.imag);
        }
        if (v instanceof PyStr s && v.type() == PyStr.TYPE) {
            return ConstantValue.of(s.value());
        }
        if (v instanceof PyBytes b && v.type() == PyBytes.TYPE) {
            return ConstantValue.of(b.toByteArray());
        }
        PyType t = v.type();
        if (t == dev.adder.runtime.objects.PyTuple.TYPE) {
            dev.adder.runtime.objects.PyTuple tuple = (dev.adder.runtime.objects.PyTuple) v;
            List<Object> items = new ArrayList<>(tuple.size());
            for (int i = 0; i < tuple.size(); i++) {
                items.add(constant(tuple.get(i)));
            }
            return items;
        }
        if (t.name().equals("frozenset")) {
            for (PyObject it = Abstract.iter(v), x; (x = Abstract.next(it)) != null;) {
                constant(x);
            }
            throw PyErr.format(PyExc.NotImplementedError, "a frozenset constant in an AST given to compile() is "
                    + "not supported yet");
        }
        throw PyErr.typeError("got an invalid type in Constant: %s", t.name());
    }

    /** A Constant node, or for a tuple value a Tuple display of Constant nodes. */
    private static dev.adder.ast.Expr constantNode(Object value, String kind, Position pos) {
        if (value instanceof List<?> items) {
            List<dev.adder.ast.Expr> elts = new ArrayList<>(items.size());
            for (Object x : items) {
                elts.add(constantNode(x, null, pos));
            }
            return new dev.adder.ast.Expr.Tuple(elts, ExprContext.Load, pos);
        }
        return new dev.adder.ast.Expr.Constant((ConstantValue) value, kind, pos);
    }

    private static ConstantValue singletonValue(Object value) {
        if (value instanceof ConstantValue cv) {
            return cv;
        }
        throw PyErr.valueError("MatchSingleton can only contain True, False and None");
    }

    /** Makes the Java node of class {@code c} from its converted fields. */
    @SuppressWarnings("unchecked")
    private static Object build(AstModule.NodeClass c, Object[] f, Position pos) {
        switch (c.name) {
            case "Module": return new dev.adder.ast.Mod.Module((java.util.List<Stmt>) f[0], (java.util.List<TypeIgnore>) f[1]);
            case "Interactive": return new dev.adder.ast.Mod.Interactive((java.util.List<Stmt>) f[0]);
            case "Expression": return new dev.adder.ast.Mod.Expression((dev.adder.ast.Expr) f[0]);
            case "FunctionType": return new dev.adder.ast.Mod.FunctionType((java.util.List<dev.adder.ast.Expr>) f[0], (dev.adder.ast.Expr) f[1]);
            case "FunctionDef": return new dev.adder.ast.Stmt.FunctionDef((String) f[0], (Arguments) f[1], (java.util.List<Stmt>) f[2], (java.util.List<dev.adder.ast.Expr>) f[3], (dev.adder.ast.Expr) f[4], (String) f[5], pos);
            case "AsyncFunctionDef": return new dev.adder.ast.Stmt.AsyncFunctionDef((String) f[0], (Arguments) f[1], (java.util.List<Stmt>) f[2], (java.util.List<dev.adder.ast.Expr>) f[3], (dev.adder.ast.Expr) f[4], (String) f[5], pos);
            case "ClassDef": return new dev.adder.ast.Stmt.ClassDef((String) f[0], (java.util.List<dev.adder.ast.Expr>) f[1], (java.util.List<Keyword>) f[2], (java.util.List<Stmt>) f[3], (java.util.List<dev.adder.ast.Expr>) f[4], pos);
            case "Return": return new dev.adder.ast.Stmt.Return((dev.adder.ast.Expr) f[0], pos);
            case "Delete": return new dev.adder.ast.Stmt.Delete((java.util.List<dev.adder.ast.Expr>) f[0], pos);
            case "Assign": return new dev.adder.ast.Stmt.Assign((java.util.List<dev.adder.ast.Expr>) f[0], (dev.adder.ast.Expr) f[1], (String) f[2], pos);
            case "AugAssign": return new dev.adder.ast.Stmt.AugAssign((dev.adder.ast.Expr) f[0], (Operator) f[1], (dev.adder.ast.Expr) f[2], pos);
            case "AnnAssign": return new dev.adder.ast.Stmt.AnnAssign((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (dev.adder.ast.Expr) f[2], (int) (Integer) f[3], pos);
            case "For": return new dev.adder.ast.Stmt.For((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (java.util.List<Stmt>) f[2], (java.util.List<Stmt>) f[3], (String) f[4], pos);
            case "AsyncFor": return new dev.adder.ast.Stmt.AsyncFor((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (java.util.List<Stmt>) f[2], (java.util.List<Stmt>) f[3], (String) f[4], pos);
            case "While": return new dev.adder.ast.Stmt.While((dev.adder.ast.Expr) f[0], (java.util.List<Stmt>) f[1], (java.util.List<Stmt>) f[2], pos);
            case "If": return new dev.adder.ast.Stmt.If((dev.adder.ast.Expr) f[0], (java.util.List<Stmt>) f[1], (java.util.List<Stmt>) f[2], pos);
            case "With": return new dev.adder.ast.Stmt.With((java.util.List<WithItem>) f[0], (java.util.List<Stmt>) f[1], (String) f[2], pos);
            case "AsyncWith": return new dev.adder.ast.Stmt.AsyncWith((java.util.List<WithItem>) f[0], (java.util.List<Stmt>) f[1], (String) f[2], pos);
            case "Match": return new dev.adder.ast.Stmt.Match((dev.adder.ast.Expr) f[0], (java.util.List<MatchCase>) f[1], pos);
            case "Raise": return new dev.adder.ast.Stmt.Raise((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "Try": return new dev.adder.ast.Stmt.Try((java.util.List<Stmt>) f[0], (java.util.List<ExceptHandler>) f[1], (java.util.List<Stmt>) f[2], (java.util.List<Stmt>) f[3], pos);
            case "TryStar": return new dev.adder.ast.Stmt.TryStar((java.util.List<Stmt>) f[0], (java.util.List<ExceptHandler>) f[1], (java.util.List<Stmt>) f[2], (java.util.List<Stmt>) f[3], pos);
            case "Assert": return new dev.adder.ast.Stmt.Assert((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "Import": return new dev.adder.ast.Stmt.Import((java.util.List<Alias>) f[0], pos);
            case "ImportFrom": return new dev.adder.ast.Stmt.ImportFrom((String) f[0], (java.util.List<Alias>) f[1], (Integer) f[2], pos);
            case "Global": return new dev.adder.ast.Stmt.Global((java.util.List<String>) f[0], pos);
            case "Nonlocal": return new dev.adder.ast.Stmt.Nonlocal((java.util.List<String>) f[0], pos);
            case "Expr": return new dev.adder.ast.Stmt.Expr((dev.adder.ast.Expr) f[0], pos);
            case "Pass": return new dev.adder.ast.Stmt.Pass(pos);
            case "Break": return new dev.adder.ast.Stmt.Break(pos);
            case "Continue": return new dev.adder.ast.Stmt.Continue(pos);
            case "BoolOp": return new dev.adder.ast.Expr.BoolOp((BoolOpKind) f[0], (java.util.List<dev.adder.ast.Expr>) f[1], pos);
            case "NamedExpr": return new dev.adder.ast.Expr.NamedExpr((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "BinOp": return new dev.adder.ast.Expr.BinOp((dev.adder.ast.Expr) f[0], (Operator) f[1], (dev.adder.ast.Expr) f[2], pos);
            case "UnaryOp": return new dev.adder.ast.Expr.UnaryOp((UnaryOpKind) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "Lambda": return new dev.adder.ast.Expr.Lambda((Arguments) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "IfExp": return new dev.adder.ast.Expr.IfExp((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (dev.adder.ast.Expr) f[2], pos);
            case "Dict": return new dev.adder.ast.Expr.Dict((java.util.List<dev.adder.ast.Expr>) f[0], (java.util.List<dev.adder.ast.Expr>) f[1], pos);
            case "Set": return new dev.adder.ast.Expr.Set((java.util.List<dev.adder.ast.Expr>) f[0], pos);
            case "ListComp": return new dev.adder.ast.Expr.ListComp((dev.adder.ast.Expr) f[0], (java.util.List<Comprehension>) f[1], pos);
            case "SetComp": return new dev.adder.ast.Expr.SetComp((dev.adder.ast.Expr) f[0], (java.util.List<Comprehension>) f[1], pos);
            case "DictComp": return new dev.adder.ast.Expr.DictComp((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (java.util.List<Comprehension>) f[2], pos);
            case "GeneratorExp": return new dev.adder.ast.Expr.GeneratorExp((dev.adder.ast.Expr) f[0], (java.util.List<Comprehension>) f[1], pos);
            case "Await": return new dev.adder.ast.Expr.Await((dev.adder.ast.Expr) f[0], pos);
            case "Yield": return new dev.adder.ast.Expr.Yield((dev.adder.ast.Expr) f[0], pos);
            case "YieldFrom": return new dev.adder.ast.Expr.YieldFrom((dev.adder.ast.Expr) f[0], pos);
            case "Compare": return new dev.adder.ast.Expr.Compare((dev.adder.ast.Expr) f[0], (java.util.List<CmpOp>) f[1], (java.util.List<dev.adder.ast.Expr>) f[2], pos);
            case "Call": return new dev.adder.ast.Expr.Call((dev.adder.ast.Expr) f[0], (java.util.List<dev.adder.ast.Expr>) f[1], (java.util.List<Keyword>) f[2], pos);
            case "FormattedValue": return new dev.adder.ast.Expr.FormattedValue((dev.adder.ast.Expr) f[0], (int) (Integer) f[1], (dev.adder.ast.Expr) f[2], pos);
            case "JoinedStr": return new dev.adder.ast.Expr.JoinedStr((java.util.List<dev.adder.ast.Expr>) f[0], pos);
            case "Constant": return constantNode(f[0], (String) f[1], pos);
            case "Attribute": return new dev.adder.ast.Expr.Attribute((dev.adder.ast.Expr) f[0], (String) f[1], (ExprContext) f[2], pos);
            case "Subscript": return new dev.adder.ast.Expr.Subscript((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (ExprContext) f[2], pos);
            case "Starred": return new dev.adder.ast.Expr.Starred((dev.adder.ast.Expr) f[0], (ExprContext) f[1], pos);
            case "Name": return new dev.adder.ast.Expr.Name((String) f[0], (ExprContext) f[1], pos);
            case "List": return new dev.adder.ast.Expr.List((java.util.List<dev.adder.ast.Expr>) f[0], (ExprContext) f[1], pos);
            case "Tuple": return new dev.adder.ast.Expr.Tuple((java.util.List<dev.adder.ast.Expr>) f[0], (ExprContext) f[1], pos);
            case "Slice": return new dev.adder.ast.Expr.Slice((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (dev.adder.ast.Expr) f[2], pos);
            case "comprehension": return new Comprehension((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1], (java.util.List<dev.adder.ast.Expr>) f[2], (int) (Integer) f[3]);
            case "ExceptHandler": return new ExceptHandler((dev.adder.ast.Expr) f[0], (String) f[1], (java.util.List<Stmt>) f[2], pos);
            case "arguments": return new Arguments((java.util.List<Arg>) f[0], (java.util.List<Arg>) f[1], (Arg) f[2], (java.util.List<Arg>) f[3], (java.util.List<dev.adder.ast.Expr>) f[4], (Arg) f[5], (java.util.List<dev.adder.ast.Expr>) f[6]);
            case "arg": return new Arg((String) f[0], (dev.adder.ast.Expr) f[1], (String) f[2], pos);
            case "keyword": return new Keyword((String) f[0], (dev.adder.ast.Expr) f[1], pos);
            case "alias": return new Alias((String) f[0], (String) f[1], pos);
            case "withitem": return new WithItem((dev.adder.ast.Expr) f[0], (dev.adder.ast.Expr) f[1]);
            case "match_case": return new MatchCase((dev.adder.ast.Pattern) f[0], (dev.adder.ast.Expr) f[1], (java.util.List<Stmt>) f[2]);
            case "MatchValue": return new dev.adder.ast.Pattern.MatchValue((dev.adder.ast.Expr) f[0], pos);
            case "MatchSingleton": return new dev.adder.ast.Pattern.MatchSingleton(singletonValue(f[0]), pos);
            case "MatchSequence": return new dev.adder.ast.Pattern.MatchSequence((java.util.List<Pattern>) f[0], pos);
            case "MatchMapping": return new dev.adder.ast.Pattern.MatchMapping((java.util.List<dev.adder.ast.Expr>) f[0], (java.util.List<Pattern>) f[1], (String) f[2], pos);
            case "MatchClass": return new dev.adder.ast.Pattern.MatchClass((dev.adder.ast.Expr) f[0], (java.util.List<Pattern>) f[1], (java.util.List<String>) f[2], (java.util.List<Pattern>) f[3], pos);
            case "MatchStar": return new dev.adder.ast.Pattern.MatchStar((String) f[0], pos);
            case "MatchAs": return new dev.adder.ast.Pattern.MatchAs((dev.adder.ast.Pattern) f[0], (String) f[1], pos);
            case "MatchOr": return new dev.adder.ast.Pattern.MatchOr((java.util.List<Pattern>) f[0], pos);
            case "TypeIgnore": return new TypeIgnore((int) (Integer) f[0], (String) f[1]);
            default: throw new IllegalStateException(c.name);
        }
    }
}
