package dev.adder.source.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * The text codecs a coding declaration can name, looked up and applied as CPython does: names
 * normalized as {@code encodings.normalize_encoding} does and resolved through CPython's alias
 * table; decoding errors reported with CPython's {@code str(UnicodeDecodeError)}.
 *
 * <p>UTF-8, ASCII, Latin-1 and the single-byte (charmap) codecs decode exactly as CPython's
 * (their tables come from CPython); the multi-byte East Asian codecs and UTF-16/32 use the JDK's
 * charsets, whose tables and error positions may differ from CPython's in rare cases. A codec
 * CPython has but the JDK lacks (utf-7, the JIS X 0213 variants, hz, some ISO-2022-JP variants)
 * is reported as unknown.
 *
 * <p>CPython: Python/codecs.c, Lib/encodings/__init__.py, Lib/encodings/aliases.py.
 */
public final class PyCodecs {
    private PyCodecs() {}

    /** A codec: CPython's name for it and whether it is a text encoding. */
    public record Codec(String name, boolean text) {}

    /** A failed decoding: {@code message} is {@code str()} of CPython's exception. */
    public static final class DecodeException extends Exception {
        private static final long serialVersionUID = 1L;

        public DecodeException(String message) {
            super(message, null, false, false);
        }
    }

    private record Entry(Codec codec, boolean alias) {}

    private static final Map<String, Entry> NAMES = new HashMap<>();
    private static final Map<String, String> CHARMAPS = new HashMap<>();

    static {
        String all = CodecTables.NAMES;
        int i = 0;
        while (i < all.length()) {
            int nl = all.indexOf('\n', i);
            String[] f = all.substring(i, nl).split(" ");
            NAMES.put(f[0], new Entry(new Codec(f[1], f[2].equals("1")), f[3].equals("a")));
            i = nl + 1;
        }
        for (int k = 0; k < CodecTables.CHARMAPS.length; k += 2) {
            CHARMAPS.put(CodecTables.CHARMAPS[k], CodecTables.CHARMAPS[k + 1]);
        }
    }

    /** JDK charsets for the codecs not decoded here. */
    private static final Map<String, String> JAVA = Map.ofEntries(
            Map.entry("shift_jis", "Shift_JIS"), Map.entry("cp932", "windows-31j"),
            Map.entry("euc_jp", "EUC-JP"), Map.entry("euc_kr", "EUC-KR"),
            Map.entry("cp949", "x-windows-949"), Map.entry("gb2312", "GB2312"), Map.entry("gbk", "GBK"),
            Map.entry("gb18030", "GB18030"), Map.entry("big5", "Big5"), Map.entry("big5hkscs", "Big5-HKSCS"),
            Map.entry("cp950", "x-windows-950"), Map.entry("iso2022_jp", "ISO-2022-JP"),
            Map.entry("iso2022_jp_2", "ISO-2022-JP-2"), Map.entry("iso2022_kr", "ISO-2022-KR"),
            Map.entry("johab", "x-Johab"), Map.entry("utf-16-le", "UTF-16LE"),
            Map.entry("utf-16-be", "UTF-16BE"), Map.entry("utf-32-le", "UTF-32LE"),
            Map.entry("utf-32-be", "UTF-32BE"));

    /**
     * {@code encodings.normalize_encoding} applied to a lower-cased name: runs of characters other
     * than ASCII letters, digits and dots become one underscore, none at either end.
     */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            boolean alnum = Character.isLetterOrDigit(c);
            if (alnum || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                if (c < 0x80) {
                    sb.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** The codec {@code codecs.lookup(name)} finds, or null ({@code LookupError}). */
    public static Codec lookup(String name) {
        String key = normalize(name);
        Entry e = NAMES.get(key);
        if (e == null) {
            Entry alt = NAMES.get(key.replace('.', '_'));
            if (alt != null && alt.alias()) {
                e = alt;
            }
        }
        return e == null ? null : e.codec();
    }

    /** True if this codec can be applied here. */
    public static boolean supported(Codec codec) {
        String n = codec.name();
        return n.equals("utf-8") || n.equals("utf-8-sig") || n.equals("ascii") || n.equals("iso8859-1")
                || n.equals("utf-16") || n.equals("utf-32") || CHARMAPS.containsKey(n) || JAVA.containsKey(n);
    }

    /**
     * Decodes {@code b[from, to)} with a text codec, as {@code bytes.decode(codec)} does.
     *
     * @throws DecodeException with CPython's message for undecodable input
     */
    public static String decode(Codec codec, byte[] b, int from, int to) throws DecodeException {
        String n = codec.name();
        switch (n) {
            case "utf-8": {
                long err = Utf8.findError(b, from, to);
                if (err != -1) {
                    throw new DecodeException(Utf8.message(b, from, err));
                }
                return new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
            }
            case "utf-8-sig": {
                int f = from;
                if (to - f >= 3 && (b[f] & 0xff) == 0xEF && (b[f + 1] & 0xff) == 0xBB && (b[f + 2] & 0xff) == 0xBF) {
                    f += 3;
                }
                return decode(new Codec("utf-8", true), b, f, to);
            }
            case "ascii": {
                char[] out = new char[to - from];
                for (int i = from; i < to; i++) {
                    if (b[i] < 0) {
                        throw new DecodeException(Utf8.decodeErrorMessage("ascii", i - from, i - from + 1,
                                b[i] & 0xff, "ordinal not in range(128)"));
                    }
                    out[i - from] = (char) b[i];
                }
                return new String(out);
            }
            case "iso8859-1":
                return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "utf-16":
            case "utf-32": {
                int unit = n.equals("utf-16") ? 2 : 4;
                boolean be = false;
                int f = from;
                if (unit == 2 && to - f >= 2 && (b[f] & 0xff) == 0xFE && (b[f + 1] & 0xff) == 0xFF) {
                    be = true;
                    f += 2;
                } else if (unit == 2 && to - f >= 2 && (b[f] & 0xff) == 0xFF && (b[f + 1] & 0xff) == 0xFE) {
                    f += 2;
                } else if (unit == 4 && to - f >= 4 && b[f] == 0 && b[f + 1] == 0 && (b[f + 2] & 0xff) == 0xFE
                        && (b[f + 3] & 0xff) == 0xFF) {
                    be = true;
                    f += 4;
                } else if (unit == 4 && to - f >= 4 && (b[f] & 0xff) == 0xFF && (b[f + 1] & 0xff) == 0xFE
                        && b[f + 2] == 0 && b[f + 3] == 0) {
                    f += 4;
                }
                String sub = n + (be ? "-be" : "-le");
                return decodeWithJava(sub, JAVA.get(sub), b, f, to, f - from);
            }
            default:
                break;
        }
        String table = CHARMAPS.get(n);
        if (table != null) {
            char[] out = new char[to - from];
            for (int i = from; i < to; i++) {
                char c = table.charAt(b[i] & 0xff);
                if (c == '\uFFFE') {
                    throw new DecodeException(Utf8.decodeErrorMessage("charmap", i - from, i - from + 1,
                            b[i] & 0xff, "character maps to <undefined>"));
                }
                out[i - from] = c;
            }
            return new String(out);
        }
        String javaName = JAVA.get(n);
        if (javaName == null || !Charset.isSupported(javaName)) {
            throw new DecodeException("unknown encoding: " + n);
        }
        return decodeWithJava(n, javaName, b, from, to, 0);
    }

    private static String decodeWithJava(String pyName, String javaName, byte[] b, int from, int to, int skipped)
            throws DecodeException {
        CharsetDecoder dec = Charset.forName(javaName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate((to - from) * 2 + 16);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int pos = in.position() - from + skipped;
            String reason;
            int len;
            if (pyName.startsWith("utf-")) {
                int unit = pyName.startsWith("utf-32") ? 4 : 2;
                boolean truncated = to - in.position() < unit;
                reason = truncated ? "truncated data"
                        : unit == 4 ? "code point not in range(0x110000)" : "illegal UTF-16 surrogate";
                len = truncated ? to - in.position() : unit;
            } else {
                // CPython's multibyte codecs report the first byte of an illegal sequence, and
                // a sequence cut by the end of the input as incomplete
                int lead = b[in.position()] & 0xff;
                boolean sjis = pyName.equals("shift_jis") || pyName.equals("cp932");
                boolean canLead = sjis ? (lead >= 0x81 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xFC) : lead >= 0x80;
                reason = in.position() == to - 1 && canLead ? "incomplete multibyte sequence"
                        : "illegal multibyte sequence";
                len = 1;
            }
            throw new DecodeException(Utf8.decodeErrorMessage(pyName, pos, pos + Math.max(1, len),
                    b[in.position()] & 0xff, reason));
        }
        out.flip();
        return out.toString();
    }
}
