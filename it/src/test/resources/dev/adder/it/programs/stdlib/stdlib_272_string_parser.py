# _string.formatter_parser and formatter_field_name_split, valid and invalid input
import _string
print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}{x.y[0]}{}d}}')))
f,it=_string.formatter_field_name_split('3.b[0]'); print(f, list(it))
for s in ['{', '}', 'a{0', '{0!}', '{!r}', '{0!rr}', '{0[}', '{0:{}','{0:', '{0:x', '{0[:]}','{0[}]}', '{0!r:{{}', '{:{', '{0[', '{0!', '{0!r', '{a:b}}}', '{0.}', '{0[]}', '{.a}', '{a{}']:
  try: print(repr(s), list(_string.formatter_parser(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['', 'a..b', 'a[', 'a[0', 'a[]', 'a.', '0[x]y', '[0]', '.a', 'a[0]b', '-1', '0x', '12[3].x']:
  try: f,it=_string.formatter_field_name_split(s); print(repr(s), repr(f), list(it))
  except Exception as e: print(repr(s), type(e).__name__, e)
import string
print(string.Template('$a and ${b}').substitute(a=1, b='x'))
print(string.Formatter().format('{0:>5}|{name!r}|{x[1]}', 3, name='n', x=[1, 2]))
list(_string.formatter_parser("{0:{1:{2}}}"))
list(_string.formatter_parser("x{"))
