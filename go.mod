module github.com/stancekit/stancekit

go 1.26

require (
	github.com/blevesearch/snowballstem v0.9.0
	github.com/jbrukh/bayesian v1.1.0
	github.com/jonreiter/govader v0.0.0-20250429093935-f6505c8d03cc
	github.com/kljensen/snowball v0.10.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.28.0
	gonum.org/v1/gonum v0.17.0
	gonum.org/v1/plot v0.17.0
)

require (
	codeberg.org/go-fonts/liberation v0.5.0 // indirect
	codeberg.org/go-latex/latex v0.2.0 // indirect
	codeberg.org/go-pdf/fpdf v0.11.1 // indirect
	git.sr.ht/~sbinet/gg v0.7.0 // indirect
	github.com/ajstarks/svgo v0.0.0-20211024235047-1546f124cd8b // indirect
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/image v0.30.0 // indirect
)
