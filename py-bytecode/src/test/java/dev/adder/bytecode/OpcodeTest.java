package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class OpcodeTest {

    static List<String[]> resource(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OpcodeTest.class.getResourceAsStream(name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.trim().split("\\s+"));
                }
            }
        }
        return rows;
    }

    /** The 3.10 table: name -> (number, list). From cpython310/opcode.txt, which cites its source. */
    static Map<String, String[]> cpython310() throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String[] row : resource("/cpython310/opcode.txt")) {
            m.put(row[0], row);
        }
        return m;
    }

    @Test
    void everyCpython310OpcodeHasItsNameNumberAndList() throws IOException {
        Map<String, String[]> table = cpython310();
        assertEquals(127, table.size());
        for (String[] row : table.values()) {
            Opcode op = Opcode.valueOf(row[0]);
            assertEquals(Integer.parseInt(row[1]), op.code(), row[0]);
            assertEquals(row[0], Opcodes.opname(op.code()));
            String list = row.length > 2 ? row[2] : "";
            Opcode.Kind expected = switch (list) {
                case "hasconst" -> Opcode.Kind.CONST;
                case "hasname" -> Opcode.Kind.NAME;
                case "hasjrel" -> Opcode.Kind.JREL;
                case "hasjabs" -> Opcode.Kind.JABS;
                case "haslocal" -> Opcode.Kind.LOCAL;
                case "hascompare" -> Opcode.Kind.COMPARE;
                case "hasfree" -> Opcode.Kind.FREE;
                default -> Opcode.Kind.NONE;
            };
            assertEquals(expected, op.kind(), row[0]);
            assertFalse(op.isExtension(), row[0]);
        }
    }

    @Test
    void onlyTheDocumentedExtensionsAreAdded() throws IOException {
        Map<String, String[]> table = cpython310();
        List<Opcode> extra = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            if (!table.containsKey(op.name())) {
                extra.add(op);
                assertTrue(op.isExtension(), op + " is neither 3.10's nor marked as an extension");
            }
        }
        assertEquals(List.of(Opcode.CHECK_EG_MATCH, Opcode.PREP_RERAISE_STAR), extra);
        // their numbers are free in 3.10
        Set<String> used310 = new java.util.HashSet<>();
        for (String[] row : table.values()) {
            used310.add(row[1]);
        }
        for (Opcode op : extra) {
            assertFalse(used310.contains(Integer.toString(op.code())), op.toString());
            assertFalse(op.hasArg(), op.toString());
        }
    }

    @Test
    void extensionsHaveCpython311NumbersAndStackEffects() {
        // python3 (3.11) is the oracle for the extension opcodes' numbers and effects
        String out = Python3.run("import opcode, dis\n"
                + "for n in ('CHECK_EG_MATCH', 'PREP_RERAISE_STAR'):\n"
                + "    print(n, opcode.opmap[n], dis.stack_effect(opcode.opmap[n]))\n", "");
        for (String line : out.strip().split("\n")) {
            String[] p = line.split(" ");
            Opcode op = Opcode.valueOf(p[0]);
            assertEquals(Integer.parseInt(p[1]), op.code());
            assertEquals(Integer.parseInt(p[2]), op.stackEffect(0));
        }
    }

    @Test
    void haveArgumentAndExtendedArg() {
        // CPython 3.10 Lib/opcode.py: HAVE_ARGUMENT = 90, EXTENDED_ARG = 144 (unchanged in 3.11)
        assertEquals(90, Opcodes.HAVE_ARGUMENT);
        assertEquals(144, Opcodes.EXTENDED_ARG);
        String out = Python3.run("import opcode; print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)", "");
        assertEquals("90 144 ('<', '<=', '==', '!=', '>', '>=')", out.strip());
        assertEquals(List.of("<", "<=", "==", "!=", ">", ">="), Opcodes.CMP_OP);
        for (Opcode op : Opcode.values()) {
            assertEquals(op.code() >= 90, op.hasArg(), op.toString());
        }
    }

    @Test
    void intConstantsAgreeWithTheEnum() throws IllegalAccessException {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field f : Opcodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class
                    && f.getName().chars().allMatch(c -> c == '_' || Character.isUpperCase(c) || Character.isDigit(c))) {
                constants.put(f.getName(), f.getInt(null));
            }
        }
        for (Opcode op : Opcode.values()) {
            assertEquals(op.code(), constants.get(op.name()), op.toString());
        }
    }

    @Test
    void lookupsAndNames() {
        for (int i = 0; i < 256; i++) {
            Opcode op = Opcode.of(i);
            if (op == null) {
                assertEquals("<" + i + ">", Opcodes.opname(i));
                assertFalse(Opcodes.isDefined(i));
                assertEquals(Opcodes.INVALID_STACK_EFFECT, Opcodes.stackEffect(i, 0, -1));
            } else {
                assertEquals(i, op.code());
                assertTrue(Opcodes.isDefined(i));
            }
        }
        assertNull(Opcode.of(-1));
        assertNull(Opcode.of(256));
        assertEquals(Opcode.BINARY_ADD, Opcode.of(23));
    }

    @Test
    void stackEffectsAreCpython310s() throws IOException {
        // cpython310/stack_effect.txt: 3.10's Python/compile.c stack_effect(), see make_stack_effect.py
        int n = 0;
        for (String[] row : resource("/cpython310/stack_effect.txt")) {
            int code = Opcode.valueOf(row[0]).code();
            int oparg = Integer.parseInt(row[1]);
            int jump = Integer.parseInt(row[2]);
            assertEquals(Integer.parseInt(row[3]), Opcodes.stackEffect(code, oparg, jump),
                    row[0] + " oparg=" + oparg + " jump=" + jump);
            n++;
        }
        assertEquals(127 * 9 * 3, n);
    }

    @Test
    void stackEffectsUnchangedIn311MatchPython3() {
        // Opcodes whose stack_effect case reads the same in 3.10's and 3.11's compile.c: python3 is
        // the oracle for them. (3.11 changed e.g. MAKE_FUNCTION, LOAD_GLOBAL, POP_EXCEPT, RERAISE,
        // MATCH_KEYS, MATCH_CLASS, CALL_FUNCTION_EX, END_ASYNC_FOR: not listed.)
        List<String> names = List.of("POP_TOP", "NOP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT",
                "UNARY_INVERT", "BINARY_SUBSCR", "GET_LEN", "MATCH_MAPPING", "MATCH_SEQUENCE",
                "WITH_EXCEPT_START", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "STORE_SUBSCR",
                "DELETE_SUBSCR", "GET_ITER", "GET_YIELD_FROM_ITER", "PRINT_EXPR", "LOAD_BUILD_CLASS",
                "GET_AWAITABLE", "LOAD_ASSERTION_ERROR", "LIST_TO_TUPLE", "RETURN_VALUE", "IMPORT_STAR",
                "SETUP_ANNOTATIONS", "YIELD_VALUE", "STORE_NAME", "DELETE_NAME", "UNPACK_SEQUENCE",
                "FOR_ITER", "UNPACK_EX", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL",
                "LOAD_CONST", "LOAD_NAME", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
                "LOAD_ATTR", "COMPARE_OP", "IMPORT_NAME", "IMPORT_FROM", "JUMP_FORWARD",
                "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "IS_OP", "CONTAINS_OP", "LOAD_FAST",
                "STORE_FAST", "DELETE_FAST", "RAISE_VARARGS", "BUILD_SLICE", "LOAD_CLOSURE", "LOAD_DEREF",
                "STORE_DEREF", "DELETE_DEREF", "EXTENDED_ARG", "LIST_APPEND", "SET_ADD", "MAP_ADD",
                "LOAD_CLASSDEREF", "FORMAT_VALUE", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "LOAD_METHOD",
                "LIST_EXTEND", "SET_UPDATE", "DICT_MERGE", "DICT_UPDATE");
        String script = "import dis, opcode, sys\n"
                + "for name in sys.stdin.read().split():\n"
                + "    op = opcode.opmap[name]\n"
                + "    for a in (0, 1, 2, 3, 5, 259):\n"
                + "        for j in (None, False, True):\n"
                + "            e = dis.stack_effect(op, a if op >= opcode.HAVE_ARGUMENT else None, jump=j)\n"
                + "            print(name, a, {None: -1, False: 0, True: 1}[j], e)\n";
        String out = Python3.run(script, String.join(" ", names));
        int n = 0;
        for (String line : out.strip().split("\n")) {
            String[] p = line.split(" ");
            int code = Opcode.valueOf(p[0]).code();
            assertEquals(Integer.parseInt(p[3]),
                    Opcodes.stackEffect(code, Integer.parseInt(p[1]), Integer.parseInt(p[2])), line);
            n++;
        }
        assertEquals(names.size() * 18, n);
    }

    @Test
    void enumStackEffectAndErrors() {
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(6, Opcode.SETUP_FINALLY.stackEffect(3));
        assertEquals(0, Opcode.SETUP_FINALLY.stackEffect(3, false));
        assertEquals(-3, Opcode.MAKE_FUNCTION.stackEffect(0x09));
        // dis.stack_effect(0) raises ValueError('invalid opcode or oparg') in 3.10: 0 is undefined
        assertEquals(Opcodes.INVALID_STACK_EFFECT, Opcodes.stackEffect(0, 0, -1));
        for (Opcode op : Opcode.values()) {
            op.stackEffect(1);
            op.stackEffect(1, true);
        }
    }

    @Test
    void jumpTargetsUse310Units() {
        // Lib/dis.py (3.10): hasjabs argval = arg*2; hasjrel argval = offset + 2 + arg*2
        assertEquals(136, Opcodes.jumpTarget(Opcodes.FOR_ITER, 42, 50));
        assertEquals(20, Opcodes.jumpTarget(Opcodes.JUMP_ABSOLUTE, 10, 50));
        assertEquals(-1, Opcodes.jumpTarget(Opcodes.LOAD_FAST, 10, 50));
        assertTrue(Opcodes.isRelativeJump(Opcodes.SETUP_WITH));
        assertTrue(Opcodes.isAbsoluteJump(Opcodes.JUMP_IF_NOT_EXC_MATCH));
        assertTrue(Opcode.SETUP_ASYNC_WITH.isJump());
        assertFalse(Opcode.RETURN_VALUE.isJump());
    }
}
