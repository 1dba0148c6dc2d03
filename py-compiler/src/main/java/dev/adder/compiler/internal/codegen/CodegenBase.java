package dev.adder.compiler.internal.codegen;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Located;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.BasicBlock;
import dev.adder.compiler.internal.cfg.CodeAssembler;
import dev.adder.compiler.internal.cfg.Instr;
import dev.adder.compiler.symtable.Scope;
import dev.adder.compiler.symtable.ScopeType;
import dev.adder.compiler.symtable.SymbolScope;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared state and the emitting machinery of the code generator: the stack of compilation
 * units, instruction emission with the current location, constant and name tables, name
 * resolution, frame blocks and their unwinding, closures, errors and warnings, and assembly of a
 * finished unit into a {@link CodeUnit}. The visitors are in the subclasses.
 *
 * <p>CPython: the first part of Python/compile.c (3.10): {@code compiler_enter_scope},
 * {@code compiler_exit_scope}, {@code compiler_set_qualname}, {@code compiler_addop*},
 * {@code compiler_nameop}, {@code compiler_push_fblock}, {@code compiler_unwind_fblock},
 * {@code compiler_make_closure}, {@code compiler_error}, {@code compiler_warn},
 * {@code compute_code_flags}, {@code makecode}.
 */
abstract class CodegenBase {
    /** CPython: {@code CO_MAXBLOCKS}. */
    static final int CO_MAXBLOCKS = 20;
    /** CPython: {@code STACK_USE_GUIDELINE}. */
    static final int STACK_USE_GUIDELINE = 30;
    /** CPython: {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
    static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** CPython: {@code PyCF_MASK}, the flags inherited by every code object. */
    static final int PYCF_MASK = CodeFlags.CO_FUTURE_DIVISION | CodeFlags.CO_FUTURE_ABSOLUTE_IMPORT
            | CodeFlags.CO_FUTURE_WITH_STATEMENT | CodeFlags.CO_FUTURE_PRINT_FUNCTION
            | CodeFlags.CO_FUTURE_UNICODE_LITERALS | CodeFlags.CO_FUTURE_BARRY_AS_BDFL
            | CodeFlags.CO_FUTURE_GENERATOR_STOP | CodeFlags.CO_FUTURE_ANNOTATIONS;

    /** Receives the compiler's SyntaxWarnings; returns false to raise one as a SyntaxError. */
    interface Warnings {
        boolean warn(String message, String filename, int lineno);
    }

    final String filename;
    final SourceText source;
    final SymbolTable table;
    /** The merged compiler flags (future features and the caller's flags). */
    final int cfFlags;
    final int optimize;
    final int futureLineno;
    final IdentityHashMap<Expr, Constant> folded;
    final Warnings warnings;
    boolean interactive;
    int nestlevel;

    final ArrayDeque<CompilerUnit> stack = new ArrayDeque<>();
    CompilerUnit u;

    CodegenBase(String filename, SourceText source, SymbolTable table, int cfFlags, int optimize,
            IdentityHashMap<Expr, Constant> folded, Warnings warnings) {
        this.filename = filename;
        this.source = source;
        this.table = table;
        this.cfFlags = cfFlags;
        this.optimize = optimize;
        this.futureLineno = table.future().lineno();
        this.folded = folded;
        this.warnings = warnings;
    }

    // ---- visitors (subclasses) -------------------------------------------------------------

    abstract void visitExpr(Expr e);

    abstract void visitStmt(Stmt s);

    // ---- units -----------------------------------------------------------------------------

    boolean isTopLevelAwait() {
        return (cfFlags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && u.ste.type() == ScopeType.MODULE;
    }

    /** CPython: {@code compiler_enter_scope}. */
    void enterScope(String name, int scopeType, Node key, int lineno) {
        Scope ste = key instanceof dev.adder.ast.Mod ? table.top() : table.lookup(key);
        if (ste == null) {
            throw new IllegalStateException("no symbol table entry for " + name);
        }
        CompilerUnit nu = new CompilerUnit(ste, name, scopeType, lineno);
        if (u != null) {
            stack.push(u);
            nu.privateName = u.privateName;
        }
        u = nu;
        nestlevel++;
        if (scopeType != CompilerUnit.SCOPE_MODULE) {
            setQualname();
        }
    }

    /** CPython: {@code compiler_exit_scope}. */
    void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    /** CPython: {@code compiler_set_qualname}. */
    private void setQualname() {
        String base = null;
        if (stack.size() > 1) {
            CompilerUnit parent = stack.peek();
            boolean forceGlobal = false;
            if (u.scopeType == CompilerUnit.SCOPE_FUNCTION || u.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION
                    || u.scopeType == CompilerUnit.SCOPE_CLASS) {
                String mangled = SymbolTable.mangle(parent.privateName, u.name);
                if (parent.ste.scopeOf(mangled) == SymbolScope.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == CompilerUnit.SCOPE_FUNCTION
                        || parent.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION
                        || parent.scopeType == CompilerUnit.SCOPE_LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    // ---- locations -------------------------------------------------------------------------

    /** CPython: {@code SET_LOC}. */
    void setLoc(Located n) {
        u.lineno = n.lineno();
        u.posLineno = n.lineno();
        u.colOffset = n.colOffset();
        u.endLineno = n.endLineno();
        u.endColOffset = n.endColOffset();
    }

    /** The current location, to restore later. */
    long[] saveLoc() {
        return new long[] {u.lineno, u.colOffset, u.endLineno, u.endColOffset, u.posLineno};
    }

    void restoreLoc(long[] loc) {
        u.lineno = (int) loc[0];
        u.colOffset = (int) loc[1];
        u.endLineno = (int) loc[2];
        u.endColOffset = (int) loc[3];
        u.posLineno = (int) loc[4];
    }

    // ---- emission --------------------------------------------------------------------------

    BasicBlock newBlock() {
        return u.graph.newBlock();
    }

    /** CPython: {@code NEXT_BLOCK}. */
    void nextBlock() {
        u.graph.nextBlock();
    }

    /** CPython: {@code compiler_use_next_block}. */
    void useNextBlock(BasicBlock b) {
        u.graph.useNextBlock(b);
    }

    private void add(int opcode, int oparg, BasicBlock target, int lineno) {
        BasicBlock b = u.graph.current;
        Instr i = lineno > 0
                ? new Instr(opcode, oparg, target, lineno, u.endLineno, u.colOffset, u.endColOffset)
                : new Instr(opcode, oparg, target, lineno, -1, -1, -1);
        if (lineno > 0) {
            i.startLine = u.posLineno > 0 ? u.posLineno : lineno;
        }
        b.add(i);
        if (opcode == RETURN_VALUE) {
            b.hasReturn = true;
        }
    }

    /** CPython: {@code ADDOP}. */
    void addop(int opcode) {
        add(opcode, 0, null, u.lineno);
    }

    /** CPython: {@code ADDOP_NOLINE}. */
    void addopNoline(int opcode) {
        add(opcode, 0, null, -1);
    }

    /** CPython: {@code ADDOP_I}. */
    void addopI(int opcode, int oparg) {
        add(opcode, oparg, null, u.lineno);
    }

    /** CPython: {@code ADDOP_I_NOLINE}. */
    void addopINoline(int opcode, int oparg) {
        add(opcode, oparg, null, -1);
    }

    /** CPython: {@code ADDOP_JUMP}. */
    void addopJ(int opcode, BasicBlock target) {
        add(opcode, 0, target, u.lineno);
    }

    /** CPython: {@code ADDOP_JUMP_NOLINE}. */
    void addopJNoline(int opcode, BasicBlock target) {
        add(opcode, 0, target, -1);
    }

    /** CPython: {@code ADDOP_LOAD_CONST}. */
    void loadConst(Constant c) {
        addopI(LOAD_CONST, u.addConst(c));
    }

    /** CPython: {@code ADDOP_NAME}: the name mangled, in {@code co_names}. */
    void addopName(int opcode, String name) {
        String mangled = SymbolTable.mangle(u.privateName, name);
        addopI(opcode, CompilerUnit.addName(u.names, mangled));
    }

    /** CPython: {@code ADDOP_N}/{@code ADDOP_O} with {@code co_names}: the name as it is. */
    void addopNameRaw(int opcode, String name) {
        addopI(opcode, CompilerUnit.addName(u.names, name));
    }

    // ---- constants -------------------------------------------------------------------------

    static Constant toConstant(ConstantValue v) {
        if (v == ConstantValue.NONE) {
            return Constant.NONE;
        }
        if (v == ConstantValue.TRUE) {
            return Constant.TRUE;
        }
        if (v == ConstantValue.FALSE) {
            return Constant.FALSE;
        }
        if (v == ConstantValue.ELLIPSIS) {
            return Constant.ELLIPSIS;
        }
        if (v instanceof ConstantValue.IntValue i) {
            return Constant.Int.of(i.value());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return new Constant.Float(f.value());
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            return new Constant.Complex(c.real(), c.imag());
        }
        if (v instanceof ConstantValue.StrValue s) {
            return new Constant.Str(s.value());
        }
        if (v instanceof ConstantValue.BytesValue b) {
            return new Constant.Bytes(b.value());
        }
        throw new IllegalStateException("unknown constant " + v);
    }

    /** Whether {@code e} is a constant (CPython's {@code Constant_kind}, folded tuples included). */
    boolean isConstant(Expr e) {
        return e instanceof Expr.Constant || (folded != null && folded.containsKey(e));
    }

    /** The value of a constant expression. */
    Constant constantOf(Expr e) {
        if (e instanceof Expr.Constant c) {
            return toConstant(c.value());
        }
        return folded.get(e);
    }

    static Constant str(String s) {
        return new Constant.Str(s);
    }

    // ---- names -----------------------------------------------------------------------------

    /** CPython: {@code forbidden_name}; raises the SyntaxError. */
    void checkForbiddenName(String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error("cannot delete __debug__");
        }
    }

    /** CPython: {@code compiler_nameop}. */
    void nameop(String name, ExprContext ctx) {
        checkForbiddenName(name, ctx);
        String mangled = SymbolTable.mangle(u.privateName, name);
        SymbolScope scope = u.ste.scopeOf(mangled);
        boolean function = u.isFunctionBlock();
        LinkedHashMap<String, Integer> dict = u.names;
        int optype; // 0 fast, 1 global, 2 deref, 3 name
        optype = 3;
        switch (scope) {
            case FREE -> {
                dict = u.freevars;
                optype = 2;
            }
            case CELL -> {
                dict = u.cellvars;
                optype = 2;
            }
            case LOCAL -> {
                if (function) {
                    optype = 0;
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (function) {
                    optype = 1;
                }
            }
            case GLOBAL_EXPLICIT -> optype = 1;
            default -> {
            }
        }
        int op;
        switch (optype) {
            case 2 -> op = switch (ctx) {
                case Load -> u.ste.type() == ScopeType.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case Store -> STORE_DEREF;
                case Del -> DELETE_DEREF;
            };
            case 0 -> {
                op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    case Del -> DELETE_FAST;
                };
                addopI(op, CompilerUnit.addName(u.varnames, mangled));
                return;
            }
            case 1 -> op = switch (ctx) {
                case Load -> LOAD_GLOBAL;
                case Store -> STORE_GLOBAL;
                case Del -> DELETE_GLOBAL;
            };
            default -> op = switch (ctx) {
                case Load -> LOAD_NAME;
                case Store -> STORE_NAME;
                case Del -> DELETE_NAME;
            };
        }
        Integer arg = dict.get(mangled);
        if (arg == null) {
            arg = CompilerUnit.addName(dict, mangled);
        }
        addopI(op, arg);
    }

    /** CPython: {@code get_ref_type}. */
    SymbolScope refType(String name) {
        if (u.scopeType == CompilerUnit.SCOPE_CLASS && name.equals("__class__")) {
            return SymbolScope.CELL;
        }
        SymbolScope s = u.ste.scopeOf(name);
        if (s == SymbolScope.UNDEFINED) {
            throw new IllegalStateException("_PyST_GetScope(name='" + name + "') failed: unknown scope in unit "
                    + u.name);
        }
        return s;
    }

    /** CPython: {@code compiler_make_closure}. */
    void makeClosure(CodeUnit co, int flags, String qualname) {
        if (qualname == null) {
            qualname = co.co_name();
        }
        List<String> free = co.co_freevars();
        if (!free.isEmpty()) {
            for (String name : free) {
                SymbolScope reftype = refType(name);
                Integer arg = reftype == SymbolScope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') with reftype="
                            + reftype.code() + " failed in " + u.name + "; freevars of code " + co.co_name()
                            + ": " + free);
                }
                addopI(LOAD_CLOSURE, arg);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            addopI(BUILD_TUPLE, free.size());
        }
        loadConst(new Constant.Code(co));
        loadConst(str(qualname));
        addopI(MAKE_FUNCTION, flags);
    }

    // ---- frame blocks ----------------------------------------------------------------------

    void pushFBlock(FBlock.Type t, BasicBlock b, BasicBlock exit, Object datum) {
        if (u.fblocks.size() >= CO_MAXBLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.add(new FBlock(t, b, exit, datum));
    }

    void popFBlock(FBlock.Type t, BasicBlock b) {
        FBlock f = u.fblocks.remove(u.fblocks.size() - 1);
        assert f.type() == t && f.block() == b;
    }

    /** CPython: {@code compiler_call_exit_with_nones}. */
    void callExitWithNones() {
        loadConst(Constant.NONE);
        addop(DUP_TOP);
        addop(DUP_TOP);
        addopI(CALL_FUNCTION, 3);
    }

    /** CPython: {@code compiler_unwind_fblock}. */
    @SuppressWarnings("unchecked")
    void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
            }
            case EXCEPTION_GROUP_HANDLER -> throw error(
                    "'break', 'continue' and 'return' cannot appear in an except* block");
            case FOR_LOOP -> {
                if (preserveTos) {
                    addop(ROT_TWO);
                }
                addop(POP_TOP);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK);
            case FINALLY_TRY -> {
                addop(POP_BLOCK);
                if (preserveTos) {
                    pushFBlock(FBlock.Type.POP_VALUE, null, null, null);
                }
                for (Stmt s : (List<Stmt>) info.datum()) {
                    visitStmt(s);
                }
                if (preserveTos) {
                    popFBlock(FBlock.Type.POP_VALUE, null);
                }
                u.lineno = -1;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addop(ROT_FOUR);
                }
                addop(POP_TOP);
                addop(POP_TOP);
                addop(POP_TOP);
                if (preserveTos) {
                    addop(ROT_FOUR);
                }
                addop(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((Stmt) info.datum());
                addop(POP_BLOCK);
                if (preserveTos) {
                    addop(ROT_TWO);
                }
                callExitWithNones();
                if (info.type() == FBlock.Type.ASYNC_WITH) {
                    addop(GET_AWAITABLE);
                    loadConst(Constant.NONE);
                    addop(YIELD_FROM);
                }
                addop(POP_TOP);
                u.lineno = -1;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addop(POP_BLOCK);
                }
                if (preserveTos) {
                    addop(ROT_FOUR);
                }
                addop(POP_EXCEPT);
                if (info.datum() != null) {
                    loadConst(Constant.NONE);
                    nameop((String) info.datum(), ExprContext.Store);
                    nameop((String) info.datum(), ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addop(ROT_TWO);
                }
                addop(POP_TOP);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * CPython: {@code compiler_unwind_fblock_stack}. Unwinds up to the innermost loop when
     * {@code stopAtLoop}, returning it (or null if there is none).
     */
    FBlock unwindFBlockStack(boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (stopAtLoop && (top.type() == FBlock.Type.WHILE_LOOP || top.type() == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        FBlock loop;
        try {
            unwindFBlock(top, preserveTos);
            loop = unwindFBlockStack(preserveTos, stopAtLoop);
        } finally {
            u.fblocks.add(top);
        }
        return loop;
    }

    // ---- errors and warnings ---------------------------------------------------------------

    /** CPython: {@code compiler_error}: a SyntaxError at the current location. */
    PythonSyntaxError error(String msg) {
        return errorAt(msg, u.lineno, u.colOffset, u.endLineno, u.endColOffset);
    }

    PythonSyntaxError errorAt(String msg, int lineno, int col, int endLineno, int endCol) {
        String text = null;
        if (source != null && !filename.startsWith("<") && lineno >= 1 && lineno <= source.lineCount()) {
            text = source.line(lineno);
        }
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, col + 1,
                endLineno, endCol + 1, text);
    }

    /** CPython: {@code compiler_warn}: a SyntaxWarning, or a SyntaxError if warnings are errors. */
    void warn(String msg) {
        if (warnings != null && !warnings.warn(msg, filename, u.lineno)) {
            throw error(msg);
        }
    }

    // ---- assembly --------------------------------------------------------------------------

    /** CPython: {@code compute_code_flags}. */
    int computeCodeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        boolean generator = ste.isGenerator();
        boolean coroutine = u.coroutine;
        if (ste.type() == ScopeType.FUNCTION) {
            flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
            if (ste.isNested()) {
                flags |= CodeFlags.CO_NESTED;
            }
            if (generator && !coroutine) {
                flags |= CodeFlags.CO_GENERATOR;
            }
            if (!generator && coroutine) {
                flags |= CodeFlags.CO_COROUTINE;
            }
            if (generator && coroutine) {
                flags |= CodeFlags.CO_ASYNC_GENERATOR;
            }
            if (ste.hasVarargs()) {
                flags |= CodeFlags.CO_VARARGS;
            }
            if (ste.hasVarkeywords()) {
                flags |= CodeFlags.CO_VARKEYWORDS;
            }
        }
        flags |= cfFlags & PYCF_MASK;
        if (isTopLevelAwait() && coroutine && !generator) {
            flags |= CodeFlags.CO_COROUTINE;
        }
        return flags;
    }

    /** CPython: {@code assemble} and {@code makecode}: the finished unit as a code object. */
    CodeUnit assemble(boolean addNone) {
        if (!u.graph.current.hasReturn) {
            u.lineno = -1;
            if (addNone) {
                loadConst(Constant.NONE);
            }
            addop(RETURN_VALUE);
        }
        int flags = computeCodeFlags();
        List<Constant> consts = new ArrayList<>(u.consts);
        CodeAssembler.Result r = CodeAssembler.assemble(u.graph, consts, u.firstlineno, flags);
        List<String> cellvars = new ArrayList<>(u.cellvars.keySet());
        List<String> freevars = new ArrayList<>(u.freevars.keySet());
        if (cellvars.isEmpty() && freevars.isEmpty()) {
            flags |= CodeFlags.CO_NOFREE;
        }
        return CodeUnit.builder()
                .argcount(u.posonlyargcount + u.argcount)
                .posonlyargcount(u.posonlyargcount)
                .kwonlyargcount(u.kwonlyargcount)
                .nlocals(u.varnames.size())
                .stacksize(r.stacksize())
                .flags(flags)
                .firstlineno(r.firstlineno())
                .code(r.code())
                .consts(consts)
                .names(new ArrayList<>(u.names.keySet()))
                .varnames(new ArrayList<>(u.varnames.keySet()))
                .freevars(freevars)
                .cellvars(cellvars)
                .filename(filename)
                .name(u.name)
                .qualname(u.qualname)
                .lineTable(r.lineTable())
                .positions(r.positions())
                .build();
    }

    static <K, V> Map<K, V> identityMap() {
        return new IdentityHashMap<>();
    }
}
