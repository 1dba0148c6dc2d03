/** The {@code _contextvars} module: context variables ({@code contextvars}, PEP 567). */
package dev.adder.stdlib.contextvars;
