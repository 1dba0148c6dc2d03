package dev.adder.stdlib.sre.internal;

import static dev.adder.stdlib.sre.internal.SreConstants.*;

import java.util.Arrays;

/**
 * The matching engine: runs a compiled pattern (the code list made by Lib/re/_compiler.py) over a
 * subject of code points (a BMP string's chars, a string's code points, or bytes) between
 * {@code pos} and {@code endpos}. Backtracking keeps its contexts on explicit stacks (arrays), never
 * on the Java stack, so long subjects cannot overflow it; the algorithm is sre's: each operator
 * that may backtrack runs the rest of the pattern as a child context and resumes when the child
 * fails.
 *
 * <p>CPython: Modules/_sre/sre_lib.h ({@code SRE(match)}, {@code SRE(search)}, {@code SRE(count)},
 * {@code SRE(charset)}, {@code SRE(at)}), Modules/_sre/sre.c ({@code state_init},
 * {@code state_reset}).
 */
public final class SreState {
    /** Positions stored for "no position" (C's NULL pointers). */
    private static final int NONE = -1;
    private static final int NO_LAST_PTR = Integer.MIN_VALUE;
    private static final long MAXREPEAT = 0xFFFFFFFFL;

    private final int[] code;
    /** 0: {@link #str} (BMP); 1: {@link #cps}; 2: {@link #bytes}. */
    private final int kind;
    private final String str;
    private final int[] cps;
    private final byte[] bytes;

    /** The subject's length; positions run from 0 ({@code beginning}). */
    public final int length;
    /** The adjusted {@code pos} and {@code endpos}. */
    public final int pos;
    /** The adjusted {@code endpos}. */
    public final int endpos;
    /** Where the current attempt starts (after a search: where the match starts). */
    public int start;
    /** {@code end}: matching never reads at or beyond it. */
    private final int end;
    /** After a successful match: where it ends. */
    public int ptr;
    private boolean matchAll;
    /** An empty match at {@link #start} is refused (finditer, sub, split after an empty match). */
    public boolean mustAdvance;
    /** {@code start == -1} marks an exhausted scanner. */
    public boolean exhausted;

    /** Group marks: 2*g is the start, 2*g+1 the end of group g+1; -1 when unset. */
    public int[] mark;
    /** The highest valid index in {@link #mark}. */
    public int lastmark = -1;
    /** The last group closed, or -1. */
    public int lastindex = -1;
    private Repeat repeat;

    /** The context stack (sre's match contexts). */
    private int[] cPc = new int[16];
    private int[] cPtr = new int[16];
    private int[] cCount = new int[16];
    private int[] cLastmark = new int[16];
    private int[] cLastindex = new int[16];
    private int[] cJump = new int[16];
    private boolean[] cToplevel = new boolean[16];
    private Repeat[] cRep = new Repeat[16];
    private int csp = -1;

    /** The data stack (saved marks and repeat positions). */
    private int[] data = new int[32];
    private int dsp;

    /** A repeat context ({@code SRE_REPEAT}). */
    private static final class Repeat {
        int count;
        final int pc;
        int lastPtr;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.count = -1;
            this.pc = pc;
            this.lastPtr = NO_LAST_PTR;
            this.prev = prev;
        }
    }

    /** A state for a str subject whose chars are its code points. */
    public static SreState ofString(int[] code, int groups, String s, long pos, long endpos) {
        return new SreState(code, groups, 0, s, null, null, s.length(), pos, endpos);
    }

    /** A state for a str subject given as code points. */
    public static SreState ofCodePoints(int[] code, int groups, int[] cps, long pos, long endpos) {
        return new SreState(code, groups, 1, null, cps, null, cps.length, pos, endpos);
    }

    /** A state for a bytes-like subject. */
    public static SreState ofBytes(int[] code, int groups, byte[] b, int len, long pos, long endpos) {
        return new SreState(code, groups, 2, null, null, b, len, pos, endpos);
    }

    private SreState(int[] code, int groups, int kind, String str, int[] cps, byte[] bytes, int length, long pos,
            long endpos) {
        this.code = code;
        this.kind = kind;
        this.str = str;
        this.cps = cps;
        this.bytes = bytes;
        this.length = length;
        if (pos < 0) {
            pos = 0;
        } else if (pos > length) {
            pos = length;
        }
        if (endpos < 0) {
            endpos = 0;
        } else if (endpos > length) {
            endpos = length;
        }
        this.pos = (int) pos;
        this.endpos = (int) endpos;
        this.start = this.pos;
        this.end = this.endpos;
        this.ptr = this.pos;
        this.mark = new int[Math.max(2, 2 * groups)];
    }

    private int ch(int i) {
        switch (kind) {
            case 0:
                return str.charAt(i);
            case 1:
                return cps[i];
            default:
                return bytes[i] & 0xff;
        }
    }

    /** {@code state_reset}. */
    public void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        csp = -1;
        dsp = 0;
    }

    /** The start of group {@code g} (0 = the whole match) after a success, or -1. */
    public int groupStart(int g) {
        if (g == 0) {
            return start;
        }
        int j = 2 * (g - 1);
        if (j + 1 <= lastmark && mark[j] >= 0 && mark[j + 1] >= 0) {
            return mark[j];
        }
        return -1;
    }

    /** The end of group {@code g} after a success, or -1. */
    public int groupEnd(int g) {
        if (g == 0) {
            return ptr;
        }
        int j = 2 * (g - 1);
        if (j + 1 <= lastmark && mark[j] >= 0 && mark[j + 1] >= 0) {
            return mark[j + 1];
        }
        return -1;
    }

    // ------------------------------------------------------------------ entry points

    /** {@code sre_match}: matches at {@link #start}; {@code matchAll} for fullmatch. */
    public boolean match(boolean matchAll) {
        this.matchAll = matchAll;
        ptr = start;
        boolean r = run(0, true);
        this.matchAll = false;
        return r;
    }

    /** {@code sre_search}: the first match at or after {@link #start}. */
    public boolean search() {
        int p = start;
        int e = end;
        this.matchAll = false;
        if (p > e) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = -1;
        int charset = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e -= (int) Math.min(min - 1, Integer.MAX_VALUE);
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & SRE_INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
            } else if ((flags & SRE_INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen >= 1) {
            e = end;
            if (prefixLen > e - p) {
                return false;
            }
            mustAdvance = false;
            int c0 = code[prefix];
            int last = e - prefixLen;
            for (int s = p; s <= last; s++) {
                if (ch(s) != c0) {
                    continue;
                }
                int i = 1;
                while (i < prefixLen && ch(s + i) == code[prefix + i]) {
                    i++;
                }
                if (i < prefixLen) {
                    continue;
                }
                start = s;
                if ((flags & SRE_INFO_LITERAL) != 0) {
                    ptr = s + prefixLen;
                    return true;
                }
                ptr = s + prefixSkip;
                if (run(pc + 2 * prefixSkip, false)) {
                    return true;
                }
                reset();
            }
            return false;
        }
        if (charset >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !inCharset(charset, ch(p))) {
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (run(pc, false)) {
                    return true;
                }
                p++;
                reset();
            }
        }
        start = p;
        ptr = p;
        boolean status = run(pc, true);
        mustAdvance = false;
        if (!status && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = end;
            return false;
        }
        while (!status && p < e) {
            p++;
            reset();
            start = p;
            ptr = p;
            status = run(pc, false);
        }
        return status;
    }

    // ------------------------------------------------------------------ helpers

    /** {@code SRE(at)}. */
    private boolean at(int p, int atcode) {
        boolean thisp;
        boolean thatp;
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || SreChars.isLinebreak(ch(p - 1));
            case AT_END:
                return (end - p == 1 && SreChars.isLinebreak(ch(p))) || p == end;
            case AT_END_LINE:
                return p == end || SreChars.isLinebreak(ch(p));
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.isWord(ch(p - 1));
                thisp = p < end && SreChars.isWord(ch(p));
                return atcode == AT_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.locIsWord(ch(p - 1));
                thisp = p < end && SreChars.locIsWord(ch(p));
                return atcode == AT_LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.uniIsWord(ch(p - 1));
                thisp = p < end && SreChars.uniIsWord(ch(p));
                return atcode == AT_UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
            default:
                return false;
        }
    }

    /** {@code SRE(charset)}: is {@code c} in the set starting at {@code set}? */
    private boolean inCharset(int set, int c) {
        boolean ok = true;
        int[] code = this.code;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (c == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], c)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (c < 256 && (code[set + (c >>> 5)] & (1 << (c & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (code[set] <= c && c <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[set] <= c && c <= code[set + 1]) {
                        return ok;
                    }
                    int uc = SreChars.upperUnicode(c);
                    if (code[set] <= uc && uc <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (c < 0x10000) {
                        int idx = c >>> 8;
                        block = (code[set + (idx >>> 2)] >>> ((idx & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (c & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (c & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean inCharsetLocIgnore(int set, int c) {
        int lo = SreChars.lowerAscii(c);
        if (inCharset(set, lo)) {
            return true;
        }
        int up = SreChars.upperAscii(c);
        return up != lo && inCharset(set, up);
    }

    /** Does the one-character item at {@code pc} match {@code c}? */
    private boolean matchOne(int pc, int c) {
        int[] code = this.code;
        switch (code[pc]) {
            case LITERAL:
                return c == code[pc + 1];
            case NOT_LITERAL:
                return c != code[pc + 1];
            case ANY:
                return !SreChars.isLinebreak(c);
            case ANY_ALL:
                return true;
            case IN:
                return inCharset(pc + 2, c);
            case IN_IGNORE:
                return inCharset(pc + 2, SreChars.lowerAscii(c));
            case IN_UNI_IGNORE:
                return inCharset(pc + 2, SreChars.lowerUnicode(c));
            case IN_LOC_IGNORE:
                return inCharsetLocIgnore(pc + 2, c);
            case LITERAL_IGNORE:
                return SreChars.lowerAscii(c) == code[pc + 1];
            case NOT_LITERAL_IGNORE:
                return SreChars.lowerAscii(c) != code[pc + 1];
            case LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(c) == code[pc + 1];
            case NOT_LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(c) != code[pc + 1];
            case LITERAL_LOC_IGNORE:
                return SreChars.charLocIgnore(code[pc + 1], c);
            case NOT_LITERAL_LOC_IGNORE:
                return !SreChars.charLocIgnore(code[pc + 1], c);
            case CATEGORY:
                return SreChars.category(code[pc + 1], c);
            default:
                return false;
        }
    }

    /** {@code SRE(count)}: how many times (at most {@code maxcount}) the item at {@code pc} repeats from {@link #ptr}. */
    private int count(int pc, long maxcount) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) {
            e = p + (int) maxcount;
        }
        int[] code = this.code;
        switch (code[pc]) {
            case ANY_ALL:
                return Math.max(e - p, 0);
            case LITERAL: {
                int c = code[pc + 1];
                if (kind == 0) {
                    String s = str;
                    while (p < e && s.charAt(p) == c) {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) == c) {
                        p++;
                    }
                }
                break;
            }
            case ANY:
                if (kind == 0) {
                    String s = str;
                    while (p < e && s.charAt(p) != '\n') {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) != '\n') {
                        p++;
                    }
                }
                break;
            default:
                while (p < e && matchOne(pc, ch(p))) {
                    p++;
                }
                break;
        }
        return Math.max(p - ptr, 0);
    }

    // ------------------------------------------------------------------ stacks

    private void pushData(int v) {
        if (dsp == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dsp++] = v;
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dsp + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dsp + n));
            }
            System.arraycopy(mark, 0, data, dsp, n);
            dsp += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            dsp -= n;
            System.arraycopy(data, dsp, mark, 0, n);
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dsp - n, mark, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dsp -= lm + 1;
        }
    }

    private void pushContext(int pc, boolean toplevel, int jump) {
        int c = ++csp;
        if (c == cPc.length) {
            int n = c * 2;
            cPc = Arrays.copyOf(cPc, n);
            cPtr = Arrays.copyOf(cPtr, n);
            cCount = Arrays.copyOf(cCount, n);
            cLastmark = Arrays.copyOf(cLastmark, n);
            cLastindex = Arrays.copyOf(cLastindex, n);
            cJump = Arrays.copyOf(cJump, n);
            cToplevel = Arrays.copyOf(cToplevel, n);
            cRep = Arrays.copyOf(cRep, n);
        }
        cPc[c] = pc;
        cToplevel[c] = toplevel;
        cJump[c] = jump;
        cRep[c] = null;
    }

    // jump kinds (where a context resumes when its child returns)
    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;

    // actions of the main loop besides resuming
    private static final int A_ENTER = 100;
    private static final int A_DISPATCH = 101;
    private static final int A_EXIT = 102;
    private static final int A_BRANCH_LOOP = 103;
    private static final int A_REPEAT_ONE_LIT_LOOP = 104;
    private static final int A_REPEAT_ONE_LOOP = 105;
    private static final int A_MIN_REPEAT_ONE_LOOP = 106;
    private static final int A_POSS_REPEAT_MIN_LOOP = 107;
    private static final int A_POSS_REPEAT_LOOP = 108;
    private static final int A_MAX_UNTIL_TAIL = 109;

    private static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    /** {@code SRE(match)}: runs the code from {@code pc0} at {@link #ptr}; on success {@link #ptr} is the end. */
    private boolean run(int pc0, boolean toplevel) {
        final int[] code = this.code;
        final int end = this.end;
        int baseCsp = csp;
        pushContext(pc0, toplevel, JUMP_NONE);
        int c = csp;
        int pc = pc0;
        int p = ptr;
        boolean ret = false;
        int sigcount = 0;
        int action = A_ENTER;
        for (;;) {
            switch (action) {
                case A_ENTER: {
                    if ((++sigcount & 0xfff) == 0 && dev.adder.vm.Signals.pending) {
                        // a KeyboardInterrupt stops a long match (the state is reset before reuse)
                        dev.adder.vm.Signals.handlePending();
                    }
                    p = ptr;
                    if (code[pc] == INFO) {
                        long min = u(code[pc + 3]);
                        long avail = end - p;
                        if (min != 0 && avail >= 0 && avail < min) {
                            ret = false;
                            action = A_EXIT;
                            break;
                        }
                        pc += code[pc + 1] + 1;
                    }
                    action = A_DISPATCH;
                    break;
                }
                case A_DISPATCH: {
                    action = -1;
                    // the simple operators run in this inner loop; the others set an action
                    inner:
                    for (;;) {
                        int op = code[pc++];
                        switch (op) {
                            case MARK: {
                                int i = code[pc];
                                if ((i & 1) != 0) {
                                    lastindex = i / 2 + 1;
                                }
                                if (i > lastmark) {
                                    int j = lastmark + 1;
                                    while (j < i) {
                                        mark[j++] = NONE;
                                    }
                                    lastmark = i;
                                }
                                mark[i] = p;
                                pc++;
                                continue;
                            }
                            case LITERAL:
                                if (p >= end || ch(p) != code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case NOT_LITERAL:
                                if (p >= end || ch(p) == code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case SUCCESS:
                                if (cToplevel[c] && ((matchAll && p != end) || (mustAdvance && p == start))) {
                                    break inner;
                                }
                                ptr = p;
                                ret = true;
                                action = A_EXIT;
                                break inner;
                            case AT:
                                if (!at(p, code[pc])) {
                                    break inner;
                                }
                                pc++;
                                continue;
                            case CATEGORY:
                                if (p >= end || !SreChars.category(code[pc], ch(p))) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case ANY:
                                if (p >= end || SreChars.isLinebreak(ch(p))) {
                                    break inner;
                                }
                                p++;
                                continue;
                            case ANY_ALL:
                                if (p >= end) {
                                    break inner;
                                }
                                p++;
                                continue;
                            case IN:
                                if (p >= end || !inCharset(pc + 1, ch(p))) {
                                    break inner;
                                }
                                pc += code[pc];
                                p++;
                                continue;
                            case LITERAL_IGNORE:
                                if (p >= end || SreChars.lowerAscii(ch(p)) != code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case LITERAL_UNI_IGNORE:
                                if (p >= end || SreChars.lowerUnicode(ch(p)) != code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case LITERAL_LOC_IGNORE:
                                if (p >= end || !SreChars.charLocIgnore(code[pc], ch(p))) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case NOT_LITERAL_IGNORE:
                                if (p >= end || SreChars.lowerAscii(ch(p)) == code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case NOT_LITERAL_UNI_IGNORE:
                                if (p >= end || SreChars.lowerUnicode(ch(p)) == code[pc]) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case NOT_LITERAL_LOC_IGNORE:
                                if (p >= end || SreChars.charLocIgnore(code[pc], ch(p))) {
                                    break inner;
                                }
                                pc++;
                                p++;
                                continue;
                            case IN_IGNORE:
                                if (p >= end || !inCharset(pc + 1, SreChars.lowerAscii(ch(p)))) {
                                    break inner;
                                }
                                pc += code[pc];
                                p++;
                                continue;
                            case IN_UNI_IGNORE:
                                if (p >= end || !inCharset(pc + 1, SreChars.lowerUnicode(ch(p)))) {
                                    break inner;
                                }
                                pc += code[pc];
                                p++;
                                continue;
                            case IN_LOC_IGNORE:
                                if (p >= end || !inCharsetLocIgnore(pc + 1, ch(p))) {
                                    break inner;
                                }
                                pc += code[pc];
                                p++;
                                continue;
                            case JUMP:
                            case INFO:
                                pc += code[pc];
                                continue;
                            case BRANCH:
                                cLastmark[c] = lastmark;
                                cLastindex[c] = lastindex;
                                if (repeat != null) {
                                    markPush(lastmark);
                                }
                                action = A_BRANCH_LOOP;
                                break inner;
                            case REPEAT_ONE: {
                                long min = u(code[pc + 1]);
                                if (min > end - p) {
                                    break inner;
                                }
                                ptr = p;
                                int cnt = count(pc + 3, u(code[pc + 2]));
                                p += cnt;
                                if (cnt < min) {
                                    break inner;
                                }
                                int tail = pc + code[pc];
                                if (code[tail] == SUCCESS && p == end
                                        && !(cToplevel[c] && mustAdvance && p == start)) {
                                    ptr = p;
                                    ret = true;
                                    action = A_EXIT;
                                    break inner;
                                }
                                cCount[c] = cnt;
                                cLastmark[c] = lastmark;
                                cLastindex[c] = lastindex;
                                if (repeat != null) {
                                    markPush(lastmark);
                                }
                                action = code[tail] == LITERAL ? A_REPEAT_ONE_LIT_LOOP : A_REPEAT_ONE_LOOP;
                                break inner;
                            }
                            case MIN_REPEAT_ONE: {
                                long min = u(code[pc + 1]);
                                if (min > end - p) {
                                    break inner;
                                }
                                ptr = p;
                                int cnt = 0;
                                if (min != 0) {
                                    cnt = count(pc + 3, min);
                                    if (cnt < min) {
                                        break inner;
                                    }
                                    p += cnt;
                                }
                                int tail = pc + code[pc];
                                if (code[tail] == SUCCESS && !(cToplevel[c]
                                        && ((matchAll && p != end) || (mustAdvance && p == start)))) {
                                    ptr = p;
                                    ret = true;
                                    action = A_EXIT;
                                    break inner;
                                }
                                cCount[c] = cnt;
                                cLastmark[c] = lastmark;
                                cLastindex[c] = lastindex;
                                if (repeat != null) {
                                    markPush(lastmark);
                                }
                                action = A_MIN_REPEAT_ONE_LOOP;
                                break inner;
                            }
                            case POSSESSIVE_REPEAT_ONE: {
                                long min = u(code[pc + 1]);
                                if (p + min > end) {
                                    break inner;
                                }
                                ptr = p;
                                int cnt = count(pc + 3, u(code[pc + 2]));
                                p += cnt;
                                if (cnt < min) {
                                    break inner;
                                }
                                pc += code[pc];
                                if (code[pc] == SUCCESS && p == end
                                        && !(cToplevel[c] && mustAdvance && p == start)) {
                                    ptr = p;
                                    ret = true;
                                    action = A_EXIT;
                                    break inner;
                                }
                                continue;
                            }
                            case REPEAT: {
                                Repeat rep = new Repeat(pc, repeat);
                                cRep[c] = rep;
                                repeat = rep;
                                ptr = p;
                                cPc[c] = pc;
                                cPtr[c] = p;
                                pushContext(pc + code[pc], cToplevel[c], JUMP_REPEAT);
                                c = csp;
                                pc = cPc[c];
                                action = A_ENTER;
                                break inner;
                            }
                            case MAX_UNTIL: {
                                Repeat rep = repeat;
                                if (rep == null) {
                                    throw new IllegalStateException("internal error in regular expression engine");
                                }
                                cRep[c] = rep;
                                ptr = p;
                                int cnt = rep.count + 1;
                                cCount[c] = cnt;
                                if (cnt < u(code[rep.pc + 1])) {
                                    rep.count = cnt;
                                    cPc[c] = pc;
                                    cPtr[c] = p;
                                    pushContext(rep.pc + 3, cToplevel[c], JUMP_MAX_UNTIL_1);
                                    c = csp;
                                    pc = cPc[c];
                                    action = A_ENTER;
                                    break inner;
                                }
                                long max = u(code[rep.pc + 2]);
                                if ((cnt < max || max == MAXREPEAT) && ptr != rep.lastPtr) {
                                    rep.count = cnt;
                                    cLastmark[c] = lastmark;
                                    cLastindex[c] = lastindex;
                                    markPush(lastmark);
                                    pushData(rep.lastPtr);
                                    rep.lastPtr = ptr;
                                    cPc[c] = pc;
                                    cPtr[c] = p;
                                    pushContext(rep.pc + 3, cToplevel[c], JUMP_MAX_UNTIL_2);
                                    c = csp;
                                    pc = cPc[c];
                                    action = A_ENTER;
                                    break inner;
                                }
                                action = A_MAX_UNTIL_TAIL;
                                break inner;
                            }
                            case MIN_UNTIL: {
                                Repeat rep = repeat;
                                if (rep == null) {
                                    throw new IllegalStateException("internal error in regular expression engine");
                                }
                                cRep[c] = rep;
                                ptr = p;
                                int cnt = rep.count + 1;
                                cCount[c] = cnt;
                                if (cnt < u(code[rep.pc + 1])) {
                                    rep.count = cnt;
                                    cPc[c] = pc;
                                    cPtr[c] = p;
                                    pushContext(rep.pc + 3, cToplevel[c], JUMP_MIN_UNTIL_1);
                                    c = csp;
                                    pc = cPc[c];
                                    action = A_ENTER;
                                    break inner;
                                }
                                repeat = rep.prev;
                                cLastmark[c] = lastmark;
                                cLastindex[c] = lastindex;
                                if (repeat != null) {
                                    markPush(lastmark);
                                }
                                cPc[c] = pc;
                                cPtr[c] = p;
                                pushContext(pc, cToplevel[c], JUMP_MIN_UNTIL_2);
                                c = csp;
                                action = A_ENTER;
                                break inner;
                            }
                            case POSSESSIVE_REPEAT:
                                ptr = p;
                                cCount[c] = 0;
                                action = A_POSS_REPEAT_MIN_LOOP;
                                break inner;
                            case ATOMIC_GROUP:
                                ptr = p;
                                cPc[c] = pc;
                                cPtr[c] = p;
                                pushContext(pc + 1, false, JUMP_ATOMIC_GROUP);
                                c = csp;
                                pc = cPc[c];
                                action = A_ENTER;
                                break inner;
                            case GROUPREF:
                            case GROUPREF_IGNORE:
                            case GROUPREF_UNI_IGNORE:
                            case GROUPREF_LOC_IGNORE: {
                                int g = code[pc] * 2;
                                if (g >= lastmark) {
                                    break inner;
                                }
                                int s = mark[g];
                                int e = mark[g + 1];
                                if (s < 0 || e < 0 || e < s) {
                                    break inner;
                                }
                                if (e - s > end - p) {
                                    break inner;
                                }
                                boolean ok = true;
                                for (; s < e; s++, p++) {
                                    int a = ch(p);
                                    int b = ch(s);
                                    if (op == GROUPREF) {
                                        ok = a == b;
                                    } else if (op == GROUPREF_IGNORE || op == GROUPREF_LOC_IGNORE) {
                                        ok = SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                                    } else {
                                        ok = SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                                    }
                                    if (!ok) {
                                        break;
                                    }
                                }
                                if (!ok) {
                                    break inner;
                                }
                                pc++;
                                continue;
                            }
                            case GROUPREF_EXISTS: {
                                int g = code[pc] * 2;
                                if (g >= lastmark) {
                                    pc += code[pc + 1];
                                    continue;
                                }
                                int s = mark[g];
                                int e = mark[g + 1];
                                if (s < 0 || e < 0 || e < s) {
                                    pc += code[pc + 1];
                                    continue;
                                }
                                pc += 2;
                                continue;
                            }
                            case ASSERT: {
                                int back = code[pc + 1];
                                if (back < 0 || p < back) {
                                    break inner;
                                }
                                ptr = p - back;
                                cPc[c] = pc;
                                cPtr[c] = p;
                                pushContext(pc + 2, false, JUMP_ASSERT);
                                c = csp;
                                pc = cPc[c];
                                action = A_ENTER;
                                break inner;
                            }
                            case ASSERT_NOT: {
                                int back = code[pc + 1];
                                if (back >= 0 && p >= back) {
                                    ptr = p - back;
                                    cLastmark[c] = lastmark;
                                    cLastindex[c] = lastindex;
                                    if (repeat != null) {
                                        markPush(lastmark);
                                    }
                                    cPc[c] = pc;
                                    cPtr[c] = p;
                                    pushContext(pc + 2, false, JUMP_ASSERT_NOT);
                                    c = csp;
                                    pc = cPc[c];
                                    action = A_ENTER;
                                    break inner;
                                }
                                pc += code[pc];
                                continue;
                            }
                            case FAILURE:
                                break inner;
                            default:
                                throw new IllegalStateException("internal error in regular expression engine");
                        }
                    }
                    if (action == -1) {
                        ret = false;
                        action = A_EXIT;
                    }
                    break;
                }
                case A_EXIT: {
                    int jump = cJump[c];
                    csp--;
                    c = csp;
                    if (c == baseCsp) {
                        return ret;
                    }
                    pc = cPc[c];
                    p = cPtr[c];
                    action = jump;
                    break;
                }
                case A_BRANCH_LOOP: {
                    // pc points at the skip of the next alternative
                    action = -1;
                    for (; code[pc] != 0; pc += code[pc]) {
                        if (code[pc + 1] == LITERAL && (p >= end || ch(p) != code[pc + 2])) {
                            continue;
                        }
                        if (code[pc + 1] == IN && (p >= end || !inCharset(pc + 3, ch(p)))) {
                            continue;
                        }
                        ptr = p;
                        cPc[c] = pc;
                        cPtr[c] = p;
                        pushContext(pc + 1, cToplevel[c], JUMP_BRANCH);
                        c = csp;
                        pc = cPc[c];
                        action = A_ENTER;
                        break;
                    }
                    if (action == -1) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        ret = false;
                        action = A_EXIT;
                    }
                    break;
                }
                case JUMP_BRANCH:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        action = A_EXIT;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(cLastmark[c]);
                    }
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    pc += code[pc];
                    action = A_BRANCH_LOOP;
                    break;
                case A_REPEAT_ONE_LIT_LOOP: {
                    // pc points at REPEAT_ONE's skip; p and cCount[c] are the current repetition
                    long min = u(code[pc + 1]);
                    int tail = pc + code[pc];
                    int chr = code[tail + 1];
                    int cnt = cCount[c];
                    while (cnt >= min && (p >= end || ch(p) != chr)) {
                        p--;
                        cnt--;
                    }
                    if (cnt < min) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        ret = false;
                        action = A_EXIT;
                        break;
                    }
                    cCount[c] = cnt;
                    ptr = p;
                    cPc[c] = pc;
                    cPtr[c] = p;
                    pushContext(tail, cToplevel[c], JUMP_REPEAT_ONE_1);
                    c = csp;
                    pc = tail;
                    action = A_ENTER;
                    break;
                }
                case A_REPEAT_ONE_LOOP: {
                    long min = u(code[pc + 1]);
                    if (cCount[c] < min) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        ret = false;
                        action = A_EXIT;
                        break;
                    }
                    int tail = pc + code[pc];
                    ptr = p;
                    cPc[c] = pc;
                    cPtr[c] = p;
                    pushContext(tail, cToplevel[c], JUMP_REPEAT_ONE_2);
                    c = csp;
                    pc = tail;
                    action = A_ENTER;
                    break;
                }
                case JUMP_REPEAT_ONE_1:
                case JUMP_REPEAT_ONE_2:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        action = A_EXIT;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(cLastmark[c]);
                    }
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    p--;
                    cCount[c]--;
                    action = action == JUMP_REPEAT_ONE_1 ? A_REPEAT_ONE_LIT_LOOP : A_REPEAT_ONE_LOOP;
                    break;
                case A_MIN_REPEAT_ONE_LOOP: {
                    long max = u(code[pc + 2]);
                    if (max == MAXREPEAT || cCount[c] <= max) {
                        int tail = pc + code[pc];
                        ptr = p;
                        cPc[c] = pc;
                        cPtr[c] = p;
                        pushContext(tail, cToplevel[c], JUMP_MIN_REPEAT_ONE);
                        c = csp;
                        pc = tail;
                        action = A_ENTER;
                        break;
                    }
                    if (repeat != null) {
                        markPopDiscard(cLastmark[c]);
                    }
                    ret = false;
                    action = A_EXIT;
                    break;
                }
                case JUMP_MIN_REPEAT_ONE: {
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        action = A_EXIT;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(cLastmark[c]);
                    }
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    ptr = p;
                    if (count(pc + 3, 1) == 0) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        ret = false;
                        action = A_EXIT;
                        break;
                    }
                    p++;
                    cCount[c]++;
                    action = A_MIN_REPEAT_ONE_LOOP;
                    break;
                }
                case JUMP_REPEAT: {
                    Repeat rep = cRep[c];
                    repeat = rep.prev;
                    action = A_EXIT;
                    break;
                }
                case JUMP_MAX_UNTIL_1: {
                    if (ret) {
                        action = A_EXIT;
                        break;
                    }
                    Repeat rep = cRep[c];
                    rep.count = cCount[c] - 1;
                    ptr = p;
                    action = A_EXIT;
                    break;
                }
                case JUMP_MAX_UNTIL_2: {
                    Repeat rep = cRep[c];
                    rep.lastPtr = data[--dsp];
                    if (ret) {
                        markPopDiscard(cLastmark[c]);
                        action = A_EXIT;
                        break;
                    }
                    markPop(cLastmark[c]);
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    rep.count = cCount[c] - 1;
                    ptr = p;
                    action = A_MAX_UNTIL_TAIL;
                    break;
                }
                case A_MAX_UNTIL_TAIL: {
                    Repeat rep = cRep[c];
                    repeat = rep.prev;
                    cPc[c] = pc;
                    cPtr[c] = p;
                    pushContext(pc, cToplevel[c], JUMP_MAX_UNTIL_3);
                    c = csp;
                    action = A_ENTER;
                    break;
                }
                case JUMP_MAX_UNTIL_3: {
                    repeat = cRep[c];
                    if (!ret) {
                        ptr = p;
                    }
                    action = A_EXIT;
                    break;
                }
                case JUMP_MIN_UNTIL_1: {
                    if (!ret) {
                        cRep[c].count = cCount[c] - 1;
                        ptr = p;
                    }
                    action = A_EXIT;
                    break;
                }
                case JUMP_MIN_UNTIL_2: {
                    Repeat rep = cRep[c];
                    Repeat repeatOfTail = repeat;
                    repeat = rep;
                    if (ret) {
                        if (repeatOfTail != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        action = A_EXIT;
                        break;
                    }
                    if (repeatOfTail != null) {
                        markPop(cLastmark[c]);
                    }
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    ptr = p;
                    long max = u(code[rep.pc + 2]);
                    if ((cCount[c] >= max && max != MAXREPEAT) || ptr == rep.lastPtr) {
                        ret = false;
                        action = A_EXIT;
                        break;
                    }
                    rep.count = cCount[c];
                    pushData(rep.lastPtr);
                    rep.lastPtr = ptr;
                    pushContext(rep.pc + 3, cToplevel[c], JUMP_MIN_UNTIL_3);
                    c = csp;
                    pc = rep.pc + 3;
                    action = A_ENTER;
                    break;
                }
                case JUMP_MIN_UNTIL_3: {
                    Repeat rep = cRep[c];
                    rep.lastPtr = data[--dsp];
                    if (!ret) {
                        rep.count = cCount[c] - 1;
                        ptr = p;
                    }
                    action = A_EXIT;
                    break;
                }
                case A_POSS_REPEAT_MIN_LOOP: {
                    // pc points at POSSESSIVE_REPEAT's skip
                    if (cCount[c] < u(code[pc + 1])) {
                        cPc[c] = pc;
                        cPtr[c] = p;
                        pushContext(pc + 3, false, JUMP_POSS_REPEAT_1);
                        c = csp;
                        pc = pc + 3;
                        action = A_ENTER;
                        break;
                    }
                    p = NO_LAST_PTR;
                    action = A_POSS_REPEAT_LOOP;
                    break;
                }
                case JUMP_POSS_REPEAT_1:
                    if (ret) {
                        cCount[c]++;
                        action = A_POSS_REPEAT_MIN_LOOP;
                        break;
                    }
                    ptr = p;
                    action = A_EXIT;
                    break;
                case A_POSS_REPEAT_LOOP: {
                    long max = u(code[pc + 2]);
                    if ((cCount[c] < max || max == MAXREPEAT) && ptr != p) {
                        cLastmark[c] = lastmark;
                        cLastindex[c] = lastindex;
                        markPush(lastmark);
                        p = ptr;
                        cPc[c] = pc;
                        cPtr[c] = p;
                        pushContext(pc + 3, false, JUMP_POSS_REPEAT_2);
                        c = csp;
                        pc = pc + 3;
                        action = A_ENTER;
                        break;
                    }
                    pc += code[pc] + 1;
                    p = ptr;
                    action = A_DISPATCH;
                    break;
                }
                case JUMP_POSS_REPEAT_2:
                    if (ret) {
                        markPopDiscard(cLastmark[c]);
                        cCount[c]++;
                        action = A_POSS_REPEAT_LOOP;
                        break;
                    }
                    markPop(cLastmark[c]);
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    ptr = p;
                    pc += code[pc] + 1;
                    p = ptr;
                    action = A_DISPATCH;
                    break;
                case JUMP_ATOMIC_GROUP:
                    if (!ret) {
                        ptr = p;
                        action = A_EXIT;
                        break;
                    }
                    pc += code[pc];
                    p = ptr;
                    action = A_DISPATCH;
                    break;
                case JUMP_ASSERT:
                    if (!ret) {
                        action = A_EXIT;
                        break;
                    }
                    pc += code[pc];
                    action = A_DISPATCH;
                    break;
                case JUMP_ASSERT_NOT:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(cLastmark[c]);
                        }
                        ret = false;
                        action = A_EXIT;
                        break;
                    }
                    if (repeat != null) {
                        markPop(cLastmark[c]);
                    }
                    lastmark = cLastmark[c];
                    lastindex = cLastindex[c];
                    pc += code[pc];
                    action = A_DISPATCH;
                    break;
                default:
                    throw new IllegalStateException("internal error in regular expression engine");
            }
        }
    }
}
