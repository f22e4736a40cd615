S = "sibling value"
