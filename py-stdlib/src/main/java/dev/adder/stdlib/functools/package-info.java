/** The {@code _functools} module: {@code reduce} and {@code cmp_to_key}. */
package dev.adder.stdlib.functools;
