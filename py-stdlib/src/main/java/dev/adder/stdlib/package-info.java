/** Adder's the modules CPython writes in C, written in Java. */
package dev.adder.stdlib;
