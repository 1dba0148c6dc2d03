package dev.adder.compiler.internal.codegen;

import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.ConstKey;
import dev.adder.compiler.internal.cfg.FlowGraph;
import dev.adder.compiler.symtable.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The state of one code object being compiled: its scope, names, constants, blocks, frame block
 * stack and current source location.
 *
 * <p>CPython: {@code struct compiler_unit} in Python/compile.c (3.10).
 */
final class CompilerUnit {
    static final int SCOPE_MODULE = 0;
    static final int SCOPE_CLASS = 1;
    static final int SCOPE_FUNCTION = 2;
    static final int SCOPE_ASYNC_FUNCTION = 3;
    static final int SCOPE_LAMBDA = 4;
    static final int SCOPE_COMPREHENSION = 5;

    final Scope ste;
    final String name;
    String qualname;
    final int scopeType;
    /** The symbol table's coroutine flag, which the code generator may set (top-level await). */
    boolean coroutine;

    private final HashMap<ConstKey, Integer> constIndex = new HashMap<>();
    final List<Constant> consts = new ArrayList<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> cellvars = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> freevars = new LinkedHashMap<>();

    String privateName;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;

    final FlowGraph graph = new FlowGraph();
    final ArrayList<FBlock> fblocks = new ArrayList<>();

    int firstlineno;
    int lineno;
    /** The start line of the current node, for positions; {@link #lineno} may be changed for the line table. */
    int posLineno;
    int colOffset;
    int endLineno;
    int endColOffset;

    CompilerUnit(Scope ste, String name, int scopeType, int firstlineno) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstlineno = firstlineno;
        this.coroutine = ste.isCoroutine();
        for (String v : ste.varnames()) {
            varnames.putIfAbsent(v, varnames.size());
        }
        for (String v : ste.cellvars()) {
            cellvars.put(v, cellvars.size());
        }
        int offset = cellvars.size();
        for (String v : ste.freevars()) {
            freevars.put(v, offset + freevars.size());
        }
    }

    /** The index of {@code c} in the constants, adding it if new. CPython: {@code compiler_add_const}. */
    int addConst(Constant c) {
        ConstKey k = new ConstKey(c);
        Integer i = constIndex.get(k);
        if (i != null) {
            return i;
        }
        int n = consts.size();
        constIndex.put(k, n);
        consts.add(c);
        return n;
    }

    /** The index of {@code name} in {@code dict}, adding it if new. CPython: {@code compiler_add_o}. */
    static int addName(LinkedHashMap<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) {
            return i;
        }
        int n = dict.size();
        dict.put(name, n);
        return n;
    }

    boolean isFunctionBlock() {
        return ste.type() == dev.adder.compiler.symtable.ScopeType.FUNCTION;
    }
}
