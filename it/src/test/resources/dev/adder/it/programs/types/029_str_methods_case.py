# str case methods with Unicode rules
for s in ['hello world', "they're bill's friends", 'ǅungla', 'ß', 'ﬁne', 'İstanbul', 'ΣΑΣ', 'straße',
          'HELLO wORLD', 'a1b2 c3', 'σς Σ', 'ǈ', '', 'ŉ', 'Ǆ']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()))
for s in ['Hello World', 'Hello world', 'HELLO', 'hello', 'ǅ', '123', 'A1 B2', '']:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
