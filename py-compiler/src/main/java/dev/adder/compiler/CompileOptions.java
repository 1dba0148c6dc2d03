package dev.adder.compiler;

import dev.adder.parser.Mode;

import java.util.Objects;

/**
 * The arguments of Python's {@code compile()} besides the source: file name, mode, flags,
 * whether to inherit the caller's future features, and the optimization level.
 *
 * <p>{@code optimize} is -1 (the interpreter's level, {@link #interpreterOptimize}), 0 (asserts
 * and {@code __debug__} kept), 1 (asserts removed, {@code __debug__} false) or 2 (docstrings
 * removed too). {@code inheritedFlags} are the future features of the code calling
 * {@code compile()}; they count only when {@code dontInherit} is false.
 *
 * @param filename the file name recorded in the code objects and errors
 * @param mode {@code EXEC} (a module), {@code EVAL} (an expression) or {@code SINGLE} (an
 *     interactive statement)
 * @param flags {@link CompilerFlags} bits: future features and {@code PyCF_*} flags
 * @param dontInherit whether to ignore {@code inheritedFlags}
 * @param optimize the optimization level, -1 to 2
 * @param inheritedFlags the calling code's future features
 * @param interpreterOptimize the level that -1 stands for
 * @param warnings receives SyntaxWarnings
 */
public record CompileOptions(String filename, Mode mode, int flags, boolean dontInherit, int optimize,
        int inheritedFlags, int interpreterOptimize, SyntaxWarningHandler warnings) {

    /** Checks the fields as {@code compile()} does. */
    public CompileOptions {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.FUNC_TYPE) {
            throw new CompileArgumentError("ValueError", "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (!CompilerFlags.valid(flags)) {
            throw new CompileArgumentError("ValueError", "compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw new CompileArgumentError("ValueError", "compile(): invalid optimize value");
        }
        if (warnings == null) {
            warnings = SyntaxWarningHandler.IGNORE;
        }
    }

    /** Options for {@code compile(source, filename, mode)}: no flags, inherit nothing, level -1 (= 0). */
    public static CompileOptions of(String filename, Mode mode) {
        return new CompileOptions(filename, mode, 0, false, -1, 0, 0, SyntaxWarningHandler.IGNORE);
    }

    /** These options with {@code flags}. */
    public CompileOptions withFlags(int flags) {
        return new CompileOptions(filename, mode, flags, dontInherit, optimize, inheritedFlags, interpreterOptimize,
                warnings);
    }

    /** These options with {@code dontInherit}. */
    public CompileOptions withDontInherit(boolean dontInherit) {
        return new CompileOptions(filename, mode, flags, dontInherit, optimize, inheritedFlags, interpreterOptimize,
                warnings);
    }

    /** These options with optimization level {@code optimize}. */
    public CompileOptions withOptimize(int optimize) {
        return new CompileOptions(filename, mode, flags, dontInherit, optimize, inheritedFlags, interpreterOptimize,
                warnings);
    }

    /** These options with the caller's future features and the interpreter's optimization level. */
    public CompileOptions withCaller(int inheritedFlags, int interpreterOptimize) {
        return new CompileOptions(filename, mode, flags, dontInherit, optimize, inheritedFlags, interpreterOptimize,
                warnings);
    }

    /** These options with {@code warnings} receiving the SyntaxWarnings. */
    public CompileOptions withWarnings(SyntaxWarningHandler warnings) {
        return new CompileOptions(filename, mode, flags, dontInherit, optimize, inheritedFlags, interpreterOptimize,
                warnings);
    }

    /** The optimization level in effect (-1 resolved). */
    public int effectiveOptimize() {
        return optimize == -1 ? interpreterOptimize : optimize;
    }

    /** The flags in effect: {@code flags}, plus the inherited future features unless {@code dontInherit}. */
    public int effectiveFlags() {
        return dontInherit ? flags : flags | (inheritedFlags & CompilerFlags.PyCF_MASK);
    }
}
