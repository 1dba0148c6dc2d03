package dev.adder.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast {@code 'f'} path equals the exact BigDecimal rounding (itself checked against python3
 * in {@link TypesTest}) on random doubles, halfway cases and every precision it accepts.
 */
class FastFixedTest {
    @Test
    void fastPathEqualsExactRounding() {
        Random r = new Random(42);
        int checked = 0;
        for (int i = 0; i < 300_000; i++) {
            double d;
            switch (i % 4) {
                case 0: d = r.nextDouble() * Math.pow(10, r.nextInt(30) - 12); break;
                case 1: d = (r.nextInt(2_000_000) + 0.5) / Math.pow(10, r.nextInt(8)); break;
                case 2: d = r.nextInt(100_000) / 8.0; break;
                default: d = Math.abs(Double.longBitsToDouble(r.nextLong())); break;
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            int p = r.nextInt(19);
            String fast = Formatter.fastFixed(d, p);
            if (fast != null) {
                checked++;
                assertEquals(new BigDecimal(d).setScale(p, RoundingMode.HALF_EVEN).toPlainString(), fast,
                        d + " ." + p + "f");
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 100_000, "fast path taken " + checked + " times");
    }
}
