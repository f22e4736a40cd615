__all__ = ["hammer", "saw", "VERSION"]
VERSION = 3
