# sysconfig finds CPython's build-time data (sys.implementation._multiarch), so CPython's own
# test.support imports; float.__getformat__.
import sys
import sysconfig

print(sys.implementation._multiarch)
print(sysconfig.get_config_var('EXT_SUFFIX'), sysconfig.get_config_var('SIZEOF_VOID_P'))
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['x', 1]:
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float.__getformat__()
except TypeError as e:
    print(type(e).__name__, e)

from test import support
from test.support import import_helper
print(support.verbose, import_helper.import_module('bisect').__name__)
