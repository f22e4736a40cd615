import config


def compute():
    return config.FACTOR * 7


def set_factor(n):
    config.FACTOR = n
