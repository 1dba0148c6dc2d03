/** The {@code _random} and {@code _sha512} modules. */
package dev.adder.stdlib.random;
