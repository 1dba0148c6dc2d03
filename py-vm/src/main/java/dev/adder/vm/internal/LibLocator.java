package dev.adder.vm.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CPython 3.11 {@code Lib} directory whose pure-Python modules Adder imports: the one
 * named by {@code ADDER_PYTHON_LIB} (or {@code ADDER_STDLIB}), else the {@code lib/python3.11} of
 * an installed CPython 3.11 in the usual places (pyenv, {@code /usr/local}, {@code /usr}, python.org
 * and Homebrew layouts). No process is started: only the file system is read.
 *
 * <p>A directory is a 3.11 Lib when it has {@code os.py}, {@code tomllib/} and
 * {@code asyncio/taskgroups.py} (new in 3.11) and no {@code _pydatetime.py} (new in 3.12).
 *
 * <p>CPython: Modules/getpath.py (which finds the Lib from the executable's location).
 */
public final class LibLocator {
    private LibLocator() {
    }

    private static volatile Path found;
    private static volatile boolean searched;

    /** The Lib directory, or null when none was found. Searched once per process. */
    public static Path lib() {
        if (!searched) {
            synchronized (LibLocator.class) {
                if (!searched) {
                    found = search();
                    searched = true;
                }
            }
        }
        return found;
    }

    /** Whether {@code dir} looks like a CPython 3.11 Lib. */
    public static boolean isLib311(Path dir) {
        return Files.isRegularFile(dir.resolve("os.py")) && Files.isDirectory(dir.resolve("tomllib"))
                && Files.isRegularFile(dir.resolve("asyncio").resolve("taskgroups.py"))
                && !Files.exists(dir.resolve("_pydatetime.py"));
    }

    private static Path search() {
        for (String var : new String[] {"ADDER_PYTHON_LIB", "ADDER_STDLIB"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                Path p = Path.of(v).toAbsolutePath().normalize();
                if (Files.isDirectory(p)) {
                    return p;
                }
            }
        }
        for (Path p : candidates()) {
            try {
                if (isLib311(p)) {
                    return p.toAbsolutePath().normalize();
                }
            } catch (SecurityException e) {
                // not readable: try the next one
            }
        }
        return null;
    }

    private static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        List<String> homes = new ArrayList<>();
        String pyenv = System.getenv("PYENV_ROOT");
        if (pyenv != null && !pyenv.isEmpty()) {
            homes.add(pyenv);
        }
        String home = System.getProperty("user.home");
        if (home != null) {
            homes.add(home + "/.pyenv");
        }
        homes.add("/root/.pyenv");
        for (String h : homes) {
            List<Path> versions = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(h, "versions"), "3.11*")) {
                for (Path v : ds) {
                    versions.add(v);
                }
            } catch (IOException | RuntimeException e) {
                continue;
            }
            // the newest patch release first: 3.11.10 after 3.11.9
            versions.sort((a, b) -> Integer.compare(patch(b.getFileName().toString()),
                    patch(a.getFileName().toString())));
            for (Path v : versions) {
                out.add(v.resolve("lib/python3.11"));
            }
        }
        for (String p : new String[] {"/usr/local/lib/python3.11", "/usr/lib/python3.11",
            "/opt/python3.11/lib/python3.11", "/opt/python/3.11/lib/python3.11",
            "/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
            "/opt/homebrew/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
            "/usr/local/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11"}) {
            out.add(Path.of(p));
        }
        return out;
    }

    private static int patch(String version) {
        String[] parts = version.split("\\.");
        if (parts.length < 3) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < parts[2].length() && Character.isDigit(parts[2].charAt(i)); i++) {
            n = n * 10 + parts[2].charAt(i) - '0';
        }
        return n;
    }
}
