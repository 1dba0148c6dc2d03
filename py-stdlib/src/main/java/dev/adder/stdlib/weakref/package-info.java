/** The {@code _weakref} module: weak references, proxies and the registry that runs their callbacks. */
package dev.adder.stdlib.weakref;
