def name():
    return "engine"
