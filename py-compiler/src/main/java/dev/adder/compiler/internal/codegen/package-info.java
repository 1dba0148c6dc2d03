/**
 * The code generator: AST to flow graph, one compilation unit per module, class, function,
 * lambda and comprehension. CPython: the compiler part of Python/compile.c (3.10).
 */
package dev.adder.compiler.internal.codegen;
