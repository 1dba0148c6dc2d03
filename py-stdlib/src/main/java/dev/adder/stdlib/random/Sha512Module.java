package dev.adder.stdlib.random;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code _sha512} module as far as {@code random} needs it: {@code sha512(data)} with
 * {@code update}, {@code digest}, {@code hexdigest}, {@code copy}, {@code name},
 * {@code digest_size} and {@code block_size}.
 *
 * <p>CPython: {@code Modules/sha512module.c}.
 */
public final class Sha512Module implements BuiltinModule {
    @Override
    public String name() {
        return "_sha512";
    }

    /** {@code _sha512.sha512}: a running SHA-512 digest. */
    public static final class PySha512 extends PyObject {
        /** {@code _sha512.sha512}. */
        public static final PyType TYPE = PyType.builtin("_sha512.sha512", PySha512.class, 0);
        final MessageDigest md;

        PySha512(MessageDigest md) {
            super(TYPE);
            this.md = md;
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw PyErr.systemError("SHA-512 is not available");
        }
    }

    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        throw PyErr.typeError("object supporting the buffer API required");
    }

    private static PyObject digest(PyObject o) {
        try {
            MessageDigest c = (MessageDigest) ((PySha512) o).md.clone();
            return PyBytes.of(c.digest());
        } catch (CloneNotSupportedException e) {
            throw PyErr.systemError("cannot copy the digest");
        }
    }

    static {
        PyType t = PySha512.TYPE;
        t.ready();
        PyMethodDescr.oneArg(t, "update", (o, d) -> {
            ((PySha512) o).md.update(bytesOf(d));
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "digest", Sha512Module::digest);
        PyMethodDescr.noArgs(t, "hexdigest", o -> {
            byte[] b = ((PyBytes) digest(o)).toByteArray();
            StringBuilder sb = new StringBuilder(b.length * 2);
            for (byte x : b) {
                sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            }
            return PyStr.of(sb.toString());
        });
        PyMethodDescr.noArgs(t, "copy", o -> {
            try {
                return new PySha512((MessageDigest) ((PySha512) o).md.clone());
            } catch (CloneNotSupportedException e) {
                throw PyErr.systemError("cannot copy the digest");
            }
        });
        t.setAttribute("name", PyStr.of("sha512"));
        t.setAttribute("digest_size", PyInt.of(64));
        t.setAttribute("block_size", PyInt.of(128));
    }

    private static final String[] KW = {"string", "usedforsecurity"};

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("sha512"), new PyBuiltinFunction("sha512", "sha512", m, (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("sha512", a, n, kw, KW, 0, 0, 1, 0);
            PySha512 h = new PySha512(newDigest());
            if (v[0] != null) {
                h.md.update(bytesOf(v[0]));
            }
            return h;
        }));
        m.dict.setItem(PyStr.of("sha384"), dev.adder.stdlib.hashlib.HashModules.sha384(m));
    }
}
