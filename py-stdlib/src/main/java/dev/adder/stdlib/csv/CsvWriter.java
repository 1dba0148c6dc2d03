package dev.adder.stdlib.csv;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyComplex;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * {@code _csv.writer}: formats rows as CSV records (quoting by the dialect's style, doubling or
 * escaping quote characters, escaping with {@code QUOTE_NONE}) and passes each record with its
 * line terminator to the file's {@code write}.
 *
 * <p>CPython: {@code Modules/_csv.c} ({@code WriterObj}, {@code join_append_data},
 * {@code csv_writerow}, {@code csv_writerows}).
 */
final class CsvWriter extends PyObject {
    /** {@code _csv.writer}. */
    static final PyType TYPE = PyType.builtin("_csv.writer", CsvWriter.class, 0);

    private final PyObject write;
    final CsvDialect dialect;

    CsvWriter(PyObject write, CsvDialect dialect) {
        super(TYPE);
        this.write = write;
        this.dialect = dialect;
    }

    /** {@code PyNumber_Check}: whether {@code o} converts to a number. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    private boolean special(int c) {
        CsvDialect d = dialect;
        if (c == d.delimiter || c == d.escapechar || c == d.quotechar) {
            return true;
        }
        String lt = d.lineterminator.value();
        return c < 0x10000 ? lt.indexOf(c) >= 0 : lt.contains(new String(Character.toChars(c)));
    }

    /** Appends {@code text} (null for None) as a field of the record in {@code rec}. */
    private void appendField(StringBuilder rec, int nfields, String text, boolean quoted) {
        CsvDialect d = dialect;
        StringBuilder out = new StringBuilder();
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (special(c)) {
                    boolean escape = false;
                    if (d.quoting == CsvDialect.QUOTE_NONE) {
                        escape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                out.appendCodePoint(d.quotechar);
                            } else {
                                escape = true;
                            }
                        } else if (c == d.escapechar) {
                            escape = true;
                        }
                        if (!escape) {
                            quoted = true;
                        }
                    }
                    if (escape) {
                        if (d.escapechar == CsvDialect.NOT_SET) {
                            throw CsvModule.error("need to escape, but no escapechar set");
                        }
                        out.appendCodePoint(d.escapechar);
                    }
                }
                out.appendCodePoint(c);
            }
        }
        if (nfields > 0) {
            rec.appendCodePoint(d.delimiter);
        }
        if (quoted) {
            rec.appendCodePoint(d.quotechar).append(out).appendCodePoint(d.quotechar);
        } else {
            rec.append(out);
        }
    }

    /** {@code writerow(row)}: the result of the file's {@code write} for the record. */
    PyObject writerow(PyObject row) {
        CsvDialect d = dialect;
        PyObject it;
        try {
            it = Abstract.iter(row);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw CsvModule.error("iterable expected, not %s", row.type().name());
            }
            throw e;
        }
        StringBuilder rec = new StringBuilder();
        int nfields = 0;
        for (PyObject f; (f = Abstract.next(it)) != null;) {
            boolean quoted = d.quoting == CsvDialect.QUOTE_ALL
                    || d.quoting == CsvDialect.QUOTE_NONNUMERIC && !isNumber(f);
            String text;
            if (f instanceof PyStr) {
                text = ((PyStr) f).value();
            } else if (f == PyNone.NONE) {
                text = null;
            } else {
                text = Abstract.str(f).value();
            }
            appendField(rec, nfields, text, quoted);
            nfields++;
        }
        if (nfields > 0 && rec.length() == 0) {
            if (d.quoting == CsvDialect.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            appendField(rec, 0, null, true);
        }
        rec.append(d.lineterminator.value());
        return Abstract.call(write, PyStr.of(rec.toString()));
    }

    /** {@code writerows(rows)}. */
    void writerows(PyObject rows) {
        PyObject it = Abstract.iter(rows);
        for (PyObject row; (row = Abstract.next(it)) != null;) {
            writerow(row);
        }
    }

    static {
        PyType t = TYPE;
        t.ready();
        PyMethodDescr.oneArg(t, "writerow", (o, row) -> ((CsvWriter) o).writerow(row));
        PyMethodDescr.oneArg(t, "writerows", (o, rows) -> {
            ((CsvWriter) o).writerows(rows);
            return PyNone.NONE;
        });
        CsvDialect.readonlyMember(t, "dialect", o -> ((CsvWriter) o).dialect);
        t.setAttribute("__doc__", PyStr.of("CSV writer\n\nFormats rows as CSV records and writes them to a file."));
    }
}
