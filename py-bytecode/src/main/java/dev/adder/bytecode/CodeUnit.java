package dev.adder.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A compiled code object, independent of any runtime: the fields of CPython's code object
 * ({@code co_*}, under CPython's names) with constants as {@link Constant}s, the wordcode as bytes,
 * a 3.10 line table ({@link #co_lines()}) and a 3.11 position table ({@link #co_positions()}).
 * Immutable; the byte arrays are copied in and out. The runtime wraps a code unit in its
 * {@code code} object. Equality is identity, as for constants of code type; see
 * {@link #structurallyEquals} for a comparison of contents.
 *
 * <p>CPython: {@code Include/cpython/code.h} and {@code Objects/codeobject.c} (3.10's
 * {@code PyCodeObject}, {@code code_new}, {@code code_repr}).
 */
public final class CodeUnit {
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int nlocals;
    private final int stacksize;
    private final int flags;
    private final int firstlineno;
    private final byte[] code;
    private final List<Constant> consts;
    private final List<String> names;
    private final List<String> varnames;
    private final List<String> freevars;
    private final List<String> cellvars;
    private final String filename;
    private final String name;
    private final String qualname;
    private final LineTable lineTable;
    private final PositionTable positions;

    private CodeUnit(Builder b) {
        this.argcount = b.argcount;
        this.posonlyargcount = b.posonlyargcount;
        this.kwonlyargcount = b.kwonlyargcount;
        this.varnames = List.copyOf(b.varnames);
        this.nlocals = b.nlocals >= 0 ? b.nlocals : varnames.size();
        this.stacksize = b.stacksize;
        this.flags = b.flags;
        this.firstlineno = b.firstlineno;
        this.code = b.code.clone();
        this.consts = List.copyOf(b.consts);
        this.names = List.copyOf(b.names);
        this.freevars = List.copyOf(b.freevars);
        this.cellvars = List.copyOf(b.cellvars);
        this.filename = Objects.requireNonNull(b.filename, "filename");
        this.name = Objects.requireNonNull(b.name, "name");
        this.qualname = b.qualname != null ? b.qualname : b.name;
        this.lineTable = Objects.requireNonNull(b.lineTable, "lineTable");
        this.positions = Objects.requireNonNull(b.positions, "positions");
        validate();
    }

    private void validate() {
        if (argcount < 0 || posonlyargcount < 0 || kwonlyargcount < 0 || nlocals < 0 || stacksize < 0
                || argcount < posonlyargcount) {
            // Objects/codeobject.c PyCode_NewWithPosOnlyArgs: PyErr_BadInternalCall()
            throw BytecodeException.systemError("code: bad argument counts");
        }
        if ((code.length & 1) != 0) {
            throw BytecodeException.valueError("code: co_code length must be a multiple of 2");
        }
        long totalArgs = (long) argcount + kwonlyargcount
                + ((flags & CodeFlags.CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CodeFlags.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (totalArgs > varnames.size()) {
            throw BytecodeException.valueError("code: varnames is too small");
        }
        if (lineTable.coveredEnd() > code.length) {
            throw BytecodeException.valueError("code: line table covers past the end of co_code");
        }
        if (positions.size() != 0 && positions.size() != code.length / 2) {
            throw BytecodeException.valueError("code: position table size " + positions.size()
                    + " does not match " + code.length / 2 + " code units");
        }
    }

    /** A builder with every field empty or zero. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this code unit's fields, for making a modified copy (like {@code code.replace}). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.argcount = argcount;
        b.posonlyargcount = posonlyargcount;
        b.kwonlyargcount = kwonlyargcount;
        b.nlocals = nlocals;
        b.stacksize = stacksize;
        b.flags = flags;
        b.firstlineno = firstlineno;
        b.code = code;
        b.consts = consts;
        b.names = names;
        b.varnames = varnames;
        b.freevars = freevars;
        b.cellvars = cellvars;
        b.filename = filename;
        b.name = name;
        b.qualname = qualname;
        b.lineTable = lineTable;
        b.positions = positions;
        return b;
    }

    /** Number of positional parameters (including positional-only ones). */
    public int co_argcount() {
        return argcount;
    }

    /** Number of positional-only parameters. */
    public int co_posonlyargcount() {
        return posonlyargcount;
    }

    /** Number of keyword-only parameters. */
    public int co_kwonlyargcount() {
        return kwonlyargcount;
    }

    /** Number of local variables (fast slots). */
    public int co_nlocals() {
        return nlocals;
    }

    /** Maximum depth of the value stack. */
    public int co_stacksize() {
        return stacksize;
    }

    /** The {@link CodeFlags} bits. */
    public int co_flags() {
        return flags;
    }

    /** The first source line. */
    public int co_firstlineno() {
        return firstlineno;
    }

    /** A copy of the wordcode. */
    public byte[] co_code() {
        return code.clone();
    }

    /** Length of the wordcode in bytes. */
    public int codeLength() {
        return code.length;
    }

    /** Byte {@code i} of the wordcode, 0..255, without copying. */
    public int codeByte(int i) {
        return code[i] & 0xFF;
    }

    /** The constants. */
    public List<Constant> co_consts() {
        return consts;
    }

    /** Global, attribute and imported names. */
    public List<String> co_names() {
        return names;
    }

    /** Local variable names, parameters first. */
    public List<String> co_varnames() {
        return varnames;
    }

    /** Names of free variables (closed over from enclosing scopes). */
    public List<String> co_freevars() {
        return freevars;
    }

    /** Names of local variables that nested scopes close over. */
    public List<String> co_cellvars() {
        return cellvars;
    }

    /** The source file name. */
    public String co_filename() {
        return filename;
    }

    /** The function, class or module name. */
    public String co_name() {
        return name;
    }

    /** The qualified name (e.g. "C.f.&lt;locals&gt;.g"). */
    public String co_qualname() {
        return qualname;
    }

    /** The line table. */
    public LineTable lineTable() {
        return lineTable;
    }

    /** The position table. */
    public PositionTable positionTable() {
        return positions;
    }

    /** {@code co_lines()} (3.10): the {@code (start, end, line)} ranges. */
    public List<LineTable.LineRange> co_lines() {
        return lineTable.co_lines();
    }

    /** {@code co_positions()} (3.11): one {@link PositionTable.Positions} per code unit. */
    public List<PositionTable.Positions> co_positions() {
        return positions.co_positions(code.length / 2);
    }

    /** The line of the instruction at byte {@code offset}, or {@link LineTable#NO_LINE}. */
    public int lineForOffset(int offset) {
        return lineTable.lineForOffset(offset);
    }

    /**
     * The names {@code hasfree} opcodes index: {@code co_cellvars + co_freevars} (3.10's order).
     */
    public List<String> cellAndFreeVars() {
        List<String> all = new ArrayList<>(cellvars.size() + freevars.size());
        all.addAll(cellvars);
        all.addAll(freevars);
        return all;
    }

    /**
     * {@code repr(code)} with the given address: {@code <code object NAME at ADDRESS, file
     * "FILENAME", line N>}, where N is -1 if {@code co_firstlineno} is 0 (as 3.10's code_repr).
     */
    public String repr(String address) {
        int line = firstlineno != 0 ? firstlineno : -1;
        return "<code object " + name + " at " + address + ", file \"" + filename + "\", line " + line + ">";
    }

    /** {@code repr(code)}, with {@link #defaultAddress} as address. */
    public String repr() {
        return repr(defaultAddress(this));
    }

    /** The address shown by default: the identity hash code in hex, e.g. "0x1b6d3586". */
    public static String defaultAddress(CodeUnit code) {
        return "0x" + Integer.toHexString(System.identityHashCode(code));
    }

    @Override
    public String toString() {
        return repr();
    }

    /**
     * Whether {@code other} has the same contents: every field, with nested code constants compared
     * the same way (rather than by identity).
     */
    public boolean structurallyEquals(CodeUnit other) {
        if (this == other) {
            return true;
        }
        if (other == null) {
            return false;
        }
        if (argcount != other.argcount || posonlyargcount != other.posonlyargcount
                || kwonlyargcount != other.kwonlyargcount || nlocals != other.nlocals
                || stacksize != other.stacksize || flags != other.flags || firstlineno != other.firstlineno
                || !java.util.Arrays.equals(code, other.code) || !names.equals(other.names)
                || !varnames.equals(other.varnames) || !freevars.equals(other.freevars)
                || !cellvars.equals(other.cellvars) || !filename.equals(other.filename)
                || !name.equals(other.name) || !qualname.equals(other.qualname)
                || !lineTable.equals(other.lineTable) || !positions.equals(other.positions)
                || consts.size() != other.consts.size()) {
            return false;
        }
        for (int i = 0; i < consts.size(); i++) {
            if (!constantsStructurallyEqual(consts.get(i), other.consts.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean constantsStructurallyEqual(Constant a, Constant b) {
        if (a instanceof Constant.Code ca && b instanceof Constant.Code cb) {
            return ca.code().structurallyEquals(cb.code());
        }
        if (a instanceof Constant.Tuple ta && b instanceof Constant.Tuple tb) {
            return itemsEqual(ta.items(), tb.items());
        }
        if (a instanceof Constant.FrozenSet fa && b instanceof Constant.FrozenSet fb) {
            return itemsEqual(fa.items(), fb.items());
        }
        return a.equals(b);
    }

    private static boolean itemsEqual(List<Constant> a, List<Constant> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!constantsStructurallyEqual(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects the fields of a {@link CodeUnit}. Lists default to empty, numbers to 0,
     * {@code co_nlocals} to {@code len(co_varnames)}, {@code co_qualname} to {@code co_name}, the
     * tables to empty; {@code filename} and {@code name} are required.
     */
    public static final class Builder {
        private int argcount;
        private int posonlyargcount;
        private int kwonlyargcount;
        private int nlocals = -1;
        private int stacksize;
        private int flags;
        private int firstlineno;
        private byte[] code = new byte[0];
        private List<Constant> consts = List.of();
        private List<String> names = List.of();
        private List<String> varnames = List.of();
        private List<String> freevars = List.of();
        private List<String> cellvars = List.of();
        private String filename;
        private String name;
        private String qualname;
        private LineTable lineTable = LineTable.EMPTY;
        private PositionTable positions = PositionTable.EMPTY;

        private Builder() {
        }

        /** Sets {@code co_argcount}. */
        public Builder argcount(int v) {
            argcount = v;
            return this;
        }

        /** Sets {@code co_posonlyargcount}. */
        public Builder posonlyargcount(int v) {
            posonlyargcount = v;
            return this;
        }

        /** Sets {@code co_kwonlyargcount}. */
        public Builder kwonlyargcount(int v) {
            kwonlyargcount = v;
            return this;
        }

        /** Sets {@code co_nlocals} (default: the number of varnames). */
        public Builder nlocals(int v) {
            nlocals = v;
            return this;
        }

        /** Sets {@code co_stacksize}. */
        public Builder stacksize(int v) {
            stacksize = v;
            return this;
        }

        /** Sets {@code co_flags}. */
        public Builder flags(int v) {
            flags = v;
            return this;
        }

        /** Sets {@code co_firstlineno}. */
        public Builder firstlineno(int v) {
            firstlineno = v;
            return this;
        }

        /** Sets {@code co_code} (copied when the unit is built). */
        public Builder code(byte[] v) {
            code = Objects.requireNonNull(v);
            return this;
        }

        /** Sets {@code co_code} from unsigned byte values, e.g. {@code code(124, 0, 100, 1, 23, 0, 83, 0)}. */
        public Builder code(int... bytes) {
            byte[] b = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                if ((bytes[i] & ~0xFF) != 0) {
                    throw BytecodeException.valueError("code: byte out of range: " + bytes[i]);
                }
                b[i] = (byte) bytes[i];
            }
            code = b;
            return this;
        }

        /** Sets {@code co_consts}. */
        public Builder consts(List<Constant> v) {
            consts = v;
            return this;
        }

        /** Sets {@code co_consts}. */
        public Builder consts(Constant... v) {
            consts = List.of(v);
            return this;
        }

        /** Sets {@code co_names}. */
        public Builder names(List<String> v) {
            names = v;
            return this;
        }

        /** Sets {@code co_names}. */
        public Builder names(String... v) {
            names = List.of(v);
            return this;
        }

        /** Sets {@code co_varnames}. */
        public Builder varnames(List<String> v) {
            varnames = v;
            return this;
        }

        /** Sets {@code co_varnames}. */
        public Builder varnames(String... v) {
            varnames = List.of(v);
            return this;
        }

        /** Sets {@code co_freevars}. */
        public Builder freevars(List<String> v) {
            freevars = v;
            return this;
        }

        /** Sets {@code co_freevars}. */
        public Builder freevars(String... v) {
            freevars = List.of(v);
            return this;
        }

        /** Sets {@code co_cellvars}. */
        public Builder cellvars(List<String> v) {
            cellvars = v;
            return this;
        }

        /** Sets {@code co_cellvars}. */
        public Builder cellvars(String... v) {
            cellvars = List.of(v);
            return this;
        }

        /** Sets {@code co_filename}. */
        public Builder filename(String v) {
            filename = v;
            return this;
        }

        /** Sets {@code co_name}. */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /** Sets {@code co_qualname} (default: the name). */
        public Builder qualname(String v) {
            qualname = v;
            return this;
        }

        /** Sets the line table. */
        public Builder lineTable(LineTable v) {
            lineTable = v;
            return this;
        }

        /** Sets the position table. */
        public Builder positions(PositionTable v) {
            positions = v;
            return this;
        }

        /** Sets code, line table and position table from an assembler's result. */
        public Builder assembled(Assembler.Result r) {
            code = r.code();
            lineTable = r.lineTable();
            positions = r.positions();
            return this;
        }

        /**
         * Builds the code unit.
         *
         * @throws BytecodeException if the fields are inconsistent (CPython's messages where
         *     {@code code.__new__} has one: "code: varnames is too small")
         */
        public CodeUnit build() {
            return new CodeUnit(this);
        }
    }
}
