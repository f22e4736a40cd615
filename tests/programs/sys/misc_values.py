import sys
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.byteorder)
print(sys.maxunicode, type(sys.maxsize).__name__, sys.maxsize > 2**30)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.verbose)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(callable(sys.exit), sys.exit.__name__, repr(sys.exit))
