module github.com/minimax/minimax-go/tests

go 1.21

require github.com/minimax/minimax-go v0.0.0

replace github.com/minimax/minimax-go => ../../clients/go
