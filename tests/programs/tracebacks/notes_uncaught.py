# Notes added to an exception are printed after its message, one line each.
def validate(age):
    if age < 0:
        err = ValueError(f"invalid age: {age}")
        err.add_note("ages must not be negative")
        err.add_note("check the input file\nline 3")
        raise err
    return age

print(validate(5))
validate(-1)
