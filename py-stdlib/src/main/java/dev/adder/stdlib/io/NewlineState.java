package dev.adder.stdlib.io;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The newline part of {@code IncrementalNewlineDecoder}: keeps a final {@code \r} back until the
 * next piece shows whether a {@code \n} follows, records the kinds of newline seen and (when
 * translating) turns {@code \r\n} and {@code \r} into {@code \n}.
 *
 * <p>CPython: Modules/_io/textio.c ({@code _PyIncrementalNewlineDecoder_decode}).
 */
final class NewlineState {
    static final int LF = 1;
    static final int CR = 2;
    static final int CRLF = 4;

    final boolean translate;
    boolean pendingCR;
    int seen;
    /** The last output of {@link #decode} before translation. */
    String lastRaw;

    NewlineState(boolean translate) {
        this.translate = translate;
    }

    String decode(String output, boolean fin) {
        if (pendingCR && (!output.isEmpty() || fin)) {
            output = "\r" + output;
            pendingCR = false;
        }
        int len = output.length();
        if (len > 0 && output.charAt(len - 1) == '\r' && !fin) {
            output = output.substring(0, len - 1);
            pendingCR = true;
            len--;
        }
        lastRaw = output;
        boolean hasCR = output.indexOf('\r') >= 0;
        if (!hasCR) {
            if (seen != (seen | LF) && output.indexOf('\n') >= 0) {
                seen |= LF;
            }
            return output;
        }
        int cr = 0;
        int lf = 0;
        int crlf = 0;
        for (int i = 0; i < len; i++) {
            char c = output.charAt(i);
            if (c == '\r') {
                if (i + 1 < len && output.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (lf > 0) {
            seen |= LF;
        }
        if (cr > 0) {
            seen |= CR;
        }
        if (crlf > 0) {
            seen |= CRLF;
        }
        if (translate) {
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                char c = output.charAt(i);
                if (c == '\r') {
                    sb.append('\n');
                    if (i + 1 < len && output.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        return output;
    }

    void reset() {
        seen = 0;
        pendingCR = false;
    }

    PyObject newlines() {
        return newlines(seen);
    }

    static PyObject newlines(int seen) {
        PyStr lf = PyStr.of("\n");
        PyStr cr = PyStr.of("\r");
        PyStr crlf = PyStr.of("\r\n");
        switch (seen) {
            case 0: return PyNone.NONE;
            case 1: return lf;
            case 2: return cr;
            case 3: return PyTuple.of(cr, lf);
            case 4: return crlf;
            case 5: return PyTuple.of(lf, crlf);
            case 6: return PyTuple.of(cr, crlf);
            default: return PyTuple.of(cr, lf, crlf);
        }
    }
}
