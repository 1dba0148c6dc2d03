/** The {@code _string} module: the format-string parsers behind {@code string.Formatter}. */
package dev.adder.stdlib.string;
