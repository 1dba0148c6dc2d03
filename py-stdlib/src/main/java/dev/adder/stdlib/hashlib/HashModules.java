package dev.adder.stdlib.hashlib;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.util.HashMap;
import java.util.function.Supplier;

/**
 * The hash modules {@code hashlib} falls back on without OpenSSL: {@code _md5}, {@code _sha1},
 * {@code _sha256} (constructor functions), {@code _sha3} and {@code _blake2} (types). The hash
 * objects have {@code update}, {@code digest}, {@code hexdigest}, {@code copy}, {@code name},
 * {@code digest_size} and {@code block_size}; the SHAKE ones take the output length in
 * {@code digest} and {@code hexdigest}.
 *
 * <p>CPython: {@code Modules/md5module.c}, {@code sha1module.c}, {@code sha256module.c},
 * {@code _sha3/sha3module.c}, {@code _blake2/blake2b_impl.c}, {@code _blake2/blake2s_impl.c}.
 */
public final class HashModules {
    private HashModules() {
    }

    /** A hash object of one of the algorithms. */
    static final class PyHash extends PyObject {
        final Algo algo;
        Hashers.Hasher h;

        PyHash(Algo algo, Hashers.Hasher h) {
            super(algo.type);
            this.algo = algo;
            this.h = h;
        }
    }

    /** One algorithm: its Python type and sizes. */
    static final class Algo {
        final String name;
        final PyType type;
        final int digestSize;
        final int blockSize;
        final boolean shake;
        final Supplier<Hashers.Hasher> make;

        Algo(String module, String name, int digestSize, int blockSize, boolean shake, Supplier<Hashers.Hasher> make) {
            this.name = name;
            this.type = PyType.builtin(module + "." + name, PyHash.class, 0);
            this.digestSize = digestSize;
            this.blockSize = blockSize;
            this.shake = shake;
            this.make = make;
        }

        void setUp() {
            PyType t = type;
            t.ready();
            String qn = name;
            PyMethodDescr.full(t, "update", (o, a, n, kw) -> {
                BuiltinArgs.noKeywords(qn + ".update", kw);
                if (n != 1) {
                    throw PyErr.typeError("%s.update() takes exactly one argument (%d given)", qn, n);
                }
                byte[] b = data(a[0]);
                ((PyHash) o).h.update(b, 0, b.length);
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "copy", o -> new PyHash(this, ((PyHash) o).h.copy()));
            if (shake) {
                PyMethodDescr.full(t, "digest", (o, a, n, kw) -> PyBytes.wrap(shakeDigest(o, a, n, kw, "digest")));
                PyMethodDescr.full(t, "hexdigest", (o, a, n, kw) -> PyStr.of(hex(shakeDigest(o, a, n, kw,
                        "hexdigest"))));
            } else {
                PyMethodDescr.noArgs(t, "digest", o -> PyBytes.wrap(((PyHash) o).h.digest(digestSize(o))));
                PyMethodDescr.noArgs(t, "hexdigest", o -> PyStr.of(hex(((PyHash) o).h.digest(digestSize(o)))));
            }
            t.setAttribute("name", new PyGetSetDescr(t, "name", o -> PyStr.of(name), null));
            t.setAttribute("digest_size", new PyGetSetDescr(t, "digest_size", o -> PyInt.of(digestSize(o)), null));
            t.setAttribute("block_size", new PyGetSetDescr(t, "block_size", o -> PyInt.of(blockSize), null));
        }

        private int digestSize(PyObject o) {
            Hashers.Hasher h = ((PyHash) o).h;
            return h instanceof Hashers.Blake2 b ? b.outlen : digestSize;
        }

        private byte[] shakeDigest(PyObject o, PyObject[] a, int n, PyTuple kw, String meth) {
            BuiltinArgs.noKeywords(name + "." + meth, kw);
            if (n != 1) {
                throw PyErr.typeError("%s.%s() takes exactly one argument (%d given)", name, meth, n);
            }
            PyObject[] v = a;
            long len = unsignedArg(v[0], 64, "Python int too large to convert to C unsigned long");
            if (Long.compareUnsigned(len, 1L << 29) >= 0) {
                throw PyErr.valueError("length is too large");
            }
            return ((PyHash) o).h.digest((int) len);
        }
    }

    private static final String[] STRING = {"string", "usedforsecurity"};
    private static final String[] DATA = {"data", "usedforsecurity"};
    private static final String[] BLAKE = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    /** The bytes of a buffer argument, with the hash modules' messages. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        if (!BytesOps.isBytesLike(o)) {
            throw PyErr.typeError("object supporting the buffer API required");
        }
        return BytesOps.contiguousBuffer(o);
    }

    static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = Character.forDigit((b[i] >> 4) & 15, 16);
            c[2 * i + 1] = Character.forDigit(b[i] & 15, 16);
        }
        return new String(c);
    }

    static final HashMap<String, Algo> ALGOS = new HashMap<>();

    private static void algo(String module, String name, int digest, int block, boolean shake,
            Supplier<Hashers.Hasher> make) {
        ALGOS.put(name, new Algo(module, name, digest, block, shake, make));
    }

    static {
        algo("_md5", "md5", 16, 64, false, () -> new Hashers.Jdk("MD5"));
        algo("_sha1", "sha1", 20, 64, false, () -> new Hashers.Jdk("SHA-1"));
        algo("_sha256", "sha224", 28, 64, false, () -> new Hashers.Jdk("SHA-224"));
        algo("_sha256", "sha256", 32, 64, false, () -> new Hashers.Jdk("SHA-256"));
        algo("_sha512", "sha384", 48, 128, false, () -> new Hashers.Jdk("SHA-384"));
        for (int bits : new int[] {224, 256, 384, 512}) {
            int rate = 200 - bits / 4;
            algo("_sha3", "sha3_" + bits, bits / 8, rate, false, () -> new Hashers.Keccak(rate, 0x06));
        }
        algo("_sha3", "shake_128", 0, 168, true, () -> new Hashers.Keccak(168, 0x1f));
        algo("_sha3", "shake_256", 0, 136, true, () -> new Hashers.Keccak(136, 0x1f));
        algo("_blake2", "blake2b", 64, 128, false, null);
        algo("_blake2", "blake2s", 32, 64, false, null);
        for (String n : new String[] {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}) {
            Algo al = ALGOS.get(n);
            al.type.tp_new = (type, a, nargs, kw) -> {
                PyObject[] v = BuiltinArgs.unpack("sha3_224", a, nargs, kw, DATA, 1, 0, 1, 0); // one clinic name for all
                PyHash h = new PyHash(al, al.make.get());
                if (v[0] != null) {
                    byte[] b = data(v[0]);
                    h.h.update(b, 0, b.length);
                }
                return h;
            };
        }
        for (String n : new String[] {"blake2b", "blake2s"}) {
            Algo al = ALGOS.get(n);
            al.type.tp_new = (type, a, nargs, kw) -> blake(al, n.equals("blake2b"), a, nargs, kw);
        }
        for (Algo al : ALGOS.values()) {
            al.setUp();
        }
    }

    private static int intArg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** The clinic's {@code unsigned_long} converters: an exact int, not negative, of at most 64 bits. */
    static long unsignedArg(PyObject o, int bits, String tooBig) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (!i.isSmall() && i.bigValue().bitLength() > bits) {
            throw PyErr.overflowError("%s", tooBig);
        }
        return i.isSmall() ? i.value : i.bigValue().longValue();
    }

    private static PyObject blake(Algo al, boolean wide, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(al.name, a, n, kw, BLAKE, 1, 0, 1, 0);
        int maxDigest = wide ? 64 : 32;
        int maxKey = wide ? 64 : 32;
        int saltSize = wide ? 16 : 8;
        int digestSize = v[1] == null ? maxDigest : intArg(v[1]);
        if (digestSize <= 0 || digestSize > maxDigest) {
            throw PyErr.valueError("digest_size must be between 1 and %d bytes", maxDigest);
        }
        byte[] key = v[2] == null ? new byte[0] : BytesOps.buffer(v[2]);
        if (key.length > maxKey) {
            throw PyErr.valueError("maximum key length is %d bytes", maxKey);
        }
        byte[] salt = v[3] == null ? new byte[0] : BytesOps.buffer(v[3]);
        if (salt.length > saltSize) {
            throw PyErr.valueError("maximum salt length is %d bytes", saltSize);
        }
        byte[] person = v[4] == null ? new byte[0] : BytesOps.buffer(v[4]);
        if (person.length > saltSize) {
            throw PyErr.valueError("maximum person length is %d bytes", saltSize);
        }
        int fanout = v[5] == null ? 1 : intArg(v[5]);
        if (fanout < 0 || fanout > 255) {
            throw PyErr.valueError("fanout must be between 0 and 255");
        }
        int depth = v[6] == null ? 1 : intArg(v[6]);
        if (depth <= 0 || depth > 255) {
            throw PyErr.valueError("depth must be between 1 and 255");
        }
        long leaf = 0;
        if (v[7] != null) {
            leaf = unsignedArg(v[7], 64, "Python int too large to convert to C unsigned long");
            if (Long.compareUnsigned(leaf, 0xffffffffL) > 0) {
                throw PyErr.overflowError("leaf_size is too large");
            }
        }
        long nodeOffset = 0;
        if (v[8] != null) {
            nodeOffset = unsignedArg(v[8], 64, "int too big to convert");
            if (!wide && (nodeOffset >>> 48) != 0) {
                throw PyErr.overflowError("node_offset is too large");
            }
        }
        int nodeDepth = v[9] == null ? 0 : intArg(v[9]);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyErr.valueError("node_depth must be between 0 and 255");
        }
        int inner = v[10] == null ? 0 : intArg(v[10]);
        if (inner < 0 || inner > maxDigest) {
            throw PyErr.valueError("inner_size must be between 0 and is %d", maxDigest);
        }
        boolean last = v[11] != null && Abstract.isTrue(v[11]);
        Hashers.Blake2 h = Hashers.Blake2.create(wide, digestSize, key, salt, person, fanout, depth, leaf,
                nodeOffset, nodeDepth, inner, last);
        PyHash r = new PyHash(al, h);
        if (v[0] != null) {
            byte[] b = data(v[0]);
            h.update(b, 0, b.length);
        }
        return r;
    }

    /** A constructor function of {@code _md5}, {@code _sha1}, {@code _sha256} or {@code _sha512}. */
    static PyBuiltinFunction constructor(PyModule m, String name) {
        Algo al = ALGOS.get(name);
        return new PyBuiltinFunction(name, name, m, (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack(name, a, n, kw, STRING, 0, 0, 1, 0);
            PyHash h = new PyHash(al, al.make.get());
            if (v[0] != null) {
                byte[] b = data(v[0]);
                h.h.update(b, 0, b.length);
            }
            return h;
        });
    }

    /** {@code _sha512.sha384}, which the {@code _sha512} module adds to its {@code sha512}. */
    public static PyObject sha384(PyModule m) {
        return constructor(m, "sha384");
    }

    private abstract static class Base implements BuiltinModule {
        private final String module;
        private final String[] functions;
        private final String[] types;

        Base(String module, String[] functions, String[] types) {
            this.module = module;
            this.functions = functions;
            this.types = types;
        }

        @Override
        public String name() {
            return module;
        }

        @Override
        public void exec(InterpreterState interp, PyModule m) {
            for (String f : functions) {
                m.dict.setItem(PyStr.of(f), constructor(m, f));
            }
            for (String t : types) {
                m.dict.setItem(PyStr.of(t), ALGOS.get(t).type);
            }
        }
    }

    /** {@code _md5}. */
    public static final class Md5 extends Base {
        /** The module. */
        public Md5() {
            super("_md5", new String[] {"md5"}, new String[0]);
        }
    }

    /** {@code _sha1}. */
    public static final class Sha1 extends Base {
        /** The module. */
        public Sha1() {
            super("_sha1", new String[] {"sha1"}, new String[0]);
        }
    }

    /** {@code _sha256}. */
    public static final class Sha256 extends Base {
        /** The module. */
        public Sha256() {
            super("_sha256", new String[] {"sha224", "sha256"}, new String[0]);
        }
    }

    /** {@code _sha3}. */
    public static final class Sha3 extends Base {
        /** The module. */
        public Sha3() {
            super("_sha3", new String[0],
                    new String[] {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"});
        }

        @Override
        public void exec(InterpreterState interp, PyModule m) {
            super.exec(interp, m);
            m.dict.setItem(PyStr.of("implementation"), PyStr.of("tiny_sha3"));
            m.dict.setItem(PyStr.of("keccakopt"), PyInt.of(64));
        }
    }

    /** {@code _blake2}. */
    public static final class Blake2 extends Base {
        /** The module. */
        public Blake2() {
            super("_blake2", new String[0], new String[] {"blake2b", "blake2s"});
        }

        @Override
        public void exec(InterpreterState interp, PyModule m) {
            super.exec(interp, m);
            int[] vals = {16, 16, 64, 64, 8, 8, 32, 32};
            String[] names = {"BLAKE2B_SALT_SIZE", "BLAKE2B_PERSON_SIZE", "BLAKE2B_MAX_KEY_SIZE",
                "BLAKE2B_MAX_DIGEST_SIZE", "BLAKE2S_SALT_SIZE", "BLAKE2S_PERSON_SIZE", "BLAKE2S_MAX_KEY_SIZE",
                "BLAKE2S_MAX_DIGEST_SIZE"};
            for (int i = 0; i < names.length; i++) {
                m.dict.setItem(PyStr.of(names[i]), PyInt.of(vals[i]));
            }
            for (String t : new String[] {"blake2b", "blake2s"}) {
                PyType ty = ALGOS.get(t).type;
                boolean wide = t.equals("blake2b");
                ty.setAttribute("SALT_SIZE", PyInt.of(wide ? 16 : 8));
                ty.setAttribute("PERSON_SIZE", PyInt.of(wide ? 16 : 8));
                ty.setAttribute("MAX_KEY_SIZE", PyInt.of(wide ? 64 : 32));
                ty.setAttribute("MAX_DIGEST_SIZE", PyInt.of(wide ? 64 : 32));
            }
        }
    }
}
