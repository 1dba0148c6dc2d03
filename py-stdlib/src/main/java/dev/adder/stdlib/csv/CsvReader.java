package dev.adder.stdlib.csv;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyStr;

/**
 * {@code _csv.reader}: an iterator over the records of the lines an input iterator yields. A
 * character-at-a-time state machine handles quoted fields (which may span lines), doubled quotes,
 * the escape character, spaces after delimiters, strict-mode errors and the field size limit;
 * with {@code QUOTE_NONNUMERIC} unquoted fields become floats.
 *
 * <p>CPython: {@code Modules/_csv.c} ({@code ReaderObj}, {@code parse_process_char},
 * {@code Reader_iternext}).
 */
final class CsvReader extends PyObject {
    /** {@code _csv.reader}. */
    static final PyType TYPE = PyType.builtin("_csv.reader", CsvReader.class, 0);

    /** The character fed to the state machine at the end of each input line. */
    private static final int EOL = -2;

    private static final int START_RECORD = 0;
    private static final int START_FIELD = 1;
    private static final int ESCAPED_CHAR = 2;
    private static final int IN_FIELD = 3;
    private static final int IN_QUOTED_FIELD = 4;
    private static final int ESCAPE_IN_QUOTED_FIELD = 5;
    private static final int QUOTE_IN_QUOTED_FIELD = 6;
    private static final int EAT_CRNL = 7;
    private static final int AFTER_ESCAPED_CRNL = 8;

    private final CsvModule.State state;
    private final PyObject input;
    final CsvDialect dialect;
    long lineNum;

    private PyList fields;
    private int parseState;
    private final StringBuilder field = new StringBuilder();
    private int fieldLen;
    private boolean numericField;

    CsvReader(CsvModule.State state, PyObject input, CsvDialect dialect) {
        super(TYPE);
        this.state = state;
        this.input = input;
        this.dialect = dialect;
    }

    private void reset() {
        fields = new PyList();
        parseState = START_RECORD;
        field.setLength(0);
        fieldLen = 0;
        numericField = false;
    }

    private void saveField() {
        PyObject f = PyStr.of(field.toString());
        field.setLength(0);
        fieldLen = 0;
        if (numericField) {
            numericField = false;
            f = Abstract.call(PyFloat.TYPE, f);
        }
        fields.append(f);
    }

    private void addChar(int c) {
        if (fieldLen >= state.fieldLimit) {
            throw CsvModule.error("field larger than field limit (%d)", state.fieldLimit);
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r' || c == EOL;
    }

    /** Ends the record at a line end: the next state after saving the last field. */
    private void endRecord(int c) {
        saveField();
        parseState = c == EOL ? START_RECORD : EAT_CRNL;
    }

    private void processChar(int c) {
        CsvDialect d = dialect;
        switch (parseState) {
            case START_RECORD:
                if (c == EOL) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    parseState = EAT_CRNL;
                    return;
                }
                parseState = START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (c == '\n' || c == '\r') {
                    addChar(c);
                    parseState = AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                parseState = IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    parseState = ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                    parseState = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                parseState = IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    parseState = IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    parseState = START_FIELD;
                } else if (isLineEnd(c)) {
                    endRecord(c);
                } else if (!d.strict) {
                    addChar(c);
                    parseState = IN_FIELD;
                } else {
                    throw CsvModule.error("'%s' expected after '%s'", new String(Character.toChars(d.delimiter)),
                            new String(Character.toChars(d.quotechar)));
                }
                return;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') {
                    return;
                }
                if (c == EOL) {
                    parseState = START_RECORD;
                    return;
                }
                throw CsvModule.error("new-line character seen in unquoted field - do you need to open the file "
                        + "in universal-newline mode?");
            default:
                throw new IllegalStateException("csv parser state " + parseState);
        }
    }

    private void startField(int c) {
        CsvDialect d = dialect;
        if (isLineEnd(c)) {
            endRecord(c);
        } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
            parseState = IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            parseState = ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            // spaces after a delimiter are skipped
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == CsvDialect.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            parseState = IN_FIELD;
        }
    }

    private void inField(int c) {
        CsvDialect d = dialect;
        if (isLineEnd(c)) {
            endRecord(c);
        } else if (c == d.escapechar) {
            parseState = ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            parseState = START_FIELD;
        } else {
            addChar(c);
        }
    }

    /** The next record, or null at the end of the input. */
    PyObject next() {
        reset();
        do {
            PyObject line = Abstract.next(input);
            if (line == null) {
                if (fieldLen != 0 || parseState == IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr)) {
                throw CsvModule.error("iterator should return strings, not %s "
                        + "(the file should be opened in text mode)", line.type().name());
            }
            lineNum++;
            String s = ((PyStr) line).value();
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                processChar(c);
            }
            processChar(EOL);
        } while (parseState != START_RECORD);
        PyList r = fields;
        fields = null;
        return r;
    }

    static {
        PyType t = TYPE;
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((CsvReader) o).next();
        t.ready();
        CsvDialect.readonlyMember(t, "dialect", o -> ((CsvReader) o).dialect);
        CsvDialect.readonlyMember(t, "line_num", o -> PyInt.of(((CsvReader) o).lineNum));
        t.setAttribute("__doc__", PyStr.of("CSV reader\n\nAn iterator over the records of CSV input lines."));
    }
}
