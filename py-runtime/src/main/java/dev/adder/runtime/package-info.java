/** Adder's the Python object model: type objects, the builtin types, the exception hierarchy, the abstract protocols. */
package dev.adder.runtime;
