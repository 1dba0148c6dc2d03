package dev.adder.compiler.symtable;

import dev.adder.compiler.internal.symtable.Names;
import dev.adder.source.PythonSyntaxError;

import java.util.ArrayList;
import java.util.List;

/** Adder's symbol table in the line format of symtable_oracle.py's {@code dump()}. */
final class SymtableDump {
    private SymtableDump() {
    }

    static List<String> dump(Scope top) {
        List<String> out = new ArrayList<>();
        dump(top, 0, out);
        return out;
    }

    static String error(PythonSyntaxError e) {
        return "E " + Json.quote(e.kind().pythonName()) + " " + e.lineno() + " " + e.offset() + " " + e.endLineno()
                + " " + e.endOffset() + " " + Json.quote(e.msg());
    }

    private static int b(boolean v) {
        return v ? 1 : 0;
    }

    private static void dump(Scope t, int depth, List<String> out) {
        out.add("S " + depth + " " + t.type().pythonName() + " " + Json.quote(t.name()) + " " + t.lineno() + " "
                + b(t.isOptimized()) + " " + b(t.isNested()) + " " + b(t.hasChildren()));
        if (t.type() == ScopeType.FUNCTION) {
            List<String> frees = new ArrayList<>(t.frees());
            frees.sort(Names.CODE_POINT_ORDER);
            out.add("L " + Json.list(t.parameters()) + " " + Json.list(t.locals()) + " " + Json.list(t.globals())
                    + " " + Json.list(t.nonlocals()) + " " + Json.list(frees));
        } else if (t.type() == ScopeType.CLASS) {
            out.add("M " + Json.list(t.methods()));
        }
        List<Symbol> symbols = t.symbols();
        int pureFree = SymbolScope.FREE.code() << Symbol.SCOPE_OFFSET;
        int k = symbols.size();
        while (k > 0 && symbols.get(k - 1).flags() == pureFree) {
            k--;
        }
        List<Symbol> tail = new ArrayList<>(symbols.subList(k, symbols.size()));
        tail.sort((x, y) -> Names.compare(x.name(), y.name()));
        List<Symbol> ordered = new ArrayList<>(symbols.subList(0, k));
        ordered.addAll(tail);
        for (Symbol s : ordered) {
            StringBuilder a = new StringBuilder();
            for (boolean v : new boolean[] {s.isReferenced(), s.isImported(), s.isParameter(), s.isGlobal(),
                    s.isDeclaredGlobal(), s.isLocal(), s.isAnnotated(), s.isFree(), s.isAssigned(), s.isNonlocal(),
                    s.isNamespace()}) {
                a.append(v ? '1' : '0');
            }
            out.add("Y " + Json.quote(s.name()) + " " + s.flags() + " " + a);
        }
        for (Scope c : t.children()) {
            dump(c, depth + 1, out);
        }
    }

    /** The scopes in the dump's pre-order. */
    static List<Scope> preorder(Scope top) {
        List<Scope> out = new ArrayList<>();
        preorder(top, out);
        return out;
    }

    private static void preorder(Scope t, List<Scope> out) {
        out.add(t);
        for (Scope c : t.children()) {
            preorder(c, out);
        }
    }
}
