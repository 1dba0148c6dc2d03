package dev.adder.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Decoding and the line index. Messages are CPython 3.11's: {@code compile(source, '<x>', 'exec')}
 * for the decoding errors (also checked case by case in ForParserTest), {@code str()} of the
 * UnicodeDecodeError of {@code bytes.decode('utf-8')} for {@link SourceText#utf8DecodeError}.
 */
class SourceTextTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void encodingIsNullOnlyForUndeclaredBytes() {
        assertNull(SourceText.decode("f", "x = 1\n".getBytes(StandardCharsets.UTF_8)).encoding());
        assertEquals("utf-8", SourceText.decode("f", bytes(0xEF, 0xBB, 0xBF, 'x', '\n')).encoding());
        assertEquals("utf-8", SourceText.decode("f", "# coding: UTF_8\nx\n".getBytes(StandardCharsets.UTF_8)).encoding());
        assertEquals("iso-8859-1", SourceText.decode("f", "# coding: latin-1\n".getBytes(StandardCharsets.UTF_8)).encoding());
        assertEquals("cp1252", SourceText.decode("f", "#!x\n# vim: fileencoding=cp1252\n".getBytes(StandardCharsets.UTF_8))
                .encoding());
        assertEquals("utf-8", SourceText.of("f", "x").encoding());
    }

    @Test
    void declaredEncodingsDecode() {
        // b"# coding: latin-1\nx = '\xe9'\n".decode('latin-1')
        SourceText s = SourceText.decode("f", bytes('#', ' ', 'c', 'o', 'd', 'i', 'n', 'g', ':', ' ', 'l', 'a', 't', 'i',
                'n', '-', '1', '\n', 'x', '=', '\'', 0xE9, '\'', '\n'));
        assertEquals("x='\u00e9'\n", s.line(2));
        // CPython shows that line's original bytes, decoded as UTF-8 with replacement
        assertEquals("x='\ufffd'", s.lineAsGiven(2));
        // the cookie on line 2 counts only if line 1 is blank or a comment
        SourceText t = SourceText.decode("f", bytes('x', '\n', '#', 'c', 'o', 'd', 'i', 'n', 'g', '=', 'x', 'y', 'z', '\n'));
        assertNull(t.encoding());
    }

    @Test
    void decodingErrorsAreCPythons() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> SourceText.decode("f", bytes(0xEF, 0xBB, 0xBF, '#', 'c', 'o', 'd', 'i', 'n', 'g', ':', 'u', 't', 'f', '8')));
        assertEquals("encoding problem: utf8 with BOM", e.msg());
        assertEquals(0, e.lineno());
        assertEquals(-1, e.offset());
        assertNull(e.text());
        PythonSyntaxError u = assertThrows(PythonSyntaxError.class,
                () -> SourceText.decode("f", "# coding: uft-8\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("unknown encoding: uft-8", u.msg());
        PythonSyntaxError a = assertThrows(PythonSyntaxError.class,
                () -> SourceText.decode("f", bytes('#', 'c', 'o', 'd', 'i', 'n', 'g', ':', 'a', 's', 'c', 'i', 'i', '\n',
                        'x', '=', 0xE9, '\n')));
        assertEquals("'ascii' codec can't decode byte 0xe9 in position 16: ordinal not in range(128)", a.msg());
    }

    @Test
    void undecodableUtf8IsKeptForLater() {
        byte[] src = bytes('x', ' ', '=', ' ', '\'', 0xE9, '\'', '\n');
        SourceText s = SourceText.decode("f", src);
        assertTrue(s.hasUndecodableBytes());
        assertArrayEquals(src, SourceText.originalBytes(s.text(), 0, s.text().length()));
        assertFalse(SourceText.decode("f", "x = 'é'\n".getBytes(StandardCharsets.UTF_8)).hasUndecodableBytes());
    }

    @Test
    void utf8DecodeErrorSaysWhatPythonSays() {
        assertEquals("'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte",
                SourceText.utf8DecodeError(bytes(0xE9, '\'')));
        assertEquals("'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                SourceText.utf8DecodeError(bytes('b', 0xF6, 's', 'e')));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                SourceText.utf8DecodeError(bytes(0xE0, 0xA0)));
        assertEquals("'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte",
                SourceText.utf8DecodeError(bytes(0xF0, 0x90, 0x80, 'x')));
        assertNull(SourceText.utf8DecodeError(bytes('o', 'k')));
    }

    @Test
    void linesAndColumns() {
        SourceText s = SourceText.of("f", "a = 1\r\nb = 'é€😀' + c\rd\n");
        assertEquals(3, s.lineCount());
        assertEquals("a = 1\r\n", s.line(1));
        assertEquals("b = 'é€😀' + c\r", s.line(2));
        assertEquals("d\n", s.line(3));
        assertEquals("", s.line(4));
        assertTrue(s.isAsciiLine(1));
        assertFalse(s.isAsciiLine(2));
        // 'c' is code point 12 of line 2; in UTF-8: 5 + 2 + 3 + 4 + 4 = 18 bytes before it
        assertEquals(18, s.byteColumn(2, 12));
        assertEquals(12, s.codePointColumn(2, 18));
        assertEquals(3, s.byteColumn(1, 3));
    }
}
