/** The {@code _heapq} module. */
package dev.adder.stdlib.heapq;
