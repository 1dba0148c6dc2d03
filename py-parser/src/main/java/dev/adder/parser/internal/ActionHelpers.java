package dev.adder.parser.internal;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.CmpOp;
import dev.adder.ast.Comprehension;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Pattern;
import dev.adder.ast.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The helpers that the grammar's actions call to build nodes, and the intermediate values that
 * rules pass to each other.
 *
 * <p>CPython: Parser/action_helpers.c and the helper structs of Parser/pegen.h.
 */
final class ActionHelpers {
    private ActionHelpers() {}

    /** CPython: CmpopExprPair. */
    record CmpopExprPair(CmpOp cmpop, Expr expr) {}

    /** CPython: KeyValuePair (key is null for a {@code **} item). */
    record KeyValuePair(Expr key, Expr value) {}

    /** CPython: KeyPatternPair. */
    record KeyPatternPair(Expr key, Pattern pattern) {}

    /** CPython: NameDefaultPair (value is null when the parameter has no default). */
    record NameDefaultPair(Arg arg, Expr value) {}

    /** CPython: SlashWithDefault. */
    record SlashWithDefault(List<Arg> plainNames, List<NameDefaultPair> namesWithDefaults) {}

    /** CPython: StarEtc. */
    record StarEtc(Arg vararg, List<NameDefaultPair> kwonlyargs, Arg kwarg) {}

    /** CPython: KeywordOrStarred (element is a Keyword or a Starred expression). */
    record KeywordOrStarred(Object element, boolean isKeyword) {}

    /**
     * The arguments of a call before the callee is known. CPython builds a Call with a dummy name
     * ({@code _PyPegen_dummy_name}); only args, keywords and the position are used.
     */
    record CallArgs(List<Expr> args, List<Keyword> keywords, Position pos) {}

    /** The targets that RAISE_SYNTAX_ERROR_INVALID_TARGET checks. CPython: TARGETS_TYPE. */
    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** CPython: _PyPegen_set_expr_context. */
    static Expr setExprContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.pos());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(setSeqContext(t.elts(), ctx), ctx, t.pos());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(setSeqContext(l.elts(), ctx), ctx, l.pos());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(setExprContext(s.value(), ctx), ctx, s.pos());
        }
        return e;
    }

    private static List<Expr> setSeqContext(List<Expr> seq, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(seq.size());
        for (Expr e : seq) {
            out.add(setExprContext(e, ctx));
        }
        return out;
    }

    /** CPython: _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v == ConstantValue.NONE) {
                return "None";
            }
            if (v == ConstantValue.FALSE) {
                return "False";
            }
            if (v == ConstantValue.TRUE) {
                return "True";
            }
            if (v == ConstantValue.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** CPython: _PyPegen_get_invalid_target. */
    static Expr invalidTarget(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.List l) {
            for (Expr x : l.elts()) {
                Expr child = invalidTarget(x, type);
                if (child != null) {
                    return child;
                }
            }
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                Expr child = invalidTarget(x, type);
                if (child != null) {
                    return child;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred s) {
            if (type == TargetsType.DEL_TARGETS) {
                return e;
            }
            return invalidTarget(s.value(), type);
        }
        if (e instanceof Expr.Compare c) {
            if (type == TargetsType.FOR_TARGETS) {
                if (c.ops().get(0) == CmpOp.In) {
                    return invalidTarget(c.left(), type);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** CPython: _PyPegen_check_legacy_stmt. */
    static boolean isLegacyStmt(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** CPython: _PyPegen_get_last_comprehension_item. */
    static Expr lastComprehensionItem(Comprehension c) {
        if (c.ifs().isEmpty()) {
            return c.iter();
        }
        return c.ifs().get(c.ifs().size() - 1);
    }

    private static List<Arg> names(List<NameDefaultPair> pairs) {
        List<Arg> out = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            out.add(p.arg());
        }
        return out;
    }

    private static List<Expr> defaults(List<NameDefaultPair> pairs) {
        List<Expr> out = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            out.add(p.value());
        }
        return out;
    }

    /** CPython: _PyPegen_make_arguments. */
    static Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                   List<Arg> plainNames, List<NameDefaultPair> namesWithDefault,
                                   StarEtc starEtc) {
        List<Arg> posonlyargs;
        if (slashWithoutDefault != null) {
            posonlyargs = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonlyargs = new ArrayList<>(slashWithDefault.plainNames());
            posonlyargs.addAll(names(slashWithDefault.namesWithDefaults()));
        } else {
            posonlyargs = List.of();
        }

        List<Arg> posargs;
        if (namesWithDefault != null) {
            if (plainNames != null) {
                posargs = new ArrayList<>(plainNames);
                posargs.addAll(names(namesWithDefault));
            } else {
                posargs = names(namesWithDefault);
            }
        } else {
            posargs = plainNames != null ? plainNames : List.of();
        }

        List<Expr> posdefaults;
        if (slashWithDefault != null && namesWithDefault != null) {
            posdefaults = defaults(slashWithDefault.namesWithDefaults());
            posdefaults.addAll(defaults(namesWithDefault));
        } else if (slashWithDefault == null && namesWithDefault != null) {
            posdefaults = defaults(namesWithDefault);
        } else if (slashWithDefault != null) {
            posdefaults = defaults(slashWithDefault.namesWithDefaults());
        } else {
            posdefaults = List.of();
        }

        Arg vararg = starEtc != null ? starEtc.vararg() : null;
        List<Arg> kwonlyargs;
        List<Expr> kwdefaults;
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            kwonlyargs = names(starEtc.kwonlyargs());
            kwdefaults = defaults(starEtc.kwonlyargs());
        } else {
            kwonlyargs = List.of();
            kwdefaults = List.of();
        }
        Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new Arguments(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg, posdefaults);
    }

    /** CPython: _PyPegen_empty_arguments. */
    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** CPython: _PyPegen_seq_extract_starred_exprs (empty instead of NULL). */
    static List<Expr> starredExprs(List<KeywordOrStarred> kwargs) {
        List<Expr> out = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) {
            if (!k.isKeyword()) {
                out.add((Expr) k.element());
            }
        }
        return out;
    }

    /** CPython: _PyPegen_seq_delete_starred_exprs (empty instead of NULL). */
    static List<Keyword> keywords(List<KeywordOrStarred> kwargs) {
        List<Keyword> out = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) {
            if (k.isKeyword()) {
                out.add((Keyword) k.element());
            }
        }
        return out;
    }

    /** CPython: _PyPegen_collect_call_seqs. */
    static CallArgs collectCallSeqs(List<Expr> a, List<KeywordOrStarred> b, Position pos) {
        if (b == null) {
            return new CallArgs(a, List.of(), pos);
        }
        List<Expr> args = new ArrayList<>(a);
        args.addAll(starredExprs(b));
        return new CallArgs(args, keywords(b), pos);
    }
}
