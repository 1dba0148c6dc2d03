import sys

f = sys.flags
print(len(f), f.debug, f.optimize, f.isolated, f.dev_mode, f.safe_path, f.int_max_str_digits)
print(f.no_site, f.verbose, f.quiet, f.inspect, f.interactive, f.bytes_warning)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, len(sys.float_info))
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.nan)
print(sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"), len(sys.hash_info))
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_repr_style, sys.platlibdir, sys.pycache_prefix)
