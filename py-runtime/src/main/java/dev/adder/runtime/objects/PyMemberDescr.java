package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * {@code member_descriptor}: one name of a class's {@code __slots__}, stored in a cell of the
 * instance's slot array.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code PyMemberDescrObject}, {@code member_get},
 * {@code member_set}) and {@code Python/structmember.c} ({@code T_OBJECT_EX}).
 */
public final class PyMemberDescr extends PyObject {
    /** {@code member_descriptor}. */
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, 0);

    /** Objects with {@code __slots__} storage. */
    public interface SlotHolder {
        /** The slot array (null when the type has no slots). */
        PyObject[] slotArray();
    }

    /**
     * A slot array made on first use: {@code cur} when it has room for the slots of {@code t},
     * else a larger copy (null while {@code t} has none). For carriers of several builtin types'
     * subclasses that keep the array in a field: {@code return slots = slotsFor(slots, type());}.
     */
    public static PyObject[] slotsFor(PyObject[] cur, PyType t) {
        int n = t.slotCount();
        if (n == 0 || cur != null && cur.length >= n) {
            return cur;
        }
        PyObject[] s = new PyObject[n];
        if (cur != null) {
            System.arraycopy(cur, 0, s, 0, cur.length);
        }
        return s;
    }

    private final PyType objtype;
    private final String name;
    private final int index;
    /** A field of a builtin type ({@code PyMemberDef}): its getter, else null for a slot cell. */
    private final Function<PyObject, PyObject> getter;
    /** The field's setter (value null = delete); null when read-only. */
    private final BiConsumer<PyObject, PyObject> setter;

    /** The descriptor of slot {@code index} of {@code objtype}, named {@code name}. */
    public PyMemberDescr(PyType objtype, String name, int index) {
        super(TYPE);
        this.objtype = objtype;
        this.name = name;
        this.index = index;
        this.getter = null;
        this.setter = null;
    }

    /**
     * A field {@code name} of the builtin type {@code objtype} (a {@code PyMemberDef} in CPython):
     * read by {@code getter}, written by {@code setter} (null: read-only, "readonly attribute").
     */
    public PyMemberDescr(PyType objtype, String name, Function<PyObject, PyObject> getter,
            BiConsumer<PyObject, PyObject> setter) {
        super(TYPE);
        this.objtype = objtype;
        this.name = name;
        this.index = -1;
        this.getter = getter;
        this.setter = setter;
    }

    private void checkType(PyObject obj) {
        if (!obj.type().isSubtype(objtype)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    objtype.name(), obj.type().name());
        }
    }

    private PyObject[] cells(PyObject obj) {
        checkType(obj);
        PyObject[] s = obj instanceof SlotHolder h ? h.slotArray() : null;
        if (s == null || index >= s.length) {
            s = sideCells(obj, index);
            if (s == null) {
                throw PyErr.systemError("slot '%s' missing in '%s' object", name, obj.type().name());
            }
        }
        return s;
    }

    /**
     * Cells of instances of subclasses (with {@code __slots__}) of builtin types whose Java class
     * keeps no slot array (a module subclass, for one): held beside the object, as long as it lives.
     */
    private static final Map<PyObject, PyObject[]> SIDE_CELLS = Collections.synchronizedMap(new WeakHashMap<>());

    private static PyObject[] sideCells(PyObject obj, int index) {
        if (obj instanceof SlotHolder h && h.slotArray() != null) {
            return null;
        }
        int n = Math.max(obj.type().slotCount(), index + 1);
        synchronized (SIDE_CELLS) {
            PyObject[] s = SIDE_CELLS.get(obj);
            if (s == null || s.length < n) {
                s = s == null ? new PyObject[n] : Arrays.copyOf(s, n);
                SIDE_CELLS.put(obj, s);
            }
            return s;
        }
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            if (obj == null) {
                return d;
            }
            if (m.getter != null) {
                m.checkType(obj);
                return m.getter.apply(obj);
            }
            PyObject v = m.cells(obj)[m.index];
            if (v == null) {
                throw PyErr.noAttribute(obj, PyStr.of(m.name));
            }
            return v;
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            if (m.getter != null) {
                m.checkType(obj);
                if (m.setter == null) {
                    throw PyErr.attributeError("readonly attribute");
                }
                m.setter.accept(obj, value);
                return;
            }
            PyObject[] s = m.cells(obj);
            if (value == null && s[m.index] == null) {
                throw PyErr.attributeError("%s", m.name);
            }
            s[m.index] = value;
        };
        TYPE.tp_repr = o -> PyStr.of("<member '" + ((PyMemberDescr) o).name + "' of '"
                + ((PyMemberDescr) o).objtype.name() + "' objects>");
        TYPE.ready();
        PyGetSetDescr.addDescrAttributes(TYPE, o -> ((PyMemberDescr) o).objtype, o -> ((PyMemberDescr) o).name);
        PyGetSetDescr.addDescrReduce(TYPE, o -> ((PyMemberDescr) o).objtype, o -> ((PyMemberDescr) o).name);
        SlotWrappers.addGeneratedWrappers(TYPE);
    }
}
