from first import first_value
value = first_value()
