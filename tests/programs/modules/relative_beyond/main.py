import top.mod
