"""Writes stack_effect.txt: the value of CPython 3.10's stack_effect(opcode, oparg, jump) for every
3.10 opcode at a few opargs and all three jump values (-1 = maximal, 0 = not taken, 1 = taken).

The cases below transcribe the switch of stack_effect() in Python/compile.c of the 3.10 line: the
cases common to 3.9 and 3.10 as read in a 3.10-development compile.c (after JUMP_IF_NOT_EXC_MATCH,
IS_OP, CONTAINS_OP, LIST_TO_TUPLE, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE were added),
plus those 3.10 added with GEN_START (python/cpython#25137: "Pops TOS"), PEP 634 (GET_LEN,
MATCH_MAPPING, MATCH_SEQUENCE push one value; MATCH_KEYS pushes two; MATCH_CLASS pops three and
pushes two; COPY_DICT_WITHOUT_KEYS replaces TOS) and ROT_N (reorders only). C truth: any non-zero
jump (also -1) is "jump". Run: python3 make_stack_effect.py > stack_effect.txt
"""

def j(jump, taken, not_taken):
    return taken if jump else not_taken

E = {
    'NOP': lambda a, jmp: 0, 'EXTENDED_ARG': lambda a, jmp: 0,
    'POP_TOP': lambda a, jmp: -1,
    'ROT_TWO': lambda a, jmp: 0, 'ROT_THREE': lambda a, jmp: 0, 'ROT_FOUR': lambda a, jmp: 0,
    'DUP_TOP': lambda a, jmp: 1, 'DUP_TOP_TWO': lambda a, jmp: 2,
    'UNARY_POSITIVE': lambda a, jmp: 0, 'UNARY_NEGATIVE': lambda a, jmp: 0,
    'UNARY_NOT': lambda a, jmp: 0, 'UNARY_INVERT': lambda a, jmp: 0,
    'SET_ADD': lambda a, jmp: -1, 'LIST_APPEND': lambda a, jmp: -1, 'MAP_ADD': lambda a, jmp: -2,
    'STORE_SUBSCR': lambda a, jmp: -3, 'DELETE_SUBSCR': lambda a, jmp: -2,
    'GET_ITER': lambda a, jmp: 0, 'PRINT_EXPR': lambda a, jmp: -1, 'LOAD_BUILD_CLASS': lambda a, jmp: 1,
    'SETUP_WITH': lambda a, jmp: j(jmp, 6, 1),
    'RETURN_VALUE': lambda a, jmp: -1, 'IMPORT_STAR': lambda a, jmp: -1,
    'SETUP_ANNOTATIONS': lambda a, jmp: 0, 'YIELD_VALUE': lambda a, jmp: 0,
    'YIELD_FROM': lambda a, jmp: -1, 'POP_BLOCK': lambda a, jmp: 0, 'POP_EXCEPT': lambda a, jmp: -3,
    'STORE_NAME': lambda a, jmp: -1, 'DELETE_NAME': lambda a, jmp: 0,
    'UNPACK_SEQUENCE': lambda a, jmp: a - 1,
    'UNPACK_EX': lambda a, jmp: (a & 0xFF) + (a >> 8),
    'FOR_ITER': lambda a, jmp: -1 if jmp > 0 else 1,
    'STORE_ATTR': lambda a, jmp: -2, 'DELETE_ATTR': lambda a, jmp: -1,
    'STORE_GLOBAL': lambda a, jmp: -1, 'DELETE_GLOBAL': lambda a, jmp: 0,
    'LOAD_CONST': lambda a, jmp: 1, 'LOAD_NAME': lambda a, jmp: 1,
    'BUILD_TUPLE': lambda a, jmp: 1 - a, 'BUILD_LIST': lambda a, jmp: 1 - a,
    'BUILD_SET': lambda a, jmp: 1 - a, 'BUILD_STRING': lambda a, jmp: 1 - a,
    'BUILD_MAP': lambda a, jmp: 1 - 2 * a, 'BUILD_CONST_KEY_MAP': lambda a, jmp: -a,
    'LOAD_ATTR': lambda a, jmp: 0,
    'COMPARE_OP': lambda a, jmp: -1, 'IS_OP': lambda a, jmp: -1, 'CONTAINS_OP': lambda a, jmp: -1,
    'JUMP_IF_NOT_EXC_MATCH': lambda a, jmp: -2,
    'IMPORT_NAME': lambda a, jmp: -1, 'IMPORT_FROM': lambda a, jmp: 1,
    'JUMP_FORWARD': lambda a, jmp: 0, 'JUMP_ABSOLUTE': lambda a, jmp: 0,
    'JUMP_IF_TRUE_OR_POP': lambda a, jmp: j(jmp, 0, -1), 'JUMP_IF_FALSE_OR_POP': lambda a, jmp: j(jmp, 0, -1),
    'POP_JUMP_IF_FALSE': lambda a, jmp: -1, 'POP_JUMP_IF_TRUE': lambda a, jmp: -1,
    'LOAD_GLOBAL': lambda a, jmp: 1,
    'SETUP_FINALLY': lambda a, jmp: j(jmp, 6, 0), 'RERAISE': lambda a, jmp: -3,
    'WITH_EXCEPT_START': lambda a, jmp: 1,
    'LOAD_FAST': lambda a, jmp: 1, 'STORE_FAST': lambda a, jmp: -1, 'DELETE_FAST': lambda a, jmp: 0,
    'RAISE_VARARGS': lambda a, jmp: -a,
    'CALL_FUNCTION': lambda a, jmp: -a, 'CALL_METHOD': lambda a, jmp: -a - 1,
    'CALL_FUNCTION_KW': lambda a, jmp: -a - 1,
    'CALL_FUNCTION_EX': lambda a, jmp: -1 - ((a & 0x01) != 0),
    'MAKE_FUNCTION': lambda a, jmp: -1 - ((a & 0x01) != 0) - ((a & 0x02) != 0) - ((a & 0x04) != 0) - ((a & 0x08) != 0),
    'BUILD_SLICE': lambda a, jmp: -2 if a == 3 else -1,
    'LOAD_CLOSURE': lambda a, jmp: 1, 'LOAD_DEREF': lambda a, jmp: 1, 'LOAD_CLASSDEREF': lambda a, jmp: 1,
    'STORE_DEREF': lambda a, jmp: -1, 'DELETE_DEREF': lambda a, jmp: 0,
    'GET_AWAITABLE': lambda a, jmp: 0,
    'SETUP_ASYNC_WITH': lambda a, jmp: j(jmp, -1 + 6, 0),
    'BEFORE_ASYNC_WITH': lambda a, jmp: 1, 'GET_AITER': lambda a, jmp: 0, 'GET_ANEXT': lambda a, jmp: 1,
    'GET_YIELD_FROM_ITER': lambda a, jmp: 0, 'END_ASYNC_FOR': lambda a, jmp: -7,
    'FORMAT_VALUE': lambda a, jmp: -1 if (a & 0x4) == 0x4 else 0,
    'LOAD_METHOD': lambda a, jmp: 1, 'LOAD_ASSERTION_ERROR': lambda a, jmp: 1,
    'LIST_TO_TUPLE': lambda a, jmp: 0,
    'LIST_EXTEND': lambda a, jmp: -1, 'SET_UPDATE': lambda a, jmp: -1,
    'DICT_MERGE': lambda a, jmp: -1, 'DICT_UPDATE': lambda a, jmp: -1,
    # added in 3.10
    'GEN_START': lambda a, jmp: -1,
    'COPY_DICT_WITHOUT_KEYS': lambda a, jmp: 0, 'MATCH_CLASS': lambda a, jmp: -1,
    'GET_LEN': lambda a, jmp: 1, 'MATCH_MAPPING': lambda a, jmp: 1, 'MATCH_SEQUENCE': lambda a, jmp: 1,
    'MATCH_KEYS': lambda a, jmp: 2, 'ROT_N': lambda a, jmp: 0,
}
for name in ['BINARY_POWER', 'BINARY_MULTIPLY', 'BINARY_MATRIX_MULTIPLY', 'BINARY_MODULO', 'BINARY_ADD',
             'BINARY_SUBTRACT', 'BINARY_SUBSCR', 'BINARY_FLOOR_DIVIDE', 'BINARY_TRUE_DIVIDE',
             'INPLACE_FLOOR_DIVIDE', 'INPLACE_TRUE_DIVIDE', 'INPLACE_ADD', 'INPLACE_SUBTRACT',
             'INPLACE_MULTIPLY', 'INPLACE_MATRIX_MULTIPLY', 'INPLACE_MODULO', 'BINARY_LSHIFT',
             'BINARY_RSHIFT', 'BINARY_AND', 'BINARY_XOR', 'BINARY_OR', 'INPLACE_POWER',
             'INPLACE_LSHIFT', 'INPLACE_RSHIFT', 'INPLACE_AND', 'INPLACE_XOR', 'INPLACE_OR']:
    E[name] = lambda a, jmp: -1

import os
names = [l.split()[0] for l in open(os.path.join(os.path.dirname(__file__), 'opcode.txt'))
         if l.strip() and not l.startswith('#')]
assert set(names) == set(E), set(names) ^ set(E)
print('# generated by make_stack_effect.py; NAME OPARG JUMP EFFECT (JUMP: -1 maximal, 0 not taken, 1 taken)')
for name in names:
    for a in (0, 1, 2, 3, 4, 5, 15, 259, 513):
        for jmp in (-1, 0, 1):
            print(name, a, jmp, int(E[name](a, jmp)))
