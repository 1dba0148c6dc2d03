package dev.adder.bytecode;

import java.util.List;

/** Code units built by hand as CPython 3.10 compiles the seed article's examples. */
final class Examples {
    private Examples() {
    }

    static final int FUNCTION_FLAGS = CodeFlags.CO_OPTIMIZED | CodeFlags.CO_NEWLOCALS | CodeFlags.CO_NOFREE;

    /**
     * {@code def g(x): return x + 3} on line 2 of {@code <dis>}: co_code [124, 0, 100, 1, 23, 0,
     * 83, 0], co_consts (None, 3) (the seed article; 3.10 keeps None as the docstring slot).
     */
    static CodeUnit g() {
        return CodeUnit.builder()
                .argcount(1).nlocals(1).stacksize(2).flags(FUNCTION_FLAGS).firstlineno(2)
                .code(124, 0, 100, 1, 23, 0, 83, 0)
                .consts(Constant.NONE, Constant.Int.of(3))
                .varnames("x")
                .filename("<dis>").name("g")
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 8, 2))))
                .build();
    }

    /** {@code def f(x): return x + 1}, on line 1. */
    static CodeUnit f() {
        return CodeUnit.builder()
                .argcount(1).nlocals(1).stacksize(2).flags(FUNCTION_FLAGS).firstlineno(1)
                .code(124, 0, 100, 1, 23, 0, 83, 0)
                .consts(Constant.NONE, Constant.Int.of(1))
                .varnames("x")
                .filename("<dis>").name("f")
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 8, 1))))
                .build();
    }

    /** The module {@code def f(x): return x + 1} / blank line / {@code print(f(1))}, as 3.10 compiles it. */
    static CodeUnit module() {
        return CodeUnit.builder()
                .stacksize(3).flags(CodeFlags.CO_NOFREE).firstlineno(1)
                .code(100, 0, 100, 1, 132, 0, 90, 0,
                        101, 1, 101, 0, 100, 2, 131, 1, 131, 1, 1, 0, 100, 3, 83, 0)
                .consts(new Constant.Code(f()), new Constant.Str("f"), Constant.Int.of(1), Constant.NONE)
                .names("f", "print")
                .filename("<dis>").name("<module>")
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 8, 1), new LineTable.LineRange(8, 24, 3))))
                .build();
    }

    /** {@code for i in x: pass} at module level, as 3.10 compiles it. */
    static CodeUnit loop() {
        return CodeUnit.builder()
                .stacksize(2).flags(CodeFlags.CO_NOFREE).firstlineno(1)
                .code(101, 0, 68, 0, 93, 2, 90, 1, 113, 2, 100, 0, 83, 0)
                .consts(Constant.NONE)
                .names("x", "i")
                .filename("<dis>").name("<module>")
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 14, 1))))
                .build();
    }
}
