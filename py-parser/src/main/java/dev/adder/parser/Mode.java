package dev.adder.parser;

/**
 * What a source is parsed as: the {@code mode} argument of Python's {@code compile()}.
 *
 * <p>CPython: the start rules Py_file_input, Py_eval_input, Py_single_input and
 * Py_func_type_input (Include/compile.h).
 */
public enum Mode {
    /** A module: statements ({@code compile(..., 'exec')}), giving {@code Module}. */
    EXEC,
    /** One expression ({@code 'eval'}), giving {@code Expression}. */
    EVAL,
    /** One interactive statement ({@code 'single'}), giving {@code Interactive}. */
    SINGLE,
    /** A function type comment such as {@code (int, str) -> bool} ({@code 'func_type'}). */
    FUNC_TYPE
}
