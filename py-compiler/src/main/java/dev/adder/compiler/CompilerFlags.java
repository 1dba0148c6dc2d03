package dev.adder.compiler;

import dev.adder.bytecode.CodeFlags;

/**
 * The flags of Python's {@code compile()}: the {@code __future__} features a caller may pass (the
 * {@code CO_FUTURE_*} bits, as {@code __future__.annotations.compiler_flag} gives them) and the
 * {@code PyCF_*} bits that change how source is compiled.
 *
 * <p>CPython: Include/cpython/compile.h ({@code PyCF_*}), Include/cpython/code.h
 * ({@code CO_FUTURE_*}), and the flag check of {@code builtin_compile_impl} in
 * Python/bltinmodule.c.
 */
public final class CompilerFlags {
    private CompilerFlags() {
    }

    /** {@code from __future__ import division} (accepted, no effect). */
    public static final int CO_FUTURE_DIVISION = CodeFlags.CO_FUTURE_DIVISION;
    /** {@code from __future__ import absolute_import} (accepted, no effect). */
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = CodeFlags.CO_FUTURE_ABSOLUTE_IMPORT;
    /** {@code from __future__ import with_statement} (accepted, no effect). */
    public static final int CO_FUTURE_WITH_STATEMENT = CodeFlags.CO_FUTURE_WITH_STATEMENT;
    /** {@code from __future__ import print_function} (accepted, no effect). */
    public static final int CO_FUTURE_PRINT_FUNCTION = CodeFlags.CO_FUTURE_PRINT_FUNCTION;
    /** {@code from __future__ import unicode_literals} (accepted, no effect). */
    public static final int CO_FUTURE_UNICODE_LITERALS = CodeFlags.CO_FUTURE_UNICODE_LITERALS;
    /** {@code from __future__ import barry_as_FLUFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = CodeFlags.CO_FUTURE_BARRY_AS_BDFL;
    /** {@code from __future__ import generator_stop} (accepted, no effect). */
    public static final int CO_FUTURE_GENERATOR_STOP = CodeFlags.CO_FUTURE_GENERATOR_STOP;
    /** {@code from __future__ import annotations} (PEP 563: annotations compiled as strings). */
    public static final int CO_FUTURE_ANNOTATIONS = CodeFlags.CO_FUTURE_ANNOTATIONS;

    /** The future features, inherited by every code object compiled. CPython: {@code PyCF_MASK}. */
    public static final int PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;
    /** Obsolete flags {@code compile()} still accepts. CPython: {@code PyCF_MASK_OBSOLETE}. */
    public static final int PyCF_MASK_OBSOLETE = 0x0010;
    /** Source is not followed by an implied dedent. */
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    /** Return the AST instead of code ({@code ast.PyCF_ONLY_AST}). */
    public static final int PyCF_ONLY_AST = 0x0400;
    /** The source is already decoded (internal). */
    public static final int PyCF_IGNORE_COOKIE = 0x0800;
    /** Keep type comments ({@code ast.PyCF_TYPE_COMMENTS}). */
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /** Allow {@code await}, {@code async for} and {@code async with} at module level. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** Incomplete input raises a distinct error (for the REPL). */
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** The flags that only affect compilation. CPython: {@code PyCF_COMPILE_MASK}. */
    public static final int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

    /** Whether {@code compile()} accepts {@code flags}. */
    public static boolean valid(int flags) {
        return (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) == 0;
    }
}
