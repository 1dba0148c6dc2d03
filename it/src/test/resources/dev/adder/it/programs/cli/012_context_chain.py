# an exception raised while handling another: both, joined by the context message
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text)
print(parse("12"))
parse("twelve")
