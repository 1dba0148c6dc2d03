package dev.adder.stdlib.hashlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Keccak and BLAKE2 against python3's digests (each expected value printed by
 * {@code python3 -c "import hashlib; print(hashlib.<algorithm>(...).hexdigest(...))"} with the
 * arguments in the test).
 */
class HashersTest {
    private static String run(Hashers.Hasher h, byte[] data, int length) {
        h.update(data, 0, data.length);
        return HashModules.hex(h.digest(length));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void sha3AndShake() {
        assertEquals("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
                run(new Hashers.Keccak(136, 0x06), ascii("abc"), 32)); // sha3_256(b'abc')
        assertEquals("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
                run(new Hashers.Keccak(168, 0x1f), new byte[0], 32)); // shake_128(b'').hexdigest(32)
    }

    @Test
    void blake2() {
        byte[] none = new byte[0];
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc95"
                + "18d38aa8dbf1925ab92386edd4009923",
                run(Hashers.Blake2.create(true, 64, none, none, none, 1, 1, 0, 0, 0, 0, false), ascii("abc"), 0));
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
                run(Hashers.Blake2.create(false, 32, none, none, none, 1, 1, 0, 0, 0, 0, false), ascii("abc"), 0));
        // blake2b(b'a' * 300, key=b'key', digest_size=32)
        assertEquals("8599e1e0dc7f5604c07deb7370de5e61ade76f9754db8179957b39e914b0f224",
                run(Hashers.Blake2.create(true, 32, ascii("key"), none, none, 1, 1, 0, 0, 0, 0, false),
                        ascii("a".repeat(300)), 0));
    }
}
