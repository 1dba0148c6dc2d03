/**
 * The AST optimizer (constant folding) and the Python semantics of constants it needs.
 * CPython: Python/ast_opt.c (3.10).
 */
package dev.adder.compiler.internal.opt;
