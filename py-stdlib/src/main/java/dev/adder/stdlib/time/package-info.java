/** The {@code time} module. */
package dev.adder.stdlib.time;
