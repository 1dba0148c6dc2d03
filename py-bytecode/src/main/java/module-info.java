/**
 * Adder's bytecode: CPython 3.10's instruction set (plus Adder's extension opcodes), the
 * runtime-independent code object, the assembler, the disassembler ({@code dis} output), the
 * verifier and the serialized form of compiled modules.
 */
module dev.adder.bytecode {
    exports dev.adder.bytecode;
}
