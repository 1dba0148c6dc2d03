package dev.adder.bytecode;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The source span of every code unit, for 3.11-style tracebacks with {@code ^^^} markers: a
 * {@link Positions} (line, end line, column, end column) per two-byte code unit, as CPython 3.11's
 * {@code co_positions()} yields them. Any of the four may be absent. An {@code EXTENDED_ARG} unit
 * has the position of the instruction it prefixes. Immutable.
 *
 * <p>Columns are 0-based UTF-8 byte offsets into the line, as CPython's {@code col_offset}.
 *
 * <p>CPython: {@code Objects/codeobject.c} {@code co_positions} (3.11) and
 * {@code Objects/locations.md}.
 */
public final class PositionTable {
    /** The value of an absent field (Python's None). */
    public static final int ABSENT = -1;

    /** A table with no entries: every code unit's position is unknown. */
    public static final PositionTable EMPTY = new PositionTable(new int[0]);

    /**
     * One code unit's source span, as {@code dis.Positions(lineno, end_lineno, col_offset,
     * end_col_offset)}; a field equal to {@link #ABSENT} is None.
     */
    public record Positions(int lineno, int endLineno, int colOffset, int endColOffset) {
        /** All four absent. */
        public static final Positions NONE = new Positions(ABSENT, ABSENT, ABSENT, ABSENT);

        /** Rejects negative values other than {@link #ABSENT}. */
        public Positions {
            if (lineno < ABSENT || endLineno < ABSENT || colOffset < ABSENT || endColOffset < ABSENT) {
                throw BytecodeException.valueError("positions: negative value");
            }
        }

        @Override
        public String toString() {
            return "Positions(lineno=" + str(lineno) + ", end_lineno=" + str(endLineno)
                    + ", col_offset=" + str(colOffset) + ", end_col_offset=" + str(endColOffset) + ")";
        }

        private static String str(int v) {
            return v == ABSENT ? "None" : Integer.toString(v);
        }
    }

    // four ints per code unit
    private final int[] data;

    private PositionTable(int[] data) {
        this.data = data;
    }

    /** A table with these positions, one per code unit. */
    public static PositionTable of(List<Positions> positions) {
        int[] data = new int[positions.size() * 4];
        int i = 0;
        for (Positions p : positions) {
            data[i++] = p.lineno();
            data[i++] = p.endLineno();
            data[i++] = p.colOffset();
            data[i++] = p.endColOffset();
        }
        return fromQuads(data);
    }

    /** A table from {@code (line, endLine, col, endCol)} quadruples, one per code unit. */
    public static PositionTable fromQuads(int[] quads) {
        if (quads.length % 4 != 0) {
            throw BytecodeException.valueError("positions: quadruples expected");
        }
        for (int v : quads) {
            if (v < ABSENT) {
                throw BytecodeException.valueError("positions: negative value");
            }
        }
        return quads.length == 0 ? EMPTY : new PositionTable(quads.clone());
    }

    /** The number of code units described (0 for {@link #EMPTY}). */
    public int size() {
        return data.length / 4;
    }

    /** The position of code unit {@code unit} (byte offset {@code 2 * unit}); NONE past the end. */
    public Positions get(int unit) {
        if (unit < 0 || unit >= size()) {
            return Positions.NONE;
        }
        int i = 4 * unit;
        return new Positions(data[i], data[i + 1], data[i + 2], data[i + 3]);
    }

    /** The start line of code unit {@code unit}, or {@link #ABSENT}. */
    public int lineno(int unit) {
        return unit >= 0 && unit < size() ? data[4 * unit] : ABSENT;
    }

    /** The end line of code unit {@code unit}, or {@link #ABSENT}. */
    public int endLineno(int unit) {
        return unit >= 0 && unit < size() ? data[4 * unit + 1] : ABSENT;
    }

    /** The start column of code unit {@code unit}, or {@link #ABSENT}. */
    public int colOffset(int unit) {
        return unit >= 0 && unit < size() ? data[4 * unit + 2] : ABSENT;
    }

    /** The end column of code unit {@code unit}, or {@link #ABSENT}. */
    public int endColOffset(int unit) {
        return unit >= 0 && unit < size() ? data[4 * unit + 3] : ABSENT;
    }

    /**
     * {@code co_positions()} for code of {@code codeUnits} units: one entry per unit, NONE where the
     * table has none.
     */
    public List<Positions> co_positions(int codeUnits) {
        return new AbstractList<>() {
            @Override
            public Positions get(int i) {
                if (i < 0 || i >= codeUnits) {
                    throw new IndexOutOfBoundsException(i);
                }
                return PositionTable.this.get(i);
            }

            @Override
            public int size() {
                return codeUnits;
            }
        };
    }

    int[] quads() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PositionTable t && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return co_positions(size()).toString();
    }
}
