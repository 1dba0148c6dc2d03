"""Writes LiteralCases.txt: python3's answers for the literal-decoding cases below.

Run from this directory:  python3 LiteralCasesGen.py > LiteralCases.txt

For each case (a one-statement module, `[NAME =] expression`) the file has a line
`S <base64 of the UTF-8 source>` and then either `D <ast.dump(value, include_attributes=True)>`
for the statement's value, or `E <msg>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>` for the
SyntaxError that compile() raises.
"""
import ast
import base64
import sys
import warnings

NUMBERS = [
    '0', '00', '0_0', '0' * 5000, '7', '123', '1_000_000', '9223372036854775807',
    '9223372036854775808', '18446744073709551616', '1' * 100, '1' * 4300,
    '0x7fffffffffffffff', '0x8000000000000000', '0xffffffffffffffff', '0XdeadBEEF', '0x_ff',
    '0x' + 'f' * 40, '0o17', '0O777', '0o_7', '0o' + '7' * 30, '0b101', '0B1_0', '0b' + '1' * 70,
    '1.5', '1.', '.5', '1e10', '1E-5', '1e+5', '1_0.0_1e1_0', '1e400', '1e-400', '0.1',
    '0.30000000000000004', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
    '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
    '9007199254740993.0', '9007199254740993', '123456789012345678901234567890.5', '1' * 400 + '.0',
    '09.5', '0e0', '00.0', '0.0e-0',
    '1j', '1.5J', '0j', '1e5j', '1_0j', '00j', '09j', '.5j', '1e400j', '3.14e-10J',
    # errors
    '1' * 4301, '1_' * 4300 + '1', '1' * 5000,
]

STRINGS = [
    '"abc"', "'abc'", '"""a\nb"""', "'''x'''", '""', "''", '""""""', "''''''", '"""\'"""',
    'u"a"', 'U"a"', 'r"\\n"', 'R"\\n"', 'b"abc"', 'B"x"', 'br"\\x"', 'Rb"\\x"', 'rB"a"', 'bR"a"',
    'b""', 'rb""', "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "'\\0\\7\\77\\777\\1234\\08'",
    "'\\x41\\x7f\\xff\\xFf'", "'\\u00e9\\u20ac\\U0001F600\\U00010000'", "'\\ud800'", "'\\udc00\\ud800'",
    "'\\N{LATIN SMALL LETTER E WITH ACUTE}'", "'\\N{latin small letter e with acute}'",
    "'\\N{LF}'", "'\\N{BEL}'", "'\\N{line feed}'", "'\\N{BYTE ORDER MARK}'", "'\\N{VS256}'",
    "'\\N{HANGUL SYLLABLE GAG}'", "'\\N{hangul syllable GAG}'", "'\\N{HANGUL SYLLABLE A}'",
    "'\\N{HANGUL SYLLABLE HIH}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    "'\\N{cjk unified ideograph-20000}'", "'\\N{CJK UNIFIED IDEOGRAPH-3134A}'", "'\\N{EM DASH}'",
    "'\\N{ARABIC END OF TEXT MARK}'", "'\\N{TIBETAN LETTER -A}'", "'\\N{SPACE}\\N{NULL}'",
    "'\\d\\8\\9\\ \\z\\{'", "'a\\\nb'", "'''a\\\nb'''", "'é\\x41'", "'€'", "'😀'", "'\\é'",
    "'\\\\é'", "'é\\\\'", "'x\\\\'", "b'\\777\\0\\x00\\xff\\d\\8'", "b'a\\\nb'",
    "r'\\\\'", "r'a\\\nb'", "'''\\\n'''",
    # concatenation and positions
    '"a" "b"', '"a" \\\n "b"', '("a"\n "b")', '(\n  "a"\n  "b"\n)', 'u"a" "b"', '"a" u"b"',
    'b"a" b"b"', 'x = "é" "ü"', 'x = ("""a\nb"""\n     "c")', 'x = ("é"\n  "ü")', '"" ""',
    'x = """\né\n"""', 'x = "a" + "b"',
    # errors
    "'\\x'", "'\\x4'", "'\\x4g'", "'é\\x4'", "'éé\\xg'", "'\\é\\x4'", "'\\u12'", "'\\u123'",
    "'\\U0011FFFF'", "'\\U00110000'", "'\\UFFFFFFFF'", "'\\U1234'", "'\\N'", "'\\Nx'", "'\\N{'",
    "'\\N{}'", "'\\N{LATIN'", "'\\N{foo}'", "'\\N{LATIN SMALL LETTER A }'",
    "'\\N{ LATIN SMALL LETTER A}'", "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-9FFF0}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00 }'",
    "'\\N{HANGUL SYLLABLE gag}'", "'\\N{HANGUL SYLLABLE GAGX}'", "'\\N{HANGUL SYLLABLE}'",
    "'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", "'\\N{LATIN SMALL LETTER É}'",
    "'\\N{LINE FEED (LF)}'", "'\\N{CJK UNIFIED IDEOGRAPHS EXTENSION A 3400}'",
    "'\\N{HANGUL SYLLABLES AC00}'", "'\\N{EM DASH}\\N{nope}'",
    "b'\\x'", "b'\\x4'", "b'ab\\x4g'", "b'é'", "x = (b'a'\n b'é')", "b'\\x4' b'é'",
    'b"a" "b"', '"a" b"b"', 'x = f"a" b"b"', 'x = (b"a"\n f"b")', "'' b''", "b'' ''",
    'x = ("a"\n  b"b"\n)', "'\\x4' + 1", "x = ('\\x4'\n)", "x = '\\x4' # c",
    "x = ('\\x4',)", "x = ['\\x4']",
]

FSTRINGS = [
    'f"a{b}c{d!r:>{w}}" "e{f=}"', 'f""', 'f"" ""', '"" f""', 'f"abc"', 'F"{x}"', 'rf"{x}"',
    'fR"{x}"', 'Rf"\\{x}"', 'f"\\{x}"', 'f"\\\\{x}"', 'f"{x}{x}" f"{x}"',
    'u"a" f"{x}b"', 'f"{x:abc}" "zz"', 'f"{x:}"', 'f"{x!r:}"', 'f"{x = }"', 'f"{x=}"',
    'f"{x  =  }"', 'f"{x=!s:>4}"', 'f"{x=:>4}"', 'f"{x = !r:>10}"', 'f"{x=!r}"',
    'f"{x:{y}{z}a}b"', 'f"{a, b}"', 'f"{*a,}"', 'f"{x.y(z)[0]}"', 'f"{ x }"', 'f"{x != y}"',
    'f"{x == y}"', 'f"{x >= y}"', 'f"{x > y}"', 'f"{x<y}"', 'f"{x<=y}"', 'f"{x!s}"', 'f"{x!a}"',
    'f"{x:>{w}.{p}f}"', 'f"{{}}"', 'f"{{x}}"', 'f"a{{b{x}c}}d"', 'f"}}"', 'f"{{"',
    "f'{\"a\" \"b\"}'", "f'{\"}\"}'", "f\"{'{'}\"", "f'{x:{\"a\"}}'", "f'{x:{y!r}}'",
    "f'{x!s:{y!s:>3}}'", "f'{ {\"a\": 1}[\"a\"] }'", "f'{[1, 2]}'", "f'{(1, 2)}'", "f'{()}'",
    "f'{x}' f'{y}' '{z}'", 'f"{x}" "{y}" f"{z}"', '"a" f"" "b"', 'f"a" "b" f"c"',
    'f"é{x}"', 'f"{x}é{y}"', '"éé" f"{x}"', 'f"{é}"', 'f"""é\n{x}"""', 'f"{x:é{y}}"',
    'f"{\'é\'}"', 'f"{x}" f"é{y}"',
    'f"""ab\ncd{e}\n  {ff}"""', '(f"ab"\n  f"cd{e}")', 'f"""{\ne}"""', 'f"""{e +\n f + g}"""',
    'f"""{  \ne +\n f + g}"""', 'f"""\n{  \ne +\n f + g}"""', 'xxxxxx = f"""ab\ncd{e}"""',
    'f"""ab\ncd{ e}"""', 'f"""ab\ncd{e.a +\nb}"""', 'f"""ab\n\n\ncd{e.a}"""',
    'f"""\n  {x}{\n x}"""', 'f"""\n  {x:{y}}"""', 'f"{\ty}"', 'f"{\fy}"', 'f"""{ \n y }"""',
    'f"""{x}\n{y:{z}}"""', 'f"""{x!r:\n}"""', 'f"""{x:\n{y}}"""', "f'''{'''a'''}'''",
    "f'''{'a'}'''", "f'{f\"{x}\"}'", "f'{f\"{x}\" f\"{y}\"}'", "f'''{f\"\"\"\n{x}\"\"\"}'''",
    "f'{\"a\" f\"{x}\"}'", "f'{b\"x\"}'", "f'{1}'", "f'{1.5j}'", "f'{-x}'",
    'f"\\N{EM DASH}{x}"', 'f"\\n{x}\\t"', 'f"{x}\\x41"', 'f"{x:\\x41}"', 'f"{x:\\N{EM DASH}}"',
    'f"\\N{LEFT CURLY BRACKET}{x}"', 'rf"\\n{x}"', 'rf"{x:\\n}"', 'f"a\\\nb{x}"',
    'x = (f"{a}"\n     "b"\n     f"{c}")', 'x = ("a"\n     f"{b}")', 'x = (u"a"\n     f"{b}")',
    'x = ("é"\n     f"{b}")', 'x = f"{a}" + f"{b}"', 'x = [f"{a}", f"{b}"]',
    "f'{x:{y:>2}}'",
    # errors
    'f"{}"', 'f"{ }"', 'f"""{\n}"""', 'f"}"', 'f"{"', 'f"{x"', 'f"{x!}"', 'f"{x!z}"',
    'f"{x!r"', 'f"{x!rr}"', 'f"{x!"', 'f"{x:"', 'f"{x:{y}"', 'f"{x:{y:{z}}}"', 'f"{a#}"',
    'f"{a[\'#\']}"', 'f"{)}"', 'f"{(]}"', 'f"{(}"', 'f"{[}"', 'f"{x)}"', 'f"{\'a}"',
    'f"{\'\'\'a}"', 'f"{x=!z}"', 'f"{x!é}"', 'f"a}b"', 'f"{x}}"', 'f"{x}{"',
    'f"{x + \\\ny}"', 'f"{\\\'x\\\'}"', 'f"{x:{y#}}"',
    'f"\\x4{x}"', 'f"{x}\\x4"', 'f"{x:\\x4}"', 'f"\\N{EM DASH"', 'f"\\N"', 'f"\\Nx{x}"',
    'x = f"{}" + 1', 'x = (f"a"\n  f"{}"  \n)', 'x = f"{a!x}" + 1', 'x = f"}" + 1',
    'x = f"{a#}" + 1', 'x = (f"{a}" "\\x4"\n)', 'x = f"{a}" b""', 'x = b"" f"{a}"',
    'f"{' + '(' * 50 + 'x' + ')' * 50 + '}"', 'f"{' + '(' * 201 + 'x' + ')' * 201 + '}"',
    'f"{' + '[' * 201 + '}"', 'f"{(x"', 'f"{x!r=}"', 'f"{x!r }"', 'f"{x=!r }"', 'f"{!r}"', 'f"{=}"',
    'f"{:x}"', 'f"{ !r}"', 'f"{ :}"', 'f"{!}"', 'f"{x:{!r}}"', 'f"{x:{=}}"', 'f"{ =}"', 'f"{}}"', 'f"{!r:}"', 'f"{x:{}}"', 'f"{x:{y}}}"', 'f"{x:}}"', 'f"{x!r:{y}{{}"',
    # more positions: astral characters, kinds, escapes next to fields
    'f"😀{x}"', '"😀" f"{x}"', 'x = "😀\\x4"', 'f"{x}😀{y}"', "f'''😀\n{x}'''", 'u"" f"{x}"',
    'f"{x}" "\\N{EM DASH}"', '"\\N{EM DASH}" f"{x}"', 'f"{x!r:^{w}}{y=}"',
    # carriage returns (CPython translates \r\n and \r to \n)
    "x = '''a\r\nb'''", 'x = "a\\\r\nb"', "x = f'''{\r\nx}'''", "x = f'''a\r\n{x}'''",
    'x = ("a"\r\n  f"{b}")\r\n', "x = '''a\rb'''", "x = ('\\x4'\r\n)",
    # surrogate code points from escapes: '\ud834\udd1e' is two code points, not U+1D11E
    "'\\ud834\\udd1e'", "'\\U0000d834\\U0000dd1e'", "'\\ud834\\U0000dd1e'", "u'\\udbff\\udfff'",
    "'\\udd1e\\ud834'", "'\\ud834\\udd1e\\U0001d11e𝄞'", "'é\\ud834\\udd1e\\x41'",
    "'\\ud834\\\\udd1e'", "'''\\ud834\n\\udd1e'''", "'\\ud834' '\\udd1e'", "'\\ud834' r'x'",
    "r'x' '\\udc00'", "'a' '\\ud800' 'b'", "'\\ud834' '𝄞'", "'𝄞' '\\udd1e'",
    "f'\\ud834\\udd1e'", "f'\\ud834{x}\\udd1e'", "f'\\ud834' f'\\udd1e{x}'",
    "'\\ud834' f'\\udd1e{x}'", "'a\\ud834' 'b' f'{x}'", "f'{x}\\ud834' '\\udd1e'",
    "f'{x}\\ud834' r'y' '\\udd1e'", "f'{x:\\ud834\\udd1e}'", "f'{x:\\ud834{y}\\udd1e}'",
    "f'{x=}\\udfff'", "'\\ud834' b''", "f'\\ud834' '\\x4'",
]


def record(src):
    print('S ' + base64.b64encode(src.encode('utf-8')).decode('ascii'))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(src)
            compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print('E %s\t%s\t%s\t%s\t%s' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
        return
    print('D ' + ast.dump(tree.body[0].value, include_attributes=True))


def main():
    sys.set_int_max_str_digits(0)  # only for the repr of the dumps
    for s in NUMBERS:
        sys.set_int_max_str_digits(4300)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                ast.parse(s)
        except SyntaxError as e:
            print('S ' + base64.b64encode(s.encode('utf-8')).decode('ascii'))
            print('E %s\t%s\t%s\t%s\t%s' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
            continue
        sys.set_int_max_str_digits(0)
        record(s)
    sys.set_int_max_str_digits(4300)
    for s in STRINGS + FSTRINGS:
        record(s)


main()
