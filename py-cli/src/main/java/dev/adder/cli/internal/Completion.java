package dev.adder.cli.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.InterpreterState;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Tab completion in the interactive loop: keywords and the names of {@code __main__} and
 * builtins, or the attributes of the object a dotted name denotes.
 *
 * <p>CPython: Lib/rlcompleter.py ({@code Completer.global_matches}, {@code attr_matches}).
 */
final class Completion {
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private Completion() {
    }

    /** The completions of {@code word}, sorted: a name, or a dotted name whose last part is an attribute. */
    static List<String> complete(InterpreterState interp, String word) {
        TreeSet<String> found = new TreeSet<>();
        try {
            int dot = word.lastIndexOf('.');
            if (dot < 0) {
                for (String k : KEYWORDS) {
                    if (k.startsWith(word)) {
                        found.add(k);
                    }
                }
                for (PyObject[] keys : List.of(interp.main.dict.keysArray(), interp.builtins.keysArray())) {
                    for (PyObject k : keys) {
                        if (k instanceof PyStr s && s.value().startsWith(word)) {
                            found.add(s.value());
                        }
                    }
                }
            } else {
                String expr = word.substring(0, dot);
                String attr = word.substring(dot + 1);
                PyObject obj = lookup(interp, expr);
                PyObject dir = interp.builtins.getItem(PyStr.of("dir"));
                if (obj != null && dir != null) {
                    PyObject names = Abstract.call(dir, obj);
                    PyObject it = Abstract.iter(names);
                    for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
                        String name = n instanceof PyStr s ? s.value() : null;
                        if (name == null || !name.startsWith(attr)) {
                            continue;
                        }
                        // as rlcompleter: private names only when asked for
                        if (name.startsWith("__") && !attr.startsWith("__")
                                || name.startsWith("_") && !attr.startsWith("_")) {
                            continue;
                        }
                        found.add(expr + "." + name);
                    }
                }
            }
        } catch (RuntimeException e) {
            // no completion (a PyException too) for this word
        }
        return new ArrayList<>(found);
    }

    /** The object a dotted name denotes in {@code __main__}, or null. */
    private static PyObject lookup(InterpreterState interp, String dotted) {
        String[] parts = dotted.split("\\.", -1);
        PyObject o = interp.main.dict.getItem(PyStr.of(parts[0]));
        if (o == null) {
            o = interp.builtins.getItem(PyStr.of(parts[0]));
        }
        for (int i = 1; o != null && i < parts.length; i++) {
            o = Abstract.lookupAttr(o, PyStr.of(parts[i]));
        }
        return o;
    }
}
