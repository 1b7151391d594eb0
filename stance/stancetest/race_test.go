//go:build race

package stancetest_test

// raceEnabled lets the cross-validations that train a thousand models skip
// under -race: they are single-goroutine arithmetic, which the race
// detector slows tenfold without anything to find; plain go test runs them.
const raceEnabled = true
