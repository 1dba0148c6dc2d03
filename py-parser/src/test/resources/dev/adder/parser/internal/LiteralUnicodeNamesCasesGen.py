"""Writes LiteralUnicodeNamesCases.txt: what python3 makes of \\N{name} for a sample of names.

Run from this directory:
    python3 LiteralUnicodeNamesCasesGen.py /usr/share/perl/5.36.0/unicore/Name.pl > LiteralUnicodeNamesCases.txt

Each line is `<code point or -1>\\t<name>`: the character that the escape "\\N{name}" gives in a
str literal, or -1 when compile() rejects it. Names: every 97th named character, some in lower or
title case, every alias and named sequence of Perl's Unicode 14.0 Name.pl (candidates only: the
answer is python3's), the ends of the CJK and Hangul ranges, and malformed names.
"""
import sys
import unicodedata


def answer(name):
    try:
        v = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return -1
    assert len(v) == 1
    return ord(v)


names = []
for cp in range(0x110000):
    nm = unicodedata.name(chr(cp), None)
    if nm is None or cp % 97:
        continue
    names.append(nm)
    if cp % 3 == 0:
        names.append(nm.lower())
    if cp % 5 == 0:
        names.append(nm.title())
body = open(sys.argv[1]).read().split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
for rec in body.split('\n\n'):
    parts = rec.split('\n')
    if len(parts) == 2 and parts[1] != unicodedata.name(chr(int(parts[0].split()[0], 16)), ''):
        names.append(parts[1])
        names.append(parts[1].lower())
for lo, hi in [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
               (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A),
               (0xAC00, 0xD7A3)]:
    for cp in (lo - 1, lo, hi, hi + 1):
        nm = unicodedata.name(chr(cp), None)
        if nm:
            names.append(nm)
        names.append('CJK UNIFIED IDEOGRAPH-%04X' % cp)
        names.append('CJK UNIFIED IDEOGRAPH-%05X' % cp)
names += ['CJK UNIFIED IDEOGRAPHS 4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
          'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-004E00', 'HANGUL SYLLABLES AC00',
          'hangul syllable GA', 'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE GAGG', 'HANGUL SYLLABLE ',
          'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GGAEGG', 'HANGUL SYLLABLE YI', 'HANGUL SYLLABLE KIYEOK',
          'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', 'LATIN  SMALL LETTER A', 'BASIC LATIN 0',
          'CONTROL', 'PRIVATE USE AREA E000', 'SPACE\t', 'NULL ', 'A', 'É', 'LATIN SMALL LETTER Ɑ',
          'LINE FEED (LF)', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'TANGUT IDEOGRAPH-17000',
          'HIGH SURROGATES D800', 'ARABIC END OF TEXT MARK', 'TOPBAR', 'KAF']
for nm in names:
    print('%d\t%s' % (answer(nm), nm))
