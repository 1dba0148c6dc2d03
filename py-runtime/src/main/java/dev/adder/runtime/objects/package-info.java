/** The builtin types: int, bool, float, str, tuple, list, dict, set, frozenset, None and friends. */
package dev.adder.runtime.objects;
