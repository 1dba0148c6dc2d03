/** The {@code _csv} module. */
package dev.adder.stdlib.csv;
