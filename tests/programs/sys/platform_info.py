# sys's descriptions of floats and ints, the standard library's names and the switch interval.
import sys

print(sys.float_info)
print(sys.float_info.epsilon == 2.0**-52, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.float_repr_style, repr(sys.abiflags), sys.pycache_prefix, sys.platlibdir)
print(type(sys.stdlib_module_names).__name__, "sys" in sys.stdlib_module_names, "ophis" in sys.stdlib_module_names)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.is_finalizing(), sys.warnoptions, sys._xoptions)
