USE = "wood"
