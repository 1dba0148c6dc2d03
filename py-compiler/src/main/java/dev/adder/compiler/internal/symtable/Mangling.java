package dev.adder.compiler.internal.symtable;

/**
 * Private name mangling: inside class {@code C}, {@code __spam} becomes {@code _C__spam}.
 *
 * <p>CPython: {@code _Py_Mangle} (Python/compile.c).
 */
public final class Mangling {
    private Mangling() {
    }

    /**
     * The mangled form of {@code ident} in a class named {@code privateName} (null outside
     * classes): unchanged unless it starts with two underscores, does not end with two, has no
     * dot, and the class name is not only underscores.
     */
    public static String mangle(String privateName, String ident) {
        if (privateName == null) {
            return ident;
        }
        int n = ident.length();
        if (n < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        if ((ident.charAt(n - 1) == '_' && ident.charAt(n - 2) == '_') || ident.indexOf('.') >= 0) {
            return ident;
        }
        int p = 0;
        int plen = privateName.length();
        while (p < plen && privateName.charAt(p) == '_') {
            p++;
        }
        if (p == plen) {
            return ident;
        }
        StringBuilder b = new StringBuilder(1 + plen - p + n);
        return b.append('_').append(privateName, p, plen).append(ident).toString();
    }
}
