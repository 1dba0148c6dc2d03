/**
 * Codecs for {@link dev.adder.source.SourceText}: UTF-8 with CPython's error reporting, and the
 * codecs a coding declaration can name, with CPython's names, aliases and charmap tables.
 */
package dev.adder.source.internal;
