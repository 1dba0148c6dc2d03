/** The {@code errno} module. */
package dev.adder.stdlib.errno;
