/**
 * Adder's compiler: from an AST to code objects with CPython 3.10's instruction set.
 * {@link dev.adder.compiler.Compiler} compiles a parsed tree, {@link dev.adder.compiler.Compilers}
 * is Python's {@code compile()} on source text, {@link dev.adder.compiler.CompileOptions} holds
 * its arguments; the symbol table is in {@code dev.adder.compiler.symtable}.
 */
package dev.adder.compiler;
