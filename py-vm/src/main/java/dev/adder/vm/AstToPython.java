package dev.adder.vm;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Node;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyComplex;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import java.util.List;

/**
 * Converts Adder's Java syntax tree to Python {@code ast} node objects, as
 * {@code compile(..., PyCF_ONLY_AST)} returns them: every field and attribute set in the
 * instance dictionary, absent optional fields None, and one shared instance per field-less
 * class (contexts and operators).
 *
 * <p>CPython: Python/Python-ast.c ({@code PyAST_mod2obj}, {@code ast2obj_*}).
 */
final class AstToPython {
    private AstToPython() {
    }

    /** The Python object for {@code node}. */
    static PyObject convert(Node node) {
        AstModule.NodeClass c = AstModule.nodeClass(node.typeName());
        List<String> fields = node.fieldNames();
        if (fields.isEmpty() && node.attributeNames().isEmpty()) {
            if (node instanceof Enum<?>) {
                return AstModule.singleton(c);
            }
        }
        PyInstance obj = new PyInstance(c.type);
        PyDict d = obj.instanceDict();
        for (int i = 0, n = fields.size(); i < n; i++) {
            d.setItem(PyStr.intern(fields.get(i)), value(node.fieldValue(i)));
        }
        List<String> attrs = node.attributeNames();
        for (int i = 0, n = attrs.size(); i < n; i++) {
            d.setItem(PyStr.intern(attrs.get(i)), value(node.attributeValue(i)));
        }
        return obj;
    }

    private static PyObject value(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Node n) {
            return convert(n);
        }
        if (v instanceof List<?> list) {
            int n = list.size();
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = value(list.get(i));
            }
            return PyList.wrap(items, n);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        if (v instanceof ConstantValue cv) {
            return constant(cv);
        }
        throw new IllegalStateException("unexpected AST value " + v.getClass());
    }

    /** The Python object a constant stands for. */
    static PyObject constant(ConstantValue v) {
        if (v == ConstantValue.NONE) {
            return PyNone.NONE;
        }
        if (v == ConstantValue.TRUE) {
            return PyBool.TRUE;
        }
        if (v == ConstantValue.FALSE) {
            return PyBool.FALSE;
        }
        if (v == ConstantValue.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v instanceof ConstantValue.IntValue i) {
            return PyInt.of(i.value());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return PyFloat.of(f.value());
        }
        if (v instanceof ConstantValue.ComplexValue z) {
            return PyComplex.of(z.real(), z.imag());
        }
        if (v instanceof ConstantValue.StrValue s) {
            return PyStr.of(s.value());
        }
        return PyBytes.of(((ConstantValue.BytesValue) v).value());
    }
}
