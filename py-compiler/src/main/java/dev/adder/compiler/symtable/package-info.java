/**
 * Adder's symbol tables: for each scope of a module, which names it binds, uses, and declares
 * global or nonlocal, and where each name lives, with the answers of Python's {@code symtable}
 * module. Start at {@link dev.adder.compiler.symtable.SymbolTable#build(dev.adder.ast.Mod, String)}.
 *
 * <p>CPython: Python/symtable.c, Python/future.c, Lib/symtable.py.
 */
package dev.adder.compiler.symtable;
