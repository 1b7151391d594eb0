package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
)

// Election is one election the corpus's statements are about: the facts
// that give a statement its context (corpus/SCHEMA.md, "Election fields").
// A stance is relative to the declared winner, so "we congratulate
// González" is hostile about Venezuela 2024 and recognising elsewhere; the
// name forms let a model see which side a statement names.
type Election struct {
	// ID is the election as statements name it in their "election" field:
	// "<year> <country> <kind>", e.g. "2020 United States presidential".
	ID string `json:"id"`
	// Country is the country that voted.
	Country string `json:"country"`
	// Date is the election day as YYYY-MM-DD (the run-off's when the
	// run-off decided it).
	Date string `json:"date"`
	// DeclaredBy is the body that declared the result.
	DeclaredBy string `json:"declared_by"`
	// Winner holds the declared winner's name forms, full name first
	// (surname, other spellings, @handles, other scripts); for a party or
	// coalition, its names and its leader's.
	Winner []string `json:"winner"`
	// Rivals holds every main losing candidate's and rival claimant's
	// name forms in one list.
	Rivals []string `json:"rivals"`
	// Fictional marks the invented elections, whose names no model can
	// have memorised.
	Fictional bool `json:"fictional"`
	// Note says, where authorities disagreed, which winner the corpus
	// takes (corpus/GUIDELINES.md); it may be empty.
	Note string `json:"note,omitempty"`
}

// clone returns e with its own name slices.
func (e Election) clone() Election {
	e.Winner = slices.Clone(e.Winner)
	e.Rivals = slices.Clone(e.Rivals)
	return e
}

// electionTable is the parsed elections.jsonl: the elections in file order
// and each one's index by id.
type electionTable struct {
	list  []Election
	index map[string]int
}

var elections = sync.OnceValue(func() electionTable {
	t, err := parseElections(mustEmbedded("elections.jsonl"))
	if err != nil {
		panic(fmt.Sprintf("corpus: invalid embedded data: %v", err))
	}
	return t
})

// parseElections reads elections.jsonl. Every line must be an object with
// known fields, a unique non-empty id and at least one winner name form.
func parseElections(data []byte) (electionTable, error) {
	t := electionTable{index: map[string]int{}}
	n := 0
	for line := range bytes.Lines(data) {
		n++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var e Election
		if err := dec.Decode(&e); err != nil {
			return t, &Error{File: "elections.jsonl", Line: n, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		switch _, dup := t.index[e.ID]; {
		case e.ID == "":
			return t, &Error{File: "elections.jsonl", Line: n, Field: "id", Err: fmt.Errorf("%w: empty id", ErrSyntax)}
		case dup:
			return t, &Error{File: "elections.jsonl", Line: n, Field: "id", Err: fmt.Errorf("%w: %q", ErrDuplicateID, e.ID)}
		case len(e.Winner) == 0:
			return t, &Error{File: "elections.jsonl", Line: n, Field: "winner", Err: fmt.Errorf("%w: %s: no name forms", ErrSyntax, e.ID)}
		}
		t.index[e.ID] = len(t.list)
		t.list = append(t.list, e)
	}
	return t, nil
}

// Elections returns the elections the corpus's statements are about, in
// the order of corpus/elections.jsonl. The table is parsed on first use;
// each call returns new slices, so a caller may modify them.
func Elections() []Election {
	list := elections().list
	out := make([]Election, len(list))
	for i, e := range list {
		out[i] = e.clone()
	}
	return out
}

// ElectionByID returns the election whose ID is id, as a statement's
// [Example.Election] names it, and whether there is one.
func ElectionByID(id string) (Election, bool) {
	t := elections()
	i, ok := t.index[id]
	if !ok {
		return Election{}, false
	}
	return t.list[i].clone(), true
}
