package dev.adder.stdlib.string;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _string} module: {@code formatter_parser} and {@code formatter_field_name_split},
 * which {@code string.Formatter} uses to take format strings apart.
 *
 * <p>CPython: {@code Objects/stringlib/unicode_format.h} ({@code MarkupIterator_next},
 * {@code parse_field}, {@code FieldNameIterator_next}), {@code Objects/unicodeobject.c}
 * ({@code formatter_parser}, {@code formatter_field_name_split}).
 */
public final class StringModule implements BuiltinModule {
    @Override
    public String name() {
        return "_string";
    }

    /** The iterator of {@code formatter_parser}: (literal, field_name, format_spec, conversion) tuples. */
    static final class FormatterIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("formatteriterator", FormatterIterator.class, 0);

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> ((FormatterIterator) o).next();
            TYPE.ready();
        }

        final String s;
        int pos;

        FormatterIterator(String s) {
            super(TYPE);
            this.s = s;
        }

        PyObject next() {
            int n = s.length();
            if (pos >= n) {
                return null;
            }
            StringBuilder lit = new StringBuilder();
            boolean markup = false;
            while (pos < n) {
                char c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    if (pos < n && s.charAt(pos) == c) {
                        lit.append(c);
                        pos++;
                        return PyTuple.of(PyStr.of(lit.toString()), PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    }
                    if (c == '}') {
                        throw PyErr.valueError("Single '}' encountered in format string");
                    }
                    if (pos >= n) {
                        throw PyErr.valueError("Single '{' encountered in format string");
                    }
                    markup = true;
                    break;
                }
                lit.append(c);
            }
            PyStr literal = PyStr.of(lit.toString());
            if (!markup) {
                return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            // parse_field
            int start = pos;
            char c = 0;
            boolean ended = false;
            while (pos < n) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw PyErr.valueError("unexpected '{' in field name");
                } else if (c == '[') {
                    while (pos < n && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                } else if (c == '}' || c == ':' || c == '!') {
                    ended = true;
                    break;
                }
            }
            if (!ended) {
                throw PyErr.valueError("expected '}' before end of string");
            }
            PyStr field = PyStr.of(s.substring(start, pos - 1));
            PyObject conversion = PyNone.NONE;
            String spec = "";
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= n) {
                        throw PyErr.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = PyStr.of(String.valueOf(s.charAt(pos++)));
                    if (pos < n) {
                        char d = s.charAt(pos++);
                        if (d == '}') {
                            return PyTuple.of(literal, field, PyStr.EMPTY, conversion);
                        }
                        if (d != ':') {
                            throw PyErr.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < n) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) {
                    throw PyErr.valueError("unmatched '{' in format spec");
                }
                spec = s.substring(specStart, pos - 1);
            }
            return PyTuple.of(literal, field, PyStr.of(spec), conversion);
        }
    }

    /** The iterator of the rest of a field name: (is_attribute, key) pairs. */
    static final class FieldNameIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("fieldnameiterator", FieldNameIterator.class, 0);

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> ((FieldNameIterator) o).next();
            TYPE.ready();
        }

        final String s;
        int pos;

        FieldNameIterator(String s, int pos) {
            super(TYPE);
            this.s = s;
            this.pos = pos;
        }

        PyObject next() {
            int n = s.length();
            if (pos >= n) {
                return null;
            }
            char c = s.charAt(pos++);
            boolean attr;
            String key;
            if (c == '.') {
                attr = true;
                int st = pos;
                while (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    pos++;
                }
                key = s.substring(st, pos);
            } else if (c == '[') {
                attr = false;
                int st = pos;
                while (pos < n && s.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                key = s.substring(st, pos);
                pos++;
                if (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (key.isEmpty()) {
                throw PyErr.valueError("Empty attribute in format string");
            }
            return PyTuple.of(PyBool.of(attr), attr ? PyStr.of(key) : keyObject(key));
        }
    }

    /** A key that is all ASCII digits becomes an int (CPython's {@code get_integer}). */
    static PyObject keyObject(String key) {
        if (key.isEmpty()) {
            return PyStr.EMPTY;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return PyStr.of(key);
            }
        }
        if (key.length() > 18) {
            throw PyErr.valueError("Too many decimal digits in format string");
        }
        return PyInt.of(Long.parseLong(key));
    }

    private static PyStr strArg(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("descriptor '%s' for 'str' objects doesn't apply to a '%s' object", fname,
                o.type().name());
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("string helper module"));
        m.dict.setItem(PyStr.of("formatter_parser"), new PyBuiltinFunction("formatter_parser", "formatter_parser", m,
                (self, a, n, kw) -> {
                    BuiltinArgs.exactlyOne("formatter_parser", n, kw);
                    return new FormatterIterator(strArg("formatter_parser", a[0]).value());
                }));
        m.dict.setItem(PyStr.of("formatter_field_name_split"), new PyBuiltinFunction("formatter_field_name_split",
                "formatter_field_name_split", m, (self, a, n, kw) -> {
                    BuiltinArgs.exactlyOne("formatter_field_name_split", n, kw);
                    String s = strArg("formatter_field_name_split", a[0]).value();
                    int i = 0;
                    while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
                        i++;
                    }
                    return PyTuple.of(keyObject(s.substring(0, i)), new FieldNameIterator(s, i));
                }));
    }
}
