package dev.adder.lexer.internal;

import dev.adder.lexer.TokenKind;

/**
 * The operators and delimiters of Python 3.11 and their exact token kinds.
 *
 * <p>CPython: Parser/token.c (PyToken_OneChar, PyToken_TwoChars, PyToken_ThreeChars), generated
 * from Grammar/Tokens.
 */
public final class Operators {
    private Operators() {}

    private static final TokenKind[] ONE = new TokenKind[128];

    static {
        for (TokenKind k : TokenKind.values()) {
            String op = k.operator();
            if (op != null && op.length() == 1) {
                ONE[op.charAt(0)] = k;
            }
        }
    }

    /** The kind of a one-character operator, or null. */
    public static TokenKind one(char c) {
        return c < 128 ? ONE[c] : null;
    }

    /** The kind of a two-character operator, or null. */
    public static TokenKind two(char c1, char c2) {
        switch (c1) {
            case '!':
                return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%':
                return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&':
                return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*':
                return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+':
                return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-':
                return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/':
                return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':':
                return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL : null;
            case '=':
                return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>':
                return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@':
                return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^':
                return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|':
                return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default:
                return null;
        }
    }

    /** The kind of a three-character operator, or null. */
    public static TokenKind three(char c1, char c2, char c3) {
        switch (c1) {
            case '*':
                return c2 == '*' && c3 == '=' ? TokenKind.DOUBLESTAREQUAL : null;
            case '.':
                return c2 == '.' && c3 == '.' ? TokenKind.ELLIPSIS : null;
            case '/':
                return c2 == '/' && c3 == '=' ? TokenKind.DOUBLESLASHEQUAL : null;
            case '<':
                return c2 == '<' && c3 == '=' ? TokenKind.LEFTSHIFTEQUAL : null;
            case '>':
                return c2 == '>' && c3 == '=' ? TokenKind.RIGHTSHIFTEQUAL : null;
            default:
                return null;
        }
    }
}
