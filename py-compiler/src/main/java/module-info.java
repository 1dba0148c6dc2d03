/**
 * Adder's compiler: symbol tables, the AST optimizer and the code generator, from an AST to
 * code units.
 */
module dev.adder.compiler {
    requires transitive dev.adder.ast;
    requires transitive dev.adder.parser;
    requires transitive dev.adder.bytecode;
    exports dev.adder.compiler;
    exports dev.adder.compiler.symtable;
}
