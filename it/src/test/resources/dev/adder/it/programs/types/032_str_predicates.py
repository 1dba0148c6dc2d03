# str predicates
for s in ['abc', 'ABC', 'abc123', '123', '١٢٣', '½', '²', '', ' \t\n', 'é', 'a b', '_ident', '1abc',
          'ident_1', 'ǅ', 'x\x00', '\u200b', 'Ⅻ', 'a\u0301', 'class']:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
