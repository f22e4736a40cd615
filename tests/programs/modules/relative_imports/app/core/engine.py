from ..util.fmt import wrap
from .. import util
from . import helpers


def describe():
    return wrap(helpers.name()) + " " + util.__name__
