/** The {@code _codecs} module: the codec registry, the error handlers and the builtin codecs' functions. */
package dev.adder.stdlib.codecs;
