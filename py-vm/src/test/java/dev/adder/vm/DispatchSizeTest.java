package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The evaluation loop's dispatch method must stay well under HotSpot's 8000-byte limit for
 * compiling a method (DontCompileHugeMethods): reads Ceval.class and measures the Code attribute
 * of {@code Ceval.run}.
 */
class DispatchSizeTest {
    static final int LIMIT = 7000;

    /** Code lengths of the methods of {@code cls}, by name. */
    static Map<String, Integer> codeLengths(Class<?> cls) throws IOException {
        Map<String, Integer> r = new HashMap<>();
        try (InputStream in = cls.getResourceAsStream(cls.getSimpleName() + ".class");
                DataInputStream d = new DataInputStream(in)) {
            d.readInt(); // magic
            d.readUnsignedShort();
            d.readUnsignedShort();
            int n = d.readUnsignedShort();
            String[] utf8 = new String[n];
            for (int i = 1; i < n; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = d.readUTF();
                    case 3, 4 -> d.readInt();
                    case 5, 6 -> {
                        d.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> d.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> d.readInt();
                    case 15 -> {
                        d.readUnsignedByte();
                        d.readUnsignedShort();
                    }
                    default -> throw new IOException("bad constant tag " + tag);
                }
            }
            d.readUnsignedShort();
            d.readUnsignedShort();
            d.readUnsignedShort();
            d.skipBytes(2 * d.readUnsignedShort()); // interfaces
            int fields = d.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                d.skipBytes(6);
                skipAttributes(d);
            }
            int methods = d.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                d.readUnsignedShort();
                String name = utf8[d.readUnsignedShort()];
                d.readUnsignedShort();
                int attrs = d.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    String an = utf8[d.readUnsignedShort()];
                    int len = d.readInt();
                    if (an.equals("Code")) {
                        d.readUnsignedShort();
                        d.readUnsignedShort();
                        int codeLength = d.readInt();
                        r.merge(name, codeLength, Math::max);
                        d.skipBytes(len - 8);
                    } else {
                        d.skipBytes(len);
                    }
                }
            }
        }
        return r;
    }

    private static void skipAttributes(DataInputStream d) throws IOException {
        int n = d.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            d.readUnsignedShort();
            d.skipBytes(d.readInt());
        }
    }

    @Test
    void dispatchMethodIsCompilable() throws IOException {
        Map<String, Integer> lengths = codeLengths(Ceval.class);
        Integer run = lengths.get("run");
        assertTrue(run != null, "Ceval.run not found: " + lengths);
        System.out.println("Ceval.run bytecode size: " + run + " bytes");
        assertTrue(run > 500 && run < LIMIT, "Ceval.run is " + run + " bytes (limit " + LIMIT + ")");
    }
}
