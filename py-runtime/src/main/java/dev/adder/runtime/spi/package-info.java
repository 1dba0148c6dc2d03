/** The interfaces through which the virtual machine plugs into the runtime. */
package dev.adder.runtime.spi;
