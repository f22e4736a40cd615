USE = "holes"
