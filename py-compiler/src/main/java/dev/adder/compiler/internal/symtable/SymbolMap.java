package dev.adder.compiler.internal.symtable;

import java.util.Arrays;

/**
 * An insertion-ordered map from names to {@code int} symbol flags: the {@code ste_symbols} dict
 * of a symbol table entry, whose order (the order names were first seen) the {@code symtable}
 * module shows. Open addressing over an index array; no boxing.
 */
public final class SymbolMap {
    private String[] keys = new String[8];
    private int[] values = new int[8];
    private int[] hashes = new int[8];
    private int size;
    /** Slot -> entry index + 1; 0 marks an empty slot. Its length is a power of two. */
    private int[] index = new int[16];

    /** Creates an empty map. */
    public SymbolMap() {
    }

    /** The number of names. */
    public int size() {
        return size;
    }

    /** The name at position {@code i} in insertion order. */
    public String key(int i) {
        return keys[i];
    }

    /** The flags at position {@code i} in insertion order. */
    public int value(int i) {
        return values[i];
    }

    /** Replaces the flags at position {@code i}. */
    public void setValue(int i, int value) {
        values[i] = value;
    }

    /** The position of {@code name}, or -1. */
    public int indexOf(String name) {
        int h = name.hashCode();
        int mask = index.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int e = index[slot];
            if (e == 0) {
                return -1;
            }
            e--;
            if (hashes[e] == h && keys[e].equals(name)) {
                return e;
            }
        }
    }

    /** The flags of {@code name}, or 0 if it is absent (CPython: {@code _PyST_GetSymbol}). */
    public int get(String name) {
        int i = indexOf(name);
        return i < 0 ? 0 : values[i];
    }

    /** Whether {@code name} is present. */
    public boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    /** Sets the flags of {@code name}, appending it if it is new. */
    public void put(String name, int value) {
        int i = indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        if (size == keys.length) {
            int n = size * 2;
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        int h = name.hashCode();
        keys[size] = name;
        values[size] = value;
        hashes[size] = h;
        size++;
        if (size * 2 > index.length) {
            rehash(index.length * 2);
        } else {
            insert(size - 1);
        }
    }

    private void rehash(int capacity) {
        index = new int[capacity];
        for (int e = 0; e < size; e++) {
            insert(e);
        }
    }

    private void insert(int e) {
        int mask = index.length - 1;
        int slot = spread(hashes[e]) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = e + 1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
