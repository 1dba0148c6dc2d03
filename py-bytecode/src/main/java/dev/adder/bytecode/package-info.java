/**
 * Adder's bytecode, independent of any runtime: the instruction set ({@link dev.adder.bytecode.Opcode},
 * {@link dev.adder.bytecode.Opcodes}: CPython 3.10's opcodes and stack effects, plus extension opcodes
 * for {@code except*}), the code object ({@link dev.adder.bytecode.CodeUnit} with
 * {@link dev.adder.bytecode.Constant}s, {@link dev.adder.bytecode.LineTable} and
 * {@link dev.adder.bytecode.PositionTable}), the {@link dev.adder.bytecode.Assembler} the compiler
 * emits through, the {@link dev.adder.bytecode.Disassembler} (CPython 3.10's {@code dis} layout),
 * the {@link dev.adder.bytecode.Verifier} and the cache file format
 * ({@link dev.adder.bytecode.CodeSerializer}).
 */
package dev.adder.bytecode;
