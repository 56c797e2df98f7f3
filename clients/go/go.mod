module github.com/minimax/minimax-go

go 1.21
