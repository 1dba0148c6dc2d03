/** The {@code _functools} module: {@code reduce}, {@code cmp_to_key}, {@code partial}, {@code _lru_cache_wrapper}. */
package dev.adder.stdlib.functools;
