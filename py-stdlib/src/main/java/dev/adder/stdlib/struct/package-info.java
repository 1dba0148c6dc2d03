/** The {@code _struct} module. */
package dev.adder.stdlib.struct;
