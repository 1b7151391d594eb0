//go:build race

package article

// raceEnabled lets slow tests skip their slowest part under -race.
const raceEnabled = true
