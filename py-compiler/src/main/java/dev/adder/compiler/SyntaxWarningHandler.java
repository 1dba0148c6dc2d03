package dev.adder.compiler;

/**
 * Receives the compiler's {@code SyntaxWarning}s ({@code "is" with a literal}, an always-true
 * assertion, calling or subscripting a literal). Returning false turns the warning into a
 * SyntaxError at the same place, as CPython does when the warnings filter makes it an error.
 *
 * <p>CPython: {@code compiler_warn} in Python/compile.c.
 */
@FunctionalInterface
public interface SyntaxWarningHandler {
    /** Ignores every warning. */
    SyntaxWarningHandler IGNORE = (message, filename, lineno) -> true;

    /** Raises every warning as a SyntaxError (as {@code python -W error} does). */
    SyntaxWarningHandler ERROR = (message, filename, lineno) -> false;

    /**
     * Reports a SyntaxWarning.
     *
     * @return true to go on compiling, false to raise the warning as a SyntaxError
     */
    boolean warn(String message, String filename, int lineno);
}
