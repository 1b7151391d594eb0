//go:build !race

package stancetest_test

const raceEnabled = false
