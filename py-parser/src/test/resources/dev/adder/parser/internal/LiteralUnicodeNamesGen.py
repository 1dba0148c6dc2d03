"""Writes src/main/resources/dev/adder/parser/internal/LiteralUnicodeNames.txt.

What the \\N{...} escape of string literals needs beyond java.lang.Character's names, taken from
python3 (CPython 3.11, Unicode 14.0.0). Run from this directory:

    python3 LiteralUnicodeNamesGen.py /usr/share/perl/5.36.0/unicore/Name.pl \\
        > ../../../../../../main/resources/dev/adder/parser/internal/LiteralUnicodeNames.txt

It needs `java` 17 on PATH (to learn which names Java 17, on Unicode 13.0, lacks). Perl's Name.pl
(Unicode 14.0) only proposes alias candidates: every alias kept is one python3 accepts in \\N{...}.
"""
import os, subprocess, sys, tempfile, unicodedata

JAVA = '''public class JavaNames { public static void main(String[] a) {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= 0x10FFFF; cp++) { String n = Character.getName(cp);
        if (n != null) sb.append(Integer.toHexString(cp)).append(';').append(n).append('\\n'); }
    System.out.print(sb); } }
'''
ALG = ('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')


def runs(pred):
    out, start = [], None
    for cp in range(0x110001):
        ok = cp <= 0x10FFFF and pred(cp)
        if ok and start is None:
            start = cp
        if not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def main():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'JavaNames.java')
        with open(src, 'w') as f:
            f.write(JAVA)
        out = subprocess.run(['java', src], capture_output=True, text=True, check=True).stdout
    java = {}
    for line in out.splitlines():
        cp, n = line.split(';', 1)
        java[int(cp, 16)] = n
    names = {cp: unicodedata.name(chr(cp), '') for cp in range(0x110000)}
    named = runs(lambda cp: names[cp] != '' and not names[cp].startswith(ALG))
    cjk = runs(lambda cp: names[cp].startswith(ALG[0]))
    missing = [(cp, n) for cp, n in names.items() if n and not n.startswith(ALG) and java.get(cp) != n]
    body = open(sys.argv[1]).read().split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    aliases = set()
    for rec in body.split('\n\n'):
        parts = rec.split('\n')
        if len(parts) != 2 or ' ' in parts[0].strip():
            continue
        cp, name = int(parts[0], 16), parts[1]
        if names[cp] == name:
            continue
        try:
            ok = eval('"\\N{%s}"' % name) == chr(cp)
        except SyntaxError:
            ok = False
        if ok:
            aliases.add((cp, name))
    print('# Unicode %s character names for \\N{...} escapes, beyond what java.lang.Character knows.'
          % unicodedata.unidata_version)
    print('# Generated from python3 (CPython %s) by src/test/resources/dev/adder/parser/internal/'
          'LiteralUnicodeNamesGen.py; do not edit.' % sys.version.split()[0])
    print('# R first last: code points that have a name in the database (other than algorithmic names)')
    print('# C first last: CJK unified ideographs (named CJK UNIFIED IDEOGRAPH-XXXX)')
    print('# N cp name: names that Java 17 (Unicode 13.0) does not know')
    print('# A cp name: name aliases')
    for a, b in named:
        print('R %X %X' % (a, b))
    for a, b in cjk:
        print('C %X %X' % (a, b))
    for cp, n in missing:
        print('N %X %s' % (cp, n))
    for cp, n in sorted(aliases):
        print('A %X %s' % (cp, n))


main()
