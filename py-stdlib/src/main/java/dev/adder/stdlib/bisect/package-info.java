/** The {@code _bisect} module. */
package dev.adder.stdlib.bisect;
