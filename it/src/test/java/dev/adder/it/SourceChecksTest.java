package dev.adder.it;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.expr.SwitchExpr;
import dev.adder.bytecode.Opcode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks on the Java sources of the modules, read with JavaParser (not the compiled classes):
 * <ul>
 *   <li>every opcode of {@link Opcode} is dispatched by the evaluation loop, or is declared never
 *       emitted. "Dispatched" means: a {@code case} label (an integer literal or an
 *       {@code Opcodes} constant) of a {@code switch} on the opcode variable, or an
 *       {@code op == N} test, in one of the dispatch methods: {@code run} of a class named
 *       {@code Ceval*} in py-vm, or a method whose name starts with {@code rareOpcode} there.
 *       "Never emitted" means: listed in a field {@code NEVER_EMITTED} in py-vm's main sources,
 *       a map from opcode name to the reason ({@code Map.of("NAME", "why", ...)}). The opcodes
 *       neither dispatched nor declared are a ratchet: {@code opcodes.unhandled} in
 *       conformance-baseline.properties lists those allowed today;</li>
 *   <li>no main source of a module (every one but py-cli's {@code Main}, which ends the process)
 *       calls {@code printStackTrace}, {@code System.exit} or {@code Runtime.halt}: library code
 *       lets only Python exceptions out.</li>
 * </ul>
 */
class SourceChecksTest {
    static final Path REPO = Python.basedir().getParent();
    /** The names the dispatch methods give the opcode variable. */
    static final List<String> OPCODE_VARIABLES = List.of("op", "opcode");

    static JavaParser parser() {
        ParserConfiguration conf = new ParserConfiguration();
        conf.setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        return new JavaParser(conf);
    }

    static CompilationUnit parse(JavaParser parser, Path file) {
        try {
            ParseResult<CompilationUnit> r = parser.parse(file);
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                fail("JavaParser cannot parse " + file + ": " + r.getProblems());
            }
            return r.getResult().get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .java files under a module's src/main/java. */
    static List<Path> mainSources(Path module) {
        Path dir = module.resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module directory of the build (those with a pom.xml beside the parent's). */
    static List<Path> modules() {
        try (Stream<Path> s = Files.list(REPO)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- opcodes ---

    @Test
    void everyOpcodeIsDispatchedOrDeclaredNeverEmitted() {
        JavaParser parser = parser();
        List<Path> vmSources = mainSources(REPO.resolve("py-vm"));
        assertFalse(vmSources.isEmpty(), "no sources under " + REPO.resolve("py-vm/src/main/java"));
        TreeSet<Integer> handled = new TreeSet<>();
        Map<String, String> neverEmitted = new LinkedHashMap<>();
        List<String> dispatchMethods = new ArrayList<>();
        for (Path file : vmSources) {
            CompilationUnit cu = parse(parser, file);
            for (TypeDeclaration<?> type : cu.getTypes()) {
                boolean ceval = type.getNameAsString().startsWith("Ceval");
                for (MethodDeclaration m : type.findAll(MethodDeclaration.class)) {
                    String name = m.getNameAsString();
                    if ((ceval && name.equals("run")) || name.startsWith("rareOpcode")) {
                        dispatchMethods.add(type.getNameAsString() + "." + name);
                        collectDispatched(m, handled);
                    }
                }
            }
            for (FieldDeclaration fd : cu.findAll(FieldDeclaration.class)) {
                for (VariableDeclarator v : fd.getVariables()) {
                    if (v.getNameAsString().equals("NEVER_EMITTED") && v.getInitializer().isPresent()) {
                        readNeverEmitted(file, v.getInitializer().get(), neverEmitted);
                    }
                }
            }
        }
        assertTrue(dispatchMethods.stream().anyMatch(m -> m.endsWith(".run")),
                "no Ceval*.run method in py-vm: the check does not know where the evaluation loop is");

        List<String> problems = new ArrayList<>();
        for (String name : neverEmitted.keySet()) {
            if (Arrays.stream(Opcode.values()).noneMatch(o -> o.opname().equals(name))) {
                problems.add("NEVER_EMITTED names " + name + ", which is not an opcode");
            }
            if (neverEmitted.get(name).isBlank()) {
                problems.add("NEVER_EMITTED gives no reason for " + name);
            }
        }
        List<String> unhandled = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            boolean isHandled = handled.contains(op.code());
            if (isHandled && neverEmitted.containsKey(op.opname())) {
                problems.add(op.opname() + " is dispatched but also listed in NEVER_EMITTED");
            }
            if (!isHandled && !neverEmitted.containsKey(op.opname())) {
                unhandled.add(op.opname());
            }
        }
        TreeSet<String> allowed = new TreeSet<>(listProperty("opcodes.unhandled"));
        List<String> unexpected = unhandled.stream().filter(n -> !allowed.contains(n)).toList();
        List<String> nowHandled = allowed.stream().filter(n -> !unhandled.contains(n)).toList();
        System.out.println("opcodes: " + (Opcode.values().length - unhandled.size()) + " of " + Opcode.values().length
                + " dispatched (in " + dispatchMethods + ") or never emitted " + neverEmitted.keySet()
                + "; not dispatched: " + unhandled);
        if (!nowHandled.isEmpty()) {
            System.out.println("RATCHET: remove " + nowHandled + " from opcodes.unhandled in conformance-baseline.properties");
        }
        if (!unexpected.isEmpty()) {
            problems.add("opcodes with no case in the evaluation loop and not in NEVER_EMITTED: " + unexpected);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** Case labels of switches on the opcode variable, and {@code op == N} tests, in a method. */
    static void collectDispatched(MethodDeclaration m, TreeSet<Integer> out) {
        for (SwitchStmt sw : m.findAll(SwitchStmt.class)) {
            if (isOpcodeVariable(sw.getSelector())) {
                sw.getEntries().forEach(e -> labels(e, out));
            }
        }
        for (SwitchExpr sw : m.findAll(SwitchExpr.class)) {
            if (isOpcodeVariable(sw.getSelector())) {
                sw.getEntries().forEach(e -> labels(e, out));
            }
        }
        for (BinaryExpr b : m.findAll(BinaryExpr.class)) {
            if (b.getOperator() == BinaryExpr.Operator.EQUALS) {
                if (isOpcodeVariable(b.getLeft())) {
                    opcodeValue(b.getRight()).ifPresent(out::add);
                } else if (isOpcodeVariable(b.getRight())) {
                    opcodeValue(b.getLeft()).ifPresent(out::add);
                }
            }
        }
    }

    private static void labels(SwitchEntry e, TreeSet<Integer> out) {
        for (Expression label : e.getLabels()) {
            opcodeValue(label).ifPresent(out::add);
        }
    }

    static boolean isOpcodeVariable(Expression e) {
        return e.isNameExpr() && OPCODE_VARIABLES.contains(e.asNameExpr().getNameAsString());
    }

    /** An integer literal, or the name of an opcode ({@code POP_TOP}, {@code Opcodes.POP_TOP}). */
    static Optional<Integer> opcodeValue(Expression e) {
        if (e instanceof IntegerLiteralExpr lit) {
            return Optional.of(lit.asNumber().intValue());
        }
        String name = null;
        if (e instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (e instanceof FieldAccessExpr f) {
            name = f.getNameAsString();
        }
        if (name != null) {
            for (Opcode op : Opcode.values()) {
                if (op.opname().equals(name) || op.name().equals(name)) {
                    return Optional.of(op.code());
                }
            }
        }
        return Optional.empty();
    }

    /** The string literals of the initializer, taken as (opcode name, reason) pairs. */
    static void readNeverEmitted(Path file, Expression init, Map<String, String> out) {
        List<String> strings = init.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::asString)
                .toList();
        if (strings.size() % 2 != 0) {
            fail(file + ": NEVER_EMITTED must pair every opcode name with a reason: " + strings);
        }
        for (int i = 0; i < strings.size(); i += 2) {
            out.put(strings.get(i), strings.get(i + 1));
        }
    }

    static List<String> listProperty(String key) {
        String v = Baseline.load().getProperty(key);
        if (v == null) {
            throw new IllegalStateException("conformance-baseline.properties has no " + key);
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // --- stack traces and exits ---

    @Test
    void libraryCodeNeverPrintsStackTracesOrExits() {
        JavaParser parser = parser();
        Path cliMain = REPO.resolve("py-cli/src/main/java/dev/adder/cli/Main.java");
        List<String> offenders = new ArrayList<>();
        int files = 0;
        for (Path module : modules()) {
            for (Path file : mainSources(module)) {
                if (file.equals(cliMain)) {
                    continue;
                }
                files++;
                CompilationUnit cu = parse(parser, file);
                for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
                    String name = call.getNameAsString();
                    String scope = call.getScope().map(Expression::toString).orElse("");
                    boolean bad = name.equals("printStackTrace")
                            || (name.equals("exit") && (scope.equals("System") || scope.equals("java.lang.System")))
                            || (name.equals("halt") && scope.contains("Runtime"));
                    if (bad) {
                        offenders.add(REPO.relativize(file) + ":" + call.getBegin().map(p -> p.line).orElse(0)
                                + ": " + call);
                    }
                }
                for (MethodReferenceExpr ref : cu.findAll(MethodReferenceExpr.class)) {
                    String scope = ref.getScope().toString();
                    if (ref.getIdentifier().equals("printStackTrace")
                            || (ref.getIdentifier().equals("exit") && scope.endsWith("System"))
                            || (ref.getIdentifier().equals("halt") && scope.contains("Runtime"))) {
                        offenders.add(REPO.relativize(file) + ":" + ref.getBegin().map(p -> p.line).orElse(0)
                                + ": " + ref);
                    }
                }
            }
        }
        assertTrue(files > 100, "only " + files + " main source files found under " + REPO);
        offenders.forEach(System.out::println);
        System.out.println("stack traces and exits: " + files + " main source files checked, " + offenders.size()
                + " offenders");
        assertTrue(offenders.isEmpty(), "library code prints stack traces or ends the process:\n"
                + offenders.stream().collect(Collectors.joining("\n")));
    }
}
