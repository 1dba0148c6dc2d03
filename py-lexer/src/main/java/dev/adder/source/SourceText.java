package dev.adder.source;

import dev.adder.source.internal.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decoded Python source with its file name and a line index.
 *
 * <p>Lines are 1-based. A line runs up to and including its line terminator ({@code \n},
 * {@code \r\n} or a lone {@code \r}). Columns given to and returned by this class are 0-based.
 * CPython's tokenizer reports columns in code points; its AST reports them in UTF-8 bytes:
 * {@link #byteColumn} and {@link #codePointColumn} convert between the two.
 */
public final class SourceText {
    private final String name;
    private final String text;
    /** Char index of the first char of each line; lineStarts[0] is line 1. */
    private final int[] lineStarts;
    private final int lineCount;
    /** Per line: true if every char of the line is ASCII (then bytes = code points = chars). */
    private final boolean[] asciiLine;
    /** CPython's tok->encoding: null for bytes with no BOM and no coding declaration. */
    private final String encoding;
    /** True if undecodable bytes were kept as U+DC80..U+DCFF. */
    private final boolean undecodable;
    /** For a declared encoding other than UTF-8: the bytes before decoding, line ends translated. */
    private final byte[] undecoded;

    SourceText(String name, String text, String encoding, boolean undecodable, byte[] undecoded) {
        this.name = name;
        this.text = text;
        this.encoding = encoding;
        this.undecodable = undecodable;
        this.undecoded = undecoded;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (i + 1 < len) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
        }
        this.lineStarts = starts;
        this.lineCount = n;
        this.asciiLine = new boolean[n];
        for (int l = 0; l < n; l++) {
            int s = starts[l];
            int e = l + 1 < n ? starts[l + 1] : len;
            boolean ascii = true;
            for (int i = s; i < e; i++) {
                if (text.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            asciiLine[l] = ascii;
        }
    }

    /**
     * Source already decoded to a Java string, as CPython's {@code compile()} sees a {@code str}:
     * its {@link #encoding()} is {@code "utf-8"} and no coding declaration is looked for.
     */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text, "utf-8", false, null);
    }

    /**
     * Source given as bytes, decoded as CPython's {@code compile()} decodes bytes: a UTF-8 byte
     * order mark, else a PEP 263 coding declaration on line 1 (or on line 2 when line 1 is blank
     * or a comment), else UTF-8.
     *
     * <p>As in CPython, UTF-8 is not checked here: bytes that are not valid UTF-8 are kept (see
     * {@link #hasUndecodableBytes()}) and reported only where CPython reports them, in an
     * identifier by the tokenizer, in a string literal by the parser; in a comment, never. The
     * line ends are kept as they are ({@code Lexer.forParser} translates them as CPython does).
     *
     * @throws PythonSyntaxError with CPython's message, line 0 and offset -1, when the declared
     *     encoding is unknown, is not a text encoding, disagrees with a byte order mark, or
     *     cannot decode the source; or "source code string cannot contain null bytes" (all
     *     positions 0), as {@code compile()} checks first
     */
    public static SourceText decode(String name, byte[] bytes) {
        return SourceDecoder.decode(name, bytes);
    }

    /**
     * The source encoding as CPython's tokenizer records it ({@code tok->encoding}): null when
     * the source was decoded from bytes with neither a UTF-8 byte order mark nor a coding
     * declaration, else {@code "utf-8"} or the declared name after CPython's normalization
     * ({@code "iso-8859-1"}, {@code "cp1252"}, ...). CPython converts the UTF-8 byte columns of
     * the syntax errors its parser raises to code points only when this is not null; with null
     * they stay byte offsets.
     */
    public String encoding() { return encoding; }

    /**
     * True if the source came from bytes that are not valid UTF-8 where UTF-8 was expected. Each
     * undecodable byte is then in {@link #text()} as a lone surrogate U+DC80..U+DCFF (as Python's
     * {@code surrogateescape} keeps it); {@link #originalBytes} gives the bytes back, and
     * {@link #utf8DecodeError} says what CPython reports when it decodes them.
     */
    public boolean hasUndecodableBytes() { return undecodable; }

    /**
     * The bytes a part of a decoded text came from: its UTF-8 encoding, except that U+DC80..U+DCFF
     * become the undecodable bytes 0x80..0xFF they stand for.
     */
    public static byte[] originalBytes(CharSequence s, int start, int end) {
        return Utf8.encodeEscaped(s, start, end);
    }

    /**
     * What CPython says when it fails to decode these bytes as UTF-8, e.g.
     * {@code 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte}
     * ({@code str()} of the UnicodeDecodeError), or null if they are valid UTF-8.
     */
    public static String utf8DecodeError(byte[] bytes) {
        long err = Utf8.findError(bytes, 0, bytes.length);
        return err == -1 ? null : Utf8.message(bytes, 0, err);
    }

    /**
     * A line as CPython shows it in a syntax error raised by its parser for a line before the
     * one its tokenizer is on: CPython then reads the line from its copy of the source as given,
     * before decoding. For a source whose declared encoding is not UTF-8 that is the line's
     * original bytes decoded as UTF-8 with U+FFFD replacing what does not decode; for any other
     * source it is the line itself. Without its line terminator; "" past the end.
     */
    public String lineAsGiven(int lineno) {
        if (undecoded == null) {
            String l = line(lineno);
            int e = l.length();
            while (e > 0 && (l.charAt(e - 1) == '\n' || l.charAt(e - 1) == '\r')) {
                e--;
            }
            return l.substring(0, e);
        }
        int start = 0;
        for (int l = 1; l < lineno; l++) {
            while (start < undecoded.length && undecoded[start] != '\n') {
                start++;
            }
            if (start >= undecoded.length) {
                return "";
            }
            start++;
        }
        int end = start;
        while (end < undecoded.length && undecoded[end] != '\n') {
            end++;
        }
        return Utf8.decodeReplacing(undecoded, start, end);
    }

    /** The file name given when the source was made, e.g. {@code "<string>"}. */
    public String name() { return name; }

    /** The whole decoded text. */
    public String text() { return text; }

    /** The number of lines (an empty text has one empty line). */
    public int lineCount() { return lineCount; }

    /** Char index in {@link #text()} where a 1-based line starts. */
    public int lineStart(int lineno) {
        return lineStarts[lineno - 1];
    }

    /** Char index just past the end of a line, its terminator included. */
    public int lineEnd(int lineno) {
        return lineno < lineCount ? lineStarts[lineno] : text.length();
    }

    /** The text of a 1-based line, its terminator included; "" past the end. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        return text.substring(lineStart(lineno), lineEnd(lineno));
    }

    /** True if the line holds only ASCII characters. */
    public boolean isAsciiLine(int lineno) {
        return lineno < 1 || lineno > lineCount || asciiLine[lineno - 1];
    }

    /**
     * How many bytes of the source a code point took: its UTF-8 length, except that U+DC80..U+DCFF
     * in a text with undecodable bytes stand for one original byte each.
     */
    private int utf8Length(int c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (c < 0x10000) {
            return undecodable && c >= 0xDC80 && c <= 0xDCFF ? 1 : 3;
        }
        return 4;
    }

    /** The UTF-8 byte offset within a line of a 0-based code-point column. */
    public int byteColumn(int lineno, int codePointCol) {
        if (isAsciiLine(lineno)) {
            return codePointCol;
        }
        int start = lineStart(lineno);
        int end = lineEnd(lineno);
        int bytes = 0;
        int i = start;
        for (int cp = 0; cp < codePointCol && i < end; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += utf8Length(c);
        }
        return bytes;
    }

    /** The 0-based code-point column within a line of a UTF-8 byte offset. */
    public int codePointColumn(int lineno, int byteCol) {
        if (isAsciiLine(lineno)) {
            return byteCol;
        }
        int start = lineStart(lineno);
        int end = lineEnd(lineno);
        int bytes = 0;
        int cps = 0;
        int i = start;
        while (bytes < byteCol && i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += utf8Length(c);
            cps++;
        }
        return cps;
    }

    /** The UTF-8 encoding of the text (what CPython's tokenizer works on). */
    public byte[] utf8() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SourceText[" + name + ", " + lineCount + " lines]";
    }
}
