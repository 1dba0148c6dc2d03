/** The hash modules behind {@code hashlib}: {@code _md5}, {@code _sha1}, {@code _sha256}, {@code _sha3}, {@code _blake2}. */
package dev.adder.stdlib.hashlib;
