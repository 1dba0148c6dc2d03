print(repr(exit))
print(repr(quit))
print(str(exit))
print(repr(credits))
print(repr(license))
print(repr(help))
print(repr(copyright).splitlines()[0])
credits()
for code in [None, 0, 3, 'message']:
    try:
        exit(code)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    quit()
except SystemExit as e:
    print('quit', e.args, repr(e.code))
print('before')
exit(4)
print('not reached')
