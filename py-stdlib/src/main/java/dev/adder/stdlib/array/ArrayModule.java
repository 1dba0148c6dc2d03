package dev.adder.stdlib.array;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.Codecs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The {@code array} module: the {@code array} type (also {@code ArrayType}), {@code typecodes}
 * and {@code _array_reconstructor}, which rebuilds a pickled array from its bytes in a machine
 * format (converting when the format is not the native one of the type code).
 *
 * <p>CPython: {@code Modules/arraymodule.c}.
 */
public final class ArrayModule implements BuiltinModule {
    /** {@code array._array_reconstructor}. */
    static final PyBuiltinFunction RECONSTRUCTOR = new PyBuiltinFunction("_array_reconstructor",
            "_array_reconstructor", null, ArrayModule::reconstruct);

    /** Item size, signedness and big-endianness of each machine format code 0..21. */
    private static final int[][] MFORMAT_DESCR = {
        {1, 0, 0}, {1, 1, 0}, {2, 0, 0}, {2, 0, 1}, {2, 1, 0}, {2, 1, 1}, {4, 0, 0}, {4, 0, 1},
        {4, 1, 0}, {4, 1, 1}, {8, 0, 0}, {8, 0, 1}, {8, 1, 0}, {8, 1, 1}, {4, 0, 0}, {4, 0, 1},
        {8, 0, 0}, {8, 0, 1}, {4, 0, 0}, {4, 0, 1}, {8, 0, 0}, {8, 0, 1}};

    @Override
    public String name() {
        return "array";
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("array"), PyArray.TYPE);
        m.dict.setItem(PyStr.of("ArrayType"), PyArray.TYPE);
        m.dict.setItem(PyStr.of("typecodes"), PyStr.of(PyArray.CODES));
        m.dict.setItem(PyStr.of("_array_reconstructor"), RECONSTRUCTOR);
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module defines an object type which can efficiently "
                + "represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays "
                + "are sequence types and behave very much like lists,\nexcept that the type of objects stored "
                + "in them is constrained.\n"));
    }

    private static PyObject reconstruct(PyObject self, PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        BuiltinArgs.positional("_array_reconstructor", n, kw, 4, 4);
        if (!(a[0] instanceof PyType type)) {
            throw PyErr.typeError("_array_reconstructor() argument 1 must be type, not %s", a[0].type().name());
        }
        if (!(a[1] instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("_array_reconstructor() argument 2 must be a unicode character, not %s",
                    a[1].type().name());
        }
        long mf = dev.adder.runtime.Abstract.index(a[2]).clampedLong();
        PyObject items = a[3];
        if (!type.isSubtype(PyArray.TYPE)) {
            throw PyErr.typeError("%s is not a subtype of array.array", type.name());
        }
        int c = s.codePointAt(0);
        if (!PyArray.validCode(c)) {
            throw PyErr.valueError("second argument must be a valid type code");
        }
        if (mf < 0 || mf > 21) {
            throw PyErr.valueError("third argument must be a valid machine format code.");
        }
        if (!(items instanceof PyBytes bytes)) {
            throw PyErr.typeError("fourth argument should be bytes, not %s", items.type().name());
        }
        if (mf == PyArray.mformat((char) c)) {
            return PyArray.newArray(type, c, items);
        }
        int[] d = MFORMAT_DESCR[(int) mf];
        int size = d[0];
        byte[] b = dev.adder.runtime.objects.BytesOps.buffer(bytes);
        if (b.length % size != 0) {
            throw PyErr.valueError("string length not a multiple of item size");
        }
        ByteBuffer bb = ByteBuffer.wrap(b).order(d[2] == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int count = b.length / size;
        PyObject converted;
        if (mf >= 14 && mf <= 17) {
            PyObject[] r = new PyObject[count];
            for (int i = 0; i < count; i++) {
                r[i] = PyFloat.of(size == 4 ? bb.getFloat(i * 4) : bb.getDouble(i * 8));
            }
            converted = PyList.wrap(r, count);
        } else if (mf >= 18) {
            String enc = (mf < 20 ? "utf-16-" : "utf-32-") + (d[2] == 1 ? "be" : "le");
            converted = Codecs.decode(b, b.length, enc, "strict", bytes);
        } else {
            for (int i = 0; i < PyArray.CODES.length(); i++) {
                char t = PyArray.CODES.charAt(i);
                if ("bBhHiIlLqQ".indexOf(t) >= 0 && PyArray.make(t).itemsize == size
                        && Character.isLowerCase(t) == (d[1] == 1)) {
                    c = t;
                }
            }
            PyObject[] r = new PyObject[count];
            for (int i = 0; i < count; i++) {
                long v;
                switch (size) {
                    case 1: v = d[1] == 1 ? bb.get(i) : bb.get(i) & 0xff; break;
                    case 2: v = d[1] == 1 ? bb.getShort(i * 2) : bb.getShort(i * 2) & 0xffff; break;
                    case 4: v = d[1] == 1 ? bb.getInt(i * 4) : bb.getInt(i * 4) & 0xffffffffL; break;
                    default: v = bb.getLong(i * 8); break;
                }
                r[i] = size == 8 && d[1] == 0 && v < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(v)))
                        : PyInt.of(v);
            }
            converted = PyList.wrap(r, count);
        }
        return PyArray.newArray(type, c, converted);
    }
}
