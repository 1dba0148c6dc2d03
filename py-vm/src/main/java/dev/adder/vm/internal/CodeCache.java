package dev.adder.vm.internal;

import dev.adder.bytecode.CodeSerializer;
import dev.adder.bytecode.CodeUnit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The on-disk cache of compiled modules: {@code __pycache__/NAME.adder-311.pyc} next to the
 * source (a name CPython never uses: its files are {@code NAME.cpython-311.pyc}), in
 * {@link CodeSerializer}'s format, valid while the source's modification time (milliseconds) and
 * size equal those recorded in the header. Files are written to a temporary name and renamed, so
 * a reader never sees half a file. Where the source's directory is read-only (or the source is
 * part of CPython's Lib, which Adder never writes into), the cache lives under a per-user
 * directory instead: {@code $XDG_CACHE_HOME/adder/pycache} or {@code ~/.cache/adder/pycache},
 * followed by the source directory's absolute path (as CPython's {@code sys.pycache_prefix}).
 *
 * <p>CPython: Lib/importlib/_bootstrap_external.py ({@code cache_from_source},
 * {@code SourceLoader.get_code}, {@code _write_atomic}, {@code _validate_timestamp_pyc}).
 */
public final class CodeCache {
    private CodeCache() {
    }

    /** {@code sys.implementation.cache_tag}. */
    public static final String CACHE_TAG = "adder-311";
    /** The cache file suffix after the module's name. */
    public static final String SUFFIX = "." + CACHE_TAG + ".pyc";

    /** {@code DIR/__pycache__/NAME.adder-311.pyc} for source {@code DIR/NAME.py}. */
    public static Path pycacheFile(Path source) {
        return source.getParent().resolve("__pycache__").resolve(stem(source) + SUFFIX);
    }

    /** The per-user cache file for {@code source} (an absolute path). */
    public static Path userCacheFile(Path source) {
        Path base = userCacheBase().resolve("pycache");
        Path dir = source.getParent();
        for (Path part : dir) {
            base = base.resolve(part.toString());
        }
        return base.resolve(stem(source) + SUFFIX);
    }

    /** {@code $XDG_CACHE_HOME/adder}, else {@code ~/.cache/adder}. */
    public static Path userCacheBase() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "adder");
        }
        return Path.of(System.getProperty("user.home", "/tmp"), ".cache", "adder");
    }

    private static String stem(Path source) {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The code in {@code cacheFile} if it exists, is intact, and was written for a source of
     * this modification time and size at {@code filename}; else null (the caller compiles).
     */
    public static CodeUnit read(Path cacheFile, String filename, long mtime, long size) {
        byte[] data;
        try {
            if (!Files.isRegularFile(cacheFile)) {
                return null;
            }
            data = Files.readAllBytes(cacheFile);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            CodeSerializer.Header h = CodeSerializer.readHeader(data);
            if (!h.matchesSource(mtime, size)) {
                return null;
            }
            CodeUnit unit = CodeSerializer.read(data).code();
            return unit.co_filename().equals(filename) ? unit : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code unit} to {@code cacheFile} atomically (a temporary file in the same directory,
     * then a rename), making the directory if needed. Returns false when it cannot be written.
     */
    public static boolean write(Path cacheFile, CodeUnit unit, long mtime, long size) {
        byte[] data;
        try {
            data = CodeSerializer.write(unit, CodeSerializer.Header.timestamp(mtime, size));
        } catch (RuntimeException e) {
            return false;
        }
        Path dir = cacheFile.getParent();
        Path tmp = dir.resolve(cacheFile.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.write(tmp, data);
            try {
                Files.move(tmp, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // nothing to clean up
            }
            return false;
        }
    }
}
