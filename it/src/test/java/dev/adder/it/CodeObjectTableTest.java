package dev.adder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.Compilers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of functions.py (281 functions, 407 code objects with their lambdas, comprehensions
 * and classes, written by make_functions.py): {@code co_argcount}, {@code co_posonlyargcount},
 * {@code co_kwonlyargcount}, {@code co_varnames}, {@code co_freevars}, {@code co_cellvars},
 * {@code co_names} and the {@code CO_*} flags equal CPython 3.11's, recorded in
 * functions-expected.txt by {@code python3 make_functions.py}. 3.11 dropped {@code CO_NOFREE},
 * which 3.10's code objects (and Adder's) carry exactly when there is no cell and no free
 * variable; the flags are compared without it and that rule is checked.
 */
class CodeObjectTableTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = CodeObjectTableTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void walk(CodeUnit co, String path, List<String> out) {
        String q = path + "/" + co.co_name();
        boolean noFree = co.co_cellvars().isEmpty() && co.co_freevars().isEmpty();
        assertEquals(noFree, (co.co_flags() & CodeFlags.CO_NOFREE) != 0, q + ": CO_NOFREE");
        out.add(String.join("\t", q, Integer.toString(co.co_argcount()), Integer.toString(co.co_posonlyargcount()),
                Integer.toString(co.co_kwonlyargcount()), String.join(" ", co.co_varnames()),
                String.join(" ", co.co_freevars()), String.join(" ", co.co_cellvars()),
                String.join(" ", co.co_names()), Integer.toString(co.co_flags() & ~CodeFlags.CO_NOFREE)));
        for (Constant c : co.co_consts()) {
            if (c instanceof Constant.Code n) {
                walk(n.code(), q, out);
            }
        }
    }

    @Test
    void attributesMatchCPython311() throws IOException {
        CodeUnit co = Compilers.compile(resource("functions.py"), "functions.py", "exec");
        Verifier.verify(co);
        List<String> got = new ArrayList<>();
        walk(co, "", got);
        List<String> want = List.of(resource("functions-expected.txt").split("\n"));
        assertTrue(want.size() >= 400, "table size");
        long functions = want.stream().filter(l -> l.split("\t")[0].matches("/<module>/a?f_\\d+_\\d+")).count();
        assertTrue(functions >= 200, "at least 200 functions, got " + functions);
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i), got.get(i));
        }
    }
}
