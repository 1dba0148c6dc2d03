/** The {@code _io} module: files, in-memory streams, buffering and text decoding (CPython: Modules/_io). */
package dev.adder.stdlib.io;
