package corpus

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sync"
)

//go:embed leaders.jsonl
var leadersJSONL []byte

var leaders = sync.OnceValue(func() []Example {
	exs, err := ReadAll(ReadJSONL(bytes.NewReader(leadersJSONL), ReadOptions{
		Name:   "leaders.jsonl",
		Labels: LeaderLabels(),
	}))
	if err != nil {
		panic(fmt.Sprintf("corpus: invalid embedded leaders.jsonl: %v", err))
	}
	return exs
})

// Leaders returns the leaders' corpus: statements by political leaders,
// governments and international bodies about the declared result of an
// election, each labelled with one of [LeaderLabels] according to
// corpus/GUIDELINES.md. Meta holds the fields "election", "speaker_role",
// "country", "register" and "tags" (a JSON array; see [Example.Tags]).
//
// The corpus is parsed on first use. Each call returns a new slice, but the
// Meta maps are shared and must not be modified.
func Leaders() []Example {
	return slices.Clone(leaders())
}

// LeadersJSONL returns a copy of the leaders' corpus as JSON Lines, exactly
// as embedded.
func LeadersJSONL() []byte {
	return bytes.Clone(leadersJSONL)
}
