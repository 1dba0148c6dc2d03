/** The {@code array} module: compact arrays of C numbers and characters. */
package dev.adder.stdlib.array;
