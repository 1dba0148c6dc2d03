/** Adder's abstract syntax tree for Python 3.11. */
module dev.adder.ast {
    requires transitive dev.adder.lexer;
    exports dev.adder.ast;
}
