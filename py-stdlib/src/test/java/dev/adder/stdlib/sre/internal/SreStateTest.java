package dev.adder.stdlib.sre.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The engine on code lists made by CPython 3.11.7's compiler. The codes were printed by
 * {@code python3 -c "from re import _compiler, _parser; print([int(c) for c in
 * _compiler._code(_parser.parse(P, F), F)])"} and the expected spans by {@code re.search} /
 * {@code re.match} in the same python3.
 */
class SreStateTest {
    private static final int M = (int) 4294967295L;

    private static final int[] A_PLUS_B = {14, 4, 0, 2, M, 24, 6, 1, M, 16, 97, 1, 16, 98, 1};
    private static final int[] A_OR_B_STAR_C = {14, 4, 0, 1, M, 23, 13, 0, M, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18,
        16, 99, 1};
    /** {@code (?i)x(\d+)\1} with flags UNICODE. */
    private static final int[] BACKREF = {14, 4, 0, 3, M, 40, 120, 17, 0, 24, 9, 1, M, 13, 4, 8, 10, 0, 1, 17, 1, 38, 0,
        1};

    @Test
    void searchFindsTheFirstMatch() {
        SreState st = SreState.ofString(A_PLUS_B, 0, "xaab", 0, Long.MAX_VALUE);
        assertTrue(st.search());
        assertEquals(1, st.start);
        assertEquals(4, st.ptr);
    }

    @Test
    void matchKeepsTheLastRepetitionOfAGroup() {
        SreState st = SreState.ofString(A_OR_B_STAR_C, 1, "abbc", 0, Long.MAX_VALUE);
        assertTrue(st.match(false));
        assertEquals(4, st.ptr);
        assertEquals(2, st.groupStart(1));
        assertEquals(3, st.groupEnd(1));
    }

    @Test
    void ignoreCaseBackreference() {
        SreState st = SreState.ofString(BACKREF, 1, "aX1212", 0, Long.MAX_VALUE);
        assertTrue(st.search());
        assertEquals(1, st.start);
        assertEquals(6, st.ptr);
        assertEquals(2, st.groupStart(1));
        assertEquals(4, st.groupEnd(1));
        assertFalse(SreState.ofString(BACKREF, 1, "aX12x12", 0, Long.MAX_VALUE).search());
    }

    @Test
    void longSubjectsNeedNoJavaRecursion() {
        String s = "ab".repeat(50000) + "c";
        SreState st = SreState.ofString(A_OR_B_STAR_C, 1, s, 0, Long.MAX_VALUE);
        assertTrue(st.match(false));
        assertEquals(100001, st.ptr);
        assertEquals(99999, st.groupStart(1));
    }

    @Test
    void fullmatchAndBytes() {
        byte[] b = {'a', 'a', 'b', 'x'};
        assertFalse(SreState.ofBytes(A_PLUS_B, 0, b, 4, 0, Long.MAX_VALUE).match(true));
        SreState st = SreState.ofBytes(A_PLUS_B, 0, b, 4, 0, 3);
        assertTrue(st.match(true));
        assertEquals(3, st.ptr);
    }
}
