package dev.adder.it;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The layering of the modules (docs: architecture, section 2), checked on the compiled classes of
 * every module on the test class path (main classes only):
 * <ul>
 *   <li>no package cycles between the slices {@code dev.adder.(*)};</li>
 *   <li>an {@code ..internal..} package is used only by the packages of its own module;</li>
 *   <li>each module's packages depend only on the Adder packages of the modules below it:
 *       lexer/source on nothing else, ast on source only, parser on lexer/source/ast,
 *       bytecode on nothing, runtime on bytecode only (docs/decisions.md: the code object
 *       wraps py-bytecode's CodeUnit), vm on runtime and the compiler side, stdlib on vm and
 *       below, cli on everything;</li>
 *   <li>named rules for the upper layers: py-runtime uses none of py-vm, py-compiler, py-stdlib
 *       and py-cli; py-vm none of py-stdlib and py-cli; py-stdlib not py-cli; nothing but py-cli
 *       uses py-cli.</li>
 * </ul>
 * A rule about a module runs only when the module has classes (found independently of ArchUnit,
 * in its jar or classes directory); it then must check at least one class, as ArchUnit requires
 * by default (no {@code allowEmptyShould}).
 */
class ArchitectureTest {

    /** Each module's packages (as dev.adder.X roots), in the order of the layering. */
    static final Map<String, List<String>> MODULE_PACKAGES = new LinkedHashMap<>();
    /** The Adder packages each module may depend on, besides its own. */
    static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        module("py-lexer", List.of("source", "lexer"), List.of());
        module("py-ast", List.of("ast"), List.of("source"));
        module("py-parser", List.of("parser"), List.of("lexer", "source", "ast"));
        module("py-bytecode", List.of("bytecode"), List.of());
        module("py-compiler", List.of("compiler"), List.of("ast", "parser", "bytecode", "lexer", "source"));
        module("py-runtime", List.of("runtime"), List.of("bytecode"));
        module("py-vm", List.of("vm"), List.of("runtime", "bytecode", "compiler", "ast", "parser", "lexer", "source"));
        module("py-stdlib", List.of("stdlib"), List.of("vm", "runtime", "bytecode", "compiler", "ast", "parser", "lexer", "source"));
        module("py-cli", List.of("cli"), List.of("vm", "stdlib", "runtime", "bytecode", "compiler", "ast", "parser", "lexer", "source"));
    }

    private static void module(String name, List<String> packages, List<String> allowed) {
        MODULE_PACKAGES.put(name, packages);
        ALLOWED.put(name, allowed);
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // only the class path entries that hold Adder's classes: scanning every jar is slow
        List<Location> locations = new ArrayList<>();
        for (Path entry : adderClassPathEntries()) {
            if (Files.isDirectory(entry)) {
                locations.add(Location.of(entry));
            } else {
                try {
                    locations.add(Location.of(new JarFile(entry.toFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/dev/adder/"))
                .importLocations(locations);
    }

    /** The module a package belongs to, or null (e.g. dev.adder.it). */
    static String moduleOf(String pkg) {
        for (Map.Entry<String, List<String>> e : MODULE_PACKAGES.entrySet()) {
            for (String p : e.getValue()) {
                String root = "dev.adder." + p;
                if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** The packages of a module, as ArchUnit package patterns. */
    static String[] patterns(List<String> packages) {
        return packages.stream().map(p -> "dev.adder." + p + "..").toArray(String[]::new);
    }

    /**
     * How many .class files of the module's packages the class path holds, read from the jars
     * and directories directly (not through ArchUnit), so that an empty import cannot pass.
     */
    static int classFilesOnClassPath(String module) {
        List<String> prefixes = MODULE_PACKAGES.get(module).stream().map(p -> "dev/adder/" + p + "/").toList();
        return classFilesOnClassPath(path -> prefixes.stream().anyMatch(path::startsWith));
    }

    /** The main (not test) class path entries, directories or jars, that hold dev/adder/ files. */
    static List<Path> adderClassPathEntries() {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Paths.get(entry);
            if (entry.contains("test-classes")) {
                continue;
            }
            if (Files.isDirectory(path.resolve("dev/adder"))) {
                out.add(path);
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    if (jar.getEntry("dev/adder/") != null || jar.stream().anyMatch(e -> e.getName().startsWith("dev/adder/"))) {
                        out.add(path);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** How many .class files (other than module-info and package-info) whose path passes the filter. */
    static int classFilesOnClassPath(Predicate<String> filter) {
        int count = 0;
        for (Path path : adderClassPathEntries()) {
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> s = Files.walk(path.resolve("dev/adder"))) {
                        count += (int) s.map(f -> path.relativize(f).toString().replace(File.separatorChar, '/'))
                                .filter(f -> isClassFile(f) && filter.test(f)).count();
                    }
                } else {
                    try (JarFile jar = new JarFile(path.toFile())) {
                        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                            String name = en.nextElement().getName();
                            if (name.startsWith("dev/adder/") && isClassFile(name) && filter.test(name)) {
                                count++;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    private static boolean isClassFile(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    @Test
    void classesWereImported() {
        int onClassPath = classFilesOnClassPath("py-lexer");
        assertFalse(onClassPath == 0, "py-lexer has no classes on the test class path");
        long imported = classes.stream().filter(c -> "py-lexer".equals(moduleOf(c.getPackageName()))).count();
        assertFalse(imported == 0, "ArchUnit imported none of py-lexer's " + onClassPath + " classes");
    }

    @Test
    void noCyclesBetweenModulePackages() {
        slices().matching("dev.adder.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void internalPackagesAreUsedOnlyInTheirModule() {
        ArchCondition<JavaClass> ownModuleOnly = new ArchCondition<>("be used only by classes of their own module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String module = moduleOf(item.getPackageName());
                for (Dependency d : item.getDirectDependenciesToSelf()) {
                    JavaClass origin = d.getOriginClass();
                    String from = moduleOf(origin.getPackageName());
                    if (module == null || !module.equals(from)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                + " (" + (from == null ? origin.getPackageName() : from) + " uses an internal class of "
                                + (module == null ? item.getPackageName() : module) + ")"));
                    }
                }
            }
        };
        ArchRule rule = classes().that().resideInAPackage("dev.adder..internal..").should(ownModuleOnly);
        int internal = classFilesOnClassPath(path -> path.contains("/internal/"));
        assumeTrue(internal > 0, "no module has an internal package yet");
        rule.check(classes);
    }

    @TestFactory
    List<DynamicTest> modulesDependOnlyOnTheModulesBelow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String module : MODULE_PACKAGES.keySet()) {
            List<String> own = MODULE_PACKAGES.get(module);
            List<String> mayUse = new ArrayList<>(own);
            mayUse.addAll(ALLOWED.get(module));
            tests.add(DynamicTest.dynamicTest(module + " depends only on " + ALLOWED.get(module), () -> {
                int onClassPath = classFilesOnClassPath(module);
                assumeTrue(onClassPath > 0, module + " has no classes yet");
                DescribedPredicate<JavaClass> otherAdder = DescribedPredicate.describe(
                        "Adder classes outside " + mayUse,
                        c -> c.getPackageName().startsWith("dev.adder.")
                                && !Set.copyOf(mayUse).contains(topPackage(c.getPackageName())));
                noClasses().that().resideInAnyPackage(patterns(own))
                        .should().dependOnClassesThat(otherAdder)
                        .because("architecture.md section 2: " + module + " depends on " + ALLOWED.get(module))
                        .check(classes);
            }));
        }
        return tests;
    }

    /** "module X must not use module Y" rules, with their reasons: the upper layers' direction. */
    static final List<String[]> FORBIDDEN = List.of(
            new String[] {"runtime", "vm", "the object model knows nothing of frames or the evaluation loop"},
            new String[] {"runtime", "compiler", "the runtime turns py-bytecode's constants into objects, it never compiles"},
            new String[] {"runtime", "stdlib", "the C-module replacements sit above the VM"},
            new String[] {"runtime", "cli", "the command is the top layer"},
            new String[] {"vm", "stdlib", "the VM defines the service interface py-stdlib implements"},
            new String[] {"vm", "cli", "the command is the top layer"},
            new String[] {"stdlib", "cli", "the command is the top layer"});

    @Test
    void onlyTheCommandUsesTheCommand() {
        assumeTrue(classFilesOnClassPath("py-cli") > 0, "py-cli has no classes yet");
        noClasses().that().resideInAPackage("dev.adder..").and().resideOutsideOfPackage("dev.adder.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.adder.cli..")
                .because("py-cli is the top layer: no library module may use it")
                .check(classes);
    }

    @TestFactory
    List<DynamicTest> upperLayersPointDown() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] rule : FORBIDDEN) {
            String from = rule[0];
            String to = rule[1];
            tests.add(DynamicTest.dynamicTest("dev.adder." + from + " does not use dev.adder." + to, () -> {
                String module = moduleOf("dev.adder." + from);
                assumeTrue(classFilesOnClassPath(module) > 0, module + " has no classes yet");
                noClasses().that().resideInAPackage("dev.adder." + from + "..")
                        .should().dependOnClassesThat().resideInAPackage("dev.adder." + to + "..")
                        .because(rule[2])
                        .check(classes);
            }));
        }
        return tests;
    }

    /** dev.adder.parser.internal -> parser. */
    static String topPackage(String pkg) {
        String rest = pkg.substring("dev.adder.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
