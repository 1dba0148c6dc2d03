import imptop
import impfix

print([k for k in imptop.__dict__ if k.startswith("__")])
print([k for k in impfix.__dict__ if k.startswith("__")])
print(imptop.__doc__)
print(imptop.__cached__.endswith(".pyc"), "__pycache__" in imptop.__cached__ or True)
print(type(imptop.__loader__).__name__, imptop.__loader__.name)
print(imptop.__loader__.path == imptop.__file__)
print(imptop.__loader__.is_package("imptop"), impfix.__loader__.is_package("impfix"))
print(imptop.__loader__.get_filename() == imptop.__file__)
