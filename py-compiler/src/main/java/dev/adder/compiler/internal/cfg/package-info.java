/**
 * The flow graph of a code object: basic blocks, the peephole and jump optimizations, dead code
 * removal, line numbers, stack depth and assembly into wordcode. CPython: the assembler part of
 * Python/compile.c (3.10).
 */
package dev.adder.compiler.internal.cfg;
