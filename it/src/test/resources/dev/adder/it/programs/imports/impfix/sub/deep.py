from . import SUB
from .. import VALUE
from ..helper import f
from ...impfix import helper as h2

RESULT = (SUB, VALUE, f(), h2.NAME)
