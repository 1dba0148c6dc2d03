package dev.adder.bytecode;

import dev.adder.bytecode.internal.ByteSink;
import dev.adder.bytecode.internal.ByteSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Adder's on-disk form of a compiled module, for the compiled-module cache: a header like a
 * {@code .pyc} file's, then the module's {@link CodeUnit} (with its nested code units) in a compact
 * binary encoding. CPython's {@code .pyc} files are never readable as Adder's, nor the reverse: the
 * magic differs, and so does the instruction set version recorded next to it.
 *
 * <h2>Header (32 bytes, integers little-endian)</h2>
 * <pre>
 * offset size  field
 *  0     4     magic: 'A' 'D' '\r' '\n' (the CR LF catches text-mode mangling, as in CPython's magic)
 *  4     2     format version: {@link #FORMAT_VERSION}; readers reject other versions
 *  6     2     instruction set: {@link #INSTRUCTION_SET} (310: CPython 3.10's opcodes + Adder's)
 *  8     4     flags: bit 0 hash-based (PEP 552), bit 1 check_source; other bits 0
 * 12     8     source mtime (timestamp-based; the unit is the writer's) or source hash (hash-based)
 * 20     8     source size in bytes
 * 28     4     CRC-32 of the body
 * 32     ...   body: the code unit
 * </pre>
 *
 * <h2>Body (format version 1)</h2>
 * Varints are unsigned LEB128, signed ones zigzag; a string is {@code 0, length, bytes}
 * (generalized UTF-8: lone surrogates allowed) the first time it occurs and {@code 1 + index}
 * (its position among the strings read so far) after that. A code unit is: argcount,
 * posonlyargcount, kwonlyargcount, nlocals, stacksize, flags (varints), firstlineno (signed),
 * co_code (length + bytes), the constants (count + tagged values), names, varnames, freevars,
 * cellvars (count + strings each), filename, name, qualname (strings), the line table (count, then
 * per range: gap from the previous end, length, line minus previous line, signed) and the position
 * table (count, then per code unit: line minus previous unit's line (signed), end line minus line
 * (signed), column + 1, end column + 1; absent fields are -1). Constant tags: 0 None, 1 Ellipsis,
 * 2 False, 3 True, 4 int fitting a long (signed varint), 5 other int (length + two's-complement
 * big-endian bytes), 6 float (8 bytes, the IEEE bits), 7 complex (16 bytes), 8 str, 9 bytes,
 * 10 tuple and 11 frozenset (count + constants), 12 code unit.
 *
 * <p>CPython: {@code Python/marshal.c} (the body's role) and
 * {@code Lib/importlib/_bootstrap_external.py} ({@code _code_to_timestamp_pyc},
 * {@code _code_to_hash_pyc}, {@code _classify_pyc}, {@code _validate_timestamp_pyc}: the header's).
 */
public final class CodeSerializer {
    private CodeSerializer() {
    }

    /** The version of this layout; a change of layout or meaning increments it. */
    public static final int FORMAT_VERSION = 1;
    /** The instruction set the code is in: CPython 3.10's opcodes plus Adder's extensions. */
    public static final int INSTRUCTION_SET = 310;
    /** The size of the header in bytes. */
    public static final int HEADER_SIZE = 32;
    /** Header flag: the header holds a hash of the source rather than its mtime (PEP 552). */
    public static final int FLAG_HASH_BASED = 1;
    /** Header flag (with {@link #FLAG_HASH_BASED}): check the hash against the source when loading. */
    public static final int FLAG_CHECK_SOURCE = 2;

    private static final byte[] MAGIC = {'A', 'D', '\r', '\n'};
    private static final int MAX_DEPTH = 1000;

    /**
     * The header's source fields.
     *
     * @param flags {@link #FLAG_HASH_BASED}, {@link #FLAG_CHECK_SOURCE} or 0
     * @param sourceMtimeOrHash the source's modification time, or its hash if hash-based
     * @param sourceSize the source's size in bytes
     */
    public record Header(int flags, long sourceMtimeOrHash, long sourceSize) {
        /** Rejects unknown flags and check_source without hash-based. */
        public Header {
            if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0
                    || (flags & (FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) == FLAG_CHECK_SOURCE) {
                throw BytecodeException.valueError("invalid flags " + flags + " in cache header");
            }
        }

        /** A timestamp-based header. */
        public static Header timestamp(long sourceMtime, long sourceSize) {
            return new Header(0, sourceMtime, sourceSize);
        }

        /** A hash-based header. */
        public static Header hashBased(long sourceHash, boolean checkSource, long sourceSize) {
            return new Header(FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0), sourceHash, sourceSize);
        }

        /** Whether the header holds a source hash rather than a timestamp. */
        public boolean isHashBased() {
            return (flags & FLAG_HASH_BASED) != 0;
        }

        /** Whether a hash-based file asks for its hash to be checked against the source. */
        public boolean checkSource() {
            return (flags & FLAG_CHECK_SOURCE) != 0;
        }

        /**
         * For a timestamp-based header: whether it was written for a source of this mtime and size
         * (importlib's {@code _validate_timestamp_pyc}). False for a hash-based header.
         */
        public boolean matchesSource(long mtime, long size) {
            return !isHashBased() && sourceMtimeOrHash == mtime && sourceSize == size;
        }
    }

    /** A cache file's header and code. */
    public record CacheFile(Header header, CodeUnit code) {
    }

    /** The four magic bytes. */
    public static byte[] magic() {
        return MAGIC.clone();
    }

    /** The complete file: header, then {@code code}. */
    public static byte[] write(CodeUnit code, Header header) {
        byte[] body = dumps(code);
        ByteSink out = new ByteSink();
        out.raw(MAGIC);
        out.u16(FORMAT_VERSION);
        out.u16(INSTRUCTION_SET);
        out.u32(header.flags());
        out.u64(header.sourceMtimeOrHash());
        out.u64(header.sourceSize());
        CRC32 crc = new CRC32();
        crc.update(body);
        out.u32((int) crc.getValue());
        out.raw(body);
        return out.toByteArray();
    }

    /**
     * Reads and checks the header of a cache file.
     *
     * @throws BytecodeException EOFError if the data is shorter than a header (importlib's
     *     "reached EOF while reading ..."), ImportError "bad magic number" or "unsupported ..." if
     *     it is not a cache file of this version and instruction set, ValueError for bad flags
     */
    public static Header readHeader(byte[] data) {
        if (data.length < HEADER_SIZE) {
            throw new BytecodeException("EOFError", "reached EOF while reading cache header");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[i] != MAGIC[i]) {
                throw new BytecodeException("ImportError", "bad magic number in cache file");
            }
        }
        int version = u16(data, 4);
        if (version != FORMAT_VERSION) {
            throw new BytecodeException("ImportError", "unsupported cache format version " + version);
        }
        int iset = u16(data, 6);
        if (iset != INSTRUCTION_SET) {
            throw new BytecodeException("ImportError", "unsupported instruction set " + iset);
        }
        return new Header((int) u32(data, 8), u64(data, 12), u64(data, 20));
    }

    /**
     * Reads a cache file: header and code.
     *
     * @throws BytecodeException as {@link #readHeader}, or ValueError "bad marshal data (...)" if
     *     the body is damaged (checksum, truncation, invalid values)
     */
    public static CacheFile read(byte[] data) {
        Header header = readHeader(data);
        CRC32 crc = new CRC32();
        crc.update(data, HEADER_SIZE, data.length - HEADER_SIZE);
        if ((int) crc.getValue() != (int) u32(data, 28)) {
            throw ByteSource.bad("checksum mismatch");
        }
        return new CacheFile(header, loads(data, HEADER_SIZE, data.length));
    }

    /** The body alone: {@code code} encoded without a header (like {@code marshal.dumps}). */
    public static byte[] dumps(CodeUnit code) {
        ByteSink out = new ByteSink();
        writeCode(out, code, 0);
        return out.toByteArray();
    }

    /** Decodes a body written by {@link #dumps} (like {@code marshal.loads}). */
    public static CodeUnit loads(byte[] body) {
        return loads(body, 0, body.length);
    }

    private static CodeUnit loads(byte[] data, int from, int to) {
        ByteSource in = new ByteSource(data, from, to);
        CodeUnit code = readCode(in, 0);
        if (in.remaining() != 0) {
            throw ByteSource.bad("extra data after the code");
        }
        return code;
    }

    // ---- encoding ----

    private static void writeCode(ByteSink out, CodeUnit co, int depth) {
        if (depth > MAX_DEPTH) {
            throw BytecodeException.valueError("code objects nested too deeply to serialize");
        }
        out.varint(co.co_argcount());
        out.varint(co.co_posonlyargcount());
        out.varint(co.co_kwonlyargcount());
        out.varint(co.co_nlocals());
        out.varint(co.co_stacksize());
        out.varint(co.co_flags() & 0xFFFFFFFFL);
        out.svarint(co.co_firstlineno());
        out.bytes(co.co_code());
        out.varint(co.co_consts().size());
        for (Constant c : co.co_consts()) {
            writeConstant(out, c, depth);
        }
        writeStrings(out, co.co_names());
        writeStrings(out, co.co_varnames());
        writeStrings(out, co.co_freevars());
        writeStrings(out, co.co_cellvars());
        out.str(co.co_filename());
        out.str(co.co_name());
        out.str(co.co_qualname());
        int[] t = co.lineTable().triples();
        out.varint(t.length / 3);
        int prevEnd = 0;
        int prevLine = 0;
        for (int i = 0; i < t.length; i += 3) {
            out.varint(t[i] - prevEnd);
            out.varint(t[i + 1] - t[i]);
            out.svarint((long) t[i + 2] - prevLine);
            prevEnd = t[i + 1];
            prevLine = t[i + 2];
        }
        int[] q = co.positionTable().quads();
        out.varint(q.length / 4);
        prevLine = 0;
        for (int i = 0; i < q.length; i += 4) {
            out.svarint((long) q[i] - prevLine);
            out.svarint((long) q[i + 1] - q[i]);
            out.varint(q[i + 2] + 1L);
            out.varint(q[i + 3] + 1L);
            prevLine = q[i];
        }
    }

    private static void writeStrings(ByteSink out, List<String> list) {
        out.varint(list.size());
        for (String s : list) {
            out.str(s);
        }
    }

    private static void writeConstant(ByteSink out, Constant c, int depth) {
        if (c instanceof Constant.None) {
            out.u8(0);
        } else if (c instanceof Constant.Ellipsis) {
            out.u8(1);
        } else if (c instanceof Constant.Bool b) {
            out.u8(b.value() ? 3 : 2);
        } else if (c instanceof Constant.Int i) {
            if (i.isSmall()) {
                out.u8(4);
                out.svarint(i.small());
            } else {
                out.u8(5);
                out.bytes(i.big().toByteArray());
            }
        } else if (c instanceof Constant.Float f) {
            out.u8(6);
            out.u64(Double.doubleToRawLongBits(f.value()));
        } else if (c instanceof Constant.Complex z) {
            out.u8(7);
            out.u64(Double.doubleToRawLongBits(z.re()));
            out.u64(Double.doubleToRawLongBits(z.im()));
        } else if (c instanceof Constant.Str s) {
            out.u8(8);
            out.str(s.value());
        } else if (c instanceof Constant.Bytes b) {
            out.u8(9);
            out.bytes(b.value());
        } else if (c instanceof Constant.Tuple t) {
            out.u8(10);
            writeItems(out, t.items(), depth);
        } else if (c instanceof Constant.FrozenSet s) {
            out.u8(11);
            writeItems(out, s.items(), depth);
        } else if (c instanceof Constant.Code code) {
            out.u8(12);
            writeCode(out, code.code(), depth + 1);
        } else {
            throw new AssertionError(c);
        }
    }

    private static void writeItems(ByteSink out, List<Constant> items, int depth) {
        if (depth > MAX_DEPTH) {
            throw BytecodeException.valueError("constants nested too deeply to serialize");
        }
        out.varint(items.size());
        for (Constant item : items) {
            writeConstant(out, item, depth + 1);
        }
    }

    // ---- decoding ----

    private static CodeUnit readCode(ByteSource in, int depth) {
        if (depth > MAX_DEPTH) {
            throw ByteSource.bad("nested too deeply");
        }
        CodeUnit.Builder b = CodeUnit.builder();
        b.argcount(in.count(Integer.MAX_VALUE));
        b.posonlyargcount(in.count(Integer.MAX_VALUE));
        b.kwonlyargcount(in.count(Integer.MAX_VALUE));
        b.nlocals(in.count(Integer.MAX_VALUE));
        b.stacksize(in.count(Integer.MAX_VALUE));
        b.flags(in.uint32());
        b.firstlineno(in.sint());
        byte[] code = in.bytes();
        b.code(code);
        int nconsts = in.count(in.remaining());
        List<Constant> consts = new ArrayList<>(nconsts);
        for (int i = 0; i < nconsts; i++) {
            consts.add(readConstant(in, depth));
        }
        b.consts(consts);
        b.names(readStrings(in));
        b.varnames(readStrings(in));
        b.freevars(readStrings(in));
        b.cellvars(readStrings(in));
        b.filename(in.str());
        b.name(in.str());
        b.qualname(in.str());
        int nranges = in.count(in.remaining());
        int[] triples = new int[nranges * 3];
        long prevEnd = 0;
        long prevLine = 0;
        for (int i = 0; i < nranges; i++) {
            long start = prevEnd + in.varint();
            long end = start + in.varint();
            long line = prevLine + in.svarint();
            if (end > code.length || line != (int) line) {
                throw ByteSource.bad("bad line table");
            }
            triples[3 * i] = (int) start;
            triples[3 * i + 1] = (int) end;
            triples[3 * i + 2] = (int) line;
            prevEnd = end;
            prevLine = line;
        }
        int nunits = in.count(in.remaining());
        int[] quads = new int[nunits * 4];
        prevLine = 0;
        for (int i = 0; i < nunits; i++) {
            long line = prevLine + in.svarint();
            long endLine = line + in.svarint();
            long col = in.varint() - 1;
            long endCol = in.varint() - 1;
            if (line != (int) line || endLine != (int) endLine || col != (int) col || endCol != (int) endCol) {
                throw ByteSource.bad("bad position table");
            }
            quads[4 * i] = (int) line;
            quads[4 * i + 1] = (int) endLine;
            quads[4 * i + 2] = (int) col;
            quads[4 * i + 3] = (int) endCol;
            prevLine = line;
        }
        try {
            b.lineTable(LineTable.fromTriples(triples));
            b.positions(PositionTable.fromQuads(quads));
            return b.build();
        } catch (BytecodeException e) {
            throw ByteSource.bad(e.getMessage());
        }
    }

    private static List<String> readStrings(ByteSource in) {
        int n = in.count(in.remaining());
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.str());
        }
        return list;
    }

    private static Constant readConstant(ByteSource in, int depth) {
        if (depth > MAX_DEPTH) {
            throw ByteSource.bad("nested too deeply");
        }
        int tag = in.u8();
        switch (tag) {
            case 0:
                return Constant.NONE;
            case 1:
                return Constant.ELLIPSIS;
            case 2:
                return Constant.FALSE;
            case 3:
                return Constant.TRUE;
            case 4:
                return Constant.Int.of(in.svarint());
            case 5: {
                byte[] mag = in.bytes();
                if (mag.length == 0) {
                    throw ByteSource.bad("empty int");
                }
                return Constant.Int.of(new BigInteger(mag));
            }
            case 6:
                return new Constant.Float(Double.longBitsToDouble(in.u64()));
            case 7: {
                double re = Double.longBitsToDouble(in.u64());
                double im = Double.longBitsToDouble(in.u64());
                return new Constant.Complex(re, im);
            }
            case 8:
                return new Constant.Str(in.str());
            case 9:
                return new Constant.Bytes(in.bytes());
            case 10:
                return new Constant.Tuple(readItems(in, depth));
            case 11:
                return new Constant.FrozenSet(readItems(in, depth));
            case 12:
                return new Constant.Code(readCode(in, depth + 1));
            default:
                throw ByteSource.bad("unknown type code " + tag);
        }
    }

    private static List<Constant> readItems(ByteSource in, int depth) {
        int n = in.count(in.remaining());
        List<Constant> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(readConstant(in, depth + 1));
        }
        return items;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static long u64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
