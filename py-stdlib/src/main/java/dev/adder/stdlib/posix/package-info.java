/** The {@code posix} module. */
package dev.adder.stdlib.posix;
