import io
import _io

names = ["DEFAULT_BUFFER_SIZE", "BlockingIOError", "UnsupportedOperation", "open",
         "open_code", "FileIO", "BytesIO", "StringIO", "BufferedReader", "BufferedWriter",
         "BufferedRWPair", "BufferedRandom", "IncrementalNewlineDecoder", "text_encoding",
         "TextIOWrapper", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"]
for n in names:
    print(n, hasattr(io, n))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.BlockingIOError is BlockingIOError)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print(issubclass(io.BufferedReader, io.RawIOBase), issubclass(io.StringIO, io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
print([c.__name__ for c in io.RawIOBase.__mro__])
print(open is io.open, io.open is _io.open)
print(io.UnsupportedOperation("x").args)
