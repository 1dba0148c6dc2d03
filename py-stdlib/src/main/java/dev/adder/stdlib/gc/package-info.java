/** The {@code gc} module. */
package dev.adder.stdlib.gc;
