VALUE = "inside a namespace package"
