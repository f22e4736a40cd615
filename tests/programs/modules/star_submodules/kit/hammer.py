USE = "nails"
