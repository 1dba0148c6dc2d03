# UnicodeDecodeError/UnicodeEncodeError made by user code format their message like CPython
try:
    raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
except UnicodeDecodeError as e:
    print(e, e.args)
raise UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
