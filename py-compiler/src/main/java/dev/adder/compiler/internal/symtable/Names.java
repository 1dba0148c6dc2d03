package dev.adder.compiler.internal.symtable;

import java.util.Comparator;

/** Orders of names as CPython sorts str objects. */
public final class Names {
    private Names() {
    }

    /** Code point order, as Python compares str (Java's compareTo compares UTF-16 units). */
    public static final Comparator<String> CODE_POINT_ORDER = Names::compare;

    /** Compares two strings by code points. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
