/** Adder's CPython 3.10's instruction set, the runtime-independent code object, the disassembler and the serialized form. */
package dev.adder.bytecode;
