package dev.adder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The .py files of a corpus directory, as the oracle lists them (sorted, no site-packages). */
final class Corpus {
    private Corpus() {}

    static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> {
                        Path rel = root.relativize(p);
                        for (Path part : rel) {
                            String n = part.toString();
                            if (n.equals("site-packages") || n.equals("__pycache__")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
