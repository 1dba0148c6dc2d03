/**
 * Adder's object model: type objects, the builtin types, the exception hierarchy and the abstract
 * protocols.
 */
module dev.adder.runtime {
    requires transitive dev.adder.bytecode;

    exports dev.adder.runtime;
    exports dev.adder.runtime.objects;
    exports dev.adder.runtime.exceptions;
    exports dev.adder.runtime.spi;
}
