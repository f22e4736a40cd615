from .core.engine import describe
from . import util


def run():
    return "run: " + describe()
