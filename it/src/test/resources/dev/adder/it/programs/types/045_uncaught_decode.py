# an uncaught UnicodeDecodeError ends the program with CPython's traceback line
print('before')
data = b'ok \xe9 bad'
print(data.decode('latin-1'))
print(data.decode('utf-8', 'replace'))
text = data.decode('utf-8')
print('never')
