package dev.adder.bytecode;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Which source line each byte range of the code belongs to, with the semantics of CPython 3.10's
 * {@code co_lines()}: a sequence of {@code (start, end, line)} ranges in increasing order, where
 * {@code line} may be absent (Python's None) for instructions the compiler made up. Immutable.
 *
 * <p>CPython: {@code Objects/codeobject.c} ({@code co_lines}, {@code PyCode_Addr2Line}) and
 * {@code Objects/lnotab_notes.txt} of 3.10, which describe the same ranges stored as
 * {@code co_linetable}; {@code dis.findlinestarts} for {@link #lineStarts()}.
 */
public final class LineTable {
    /** The line number of a range that has none (Python's None). */
    public static final int NO_LINE = -1;

    /** The table with no ranges. */
    public static final LineTable EMPTY = new LineTable(new int[0]);

    /**
     * One entry of {@code co_lines()}: byte offsets {@code start} (inclusive) to {@code end}
     * (exclusive) belong to {@code line}, or to no line if {@code line} is {@link #NO_LINE}.
     */
    public record LineRange(int start, int end, int line) {
        /** Whether the range has a line number (is not None). */
        public boolean hasLine() {
            return line != NO_LINE;
        }

        @Override
        public String toString() {
            return "(" + start + ", " + end + ", " + (line == NO_LINE ? "None" : Integer.toString(line)) + ")";
        }
    }

    // (start, end, line) triples
    private final int[] data;

    private LineTable(int[] data) {
        this.data = data;
    }

    /**
     * A table of these ranges.
     *
     * @throws BytecodeException (ValueError) if a range is empty or backwards, ranges overlap or
     *     are out of order, or a line is negative other than {@link #NO_LINE}
     */
    public static LineTable of(List<LineRange> ranges) {
        int[] data = new int[ranges.size() * 3];
        int i = 0;
        for (LineRange r : ranges) {
            data[i++] = r.start();
            data[i++] = r.end();
            data[i++] = r.line();
        }
        return fromTriples(data);
    }

    /** A table from {@code (start, end, line)} triples, validated as {@link #of(List)} does. */
    public static LineTable fromTriples(int[] triples) {
        if (triples.length % 3 != 0) {
            throw BytecodeException.valueError("line table: triples expected");
        }
        int prevEnd = 0;
        for (int i = 0; i < triples.length; i += 3) {
            int start = triples[i];
            int end = triples[i + 1];
            int line = triples[i + 2];
            if (start < prevEnd || end <= start) {
                throw BytecodeException.valueError("line table: bad range " + start + ".." + end);
            }
            if (line < 0 && line != NO_LINE) {
                throw BytecodeException.valueError("line table: bad line " + line);
            }
            prevEnd = end;
        }
        return triples.length == 0 ? EMPTY : new LineTable(triples.clone());
    }

    /**
     * Builds the table from one line per code unit ({@code lines[i]} for bytes {@code 2i..2i+1}),
     * merging consecutive units of the same line into one range, as 3.10's assembler does.
     */
    public static LineTable fromUnitLines(int[] lines) {
        int n = lines.length;
        int[] data = new int[n * 3];
        int k = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && lines[j] == lines[i]) {
                j++;
            }
            data[k++] = 2 * i;
            data[k++] = 2 * j;
            data[k++] = lines[i];
            i = j;
        }
        return fromTriples(Arrays.copyOf(data, k));
    }

    /** The number of ranges. */
    public int size() {
        return data.length / 3;
    }

    /** Start offset of range {@code i}. */
    public int start(int i) {
        return data[3 * i];
    }

    /** End offset (exclusive) of range {@code i}. */
    public int end(int i) {
        return data[3 * i + 1];
    }

    /** Line of range {@code i}, or {@link #NO_LINE}. */
    public int line(int i) {
        return data[3 * i + 2];
    }

    /** Offset just past the last range (0 if empty). */
    public int coveredEnd() {
        return data.length == 0 ? 0 : data[data.length - 2];
    }

    /** {@code co_lines()}: the ranges, in order. */
    public List<LineRange> co_lines() {
        return new AbstractList<>() {
            @Override
            public LineRange get(int i) {
                return new LineRange(start(i), end(i), line(i));
            }

            @Override
            public int size() {
                return LineTable.this.size();
            }
        };
    }

    /**
     * The line of the instruction at byte {@code offset} ({@code PyCode_Addr2Line}), or
     * {@link #NO_LINE} if no range covers it or its range has no line.
     */
    public int lineForOffset(int offset) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < data[3 * mid]) {
                hi = mid - 1;
            } else if (offset >= data[3 * mid + 1]) {
                lo = mid + 1;
            } else {
                return data[3 * mid + 2];
            }
        }
        return NO_LINE;
    }

    /**
     * {@code dis.findlinestarts(code)} of 3.10: pairs {@code (offset, line)}, as an array
     * {@code [offset0, line0, offset1, line1, ...]}, for each range whose line is not None and
     * differs from the last line seen.
     */
    public int[] lineStarts() {
        int[] out = new int[2 * size()];
        int k = 0;
        int last = NO_LINE;
        for (int i = 0; i < size(); i++) {
            int line = line(i);
            if (line != NO_LINE && line != last) {
                last = line;
                out[k++] = start(i);
                out[k++] = line;
            }
        }
        return Arrays.copyOf(out, k);
    }

    int[] triples() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineTable t && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return co_lines().toString();
    }
}
