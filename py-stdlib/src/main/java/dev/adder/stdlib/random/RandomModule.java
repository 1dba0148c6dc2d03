package dev.adder.stdlib.random;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The {@code _random} module: {@code Random}, a Mersenne Twister (MT19937) seeded as CPython seeds
 * it ({@code init_by_array} over the 32-bit words of the seed's absolute value), so that seeded
 * sequences equal CPython's.
 *
 * <p>CPython: {@code Modules/_randommodule.c}.
 */
public final class RandomModule implements BuiltinModule {
    private static final int N = 624;
    private static final int M = 397;
    /** Made on first use: a SecureRandom initializes the JDK's security providers (about 20 ms). */
    private static final class Entropy {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    @Override
    public String name() {
        return "_random";
    }

    /** {@code _random.Random}: the generator's state. */
    public static class PyRandom extends PyObject {
        /** {@code _random.Random}. */
        public static final PyType TYPE = PyType.builtin("_random.Random", PyRandom.class, PyType.BASETYPE);
        final int[] mt = new int[N];
        int mti = N + 1;

        PyRandom(PyType t) {
            super(t);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            mti = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            int len = key.length;
            for (int k = Math.max(N, len); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= len) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next 32 random bits ({@code genrand_uint32}). */
        int next32() {
            int y;
            if (mti >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            y = mt[mti++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** {@code random_random}: a double in [0, 1) with 53 random bits. */
        double random() {
            int a = next32() >>> 5;
            int b = next32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(PyObject arg) {
            BigInteger n;
            if (arg == null || arg == PyNone.NONE) {
                int[] key = new int[N];
                for (int i = 0; i < N; i++) {
                    key[i] = Entropy.SOURCE.nextInt();
                }
                initByArray(key);
                return;
            }
            if (arg instanceof PyInt i) {
                n = i.bigValue().abs();
            } else {
                long h = Abstract.hash(arg);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
            }
            int bits = n.bitLength();
            int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[words];
            if (bits <= 63) {
                long v = n.longValue();
                key[0] = (int) v;
                if (words > 1) {
                    key[1] = (int) (v >>> 32);
                }
            } else {
                byte[] be = n.toByteArray();
                for (int w = 0; w < words; w++) {
                    int x = 0;
                    for (int b = 3; b >= 0; b--) {
                        int idx = be.length - 1 - (w * 4 + b);
                        x = (x << 8) | (idx >= 0 ? be[idx] & 0xff : 0);
                    }
                    key[w] = x;
                }
            }
            initByArray(key);
        }

        PyObject getrandbits(long k) {
            if (k < 0) {
                throw PyErr.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return PyInt.ZERO;
            }
            if (k <= 32) {
                return PyInt.of((next32() >>> (32 - k)) & 0xffffffffL);
            }
            if (k <= 63) {
                long lo = next32() & 0xffffffffL;
                long hi = (next32() & 0xffffffffL) >>> (64 - k);
                return PyInt.of(lo | (hi << 32));
            }
            if (k > Integer.MAX_VALUE - 64L) {
                throw PyErr.memoryError();
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] be = new byte[words * 4];
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                int r = next32();
                if (left < 32) {
                    r >>>= 32 - left;
                }
                int base = be.length - 4 * w - 1;
                be[base] = (byte) r;
                be[base - 1] = (byte) (r >>> 8);
                be[base - 2] = (byte) (r >>> 16);
                be[base - 3] = (byte) (r >>> 24);
            }
            return PyInt.of(new BigInteger(1, be));
        }
    }

    /** A {@code Random} of a Python subclass: has a {@code __dict__} and slots. */
    static final class Sub extends PyRandom implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type) {
            super(type);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    private static PyRandom self(PyObject o) {
        return (PyRandom) o;
    }

    /** {@code PyLong_AsUnsignedLong}, truncated to 32 bits as {@code random_setstate} does. */
    private static long toUnsigned32(PyObject o) {
        if (!(o instanceof PyInt v)) {
            throw PyErr.typeError("an integer is required");
        }
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (!v.isSmall() && v.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return v.isSmall() ? v.value : v.bigValue().longValue();
    }

    static {
        PyType t = PyRandom.TYPE;
        t.tp_new = (type, a, n, kw) -> {
            PyRandom r = type == PyRandom.TYPE ? new PyRandom(type) : new Sub(type);
            r.seed(null);
            return r;
        };
        t.ready();
        SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
            if (self.type() == PyRandom.TYPE) {
                BuiltinArgs.noKeywords("Random", kw);
            }
            int np = n;
            if (np > 1) {
                throw PyErr.typeError("Random() requires 0 or 1 argument");
            }
            self(self).seed(np == 1 ? a[0] : null);
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "random", o -> PyFloat.of(self(o).random()));
        PyMethodDescr.varArgs(t, "seed", 0, 1, (o, a, n) -> {
            self(o).seed(n == 1 ? a[0] : null);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "getrandbits", (o, k) -> {
            PyInt v = Abstract.index(k);
            if (!v.isSmall()) {
                if (v.signum() < 0) {
                    throw PyErr.valueError("number of bits must be non-negative");
                }
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            if (v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            return self(o).getrandbits(v.value);
        });
        PyMethodDescr.noArgs(t, "getstate", o -> {
            PyRandom r = self(o);
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) {
                items[i] = PyInt.of(r.mt[i] & 0xffffffffL);
            }
            items[N] = PyInt.of(r.mti);
            return PyTuple.of(items);
        });
        PyMethodDescr.oneArg(t, "setstate", (o, st) -> {
            if (!(st instanceof PyTuple tu)) {
                throw PyErr.typeError("state vector must be a tuple");
            }
            if (tu.size() != N + 1) {
                throw PyErr.valueError("state vector is the wrong size");
            }
            int[] mt = new int[N];
            for (int i = 0; i < N; i++) {
                mt[i] = (int) toUnsigned32(tu.get(i));
            }
            PyInt idx = Abstract.index(tu.get(N));
            if (!idx.isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (idx.value < 0 || idx.value > N) {
                throw PyErr.valueError("invalid state");
            }
            PyRandom r = self(o);
            System.arraycopy(mt, 0, r.mt, 0, N);
            r.mti = (int) idx.value;
            return PyNone.NONE;
        });
        SlotWrappers.addGeneratedWrappers(t);
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.dict.setItem(PyStr.of("Random"), PyRandom.TYPE);
    }
}
