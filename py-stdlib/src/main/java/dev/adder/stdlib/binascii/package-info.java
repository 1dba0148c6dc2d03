/** The {@code binascii} module. */
package dev.adder.stdlib.binascii;
