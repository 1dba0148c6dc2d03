/**
 * Adder's Python object model: {@link dev.adder.runtime.PyObject}, {@link dev.adder.runtime.PyType},
 * the abstract operations ({@link dev.adder.runtime.Abstract}) and the carrier of raised
 * exceptions ({@link dev.adder.runtime.PyException}).
 */
package dev.adder.runtime;
