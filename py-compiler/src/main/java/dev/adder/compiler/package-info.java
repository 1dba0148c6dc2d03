/** Adder's the symbol table, the AST optimizer and the code generator. */
package dev.adder.compiler;
