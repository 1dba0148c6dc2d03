package dev.adder.compiler.symtable;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Node;
import dev.adder.ast.Position;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a tree that symtable_oracle.py serialized from CPython's {@code ast.parse} with the
 * AST records' canonical constructors, so that the symbol table is tested on CPython's own trees.
 * Format: {@code (Stmt.Name field... @lineno,col,end_lineno,end_col)}, lists {@code [...]},
 * JSON strings, {@code ~} for None, plain integers, bare enum constant names, and constants as
 * {@code #N #E #T #F #i<int> #f<hex> #c<hex>,<hex> #s<json> #b<hex>}.
 */
final class TreeReader {
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();

    private final String s;
    private int pos;

    private TreeReader(String s) {
        this.s = s;
    }

    static Node read(String text) {
        TreeReader r = new TreeReader(text);
        return (Node) r.value(Node.class);
    }

    private void skip() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private String word() {
        skip();
        return rawWord();
    }

    private String rawWord() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ' ' && s.charAt(pos) != ')' && s.charAt(pos) != ']') {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String json() {
        int[] end = new int[1];
        String v = Json.unquote(s, pos, end);
        pos = end[0];
        return v;
    }

    private Object value(Type type) {
        skip();
        char c = s.charAt(pos);
        if (c == '(') {
            return node();
        }
        if (c == '[') {
            pos++;
            Type elem = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> list = new ArrayList<>();
            while (true) {
                skip();
                if (s.charAt(pos) == ']') {
                    pos++;
                    return list;
                }
                list.add(value(elem));
            }
        }
        if (c == '"') {
            return json();
        }
        if (c == '~') {
            pos++;
            return null;
        }
        if (c == '#') {
            return constant();
        }
        if (c == '@') {
            pos++;
            String[] p = word().split(",");
            int l = Integer.parseInt(p[0]);
            int col = Integer.parseInt(p[1]);
            int el = Integer.parseInt(p[2]);
            int ec = Integer.parseInt(p[3]);
            return new Position(l, col, el, ec, col, ec);
        }
        String w = word();
        if (c == '-' || Character.isDigit(c)) {
            return Integer.parseInt(w);
        }
        Class<?> cls = (Class<?>) type;
        if (cls.isEnum()) {
            for (Object k : cls.getEnumConstants()) {
                if (((Enum<?>) k).name().equals(w)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("cannot read " + w + " as " + type);
    }

    private ConstantValue constant() {
        pos++;
        char k = s.charAt(pos++);
        switch (k) {
            case 'N': return ConstantValue.NONE;
            case 'E': return ConstantValue.ELLIPSIS;
            case 'T': return ConstantValue.TRUE;
            case 'F': return ConstantValue.FALSE;
            case 'i': return ConstantValue.of(new BigInteger(word()));
            case 'f': return ConstantValue.of(Double.longBitsToDouble(Long.parseUnsignedLong(word(), 16)));
            case 'c': {
                String[] p = word().split(",");
                return new ConstantValue.ComplexValue(Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16)),
                        Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16)));
            }
            case 's': return ConstantValue.of(json());
            case 'b': {
                String h = rawWord();
                return ConstantValue.of(h.isEmpty() ? new byte[0] : HexFormat.of().parseHex(h));
            }
            default: throw new IllegalArgumentException("bad constant #" + k);
        }
    }

    private Node node() {
        pos++;
        String name = word();
        Class<?> cls = CLASSES.computeIfAbsent(name, TreeReader::load);
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            Object v = value(comps[i].getGenericType());
            if (types[i] == int.class && v == null) {
                v = 0;
            }
            args[i] = v;
        }
        skip();
        if (s.charAt(pos) != ')') {
            throw new IllegalArgumentException("expected ) at " + pos + " in " + name);
        }
        pos++;
        try {
            Constructor<?> k = cls.getDeclaredConstructor(types);
            return (Node) k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalArgumentException("cannot build " + name + ": " + cause, cause);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName("dev.adder.ast." + name.replace('.', '$'));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no AST class " + name, e);
        }
    }
}
