/** The {@code _signal} module (what {@code signal} wraps). */
package dev.adder.stdlib.signal;
