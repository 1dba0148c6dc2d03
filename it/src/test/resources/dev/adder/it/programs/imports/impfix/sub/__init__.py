from .. import helper
from ..helper import f as helper_f
SUB = "sub:" + helper.NAME
