package dev.adder.compiler.internal.codegen;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.ast.CmpOp;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.BasicBlock;
import dev.adder.compiler.internal.opt.PyValues;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.source.SourceText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Code generation for {@code match} (PEP 634). Every pattern routine consumes the subject on
 * top of the stack and jumps to a failure block on no match; names captured are kept on the
 * stack, under the items still in use, until the whole pattern has matched.
 *
 * <p>CPython: {@code compiler_match} and the {@code compiler_pattern_*} and
 * {@code pattern_helper_*} functions in Python/compile.c (3.10).
 */
abstract class PatternCodegen extends StmtCodegen {

    PatternCodegen(String filename, SourceText source, SymbolTable table, int cfFlags, int optimize,
            IdentityHashMap<Expr, Constant> folded, Warnings warnings) {
        super(filename, source, table, cfFlags, optimize, folded, warnings);
    }

    /** CPython: {@code pattern_context}. */
    static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<BasicBlock> failPop = new ArrayList<>();
        int onTop;

        PatternContext copy() {
            PatternContext c = new PatternContext();
            c.stores = stores;
            c.allowIrrefutable = allowIrrefutable;
            c.failPop = failPop;
            c.onTop = onTop;
            return c;
        }
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    static boolean isWildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar st && st.name() == null;
    }

    /** CPython: {@code ensure_fail_pop}. */
    void ensureFailPop(PatternContext pc, int n) {
        int size = n + 1;
        while (pc.failPop.size() < size) {
            pc.failPop.add(newBlock());
        }
    }

    /** CPython: {@code jump_to_fail_pop}. */
    void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJ(op, pc.failPop.get(pops));
        nextBlock();
    }

    /** CPython: {@code emit_and_reset_fail_pop}. */
    void emitAndResetFailPop(PatternContext pc) {
        if (pc.failPop.isEmpty()) {
            nextBlock();
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            useNextBlock(pc.failPop.get(i));
            addop(POP_TOP);
        }
        useNextBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    /** CPython: {@code pattern_helper_store_name}. */
    void storeName(String n, PatternContext pc) {
        if (n == null) {
            addop(POP_TOP);
            return;
        }
        checkForbiddenName(n, ExprContext.Store);
        if (pc.stores.contains(n)) {
            throw error("multiple assignments to name '" + n + "' in pattern");
        }
        addopI(ROT_N, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    /** CPython: {@code pattern_unpack_helper}. */
    void patternUnpackHelper(List<Pattern> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Pattern elt = elts.get(i);
            if (elt instanceof Pattern.MatchStar && !seenStar) {
                if (i >= (1 << 8) || (long) n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking sequence pattern");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Pattern.MatchStar) {
                throw error("multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n);
        }
    }

    /** CPython: {@code pattern_helper_sequence_unpack}. */
    void sequenceUnpack(List<Pattern> patterns, PatternContext pc) {
        patternUnpackHelper(patterns);
        int size = patterns.size();
        pc.onTop += size;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    /** CPython: {@code pattern_helper_sequence_subscr}. */
    void sequenceSubscr(List<Pattern> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (isWildcard(p) || i == star) {
                continue;
            }
            addop(DUP_TOP);
            if (i < star) {
                loadConst(Constant.Int.of(i));
            } else {
                addop(GET_LEN);
                loadConst(Constant.Int.of(size - i));
                addop(BINARY_SUBTRACT);
            }
            addop(BINARY_SUBSCR);
            subpattern(p, pc);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    /** CPython: {@code compiler_pattern_subpattern}. */
    void subpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    /** CPython: {@code compiler_pattern}. */
    void pattern(Pattern p, PatternContext pc) {
        setLoc(p);
        if (p instanceof Pattern.MatchValue v) {
            patternValue(v, pc);
        } else if (p instanceof Pattern.MatchSingleton s) {
            loadConst(toConstant(s.value()));
            addCompare(CmpOp.Is);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            patternSequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping m) {
            patternMapping(m, pc);
        } else if (p instanceof Pattern.MatchClass c) {
            patternClass(c, pc);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(s.name(), pc);
        } else if (p instanceof Pattern.MatchAs a) {
            patternAs(a, pc);
        } else if (p instanceof Pattern.MatchOr o) {
            patternOr(o, pc);
        } else {
            throw error("invalid match pattern node in AST");
        }
    }

    void patternValue(Pattern.MatchValue p, PatternContext pc) {
        Expr value = p.value();
        if (!(isConstant(value) || value instanceof Expr.Attribute)) {
            throw error("patterns may only match literals and attribute lookups");
        }
        visitExpr(value);
        addCompare(CmpOp.Eq);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }

    /** CPython: {@code compiler_pattern_as}. */
    void patternAs(Pattern.MatchAs p, PatternContext pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (p.name() != null) {
                    throw error("name capture '" + p.name() + "' makes remaining patterns unreachable");
                }
                throw error("wildcard makes remaining patterns unreachable");
            }
            storeName(p.name(), pc);
            return;
        }
        pc.onTop++;
        addop(DUP_TOP);
        pattern(p.pattern(), pc);
        pc.onTop--;
        storeName(p.name(), pc);
    }

    /** CPython: {@code compiler_pattern_class}. */
    void patternClass(Pattern.MatchClass p, PatternContext pc) {
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = kwdAttrs.get(i);
                setLoc(kwdPatterns.get(i));
                checkForbiddenName(attr, ExprContext.Store);
                for (int j = i + 1; j < nattrs; j++) {
                    if (kwdAttrs.get(j).equals(attr)) {
                        setLoc(kwdPatterns.get(j));
                        throw error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            setLoc(p);
        }
        visitExpr(p.cls());
        List<Constant> names = new ArrayList<>(nattrs);
        for (String a : kwdAttrs) {
            names.add(str(a));
        }
        loadConst(new Constant.Tuple(names));
        addopI(MATCH_CLASS, nargs);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        for (int i = 0; i < nargs + nattrs; i++) {
            Pattern sub = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(sub)) {
                continue;
            }
            addop(DUP_TOP);
            loadConst(Constant.Int.of(i));
            addop(BINARY_SUBSCR);
            subpattern(sub, pc);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    /** CPython: {@code compiler_pattern_mapping}. */
    void patternMapping(Pattern.MatchMapping p, PatternContext pc) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        if (size != patterns.size()) {
            throw error("keys (" + size + ") / patterns (" + patterns.size() + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest();
        pc.onTop++;
        addop(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            addop(POP_TOP);
            return;
        }
        if (size > 0) {
            addop(GET_LEN);
            loadConst(Constant.Int.of(size));
            addCompare(CmpOp.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        List<Constant> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null) {
                setLoc(patterns.get(i));
                throw error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (isConstant(key)) {
                Constant v = constantOf(key);
                for (Constant s : seen) {
                    if (PyValues.pythonEquals(s, v)) {
                        throw error("mapping pattern checks duplicate key (" + v.repr() + ")");
                    }
                }
                seen.add(v);
            } else if (!(key instanceof Expr.Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        addopI(BUILD_TUPLE, size);
        addop(MATCH_KEYS);
        pc.onTop += 2;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (isWildcard(sub)) {
                continue;
            }
            addop(DUP_TOP);
            loadConst(Constant.Int.of(i));
            addop(BINARY_SUBSCR);
            subpattern(sub, pc);
        }
        pc.onTop -= 2;
        addop(POP_TOP);
        if (starTarget != null) {
            addop(COPY_DICT_WITHOUT_KEYS);
            storeName(starTarget, pc);
        } else {
            addop(POP_TOP);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    /** CPython: {@code compiler_pattern_or}. */
    void patternOr(Pattern.MatchOr p, PatternContext pc) {
        BasicBlock end = newBlock();
        int size = p.patterns().size();
        PatternContext old = pc.copy();
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = (i == size - 1) && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addop(DUP_TOP);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw error("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            addopI(ROT_N, icontrol + 1);
                        }
                    }
                }
            }
            addopJ(JUMP_FORWARD, end);
            nextBlock();
            emitAndResetFailPop(pc);
        }
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        pc.failPop = old.failPop;
        pc.onTop = old.onTop;
        addop(POP_TOP);
        jumpToFailPop(pc, JUMP_FORWARD);
        useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            addopI(ROT_N, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw error("multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        addop(POP_TOP);
    }

    /** CPython: {@code compiler_pattern_sequence}. */
    void patternSequence(Pattern.MatchSequence p, PatternContext pc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (sub instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = isWildcardStar(sub);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(sub);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(GET_LEN);
            loadConst(Constant.Int.of(size));
            addCompare(CmpOp.Eq);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(GET_LEN);
            loadConst(Constant.Int.of(size - 1));
            addCompare(CmpOp.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addop(POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, pc);
        }
    }

    /** CPython: {@code compiler_match_inner}. */
    @Override
    public Void visitMatch(Stmt.Match s) {
        PatternContext pc = new PatternContext();
        visitExpr(s.subject());
        BasicBlock end = newBlock();
        int cases = s.cases().size();
        MatchCase m = s.cases().get(cases - 1);
        int hasDefault = isWildcard(m.pattern()) && cases > 1 ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases().get(i);
            setLoc(m.pattern());
            if (i != cases - hasDefault - 1) {
                addop(DUP_TOP);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                nameop(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != cases - hasDefault - 1) {
                addop(POP_TOP);
            }
            visitStmts(m.body());
            addopJ(JUMP_FORWARD, end);
            setLoc(m.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault == 1) {
            m = s.cases().get(cases - 1);
            setLoc(m.pattern());
            if (cases == 1) {
                addop(POP_TOP);
            } else {
                addop(NOP);
            }
            if (m.guard() != null) {
                jumpIf(m.guard(), end, false);
            }
            visitStmts(m.body());
        }
        useNextBlock(end);
        return null;
    }
}
