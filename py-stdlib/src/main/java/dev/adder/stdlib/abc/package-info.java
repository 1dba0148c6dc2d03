/** The {@code _abc} module: the caches and registries behind {@code abc.ABCMeta}. */
package dev.adder.stdlib.abc;
