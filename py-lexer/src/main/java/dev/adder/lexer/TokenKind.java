package dev.adder.lexer;

/**
 * The kinds of token, with the names and exact operator types of CPython's {@code token} module
 * (what {@code python3 -m tokenize -e} prints in its second column).
 *
 * <p>CPython: Grammar/Tokens, Lib/token.py.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"),
    ELLIPSIS("..."), COLONEQUAL(":="),
    /**
     * A token with no exact operator type: from {@code tokenize}, a {@code \w+} run that does not
     * start like an identifier (such as {@code ²}); from the parser's stream, a printable ASCII
     * character that is no operator ({@code $}, {@code ?}, {@code !}, a backquote), which CPython's
     * tokenizer passes to its parser as OP.
     */
    OP,
    AWAIT, ASYNC, TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD,
    /** What the {@code tokenize} module yields for a character it cannot place. */
    ERRORTOKEN,
    COMMENT,
    /** A newline that does not end a logical line. */
    NL,
    /** The first token of {@code tokenize.tokenize} over bytes: the source encoding. */
    ENCODING;

    private final String operator;

    TokenKind() { this(null); }

    TokenKind(String operator) { this.operator = operator; }

    /** The operator's text, or null if this kind is not an operator or delimiter. */
    public String operator() { return operator; }

    /** True for operators and delimiters (the {@code tokenize} module's generic type {@code OP}). */
    public boolean isOperator() { return operator != null || this == OP; }
}
