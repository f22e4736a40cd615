# raise ... from ...: the cause is printed first, then the direct-cause banner.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e

print("reading")
read_port({"host": "example"})
