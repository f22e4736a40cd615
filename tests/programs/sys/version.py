import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 14), sys.version_info < (4,), sys.version_info.releaselevel)
print(type(sys.version_info).__name__, len(sys.version_info))
print(sys.version.startswith("3.14"), sys.hexversion >> 16 == 0x030E)
print(isinstance(sys.version_info, tuple))
major, minor, *_ = sys.version_info
print(major, minor)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2])
