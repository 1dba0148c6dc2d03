package dev.adder.it.bench;

import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.Compilers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compile throughput of Adder against CPython over a corpus (by default the standard library of
 * the python3 on the PATH): source bytes to code objects ({@code Compilers.compile(bytes, name,
 * "exec", 0, true, 0)} against {@code compile(bytes, name, 'exec', 0, True, 0)}), in MB/s after
 * warm-up, over the files that Adder compiles (CPython gets the same files, and drops those it
 * rejects), and their ratio. Each side times only the calls, one file at a time on one thread.
 * A benchmark, not a test: see it/README.md for how to run it.
 *
 * <pre>
 * CompileBenchmark [--corpus DIR] [--warmup N] [--runs N] [--py-runs N] [--python EXE] [--no-python]
 * </pre>
 */
public final class CompileBenchmark {

    private record Source(Path path, String name, byte[] bytes) {}

    /** CPython's side: the files it accepted of those it got, and its times. */
    private record Python(int files, long bytes, double[] seconds) {}

    private static volatile long sink;

    private CompileBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        int warmup = 5;
        int runs = 5;
        int pyRuns = 3;
        String python = "python3";
        boolean withPython = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Paths.get(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--py-runs" -> pyRuns = Integer.parseInt(args[++i]);
                case "--python" -> python = args[++i];
                case "--no-python" -> withPython = false;
                default -> {
                    System.err.println("usage: CompileBenchmark [--corpus DIR] [--warmup N] [--runs N] [--py-runs N]"
                            + " [--python EXE] [--no-python]");
                    return;
                }
            }
        }
        if (corpus == null) {
            corpus = Paths.get(run(List.of(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"),
                    60).strip());
        }
        List<Source> all = load(corpus);
        long totalBytes = all.stream().mapToLong(s -> s.bytes.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %s: %d files, %.1f MB%n", corpus, all.size(), totalBytes / 1e6);

        // the files Adder compiles; this pass is also the first warm-up pass
        List<Source> compiled = new ArrayList<>();
        for (Source s : all) {
            try {
                Compilers.compile(s.bytes, s.name, "exec", 0, true, 0);
                compiled.add(s);
            } catch (RuntimeException | StackOverflowError e) {
                // left out of the measure
            }
        }
        System.out.printf(Locale.ROOT, "Adder compiles %d of %d files; warming up (%d passes)...%n",
                compiled.size(), all.size(), warmup);
        for (int i = 0; i < warmup; i++) {
            compilePass(compiled);
        }
        double[] adder = new double[runs];
        for (int i = 0; i < runs; i++) {
            adder[i] = compilePass(compiled);
        }

        Python py = null;
        if (withPython) {
            System.out.printf(Locale.ROOT, "CPython: 1 warm-up pass and %d timed passes...%n", pyRuns);
            Path script = extract("compile_bench.py");
            Path list = list(compiled);
            String out = run(List.of(python, script.toString(), "--list", list.toString(), "--warmup", "1",
                    "--runs", String.valueOf(pyRuns)), 3600);
            for (String line : out.split("\n")) {
                String[] f = line.strip().split(" ");
                if (f[0].equals("compile")) {
                    py = new Python(Integer.parseInt(f[1]), Long.parseLong(f[2]),
                            Arrays.stream(f, 3, f.length).mapToDouble(Double::parseDouble).toArray());
                } else if (f[0].equals("python")) {
                    System.out.println("CPython " + f[1]);
                }
            }
        }

        double mb = bytes(compiled) / 1e6;
        String cpython = "-";
        String ratio = "-";
        if (py != null) {
            double pyMb = py.bytes() / 1e6;
            double pyMedian = pyMb / median(py.seconds());
            cpython = String.format(Locale.ROOT, "%.2f / %.2f", pyMb / min(py.seconds()), pyMedian);
            ratio = String.format(Locale.ROOT, "%.2fx", mb / median(adder) / pyMedian);
            if (py.files() != compiled.size()) {
                cpython += " (" + py.files() + " files)";
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-30s %6s %8s %22s %22s %14s%n", "", "files", "MB",
                "Adder MB/s best/median", "CPython MB/s best/med", "Adder/CPython");
        System.out.printf(Locale.ROOT, "%-30s %6d %8.1f %22s %22s %14s%n", "compile (bytes to code objects)",
                compiled.size(), mb, String.format(Locale.ROOT, "%.2f / %.2f", mb / min(adder), mb / median(adder)),
                cpython, ratio);
        System.out.println();
        System.out.println("Adder/CPython is the ratio of median throughputs (above 1: Adder is faster). "
                + "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors.");
    }

    private static double compilePass(List<Source> sources) {
        long total = 0;
        long acc = 0;
        for (Source s : sources) {
            long t = System.nanoTime();
            CodeUnit co = Compilers.compile(s.bytes, s.name, "exec", 0, true, 0);
            total += System.nanoTime() - t;
            acc += co.codeLength();
        }
        sink += acc;
        return total / 1e9;
    }

    private static long bytes(List<Source> sources) {
        return sources.stream().mapToLong(s -> s.bytes.length).sum();
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(Double.NaN);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN
                : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static List<Source> load(Path root) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (part.toString().equals("site-packages") || part.toString().equals("__pycache__")) {
                                return false;
                            }
                        }
                        return true;
                    }).sorted().toList();
            for (Path p : files) {
                out.add(new Source(p, root.relativize(p).toString(), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static Path list(List<Source> sources) throws IOException {
        Path f = Files.createTempFile("adder-bench-", ".txt");
        f.toFile().deleteOnExit();
        List<String> lines = sources.stream().map(s -> s.path.toAbsolutePath().toString()).toList();
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static Path extract(String resource) throws IOException {
        Path f = Files.createTempFile("adder-", "-" + resource);
        f.toFile().deleteOnExit();
        try (InputStream in = CompileBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource dev/adder/it/bench/" + resource);
            }
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static String run(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(cmd + " failed");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
