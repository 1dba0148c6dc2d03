package dev.adder.parser.internal;

import dev.adder.ast.ConstantValue;
import dev.adder.lexer.Token;
import dev.adder.source.PythonSyntaxError;
import java.math.BigInteger;

/**
 * The value of a NUMBER token: an int of any size (decimal, {@code 0x}, {@code 0o}, {@code 0b}),
 * a float, or an imaginary number ({@code j} suffix), underscores removed.
 *
 * <p>Floats are correctly rounded ({@link Double#parseDouble}, like CPython's
 * {@code PyOS_string_to_double}); a float too large is {@code inf}. A decimal int literal of more
 * than {@value #INT_MAX_STR_DIGITS} digits is a SyntaxError, as in CPython 3.11 with the default
 * {@code sys.get_int_max_str_digits()}.
 *
 * <p>CPython: Parser/pegen.c ({@code parsenumber}, {@code parsenumber_raw},
 * {@code _PyPegen_number_token}).
 */
final class NumberLiteral {

    private NumberLiteral() {
    }

    /**
     * CPython's default limit on the digits of a decimal int literal
     * ({@code sys.get_int_max_str_digits()}, gh-95778).
     */
    static final int INT_MAX_STR_DIGITS = 4300;

    /** Decimal digits that always fit in a long. */
    private static final int LONG_SAFE_DIGITS = 18;

    /**
     * Parses the text of a NUMBER token (as the tokenizer accepted it).
     *
     * @param token the token, for the location of errors
     * @param ctx the source, for the text of errors
     */
    static ConstantValue parse(Token token, LiteralContext ctx) {
        String s = token.string();
        if (s.indexOf('_') >= 0) {
            s = removeUnderscores(s);
        }
        int n = s.length();
        char lastChar = s.charAt(n - 1);
        if (lastChar == 'j' || lastChar == 'J') {
            return new ConstantValue.ComplexValue(0.0, Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            int radix = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8 : k == 'b' || k == 'B' ? 2 : 0;
            if (radix != 0) {
                return intValue(s, 2, radix);
            }
        }
        if (allDigits(s)) {
            if (s.charAt(0) == '0') {
                // Only zeros (the tokenizer rejects other leading zeros): CPython's strtoul path,
                // which has no digit limit.
                return ConstantValue.of(0);
            }
            if (n > INT_MAX_STR_DIGITS) {
                throw tooManyDigits(token, n, ctx);
            }
            return intValue(s, 0, 10);
        }
        return new ConstantValue.FloatValue(Double.parseDouble(s));
    }

    private static ConstantValue intValue(String s, int from, int radix) {
        int digits = s.length() - from;
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : radix == 2 ? 1 : 0;
        boolean fitsLong = bitsPerDigit == 0 ? digits <= LONG_SAFE_DIGITS : digits * bitsPerDigit <= 62;
        if (fitsLong) {
            return ConstantValue.of(Long.parseLong(s, from, s.length(), radix));
        }
        if (bitsPerDigit != 0) {
            return ConstantValue.of(powerOfTwoRadix(s, from, bitsPerDigit));
        }
        return ConstantValue.of(new BigInteger(s.substring(from), radix));
    }

    /**
     * Digits in base 2, 8 or 16 to a non-negative BigInteger in linear time: the bits are packed
     * into a big-endian magnitude directly ({@code new BigInteger(String, radix)} is quadratic,
     * which a literal of 100,000 hex digits turns into seconds).
     */
    private static BigInteger powerOfTwoRadix(String s, int from, int bitsPerDigit) {
        int digits = s.length() - from;
        long totalBits = (long) digits * bitsPerDigit;
        byte[] magnitude = new byte[(int) ((totalBits + 7) / 8) + 1];
        int bytePos = magnitude.length - 1;
        int acc = 0;
        int accBits = 0;
        for (int i = s.length() - 1; i >= from; i--) {
            acc |= Character.digit(s.charAt(i), 16) << accBits;
            accBits += bitsPerDigit;
            while (accBits >= 8) {
                magnitude[bytePos--] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0) {
            magnitude[bytePos] = (byte) acc;
        }
        return new BigInteger(1, magnitude);
    }

    private static boolean allDigits(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String removeUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * CPython's error for a decimal literal over the limit: its ValueError message with a hint,
     * located on the token's lines with no columns (offsets 0).
     */
    private static PythonSyntaxError tooManyDigits(Token token, int digits, LiteralContext ctx) {
        String msg = "Exceeds the limit (" + INT_MAX_STR_DIGITS + " digits) for integer string conversion: "
                + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit"
                + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
        String text = ctx.source().line(token.startLine());
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2) + "\n";
        } else if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1) + "\n";
        }
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, ctx.source().name(),
                token.startLine(), 0, token.endLine(), 0, text);
    }
}
