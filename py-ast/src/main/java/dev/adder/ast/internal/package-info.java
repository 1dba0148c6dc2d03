/** Internals of the AST module: Python's repr of constants and its character tables. */
package dev.adder.ast.internal;
