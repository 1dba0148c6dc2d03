/** The {@code _json} module: the JSON scanner and encoder behind {@code json}. */
package dev.adder.stdlib.json;
