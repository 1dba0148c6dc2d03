package dev.adder.stdlib.time;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The local zone's abbreviations ("EST", "CEST") read from its TZif file, as the C library reads
 * them: for each (UTC offset, DST flag) the abbreviation of the latest transition using it.
 *
 * <p>CPython relies on the C library ({@code tm_zone}, {@code tzname}); glibc: time/tzfile.c.
 */
final class Abbrevs {
    private static volatile Map<Long, String> map;

    private Abbrevs() {
    }

    static String get(int off, boolean dst) {
        Map<Long, String> m = map;
        if (m == null) {
            m = load();
            map = m;
        }
        return m.get(key(off, dst));
    }

    private static long key(int off, boolean dst) {
        return ((long) off << 1) | (dst ? 1 : 0);
    }

    private static Path zoneFile() {
        String tz = System.getenv("TZ");
        if (tz != null && !tz.isEmpty()) {
            if (tz.startsWith(":")) {
                tz = tz.substring(1);
            }
            return tz.startsWith("/") ? Path.of(tz) : Path.of("/usr/share/zoneinfo", tz);
        }
        return Path.of("/etc/localtime");
    }

    private static Map<Long, String> load() {
        Map<Long, String> m = new HashMap<>();
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zoneFile()));
            if (b.remaining() < 44 || b.get(0) != 'T' || b.get(1) != 'Z' || b.get(2) != 'i' || b.get(3) != 'f') {
                return m;
            }
            int version = b.get(4);
            int[] c = header(b, 0);
            int timeSize = 4;
            int start = 44;
            if (version >= '2') {
                start = 44 + c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
                c = header(b, start);
                start += 44;
                timeSize = 8;
            }
            int timecnt = c[3];
            int typecnt = c[4];
            int charcnt = c[5];
            int idxPos = start + timecnt * timeSize;
            int typePos = idxPos + timecnt;
            int charPos = typePos + typecnt * 6;
            // types in order of use: the latest transition wins
            for (int t = 0; t < typecnt; t++) {
                put(b, m, typePos, charPos, charcnt, t, false);
            }
            for (int i = 0; i < timecnt; i++) {
                put(b, m, typePos, charPos, charcnt, b.get(idxPos + i) & 0xff, true);
            }
        } catch (IOException | RuntimeException e) {
            return m;
        }
        return m;
    }

    private static void put(ByteBuffer b, Map<Long, String> m, int typePos, int charPos, int charcnt, int t,
            boolean override) {
        int p = typePos + t * 6;
        int off = b.getInt(p);
        boolean dst = b.get(p + 4) != 0;
        int ai = b.get(p + 5) & 0xff;
        StringBuilder sb = new StringBuilder();
        for (int k = charPos + ai; k < charPos + charcnt && b.get(k) != 0; k++) {
            sb.append((char) (b.get(k) & 0xff));
        }
        if (override) {
            m.put(key(off, dst), sb.toString());
        } else {
            m.putIfAbsent(key(off, dst), sb.toString());
        }
    }

    /** isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt of the header at {@code at}. */
    private static int[] header(ByteBuffer b, int at) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) {
            c[i] = b.getInt(at + 20 + 4 * i);
        }
        return c;
    }
}
