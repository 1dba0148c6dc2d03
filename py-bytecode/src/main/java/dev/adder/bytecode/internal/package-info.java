/** Implementation details of {@code dev.adder.bytecode}: reprs and the cache format's primitive encodings. */
package dev.adder.bytecode.internal;
