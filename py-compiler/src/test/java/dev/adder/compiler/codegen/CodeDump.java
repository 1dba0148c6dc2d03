package dev.adder.compiler.codegen;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.LineTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes code objects in the text form make_expected.py writes for CPython's: one block per
 * code object, depth first, with the counts, flags, stack size, first line, {@code co_code} in
 * hex, constants (nested code as {@code <code NAME>}, frozenset items sorted), names,
 * variables and the merged {@code co_lines()} ranges.
 */
public final class CodeDump {
    private CodeDump() {
    }

    /** The dump of {@code co} and every code object nested in it. */
    public static List<String> dump(CodeUnit co) {
        List<String> out = new ArrayList<>();
        dump(co, "", out);
        return out;
    }

    static String crepr(Constant c) {
        if (c instanceof Constant.Code code) {
            return "<code " + code.code().co_name() + ">";
        }
        if (c instanceof Constant.Tuple t) {
            List<String> items = t.items().stream().map(CodeDump::crepr).collect(Collectors.toList());
            return "(" + String.join(", ", items) + (items.size() == 1 ? "," : "") + ")";
        }
        if (c instanceof Constant.FrozenSet f) {
            List<String> items = f.items().stream().map(CodeDump::crepr).sorted().collect(Collectors.toList());
            return "frozenset({" + String.join(", ", items) + "})";
        }
        return c.repr();
    }

    static String lines(CodeUnit co) {
        List<int[]> out = new ArrayList<>();
        for (LineTable.LineRange r : co.co_lines()) {
            int l = r.line();
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last[2] == l && last[1] == r.start()) {
                last[1] = r.end();
            } else {
                out.add(new int[] {r.start(), r.end(), l});
            }
        }
        return out.stream().map(x -> x[0] + "-" + x[1] + ":" + x[2]).collect(Collectors.joining(" "));
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.toString();
    }

    private static void dump(CodeUnit co, String path, List<String> out) {
        String q = path + "/" + co.co_name();
        out.add("CODE " + q);
        out.add(" args " + co.co_argcount() + " " + co.co_posonlyargcount() + " " + co.co_kwonlyargcount()
                + " nlocals " + co.co_nlocals() + " stack " + co.co_stacksize() + " flags " + co.co_flags()
                + " first " + co.co_firstlineno());
        out.add(" code " + hex(co.co_code()));
        out.add(" consts " + co.co_consts().stream().map(CodeDump::crepr).collect(Collectors.joining(" | ")));
        out.add(" names " + String.join(" ", co.co_names()));
        out.add(" varnames " + String.join(" ", co.co_varnames()));
        out.add(" freevars " + String.join(" ", co.co_freevars()));
        out.add(" cellvars " + String.join(" ", co.co_cellvars()));
        out.add(" lines " + lines(co));
        for (Constant c : co.co_consts()) {
            if (c instanceof Constant.Code n) {
                dump(n.code(), q, out);
            }
        }
    }
}
