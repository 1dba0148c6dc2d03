package dev.adder.compiler.internal.codegen;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.BoolOpKind;
import dev.adder.ast.CmpOp;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Operator;
import dev.adder.ast.UnaryOpKind;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.BasicBlock;
import dev.adder.compiler.internal.opt.PyValues;
import dev.adder.compiler.symtable.ScopeType;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.source.SourceText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Code generation for expressions: operators, comparisons, boolean operators and conditional
 * jumps, calls, displays with and without unpacking, subscripts and slices, f-strings,
 * lambdas, yield and await, and the syntax warnings CPython gives for calls and subscripts of
 * literals.
 *
 * <p>CPython: {@code compiler_visit_expr1} and the functions it calls in Python/compile.c (3.10):
 * {@code compiler_boolop}, {@code starunpack_helper}, {@code compiler_dict},
 * {@code compiler_compare}, {@code compiler_jump_if}, {@code compiler_call_helper},
 * {@code compiler_joined_str}, {@code compiler_formatted_value}, {@code compiler_lambda},
 * {@code compiler_subscript}, {@code compiler_slice}, {@code check_caller}, ...
 */
abstract class ExprCodegen extends CodegenBase implements dev.adder.ast.AstVisitor<Void> {

    ExprCodegen(String filename, SourceText source, SymbolTable table, int cfFlags, int optimize,
            IdentityHashMap<Expr, Constant> folded, Warnings warnings) {
        super(filename, source, table, cfFlags, optimize, folded, warnings);
    }

    /** Comprehension kinds. CPython: {@code COMP_GENEXP} ... */
    static final int COMP_GENEXP = 0;
    static final int COMP_LISTCOMP = 1;
    static final int COMP_SETCOMP = 2;
    static final int COMP_DICTCOMP = 3;

    abstract void comprehension(Expr e, int type, String name, List<dev.adder.ast.Comprehension> generators,
            Expr elt, Expr val);

    // ---- entry -----------------------------------------------------------------------------

    /** CPython: {@code compiler_visit_expr}: compiles {@code e} at its location, then restores the old one. */
    @Override
    void visitExpr(Expr e) {
        long[] loc = saveLoc();
        setLoc(e);
        if (!(e instanceof Expr.Constant) && isConstant(e)) {
            loadConst(constantOf(e));
        } else {
            e.accept(this);
        }
        restoreLoc(loc);
    }

    void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    /** A node this code generator has no case for: a bug, or a tree no parser makes. */
    @Override
    public Void visitDefault(dev.adder.ast.Node node) {
        throw new IllegalStateException("cannot compile a " + node.getClass().getSimpleName() + " node");
    }

    // ---- opcodes ---------------------------------------------------------------------------

    static int unaryop(UnaryOpKind op) {
        return switch (op) {
            case Invert -> UNARY_INVERT;
            case Not -> UNARY_NOT;
            case UAdd -> UNARY_POSITIVE;
            case USub -> UNARY_NEGATIVE;
        };
    }

    static int binop(Operator op) {
        return switch (op) {
            case Add -> BINARY_ADD;
            case Sub -> BINARY_SUBTRACT;
            case Mult -> BINARY_MULTIPLY;
            case MatMult -> BINARY_MATRIX_MULTIPLY;
            case Div -> BINARY_TRUE_DIVIDE;
            case Mod -> BINARY_MODULO;
            case Pow -> BINARY_POWER;
            case LShift -> BINARY_LSHIFT;
            case RShift -> BINARY_RSHIFT;
            case BitOr -> BINARY_OR;
            case BitXor -> BINARY_XOR;
            case BitAnd -> BINARY_AND;
            case FloorDiv -> BINARY_FLOOR_DIVIDE;
        };
    }

    static int inplaceBinop(Operator op) {
        return switch (op) {
            case Add -> INPLACE_ADD;
            case Sub -> INPLACE_SUBTRACT;
            case Mult -> INPLACE_MULTIPLY;
            case MatMult -> INPLACE_MATRIX_MULTIPLY;
            case Div -> INPLACE_TRUE_DIVIDE;
            case Mod -> INPLACE_MODULO;
            case Pow -> INPLACE_POWER;
            case LShift -> INPLACE_LSHIFT;
            case RShift -> INPLACE_RSHIFT;
            case BitOr -> INPLACE_OR;
            case BitXor -> INPLACE_XOR;
            case BitAnd -> INPLACE_AND;
            case FloorDiv -> INPLACE_FLOOR_DIVIDE;
        };
    }

    /** CPython: {@code compiler_addcompare}. */
    void addCompare(CmpOp op) {
        switch (op) {
            case Eq -> addopI(COMPARE_OP, 2);
            case NotEq -> addopI(COMPARE_OP, 3);
            case Lt -> addopI(COMPARE_OP, 0);
            case LtE -> addopI(COMPARE_OP, 1);
            case Gt -> addopI(COMPARE_OP, 4);
            case GtE -> addopI(COMPARE_OP, 5);
            case Is -> addopI(IS_OP, 0);
            case IsNot -> addopI(IS_OP, 1);
            case In -> addopI(CONTAINS_OP, 0);
            case NotIn -> addopI(CONTAINS_OP, 1);
        }
    }

    // ---- simple expressions ----------------------------------------------------------------

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visitExpr(e.value());
        addop(DUP_TOP);
        visitExpr(e.target());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visitExpr(e.left());
        visitExpr(e.right());
        addop(binop(e.op()));
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visitExpr(e.operand());
        addop(unaryop(e.op()));
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        loadConst(toConstant(e.value()));
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        nameop(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visitExpr(e.value());
        switch (e.ctx()) {
            case Load -> {
                int old = u.lineno;
                u.lineno = e.endLineno();
                addopName(LOAD_ATTR, e.attr());
                u.lineno = old;
            }
            case Store -> {
                checkForbiddenName(e.attr(), ExprContext.Store);
                int old = u.lineno;
                u.lineno = e.endLineno();
                addopName(STORE_ATTR, e.attr());
                u.lineno = old;
            }
            case Del -> addopName(DELETE_ATTR, e.attr());
        }
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        if (e.ctx() == ExprContext.Store) {
            throw error("starred assignment target must be in a list or tuple");
        }
        throw error("can't use starred expression here");
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (u.ste.type() != ScopeType.FUNCTION) {
            throw error("'yield' outside function");
        }
        if (e.value() != null) {
            visitExpr(e.value());
        } else {
            loadConst(Constant.NONE);
        }
        addop(YIELD_VALUE);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (u.ste.type() != ScopeType.FUNCTION) {
            throw error("'yield' outside function");
        }
        if (u.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION) {
            throw error("'yield from' inside async function");
        }
        visitExpr(e.value());
        addop(GET_YIELD_FROM_ITER);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (!isTopLevelAwait()) {
            if (u.ste.type() != ScopeType.FUNCTION) {
                throw error("'await' outside function");
            }
            if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION
                    && u.scopeType != CompilerUnit.SCOPE_COMPREHENSION) {
                throw error("'await' outside async function");
            }
        }
        visitExpr(e.value());
        addop(GET_AWAITABLE);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        return null;
    }

    // ---- boolean operators, comparisons, conditional jumps ---------------------------------

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        int jumpi = e.op() == BoolOpKind.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        BasicBlock end = newBlock();
        List<Expr> s = e.values();
        int n = s.size() - 1;
        for (int i = 0; i < n; ++i) {
            visitExpr(s.get(i));
            addopJ(jumpi, end);
            BasicBlock next = newBlock();
            useNextBlock(next);
        }
        visitExpr(s.get(n));
        useNextBlock(end);
        return null;
    }

    /** CPython: {@code check_is_arg}: false for a constant other than None, True, False, Ellipsis. */
    boolean checkIsArg(Expr e) {
        if (!isConstant(e)) {
            return true;
        }
        Constant v = constantOf(e);
        return v instanceof Constant.None || v instanceof Constant.Bool || v instanceof Constant.Ellipsis;
    }

    /** CPython: {@code check_compare}: warns about {@code is} with a literal. */
    void checkCompare(Expr.Compare e) {
        boolean left = checkIsArg(e.left());
        int n = e.ops().size();
        for (int i = 0; i < n; i++) {
            CmpOp op = e.ops().get(i);
            boolean right = checkIsArg(e.comparators().get(i));
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                if (!right || !left) {
                    warn(op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?");
                    return;
                }
            }
            left = right;
        }
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        checkCompare(e);
        visitExpr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visitExpr(e.comparators().get(0));
            addCompare(e.ops().get(0));
        } else {
            BasicBlock cleanup = newBlock();
            for (int i = 0; i < n; i++) {
                visitExpr(e.comparators().get(i));
                addop(DUP_TOP);
                addop(ROT_THREE);
                addCompare(e.ops().get(i));
                addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
                nextBlock();
            }
            visitExpr(e.comparators().get(n));
            addCompare(e.ops().get(n));
            BasicBlock end = newBlock();
            addopJNoline(JUMP_FORWARD, end);
            useNextBlock(cleanup);
            addop(ROT_TWO);
            addop(POP_TOP);
            useNextBlock(end);
        }
        return null;
    }

    /** CPython: {@code compiler_jump_if}: jumps to {@code next} if {@code e} is {@code cond}. */
    void jumpIf(Expr e, BasicBlock next, boolean cond) {
        if (!isConstant(e)) {
            if (e instanceof Expr.UnaryOp un && un.op() == UnaryOpKind.Not) {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            if (e instanceof Expr.BoolOp bo) {
                List<Expr> s = bo.values();
                int n = s.size() - 1;
                boolean cond2 = bo.op() == BoolOpKind.Or;
                BasicBlock next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                for (int i = 0; i < n; ++i) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(n), next, cond);
                if (next2 != next) {
                    useNextBlock(next2);
                }
                return;
            }
            if (e instanceof Expr.IfExp ie) {
                BasicBlock end = newBlock();
                BasicBlock next2 = newBlock();
                jumpIf(ie.test(), next2, false);
                jumpIf(ie.body(), next, cond);
                addopJNoline(JUMP_FORWARD, end);
                useNextBlock(next2);
                jumpIf(ie.orelse(), next, cond);
                useNextBlock(end);
                return;
            }
            if (e instanceof Expr.Compare) {
                // 3.10.13 (unlike 3.10.7) gives the jumps of a comparison its location, and keeps it
                setLoc(e);
            }
            if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
                int n = cmp.ops().size() - 1;
                checkCompare(cmp);
                BasicBlock cleanup = newBlock();
                visitExpr(cmp.left());
                for (int i = 0; i < n; i++) {
                    visitExpr(cmp.comparators().get(i));
                    addop(DUP_TOP);
                    addop(ROT_THREE);
                    addCompare(cmp.ops().get(i));
                    addopJ(POP_JUMP_IF_FALSE, cleanup);
                    nextBlock();
                }
                visitExpr(cmp.comparators().get(n));
                addCompare(cmp.ops().get(n));
                addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                nextBlock();
                BasicBlock end = newBlock();
                addopJNoline(JUMP_FORWARD, end);
                useNextBlock(cleanup);
                addop(POP_TOP);
                if (!cond) {
                    addopJNoline(JUMP_FORWARD, next);
                }
                useNextBlock(end);
                return;
            }
        }
        visitExpr(e);
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
        nextBlock();
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        BasicBlock end = newBlock();
        BasicBlock next = newBlock();
        jumpIf(e.test(), next, false);
        visitExpr(e.body());
        addopJNoline(JUMP_FORWARD, end);
        useNextBlock(next);
        visitExpr(e.orelse());
        useNextBlock(end);
        return null;
    }

    // ---- displays --------------------------------------------------------------------------

    boolean allConstant(List<Expr> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Expr k = seq.get(i);
            if (k == null || !isConstant(k)) {
                return false;
            }
        }
        return true;
    }

    /** CPython: {@code starunpack_helper}. */
    void starunpackHelper(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts, 0, n)) {
            List<Constant> values = new ArrayList<>(n);
            for (Expr elt : elts) {
                values.add(constantOf(elt));
            }
            if (tuple) {
                loadConst(new Constant.Tuple(values));
            } else {
                Constant folded = add == SET_ADD ? PyValues.frozenset(values) : new Constant.Tuple(values);
                addopI(build, pushed);
                loadConst(folded);
                addopI(extend, 1);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr elt : elts) {
            if (elt instanceof Expr.Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            for (Expr elt : elts) {
                visitExpr(elt);
            }
            addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred st) {
                if (!sequenceBuilt) {
                    addopI(build, i + pushed);
                    sequenceBuilt = true;
                }
                visitExpr(st.value());
                addopI(extend, 1);
            } else {
                visitExpr(elt);
                if (sequenceBuilt) {
                    addopI(add, 1);
                }
            }
        }
        if (tuple) {
            addop(LIST_TO_TUPLE);
        }
    }

    /** CPython: {@code unpack_helper}. */
    void unpackHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || (long) n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n);
        }
    }

    /** CPython: {@code assignment_helper}. */
    void assignmentHelper(List<Expr> elts) {
        unpackHelper(elts);
        for (Expr elt : elts) {
            visitExpr(elt instanceof Expr.Starred st ? st.value() : elt);
        }
    }

    @Override
    public Void visitList(Expr.List e) {
        switch (e.ctx()) {
            case Store -> assignmentHelper(e.elts());
            case Load -> starunpackHelper(e.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            case Del -> visitExprs(e.elts());
        }
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        switch (e.ctx()) {
            case Store -> assignmentHelper(e.elts());
            case Load -> starunpackHelper(e.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            case Del -> visitExprs(e.elts());
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        starunpackHelper(e.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        return null;
    }

    /** CPython: {@code compiler_subdict}. */
    void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                visitExpr(e.values().get(i));
            }
            List<Constant> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(constantOf(e.keys().get(i)));
            }
            loadConst(new Constant.Tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys().get(i));
            visitExpr(e.values().get(i));
            if (big) {
                addopI(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys().get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(e.values().get(i));
                addopI(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                addopI(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0);
        }
        return null;
    }

    // ---- warnings for literals -------------------------------------------------------------

    /** CPython: {@code infer_type}: the name of the type of {@code e}'s value, or null if unknown. */
    String inferType(Expr e) {
        if (isConstant(e)) {
            return PyValues.typeName(constantOf(e));
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.List || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        return null;
    }

    /** CPython: {@code check_caller}. */
    void checkCaller(Expr e) {
        if (isConstant(e) || e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.ListComp
                || e instanceof Expr.Dict || e instanceof Expr.DictComp || e instanceof Expr.Set
                || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp || e instanceof Expr.JoinedStr
                || e instanceof Expr.FormattedValue) {
            warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** CPython: {@code check_subscripter}. */
    void checkSubscripter(Expr e) {
        if (isConstant(e)) {
            Constant v = constantOf(e);
            if (!(v instanceof Constant.None || v instanceof Constant.Ellipsis || v instanceof Constant.Int
                    || v instanceof Constant.Bool || v instanceof Constant.Float || v instanceof Constant.Complex
                    || v instanceof Constant.FrozenSet)) {
                return;
            }
        } else if (!(e instanceof Expr.Set || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Lambda)) {
            return;
        }
        warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    /** CPython: {@code check_index}. */
    void checkIndex(Expr e, Expr s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        if (isConstant(e)) {
            Constant v = constantOf(e);
            if (!(v instanceof Constant.Str || v instanceof Constant.Bytes || v instanceof Constant.Tuple)) {
                return;
            }
        } else if (!(e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.ListComp
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue)) {
            return;
        }
        warn(inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }

    // ---- subscripts and slices -------------------------------------------------------------

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        ExprContext ctx = e.ctx();
        if (ctx == ExprContext.Load) {
            checkSubscripter(e.value());
            checkIndex(e.value(), e.slice());
        }
        int op = switch (ctx) {
            case Load -> BINARY_SUBSCR;
            case Store -> STORE_SUBSCR;
            case Del -> DELETE_SUBSCR;
        };
        visitExpr(e.value());
        visitExpr(e.slice());
        addop(op);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            visitExpr(s.lower());
        } else {
            loadConst(Constant.NONE);
        }
        if (s.upper() != null) {
            visitExpr(s.upper());
        } else {
            loadConst(Constant.NONE);
        }
        if (s.step() != null) {
            n++;
            visitExpr(s.step());
        }
        addopI(BUILD_SLICE, n);
        return null;
    }

    // ---- calls -----------------------------------------------------------------------------

    /** CPython: {@code maybe_optimize_method_call}; true if the call was compiled. */
    boolean maybeOptimizeMethodCall(Expr.Call e) {
        Expr meth = e.func();
        List<Expr> args = e.args();
        if (!(meth instanceof Expr.Attribute attr) || attr.ctx() != ExprContext.Load || !e.keywords().isEmpty()) {
            return false;
        }
        if (args.size() >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        visitExpr(attr.value());
        // 3.10's line table gives LOAD_METHOD ... CALL_METHOD the attribute's end line; the
        // positions are 3.11's: the attribute for LOAD_METHOD, the call for the rest
        long[] call = saveLoc();
        setLoc(meth);
        u.lineno = meth.endLineno();
        addopName(LOAD_METHOD, attr.attr());
        restoreLoc(call);
        u.lineno = meth.endLineno();
        visitExprs(args);
        addopI(CALL_METHOD, args.size());
        restoreLoc(call);
        return true;
    }

    /** CPython: {@code validate_keywords}. */
    void validateKeywords(List<Keyword> keywords) {
        int n = keywords.size();
        for (int i = 0; i < n; i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            checkForbiddenName(key.arg(), ExprContext.Store);
            for (int j = i + 1; j < n; j++) {
                Keyword other = keywords.get(j);
                if (other.arg() != null && other.arg().equals(key.arg())) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + key.arg());
                }
            }
        }
    }

    @Override
    public Void visitCall(Expr.Call e) {
        if (maybeOptimizeMethodCall(e)) {
            return null;
        }
        checkCaller(e.func());
        visitExpr(e.func());
        callHelper(0, e.args(), e.keywords());
        return null;
    }

    /** CPython: {@code compiler_subkwargs}. */
    void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value());
            }
            List<Constant> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(str(keywords.get(i).arg()));
            }
            loadConst(new Constant.Tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopINoline(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(str(kw.arg()));
            visitExpr(kw.value());
            if (big) {
                addopINoline(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    /** CPython: {@code compiler_call_helper}, shared by calls and class definitions. */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        if (!exCall) {
            for (Expr a : args) {
                if (a instanceof Expr.Starred) {
                    exCall = true;
                    break;
                }
            }
        }
        if (!exCall) {
            for (Keyword kw : keywords) {
                if (kw.arg() == null) {
                    exCall = true;
                    break;
                }
            }
        }
        if (!exCall) {
            visitExprs(args);
            if (nkwelts > 0) {
                List<Constant> names = new ArrayList<>(nkwelts);
                for (Keyword kw : keywords) {
                    visitExpr(kw.value());
                }
                for (Keyword kw : keywords) {
                    names.add(str(kw.arg()));
                }
                loadConst(new Constant.Tuple(names));
                addopI(CALL_FUNCTION_KW, n + nelts + nkwelts);
            } else {
                addopI(CALL_FUNCTION, n + nelts);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred st) {
            visitExpr(st.value());
        } else {
            starunpackHelper(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    addopI(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addopI(DICT_MERGE, 1);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // ---- f-strings -------------------------------------------------------------------------

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        List<Expr> values = e.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            loadConst(str(""));
            addopName(LOAD_METHOD, "join");
            addopI(BUILD_LIST, 0);
            for (Expr v : values) {
                visitExpr(v);
                addopI(LIST_APPEND, 1);
            }
            addopI(CALL_METHOD, 1);
        } else {
            visitExprs(values);
            if (values.size() != 1) {
                addopI(BUILD_STRING, values.size());
            }
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visitExpr(e.value());
        int oparg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            case -1 -> 0;
            default -> throw new IllegalStateException("Unrecognized conversion character " + e.conversion());
        };
        if (e.formatSpec() != null) {
            visitExpr(e.formatSpec());
            oparg |= FVS_HAVE_SPEC;
        }
        addopI(FORMAT_VALUE, oparg);
        return null;
    }

    // ---- functions: arguments, defaults, lambdas -------------------------------------------

    /** CPython: {@code compiler_check_debug_args}. */
    void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            checkForbiddenName(a.arg(), ExprContext.Store);
        }
        for (Arg a : args.args()) {
            checkForbiddenName(a.arg(), ExprContext.Store);
        }
        if (args.vararg() != null) {
            checkForbiddenName(args.vararg().arg(), ExprContext.Store);
        }
        for (Arg a : args.kwonlyargs()) {
            checkForbiddenName(a.arg(), ExprContext.Store);
        }
        if (args.kwarg() != null) {
            checkForbiddenName(args.kwarg().arg(), ExprContext.Store);
        }
    }

    /** CPython: {@code compiler_default_arguments}; returns the MAKE_FUNCTION flags. */
    int defaultArguments(Arguments args) {
        int funcflags = 0;
        if (!args.defaults().isEmpty()) {
            visitExprs(args.defaults());
            addopI(BUILD_TUPLE, args.defaults().size());
            funcflags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<Constant> keys = null;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Arg arg = args.kwonlyargs().get(i);
            Expr def = args.kwDefaults().get(i);
            if (def != null) {
                String mangled = SymbolTable.mangle(u.privateName, arg.arg());
                if (keys == null) {
                    keys = new ArrayList<>();
                }
                keys.add(str(mangled));
                visitExpr(def);
            }
        }
        if (keys != null) {
            loadConst(new Constant.Tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, keys.size());
            funcflags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return funcflags;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        Arguments args = e.args();
        checkDebugArgs(args);
        int funcflags = defaultArguments(args);
        enterScope("<lambda>", CompilerUnit.SCOPE_LAMBDA, e, e.lineno());
        u.addConst(Constant.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        visitExpr(e.body());
        CodeUnit co;
        if (u.ste.isGenerator()) {
            co = assemble(false);
        } else {
            addop(RETURN_VALUE);
            co = assemble(true);
        }
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
        return null;
    }

    // ---- comprehensions --------------------------------------------------------------------

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, COMP_GENEXP, "<genexpr>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, COMP_LISTCOMP, "<listcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, COMP_SETCOMP, "<setcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, COMP_DICTCOMP, "<dictcomp>", e.generators(), e.key(), e.value());
        return null;
    }
}
