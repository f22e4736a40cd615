def where():
    return "found in lib"
