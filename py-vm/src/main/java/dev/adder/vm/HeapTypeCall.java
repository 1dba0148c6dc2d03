package dev.adder.vm;

import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.PyObject;

/** Calls a special method found on a type, binding it to the instance. */
final class HeapTypeCall {
    private HeapTypeCall() {
    }

    static PyObject call(PyObject method, PyObject self, PyObject... args) {
        return HeapTypeSlots.callMethod(method, self, args);
    }
}
