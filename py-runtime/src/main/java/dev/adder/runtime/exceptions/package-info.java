/** Python's exception objects and the builtin exception hierarchy. */
package dev.adder.runtime.exceptions;
