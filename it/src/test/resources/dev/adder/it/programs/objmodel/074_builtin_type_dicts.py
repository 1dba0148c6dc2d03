# names in the __dict__ of the core builtin types (docstrings and __getattribute__ left out)
import types

def gen():
    yield 1
async def co():
    pass
async def ag():
    yield 1
class Sl:
    __slots__ = ('a',)
try:
    raise Exception
except Exception as e:
    tb = e.__traceback__
c = co()
c.close()
T = [object, type, classmethod, staticmethod, property, super, types.BuiltinFunctionType, types.CellType,
     types.TracebackType, types.AsyncGeneratorType, types.ModuleType, types.MappingProxyType,
     types.GetSetDescriptorType, type(Sl.a), types.WrapperDescriptorType, types.MethodWrapperType,
     types.MethodDescriptorType, types.ClassMethodDescriptorType, type(None)]
SKIP = {'__doc__', '__getattribute__', '__del__', '__sizeof__', '__basicsize__', '__dictoffset__', '__itemsize__',
        '__weakrefoffset__', '_co_code_adaptive'}
for t in T:
    print(t.__name__, sorted(n for n in t.__dict__ if n not in SKIP))
print(sorted(n for n in types.CodeType.__dict__ if n not in ('__doc__', '__getattribute__', '__new__',
                                                           '_co_code_adaptive')))
print(sorted(n for n in types.GeneratorType.__dict__ if n not in ('__doc__', '__getattribute__', '__del__',
                                                                '__sizeof__')))
print(sorted(dir(tb)))
print(types.MemberDescriptorType, types.GetSetDescriptorType)
for t in (types.FunctionType, types.CodeType, complex, range, property, super, staticmethod, classmethod,
          types.MethodWrapperType, types.BuiltinFunctionType, types.TracebackType):
    print(t.__name__, sorted((k, type(v).__name__) for k, v in t.__dict__.items()
                             if type(v).__name__ in ('member_descriptor', 'getset_descriptor') and k not in SKIP))
