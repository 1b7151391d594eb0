module github.com/stancekit/stancekit/stance/lang/compare

go 1.26

require (
	github.com/abadojack/whatlanggo v1.0.1
	github.com/stancekit/stancekit v0.0.0
)

replace github.com/stancekit/stancekit => ../../..
