package dev.adder.stdlib.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The process's file descriptors as {@code posix} sees them: 0, 1 and 2 are the interpreter's
 * standard streams; the others are {@link FileChannel}s opened by {@code os.open} (the lowest free
 * number, as POSIX's {@code open} picks). {@code dup} shares one channel between two numbers; the
 * channel is closed when its last number is.
 *
 * <p>CPython: the kernel's table, reached through {@code open}, {@code close}, {@code dup} in
 * Modules/posixmodule.c.
 */
public final class FdTable {
    private FdTable() {
    }

    /** What an open file descriptor refers to. */
    public static final class OpenFile {
        /** The channel, null for a standard stream. */
        final FileChannel channel;
        /** The file's path (absolute) or null. */
        final Path path;
        /** 0, 1, 2 for a standard stream, else -1. */
        final int std;
        final boolean readable;
        final boolean writable;
        final boolean append;
        final boolean directory;
        int refs = 1;

        OpenFile(FileChannel channel, Path path, int std, boolean readable, boolean writable, boolean append,
                boolean directory) {
            this.channel = channel;
            this.path = path;
            this.std = std;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
            this.directory = directory;
        }

        /** The file's absolute path, or null if not known. */
        public Path path() {
            return path;
        }

        /** The channel, or null for the standard streams (and for a directory that could not be opened). */
        public FileChannel channel() {
            return channel;
        }

        /** 0, 1 or 2 for a standard stream, else -1. */
        public int standardStream() {
            return std;
        }

        /** Whether the descriptor was opened for reading. */
        public boolean readable() {
            return readable;
        }

        /** Whether the descriptor was opened for writing. */
        public boolean writable() {
            return writable;
        }

        /** Whether writes go to the end ({@code O_APPEND}). */
        public boolean append() {
            return append;
        }
    }

    private static OpenFile[] table = new OpenFile[64];

    static {
        for (int i = 0; i < 3; i++) {
            table[i] = new OpenFile(null, Path.of("/proc/self/fd/" + i), i, i == 0, i != 0, false, false);
        }
    }

    /**
     * Registers a channel opened elsewhere (such as by {@code _io.FileIO}) under the lowest free
     * number, so that {@code os.fstat}, {@code os.read}, {@code os.close} and the others see it.
     */
    public static int register(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
        return add(new OpenFile(channel, path == null ? null : path.toAbsolutePath(), -1, readable, writable, append,
                false));
    }

    /** Closes {@code fd} as {@code os.close} does (the channel when its last number goes); false if not open. */
    public static boolean release(int fd) {
        return close(fd);
    }

    /** Registers {@code f} under the lowest free number and returns it. */
    static synchronized int add(OpenFile f) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null) {
                table[i] = f;
                return i;
            }
        }
        int n = table.length;
        table = java.util.Arrays.copyOf(table, n * 2);
        table[n] = f;
        return n;
    }

    /** The file open as {@code fd}, or null. */
    public static synchronized OpenFile get(long fd) {
        return fd >= 0 && fd < table.length ? table[(int) fd] : null;
    }

    /** Another number for the file of {@code fd} (the lowest free one, or {@code fd2} if >= 0); -1 if fd is not open. */
    static synchronized int dup(long fd, long fd2) {
        OpenFile f = get(fd);
        if (f == null) {
            return -1;
        }
        if (fd2 < 0) {
            f.refs++;
            return add(f);
        }
        if (fd2 == fd) {
            return (int) fd;
        }
        while (fd2 >= table.length) {
            table = java.util.Arrays.copyOf(table, table.length * 2);
        }
        OpenFile old = table[(int) fd2];
        f.refs++;
        table[(int) fd2] = f;
        if (old != null) {
            release(old);
        }
        return (int) fd2;
    }

    /** Closes {@code fd}; false if it was not open. */
    static boolean close(long fd) {
        OpenFile f;
        synchronized (FdTable.class) {
            f = get(fd);
            if (f == null) {
                return false;
            }
            table[(int) fd] = null;
        }
        release(f);
        return true;
    }

    private static void release(OpenFile f) {
        boolean last;
        synchronized (FdTable.class) {
            last = --f.refs == 0;
        }
        if (last && f.channel != null) {
            try {
                f.channel.close();
            } catch (IOException e) {
                // the descriptor is gone either way, as with close(2)
            }
        }
    }
}
