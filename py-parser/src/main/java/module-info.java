/** Adder's PEG parser for Python 3.11. */
module dev.adder.parser {
    requires transitive dev.adder.lexer;
    requires transitive dev.adder.ast;
    exports dev.adder.parser;
}
