package dev.adder.it;

import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java example works: the first {@code ```java} block of README.md (section "Using
 * the parser as a library") compiles against the test class path, runs, and prints what
 * {@code python3 -c "import ast; print(ast.dump(ast.parse('x = 1 + 2')))"} prints; the output
 * the README shows under it (the next fenced block) is that output too.
 */
class ReadmeExampleTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```([a-z]*)[ \\t]*\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

    @Test
    void javaExampleCompilesRunsAndPrintsWhatCPythonPrints() throws Exception {
        Path readme = Python.basedir().resolve("../README.md").normalize();
        assertTrue(Files.isRegularFile(readme), "no " + readme);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher m = FENCE.matcher(text);
        String code = null;
        String shown = null;
        while (m.find()) {
            if (code == null) {
                if (m.group(1).equals("java")) {
                    code = m.group(2);
                }
            } else {
                shown = m.group(2);
                break;
            }
        }
        assertNotNull(code, "README.md has no ```java block");
        Matcher cls = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)").matcher(code);
        assertTrue(cls.find(), "the README's example has no public class");
        Matcher pkg = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(code);
        String className = (pkg.find() ? pkg.group(1) + "." : "") + cls.group(1);

        Path dir = Files.createTempDirectory("adder-readme");
        Path src = dir.resolve(cls.group(1) + ".java");
        Files.writeString(src, code, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (run the tests on a JDK)");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-proc:none", "--release", "17",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "the README's example does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

        String printed;
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        printed = out.toString(StandardCharsets.UTF_8);

        String cpython = Python.runChecked(List.of("-c", "import ast; print(ast.dump(ast.parse('x = 1 + 2')))"), null, 60)
                .out();
        assertEquals(cpython.strip(), printed.replace("\r\n", "\n").strip(), "the README's example prints something else than CPython");
        assertNotNull(shown, "README.md shows no output after the example");
        assertEquals(cpython.strip(), shown.strip(), "the output shown in README.md is not what CPython prints");
    }
}
