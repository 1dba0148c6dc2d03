import sys

impl = sys.implementation
print(type(impl).__name__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
tag = impl.cache_tag
print(isinstance(tag, str), tag.endswith("311"))
print(impl.version[:1] == tuple(impl.version)[:1], len(impl.version))
print(hasattr(impl, "hexversion"))
print(sys.flags.dont_write_bytecode in (0, 1))
