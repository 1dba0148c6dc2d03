"""Records what CPython 3.11 says about each source of cases.txt, for py-lexer's tests.

Run from py-lexer/ with CPython 3.11's python3:

    python3 src/test/resources/dev/adder/lexer/record_oracle.py src/test/resources/dev/adder/lexer

It writes two files beside cases.txt, one block per case ("CASE n"):

tokenize_expected.txt -- tokenize.tokenize(io.BytesIO(source).readline): every token it yields
    (exact type name, start, end, string), then "ERROR <type> <line>,<col> <message>" if it raises.

parser_expected.txt -- what CPython's parser sees:
    "COMPILE OK" or "COMPILE <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>|<text>" from
    compile(source, '<x>', 'exec') (None written as 0), then, unless the source cannot be decoded
    to a str, the tokens _tokenize.TokenizerIter gives for the decoded source (the C tokenizer
    without the parser; columns converted from UTF-8 bytes to code points; ASYNC/AWAIT written
    NAME), ending in "STOP" (ENDMARKER, or an error code the tokenizer leaves to the parser) or
    "ERR <fields as above>" (a SyntaxError the tokenizer raises itself); or "SKIP".

Strings are written with every character outside printable ASCII, and the backslash, as \\u{hex}.
"""
import _tokenize
import io
import os
import sys
import token
import tokenize
import warnings

warnings.simplefilter('ignore')


def esc(s):
    if s is None:
        return 'None'
    return ''.join(ch if (0x20 <= ord(ch) < 0x7f and ch != '\\') else '\\u{%x}' % ord(ch) for ch in s)


def none0(v):
    return 0 if v is None else v


def err_fields(e):
    return '%s|%s|%s|%s|%s|%s|%s' % (type(e).__name__, esc(e.msg), none0(e.lineno), none0(e.offset),
                                     none0(e.end_lineno), none0(e.end_offset), esc(e.text))


def tokenize_block(data, w):
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            w('%s %d,%d-%d,%d %s\n' % (tokenize.tok_name[t.exact_type], t.start[0], t.start[1],
                                       t.end[0], t.end[1], esc(t.string)))
    except IndentationError as e:
        w('ERROR IndentationError %d,%d %s\n' % (e.args[1][1], e.args[1][2], esc(e.args[0])))
    except tokenize.TokenError as e:
        w('ERROR TokenError %d,%d %s\n' % (e.args[1][0], e.args[1][1], esc(e.args[0])))
    except SyntaxError as e:
        w('ERROR SyntaxError 0,0 %s\n' % esc(str(e)))
    except Exception as e:
        w('ERROR %s 0,0 %s\n' % (type(e).__name__, esc(str(e))))


def translate_newlines(s):
    # as Parser/tokenizer.c: a source ending in "\r\n" gets one more "\n"
    extra = s.endswith('\r\n')
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    if extra or not s.endswith('\n'):
        s += '\n'
    return s


def cp_col(line, byte_col):
    if byte_col < 0:
        return byte_col
    return len(line.encode('utf-8')[:byte_col].decode('utf-8', 'replace'))


def parser_block(data, w):
    try:
        compile(data, '<x>', 'exec', dont_inherit=True)
        w('COMPILE OK\n')
    except SyntaxError as e:
        w('COMPILE %s\n' % err_fields(e))
    except Exception as e:
        w('COMPILE OTHER %s %s\n' % (type(e).__name__, esc(str(e))))
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        src = data.decode(enc)
        if '\0' in src:
            raise ValueError('NUL')
    except Exception:
        w('SKIP\n')
        return
    lines = translate_newlines(src).split('\n')
    try:
        for t in _tokenize.TokenizerIter(src):
            s, typ, l1, l2, c1, c2, _line = t
            name = token.tok_name[typ]
            if name in ('ASYNC', 'AWAIT'):
                name = 'NAME'
            w('%s %d,%d-%d,%d %s\n' % (name, l1, cp_col(lines[l1 - 1], c1), l2, cp_col(lines[l2 - 1], c2), esc(s)))
        w('STOP\n')
    except SyntaxError as e:
        w('ERR %s\n' % err_fields(e))


def main():
    d = sys.argv[1]
    cases = []
    for line in open(os.path.join(d, 'cases.txt')):
        if line.startswith('#'):
            continue
        h = line.split('  #')[0].strip()
        cases.append(b'' if h == '-' else bytes.fromhex(h))
    header = '# Recorded by record_oracle.py with CPython %s; do not edit.\n' % sys.version.split()[0]
    with open(os.path.join(d, 'tokenize_expected.txt'), 'w', encoding='utf-8') as f:
        f.write(header)
        for i, c in enumerate(cases):
            f.write('CASE %d\n' % i)
            tokenize_block(c, f.write)
    with open(os.path.join(d, 'parser_expected.txt'), 'w', encoding='utf-8') as f:
        f.write(header)
        for i, c in enumerate(cases):
            f.write('CASE %d\n' % i)
            parser_block(c, f.write)


if __name__ == '__main__':
    main()
