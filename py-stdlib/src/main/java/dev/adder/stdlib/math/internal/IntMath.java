package dev.adder.stdlib.math.internal;

import java.math.BigInteger;

/**
 * Integer algorithms of {@code math}: factorial, products of ranges (for perm and comb), integer
 * square root and gcd, on Java longs where they fit and BigInteger otherwise.
 *
 * <p>CPython: Modules/mathmodule.c ({@code factorial_odd_part}, {@code perm_comb},
 * {@code math_isqrt}), Objects/longobject.c ({@code _PyLong_GCD}).
 */
public final class IntMath {
    private IntMath() {
    }

    private static final long[] SMALL_FACTORIALS = {
        1L, 1L, 2L, 6L, 24L, 120L, 720L, 5040L, 40320L, 362880L, 3628800L, 39916800L, 479001600L,
        6227020800L, 87178291200L, 1307674368000L, 20922789888000L, 355687428096000L, 6402373705728000L,
        121645100408832000L, 2432902008176640000L};

    /** n! for {@code n >= 0}. */
    public static BigInteger factorial(long n) {
        if (n < SMALL_FACTORIALS.length) {
            return BigInteger.valueOf(SMALL_FACTORIALS[(int) n]);
        }
        // odd part by the binary-splitting scheme, then the power of two (n - popcount(n))
        BigInteger inner = BigInteger.ONE;
        BigInteger outer = BigInteger.ONE;
        long upper = 3;
        for (int i = 63 - Long.numberOfLeadingZeros(n) - 1; i >= 0; i--) {
            long v = n >>> i;
            if (v <= 2) {
                continue;
            }
            long lower = upper;
            upper = (v + 1) | 1;
            inner = inner.multiply(oddProduct(lower, upper));
            outer = outer.multiply(inner);
        }
        return outer.shiftLeft((int) (n - Long.bitCount(n)));
    }

    /** The product of the odd numbers in [start, stop), both odd. */
    private static BigInteger oddProduct(long start, long stop) {
        long count = (stop - start) / 2;
        if (count <= 8) {
            long bits = 64 - Long.numberOfLeadingZeros(stop - 2);
            if (count * bits < 63) {
                long total = start;
                for (long j = start + 2; j < stop; j += 2) {
                    total *= j;
                }
                return BigInteger.valueOf(total);
            }
            if (count <= 2) {
                BigInteger total = BigInteger.valueOf(start);
                for (long j = start + 2; j < stop; j += 2) {
                    total = total.multiply(BigInteger.valueOf(j));
                }
                return total;
            }
        }
        long mid = (start + count) | 1;
        return oddProduct(start, mid).multiply(oddProduct(mid, stop));
    }

    /** The product n * (n-1) * ... * (n-k+1), that is perm(n, k), for {@code 0 <= k}. */
    public static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long j = k / 2;
        return fallingProduct(n, j).multiply(fallingProduct(n.subtract(BigInteger.valueOf(j)), k - j));
    }

    /** comb(n, k) for {@code 0 <= k <= n}, with k already min(k, n - k). */
    public static BigInteger comb(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        if (n.bitLength() < 63 && k < 64) {
            // the running product stays exact: C(n, i) * (n - i) / (i + 1)
            long nn = n.longValue();
            BigInteger r = BigInteger.ONE;
            long m = nn - k;
            for (long i = 1; i <= k; i++) {
                r = r.multiply(BigInteger.valueOf(m + i)).divide(BigInteger.valueOf(i));
            }
            return r;
        }
        return fallingProduct(n, k).divide(factorial(k));
    }

    /** The integer square root of {@code n >= 0}. */
    public static BigInteger isqrt(BigInteger n) {
        return n.sqrt();
    }

    /** The integer square root of {@code n >= 0}. */
    public static long isqrt(long n) {
        long a = (long) Math.sqrt((double) n);
        while (a > 0 && (a > 3037000499L || a * a > n)) {
            a--;
        }
        while (a + 1 <= 3037000499L && (a + 1) * (a + 1) <= n) {
            a++;
        }
        return a;
    }

    /** gcd of two non-negative longs. */
    public static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
