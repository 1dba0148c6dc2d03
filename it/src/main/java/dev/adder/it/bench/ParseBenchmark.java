package dev.adder.it.bench;

import dev.adder.ast.Mod;
import dev.adder.lexer.Lexer;
import dev.adder.lexer.Token;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;

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
 * Parse and tokenize throughput of Adder against CPython over a corpus (by default the standard
 * library of the python3 on the PATH): source bytes to AST ({@code Parser.parse(bytes, name,
 * Mode.EXEC)} against {@code ast.parse(bytes, name)}) and source bytes to tokens
 * ({@code Lexer.tokenize(bytes, name)} against {@code list(tokenize.tokenize(readline))}), in MB/s
 * after warm-up, over the files that Adder handles (CPython gets the same files, and drops those it
 * rejects), and their ratio.
 * Each side times only the calls. A benchmark, not a test: see it/README.md for how to run it.
 *
 * <pre>
 * ParseBenchmark [--corpus DIR] [--warmup N] [--runs N] [--py-runs N] [--python EXE] [--no-python]
 * </pre>
 */
public final class ParseBenchmark {

    private record Source(Path path, String name, byte[] bytes) {}

    private record Measure(String what, int files, long bytes, double[] adderSeconds, Python cpython) {}

    /** CPython's side of a measure: the files it accepted of those it got, and its times. */
    private record Python(int files, long bytes, double[] seconds) {}

    private static volatile long sink;

    private ParseBenchmark() {}

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
                    System.err.println("usage: ParseBenchmark [--corpus DIR] [--warmup N] [--runs N] [--py-runs N]"
                            + " [--python EXE] [--no-python]");
                    return;
                }
            }
        }
        if (corpus == null) {
            corpus = Paths.get(run(List.of(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), 60).strip());
        }
        List<Source> all = load(corpus);
        long totalBytes = all.stream().mapToLong(s -> s.bytes.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %s: %d files, %.1f MB%n", corpus, all.size(), totalBytes / 1e6);

        // the files Adder handles; the first pass is also the first warm-up pass
        List<Source> parsed = new ArrayList<>();
        List<Source> tokenized = new ArrayList<>();
        for (Source s : all) {
            try {
                Parser.parse(s.bytes, s.name, Mode.EXEC);
                parsed.add(s);
            } catch (RuntimeException | StackOverflowError e) {
                // left out of the parse measure
            }
            try {
                Lexer.tokenize(s.bytes, s.name);
                tokenized.add(s);
            } catch (RuntimeException | StackOverflowError e) {
                // left out of the tokenize measure
            }
        }
        System.out.printf(Locale.ROOT, "Adder parses %d and tokenizes %d of %d files; warming up (%d passes)...%n",
                parsed.size(), tokenized.size(), all.size(), warmup);
        for (int i = 0; i < warmup; i++) {
            parsePass(parsed);
            tokenizePass(tokenized);
        }
        double[] adderParse = new double[runs];
        double[] adderTokenize = new double[runs];
        for (int i = 0; i < runs; i++) {
            adderParse[i] = parsePass(parsed);
            adderTokenize[i] = tokenizePass(tokenized);
        }

        Python pyParse = null;
        Python pyTokenize = null;
        if (withPython) {
            System.out.printf(Locale.ROOT, "CPython: 1 warm-up pass and %d timed passes of each...%n", pyRuns);
            Path script = extract("bench.py");
            Path parseList = list(parsed);
            Path tokenizeList = list(tokenized);
            String out = run(List.of(python, script.toString(), "--parse-list", parseList.toString(),
                    "--tokenize-list", tokenizeList.toString(), "--warmup", "1", "--runs", String.valueOf(pyRuns)), 3600);
            for (String line : out.split("\n")) {
                String[] f = line.strip().split(" ");
                if (f[0].equals("parse")) {
                    pyParse = python(f);
                } else if (f[0].equals("tokenize")) {
                    pyTokenize = python(f);
                } else if (f[0].equals("python")) {
                    System.out.println("CPython " + f[1]);
                }
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "%-26s %6s %8s %22s %34s %14s%n", "", "files", "MB",
                "Adder MB/s best/median", "CPython MB/s best/med", "Adder/CPython");
        print(new Measure("parse (bytes to AST)", parsed.size(), bytes(parsed), adderParse, pyParse));
        print(new Measure("tokenize (bytes to tokens)", tokenized.size(), bytes(tokenized), adderTokenize, pyTokenize));
        System.out.println();
        System.out.println("Adder/CPython is the ratio of median throughputs (above 1: Adder is faster). "
                + "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors.");
    }

    private static void print(Measure m) {
        double mb = m.bytes / 1e6;
        double adderBest = mb / min(m.adderSeconds);
        double adderMedian = mb / median(m.adderSeconds);
        String cpython = "-";
        String ratio = "-";
        if (m.cpython != null) {
            double pyMb = m.cpython.bytes() / 1e6;
            double pyBest = pyMb / min(m.cpython.seconds());
            double pyMedian = pyMb / median(m.cpython.seconds());
            cpython = String.format(Locale.ROOT, "%.2f / %.2f", pyBest, pyMedian);
            ratio = String.format(Locale.ROOT, "%.2fx", adderMedian / pyMedian);
            if (m.cpython.files() != m.files) {
                cpython += " (" + m.cpython.files() + " files)";
            }
        }
        System.out.printf(Locale.ROOT, "%-26s %6d %8.1f %22s %34s %14s%n", m.what, m.files, mb,
                String.format(Locale.ROOT, "%.2f / %.2f", adderBest, adderMedian), cpython, ratio);
    }

    private static double parsePass(List<Source> sources) {
        long total = 0;
        long acc = 0;
        for (Source s : sources) {
            long t = System.nanoTime();
            Mod m = Parser.parse(s.bytes, s.name, Mode.EXEC);
            total += System.nanoTime() - t;
            acc += m.hashCode();
        }
        sink += acc;
        return total / 1e9;
    }

    private static double tokenizePass(List<Source> sources) {
        long total = 0;
        long acc = 0;
        for (Source s : sources) {
            long t = System.nanoTime();
            List<Token> tokens = Lexer.tokenize(s.bytes, s.name);
            total += System.nanoTime() - t;
            acc += tokens.size();
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
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Python python(String[] fields) {
        return new Python(Integer.parseInt(fields[1]), Long.parseLong(fields[2]),
                Arrays.stream(fields, 3, fields.length).mapToDouble(Double::parseDouble).toArray());
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
        try (InputStream in = ParseBenchmark.class.getResourceAsStream(resource)) {
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
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(cmd + " failed");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
