/** The {@code _collections} module: {@code deque}, {@code defaultdict} and the helpers of {@code collections}. */
package dev.adder.stdlib.collections;
