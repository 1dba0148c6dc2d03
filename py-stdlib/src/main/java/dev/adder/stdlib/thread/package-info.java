/** The {@code _thread} module: locks and thread identities for an interpreter without threads. */
package dev.adder.stdlib.thread;
