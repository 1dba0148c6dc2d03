/**
 * Adder's abstract syntax tree for Python 3.11: the node types, generated from
 * {@code src/main/asdl/python.asdl} (CPython: Parser/Python.asdl), their visitors, and the
 * equivalents of {@code ast.dump} ({@link dev.adder.ast.AstDump}) and {@code ast.unparse}
 * ({@link dev.adder.ast.Unparser}).
 *
 * <p>Sum types with several constructors are sealed interfaces ({@link dev.adder.ast.Mod},
 * {@link dev.adder.ast.Stmt}, {@link dev.adder.ast.Expr}, {@link dev.adder.ast.Pattern}) with one
 * nested record per constructor; the operator and context types are enums; product types are
 * top-level records. Nodes are immutable; located nodes carry a {@link dev.adder.ast.Position}
 * whose columns are UTF-8 byte offsets as in CPython, plus the same columns in code points.
 */
package dev.adder.ast;
