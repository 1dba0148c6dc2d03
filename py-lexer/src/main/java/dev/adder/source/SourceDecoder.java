package dev.adder.source;

import java.nio.charset.StandardCharsets;

/** Decodes source bytes: BOM, PEP 263 declaration, UTF-8. CPython: Parser/tokenizer.c. */
final class SourceDecoder {
    private SourceDecoder() {}

    static SourceText decode(String name, byte[] bytes) {
        // Minimal version: the lexer's full implementation replaces this.
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return SourceText.of(name, new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8));
    }
}
