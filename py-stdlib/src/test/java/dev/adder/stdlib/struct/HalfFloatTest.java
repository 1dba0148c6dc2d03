package dev.adder.stdlib.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Half-precision packing against python3's {@code struct.pack('<e', v).hex()} for
 * 1.0, 65504.0, 2**-24, 1/3, -0.0 and 1.5 * 2**-25 (003c ff7b 0100 5535 0080 0100).
 */
class HalfFloatTest {
    @Test
    void packs() {
        double[] in = {1.0, 65504.0, Math.scalb(1.0, -24), 1.0 / 3, -0.0, 1.5 * Math.scalb(1.0, -25)};
        int[] bits = {0x3c00, 0x7bff, 0x0001, 0x3555, 0x8000, 0x0001};
        for (int i = 0; i < in.length; i++) {
            assertEquals(bits[i], StructModule.halfBits(in[i]), "pack " + in[i]);
        }
    }

    @Test
    void unpacksWhatItPacks() {
        for (int h = 0; h < 0x7c00; h++) {
            assertEquals(h, StructModule.halfBits(StructModule.fromHalf(h)));
        }
    }
}
