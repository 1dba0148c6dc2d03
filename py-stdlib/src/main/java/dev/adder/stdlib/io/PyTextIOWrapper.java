package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.Arrays;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream, with an encoding, an error
 * handler, universal newlines, line buffering and write-through. Decoded text is kept in chunks;
 * a buffer that is one of this module's buffered types is called directly.
 *
 * <p>{@code tell()} returns a plain byte position (the buffer's position less the bytes decoded
 * but not yet consumed), exact for stateless encodings such as UTF-8, Latin-1 and ASCII; CPython
 * packs the decoder state into its cookie as well. {@code seek()} takes such positions.
 *
 * <p>CPython: Modules/_io/textio.c.
 */
public class PyTextIOWrapper extends PyIOBase {
    /** {@code _io.TextIOWrapper}. */
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyTextIOWrapper.class, PyType.BASETYPE,
            PyIOBase.TEXT);

    private static final int FAST_CHUNK = 1 << 16;

    PyObject buffer;
    /** The buffer when it is one of this module's buffered types, else null. */
    PyBuffered fbuf;
    boolean ok;
    boolean detached;
    String encoding;
    String errors;
    PyObject newlineArg = PyNone.NONE;
    TextCodec.Decoder decoder;
    TextCodec.Encoder encoder;
    /** Universal newlines on reading (newline None or ''); null otherwise. */
    NewlineState nl;
    boolean readuniversal;
    boolean readtranslate;
    boolean writetranslate;
    String readnl;
    String writenl;
    boolean lineBuffering;
    boolean writeThrough;
    boolean seekable;
    boolean telling;
    boolean hasRead1;
    int chunkSize = 8192;

    /** Decoded text not yet returned (newlines already translated), from {@code dpos}. */
    String dchars;
    int dpos;
    /** The same text before newline translation, when that changed it (for tell()); else null. */
    String rawChars;

    /** Encoded text not yet written to the buffer. */
    byte[] pending;
    int pendingLen;

    PyTextIOWrapper(PyType type) {
        super(type);
    }

    static PyTextIOWrapper self(PyObject o) {
        return (PyTextIOWrapper) o;
    }

    // ------------------------------------------------------------------ checks

    final void checkAttached() {
        if (!ok) {
            if (detached) {
                throw PyErr.valueError("underlying buffer has been detached");
            }
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
    }

    final boolean isClosed() {
        if (fbuf != null && fbuf.ok) {
            return fbuf.rawClosed();
        }
        return Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
    }

    final void checkOpen() {
        checkAttached();
        if (isClosed()) {
            throw Io.closedFile();
        }
    }

    // ------------------------------------------------------------------ setup

    private static final String[] INIT_NAMES = {"buffer", "encoding", "errors", "newline", "line_buffering",
        "write_through"};

    static String strOrNone(PyObject o, String fname, String arg) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument '%s' must be str or None, not %s", fname, arg, o.type().name());
        }
        return s.value();
    }

    static void checkNewline(String newline) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", newline);
        }
    }

    static void init(PyTextIOWrapper t, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("TextIOWrapper", a, n, kw, INIT_NAMES, 0, 1, 6, 0);
        t.ok = false;
        t.detached = false;
        String encoding = strOrNone(v[1], "TextIOWrapper", "encoding");
        String errors = strOrNone(v[2], "TextIOWrapper", "errors");
        String newline = strOrNone(v[3], "TextIOWrapper", "newline");
        checkNewline(newline);
        boolean lineBuffering = v[4] != null && Abstract.isTrue(v[4]);
        boolean writeThrough = v[5] != null && Abstract.isTrue(v[5]);
        if (encoding == null || encoding.equals("locale")) {
            encoding = "UTF-8";
        }
        if (errors == null) {
            errors = "strict";
        }
        if (TextCodec.kind(encoding) == TextCodec.OTHER) {
            TextCodec.lookup(encoding);
        }
        PyObject buffer = v[0];
        t.buffer = buffer;
        t.fbuf = buffer instanceof PyBuffered pb && !buffer.type().isHeapType() ? pb : null;
        t.encoding = encoding;
        t.errors = errors;
        t.lineBuffering = lineBuffering;
        t.writeThrough = writeThrough;
        t.setNewline(newline, v[3] == null ? PyNone.NONE : v[3]);
        t.chunkSize = 8192;
        t.dchars = null;
        t.rawChars = null;
        t.dpos = 0;
        t.pending = null;
        t.pendingLen = 0;
        t.setCodecs();
        t.seekable = Abstract.isTrue(Abstract.callMethod(buffer, "seekable"));
        t.telling = t.seekable;
        t.hasRead1 = Io.attrOrNull(buffer, "read1") != null;
        t.ok = true;
        if (t.seekable && t.encoder != null && t.encoder.kind == TextCodec.OTHER) {
            long pos = Io.index(Abstract.callMethod(buffer, "tell"));
            if (pos != 0) {
                t.encoder.setState0();
            }
        }
    }

    private void setNewline(String newline, PyObject arg) {
        newlineArg = arg;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        readnl = newline;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = null;
        if (!readuniversal && readnl != null) {
            writenl = readnl.equals("\n") ? null : readnl;
        }
    }

    private void setCodecs() {
        decoder = null;
        encoder = null;
        nl = null;
        if (Abstract.isTrue(Abstract.callMethod(buffer, "readable"))) {
            decoder = TextCodec.decoder(encoding, errors);
            if (readuniversal) {
                nl = new NewlineState(readtranslate);
            }
        }
        if (Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) {
            encoder = new TextCodec.Encoder(encoding, errors);
        }
    }

    // ------------------------------------------------------------------ writing

    final void writeFlush() {
        if (pendingLen == 0) {
            return;
        }
        int n = pendingLen;
        pendingLen = 0;
        if (fbuf != null) {
            fbuf.checkInit();
            fbuf.write(pending, 0, n);
        } else {
            Abstract.callMethod(buffer, "write", PyBytes.wrap(Arrays.copyOf(pending, n)));
        }
    }

    private void ensurePending(int n) {
        if (pending == null) {
            pending = new byte[Math.max(chunkSize, n) + 64];
        } else if (pendingLen + n > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLen + n));
        }
    }

    /** Appends the encoding of {@code text} to the pending bytes. */
    private void encodePending(String text) {
        int n = text.length();
        int kind = encoder.kind;
        if (kind == TextCodec.UTF8 || kind == TextCodec.ASCII || kind == TextCodec.LATIN1) {
            ensurePending(n);
            byte[] p = pending;
            int j = pendingLen;
            int limit = kind == TextCodec.LATIN1 ? 0x100 : 0x80;
            int i = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= limit) {
                    break;
                }
                p[j++] = (byte) c;
            }
            if (i == n) {
                pendingLen = j;
                return;
            }
        }
        byte[] b = encoder.encode(text);
        ensurePending(b.length);
        System.arraycopy(b, 0, pending, pendingLen, b.length);
        pendingLen += b.length;
    }

    final int write(PyObject arg) {
        checkOpen();
        if (!(arg instanceof PyStr s)) {
            throw PyErr.typeError("write() argument must be str, not %s", arg.type().name());
        }
        if (encoder == null) {
            throw Io.unsupported("not writable");
        }
        String text = s.value();
        boolean haslf = false;
        if ((writetranslate && writenl != null) || lineBuffering) {
            haslf = text.indexOf('\n') >= 0;
        }
        if (haslf && writetranslate && writenl != null) {
            text = text.replace("\n", writenl);
        }
        boolean needflush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        encodePending(text);
        if (pendingLen >= chunkSize || needflush || writeThrough) {
            writeFlush();
        }
        if (needflush) {
            if (fbuf != null) {
                fbuf.flush();
            } else {
                Abstract.callMethod(buffer, "flush");
            }
        }
        if (dchars != null) {
            dchars = null;
            rawChars = null;
            dpos = 0;
        }
        if (decoder != null) {
            decoder.reset();
            if (nl != null) {
                nl.pendingCR = false;
            }
        }
        if (fbuf == null || !needflush) {
            IoModule.track(this);
        }
        return s.length();
    }

    // ------------------------------------------------------------------ reading

    private void checkReadable() {
        if (decoder == null) {
            throw Io.unsupported("not readable");
        }
    }

    private byte[] readRaw() {
        if (fbuf != null) {
            fbuf.checkOpen("read of closed file");
            return fbuf.readChunk(Math.max(chunkSize, FAST_CHUNK));
        }
        PyObject r = Abstract.callMethod(buffer, hasRead1 ? "read1" : "read", PyInt.of(chunkSize));
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("underlying %s() should have returned a bytes-like object, not '%s'",
                    hasRead1 ? "read1" : "read", r.type().name());
        }
        return b.size() == 0 ? null : Io.buffer(b);
    }

    private String decode(byte[] b, int len, boolean fin) {
        String s = decoder.decode(b, len, fin);
        if (nl != null) {
            String t = nl.decode(s, fin);
            rawChars = nl.lastRaw == t ? null : nl.lastRaw;
            return t;
        }
        rawChars = null;
        return s;
    }

    private byte[] chunkBuf;

    /** Reads and decodes the next chunk into {@code dchars}; false at end of file. */
    private boolean readChunk() {
        while (true) {
            byte[] b;
            int len;
            if (fbuf != null) {
                fbuf.checkOpen("read of closed file");
                if (chunkBuf == null || chunkBuf.length < Math.max(chunkSize, FAST_CHUNK)) {
                    chunkBuf = new byte[Math.max(chunkSize, FAST_CHUNK)];
                }
                b = chunkBuf;
                len = fbuf.readChunkInto(b);
            } else {
                b = readRaw();
                len = b == null ? 0 : b.length;
            }
            boolean eof = len == 0;
            String s = decode(b == null ? new byte[0] : b, len, eof);
            dchars = s;
            dpos = 0;
            if (!s.isEmpty()) {
                return true;
            }
            if (eof) {
                dchars = null;
                rawChars = null;
                return false;
            }
        }
    }

    private int remaining() {
        return dchars == null ? 0 : dchars.length() - dpos;
    }

    final String read(long n) {
        checkOpen();
        checkReadable();
        writeFlush();
        if (n < 0) {
            String head = remaining() > 0 ? dchars.substring(dpos) : null;
            dchars = null;
            rawChars = null;
            PyObject all;
            if (fbuf != null) {
                all = fbuf.read(-1);
            } else {
                all = Abstract.callMethod(buffer, "read");
            }
            byte[] b = all == PyNone.NONE ? new byte[0] : Io.buffer(all);
            String rest = decode(b, b.length, true);
            rawChars = null;
            return head == null ? rest : head.concat(rest);
        }
        StringBuilder sb = null;
        long want = n;
        while (want > 0) {
            if (remaining() == 0 && !readChunk()) {
                break;
            }
            int take = (int) Math.min(remaining(), want);
            // do not split a surrogate pair
            int end = dpos + take;
            String part = dchars.substring(dpos, end);
            int cps = part.codePointCount(0, part.length());
            if (cps < take) {
                // non-BMP characters: take code points
                int k = dchars.offsetByCodePoints(dpos, (int) Math.min(want, dchars.codePointCount(dpos,
                        dchars.length())));
                part = dchars.substring(dpos, k);
                end = k;
                cps = part.codePointCount(0, part.length());
            }
            dpos = end;
            want -= cps;
            if (sb == null && want <= 0) {
                return part;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(part);
        }
        return sb == null ? "" : sb.toString();
    }

    /** The end (exclusive) of the first line in {@code s} from {@code from}, or -1. */
    private int findLineEnd(String s, int from, boolean fin) {
        if (readtranslate) {
            int i = s.indexOf('\n', from);
            return i < 0 ? -1 : i + 1;
        }
        if (readuniversal) {
            for (int i = from, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < n) {
                        return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return fin ? i + 1 : -1;
                }
            }
            return -1;
        }
        if (readnl.length() == 1) {
            int i = s.indexOf(readnl.charAt(0), from);
            return i < 0 ? -1 : i + 1;
        }
        int i = s.indexOf(readnl, from);
        return i < 0 ? -1 : i + 2;
    }

    /** The next line for iteration: a short path when the line is in the decoded text. */
    final String nextLine() {
        String d = dchars;
        if (d != null && readtranslate && fbuf != null && ok && pendingLen == 0
                && !fbuf.rawClosed()) {
            int i = d.indexOf('\n', dpos);
            if (i >= 0) {
                String line = d.substring(dpos, i + 1);
                dpos = i + 1;
                return line;
            }
        }
        return readline(-1);
    }

    final String readline(long limit) {
        checkOpen();
        checkReadable();
        writeFlush();
        if (remaining() == 0 && !readChunk()) {
            return "";
        }
        int end = findLineEnd(dchars, dpos, false);
        if (end > 0 && (limit < 0 || end - dpos <= limit)) {
            String line = dchars.substring(dpos, end);
            dpos = end;
            return line;
        }
        StringBuilder sb = new StringBuilder();
        long got = 0;
        while (true) {
            if (remaining() == 0 && !readChunk()) {
                break;
            }
            end = findLineEnd(dchars, dpos, false);
            if (end < 0 && !readuniversal && readnl.length() == 2 && dchars.endsWith("\r")
                    && dchars.length() - 1 > dpos) {
                // a "\r\n" may be split between chunks: keep the "\r" with the next chunk
                int cut = dchars.length() - 1;
                if (limit < 0 || got + dchars.codePointCount(dpos, cut) < limit) {
                    got += dchars.codePointCount(dpos, cut);
                    sb.append(dchars, dpos, cut);
                    dpos = cut;
                    String rest = dchars.substring(cut);
                    if (readChunk()) {
                        dchars = rest + dchars;
                    } else {
                        dchars = rest;
                    }
                    dpos = 0;
                    rawChars = null;
                    continue;
                }
            }
            int stop = end < 0 ? dchars.length() : end;
            if (limit >= 0) {
                // the limit counts code points
                int segment = dchars.codePointCount(dpos, stop);
                if (got + segment >= limit) {
                    stop = dchars.offsetByCodePoints(dpos, (int) (limit - got));
                    sb.append(dchars, dpos, stop);
                    dpos = stop;
                    break;
                }
                got += segment;
            }
            sb.append(dchars, dpos, stop);
            dpos = stop;
            if (end >= 0) {
                break;
            }
            if (readuniversal && !readtranslate && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
                // a final "\r" (the decoder keeps "\r" back unless at the end)
                break;
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ positions

    private void flushAll() {
        writeFlush();
        if (fbuf != null) {
            fbuf.flush();
        } else {
            Abstract.callMethod(buffer, "flush");
        }
    }

    final long tell() {
        checkOpen();
        if (!seekable) {
            throw Io.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyErr.format(PyExc.OSError, "telling position disabled by next() call");
        }
        flushAll();
        long pos = fbuf != null ? fbuf.tell() : Io.index(Abstract.callMethod(buffer, "tell"));
        if (decoder == null) {
            return pos;
        }
        pos -= decoder.pending();
        TextCodec.Encoder enc = encoder != null ? encoder : new TextCodec.Encoder(encoding, errors);
        if (nl != null && nl.pendingCR) {
            pos -= enc.length("\r");
        }
        if (remaining() > 0) {
            pos -= enc.length(rawRemaining());
        }
        return pos;
    }

    private String rawRemaining() {
        if (rawChars == null) {
            return dchars.substring(dpos);
        }
        int i = 0;
        for (int j = 0; j < dpos; j++) {
            if (rawChars.charAt(i) == '\r' && i + 1 < rawChars.length() && rawChars.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
        }
        return rawChars.substring(i);
    }

    private void resetDecoded() {
        dchars = null;
        rawChars = null;
        dpos = 0;
        if (decoder != null) {
            decoder.reset();
        }
        if (nl != null) {
            nl.pendingCR = false;
        }
    }

    final PyObject seek(PyObject cookieObj, int whence) {
        checkOpen();
        if (!seekable) {
            throw Io.unsupported("underlying stream is not seekable");
        }
        switch (whence) {
            case 1:
                if (!Abstract.richCompareBool(cookieObj, PyInt.of(0), dev.adder.runtime.CompareOp.EQ)) {
                    throw Io.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = PyInt.of(tell());
                break;
            case 2: {
                if (!Abstract.richCompareBool(cookieObj, PyInt.of(0), dev.adder.runtime.CompareOp.EQ)) {
                    throw Io.unsupported("can't do nonzero end-relative seeks");
                }
                flushAll();
                resetDecoded();
                PyObject r = fbuf != null ? PyInt.of(fbuf.seek(0, 2))
                        : Abstract.callMethod(buffer, "seek", PyInt.of(0), PyInt.of(2));
                if (encoder != null) {
                    if (Io.index(r) == 0) {
                        encoder.reset();
                    } else {
                        encoder.setState0();
                    }
                }
                return r;
            }
            case 0:
                break;
            default:
                throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (Abstract.richCompareBool(cookieObj, PyInt.of(0), dev.adder.runtime.CompareOp.LT)) {
            throw PyErr.valueError("negative seek position %s", Io.repr(cookieObj));
        }
        long cookie = Io.index(cookieObj);
        flushAll();
        resetDecoded();
        if (fbuf != null) {
            fbuf.seek(cookie, 0);
        } else {
            Abstract.callMethod(buffer, "seek", PyInt.of(cookie));
        }
        if (encoder != null) {
            if (cookie == 0) {
                encoder.reset();
            } else {
                encoder.setState0();
            }
        }
        return cookieObj;
    }

    final PyObject close() {
        checkAttached();
        if (isClosed()) {
            return PyNone.NONE;
        }
        PyException err = null;
        try {
            Abstract.callMethod(this, "flush");
        } catch (PyException e) {
            err = e;
        }
        try {
            if (fbuf != null) {
                fbuf.close();
            } else {
                Abstract.callMethod(buffer, "close");
            }
        } catch (PyException e) {
            if (err != null) {
                throw chain(e, err);
            }
            throw e;
        }
        if (err != null) {
            throw err;
        }
        return PyNone.NONE;
    }

    private static final String[] RECONF_NAMES = {"encoding", "errors", "newline", "line_buffering",
        "write_through"};

    final void reconfigure(PyObject[] a, int n, PyTuple kw) {
        if (n > 0) {
            throw PyErr.typeError("reconfigure() takes no positional arguments");
        }
        PyObject[] v = BuiltinArgs.unpack("reconfigure", a, n, kw, RECONF_NAMES, 0, 0, 0, 0);
        String enc = strOrNone(v[0], "reconfigure", "encoding");
        String err = strOrNone(v[1], "reconfigure", "errors");
        boolean nlGiven = v[2] != null && v[2] != PyEllipsis.ELLIPSIS;
        String newline = nlGiven ? strOrNone(v[2], "reconfigure", "newline") : null;
        if (nlGiven) {
            checkNewline(newline);
        }
        checkAttached();
        if (dchars != null && (enc != null || err != null || nlGiven)) {
            throw Io.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        if (err == null) {
            err = enc == null ? errors : "strict";
        }
        if (enc != null && enc.equals("locale")) {
            enc = "UTF-8";
        }
        if (enc != null && TextCodec.kind(enc) == TextCodec.OTHER) {
            TextCodec.lookup(enc);
        }
        Abstract.callMethod(this, "flush");
        if (v[3] != null && v[3] != PyNone.NONE) {
            lineBuffering = Abstract.isTrue(v[3]);
        }
        if (v[4] != null && v[4] != PyNone.NONE) {
            writeThrough = Abstract.isTrue(v[4]);
        }
        if (enc != null || !err.equals(errors) || nlGiven) {
            if (enc != null) {
                encoding = enc;
            }
            errors = err;
            if (nlGiven) {
                setNewline(newline, v[2]);
            }
            setCodecs();
        }
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyTextIOWrapper(type);
        t.tp_repr = o -> {
            StringBuilder sb = new StringBuilder("<").append(o.type().name());
            for (String attr : new String[] {"name", "mode"}) {
                try {
                    PyObject v = Io.attrOrNull(o, attr);
                    if (v != null) {
                        sb.append(' ').append(attr).append('=').append(Io.repr(v));
                    }
                } catch (PyException e) {
                    if (!e.matches(PyExc.ValueError)) {
                        throw e;
                    }
                }
            }
            PyTextIOWrapper w = self(o);
            if (w.encoding != null) {
                sb.append(" encoding=").append(Io.repr(PyStr.of(w.encoding)));
            }
            return PyStr.of(sb.append('>').toString());
        };
        t.tp_iter = o -> {
            checkClosed(o);
            return o;
        };
        t.tp_iternext = o -> {
            PyTextIOWrapper w = self(o);
            w.telling = false;
            PyObject line;
            if (o.type() == TYPE) {
                String s = w.nextLine();
                line = s.isEmpty() ? null : PyStr.of(s);
            } else {
                PyObject r = Abstract.callMethod(o, "readline");
                if (!(r instanceof PyStr rs)) {
                    throw PyErr.format(PyExc.OSError, "readline() should have returned a str object, not '%s'",
                            r.type().name());
                }
                line = rs.length() == 0 ? null : rs;
            }
            if (line == null) {
                w.dchars = null;
                w.rawChars = null;
                w.telling = w.seekable;
            }
            return line;
        };
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            init(self(s), a, n, kw);
            return PyNone.NONE;
        });
        def(t, "detach", (s, a, n, kw) -> {
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            Abstract.callMethod(s, "flush");
            PyObject b = w.buffer;
            w.buffer = null;
            w.fbuf = null;
            w.ok = false;
            w.detached = true;
            return b;
        });
        def(t, "reconfigure", (s, a, n, kw) -> {
            self(s).reconfigure(a, n, kw);
            return PyNone.NONE;
        });
        def(t, "write", (s, a, n, kw) -> {
            args("write", n, kw, 1, 1);
            return PyInt.of(self(s).write(a[0]));
        });
        def(t, "read", (s, a, n, kw) -> {
            args("read", n, kw, 0, 1);
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            return PyStr.of(w.read(Io.size(n > 0 ? a[0] : null)));
        });
        def(t, "readline", (s, a, n, kw) -> {
            args("readline", n, kw, 0, 1);
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            if (n > 0 && !Abstract.isIndex(a[0])) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", a[0].type().name());
            }
            return PyStr.of(w.readline(Io.size(n > 0 ? a[0] : null)));
        });
        def(t, "flush", (s, a, n, kw) -> {
            PyTextIOWrapper w = self(s);
            w.checkOpen();
            w.telling = w.seekable;
            w.flushAll();
            return PyNone.NONE;
        });
        def(t, "close", (s, a, n, kw) -> self(s).close());
        for (String name : new String[] {"fileno", "seekable", "readable", "writable", "isatty"}) {
            def(t, name, (s, a, n, kw) -> {
                self(s).checkAttached();
                return Abstract.callMethod(self(s).buffer, name);
            });
        }
        def(t, "seek", (s, a, n, kw) -> {
            args("seek", n, kw, 1, 2);
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            int whence = n > 1 ? (int) Io.index(a[1]) : 0;
            return w.seek(a[0], whence);
        });
        def(t, "tell", (s, a, n, kw) -> {
            args("tell", n, kw, 0, 0);
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            return PyInt.of(w.tell());
        });
        def(t, "truncate", (s, a, n, kw) -> {
            args("truncate", n, kw, 0, 1);
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            Abstract.callMethod(s, "flush");
            return Abstract.callMethod(w.buffer, "truncate", n > 0 ? a[0] : PyNone.NONE);
        });
        getter(t, "encoding", s -> {
            PyTextIOWrapper w = self(s);
            return w.encoding == null ? PyNone.NONE : PyStr.of(w.encoding);
        });
        getter(t, "errors", s -> {
            PyTextIOWrapper w = self(s);
            return w.errors == null ? PyNone.NONE : PyStr.of(w.errors);
        });
        getter(t, "buffer", s -> self(s).buffer == null ? PyNone.NONE : self(s).buffer);
        getter(t, "line_buffering", s -> PyBool.of(self(s).lineBuffering));
        getter(t, "write_through", s -> PyBool.of(self(s).writeThrough));
        getter(t, "_finalizing", s -> PyBool.FALSE);
        getter(t, "name", s -> {
            self(s).checkAttached();
            return Abstract.getAttr(self(s).buffer, "name");
        });
        getter(t, "closed", s -> {
            self(s).checkAttached();
            return PyBool.of(self(s).isClosed());
        });
        getter(t, "newlines", s -> {
            PyTextIOWrapper w = self(s);
            w.checkAttached();
            return w.nl == null ? PyNone.NONE : w.nl.newlines();
        });
        t.setAttribute("_CHUNK_SIZE", new PyGetSetDescr(t, "_CHUNK_SIZE", s -> {
            self(s).checkAttached();
            return PyInt.of(self(s).chunkSize);
        }, (s, v) -> {
            self(s).checkAttached();
            if (v == null) {
                throw PyErr.attributeError("cannot delete attribute");
            }
            long size = Io.index(v);
            if (size <= 0) {
                throw PyErr.valueError("a strictly positive integer is required");
            }
            self(s).chunkSize = (int) Math.min(size, 1 << 30);
        }));
        t.setAttribute("__doc__", PyStr.of("Character and line based layer over a BufferedIOBase object, buffer."));
    }
}
