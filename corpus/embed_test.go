package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leaderTags are the hard-case tags defined in GUIDELINES.md; keep the two
// in sync.
var leaderTags = []string{
	"negation", "conditional", "hedged", "sarcasm", "mixed", "reported-speech", "grudging",
	"rival-claimant", "people-not-winner", "praise-and-wait", "cooperation-despite",
}

// leaderFields are the metadata fields every statement must have.
var leaderFields = []string{"election", "speaker_role", "country", "register", "tags"}

func countLines(b []byte) int {
	n := 0
	for line := range bytes.Lines(b) {
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
	return n
}

func TestLeadersValid(t *testing.T) {
	exs, err := ReadAll(ReadJSONL(bytes.NewReader(LeadersJSONL()), ReadOptions{
		Name:      "leaders.jsonl",
		Labels:    LeaderLabels,
		KeepGoing: true,
	}))
	require.NoError(t, err)
	require.Len(t, exs, countLines(LeadersJSONL()))
	assert.Equal(t, exs, Leaders())

	perLabel := map[string]int{}
	for _, ex := range exs {
		perLabel[ex.Label]++
		for _, f := range leaderFields {
			assert.NotEmpty(t, strings.TrimSpace(ex.Meta[f]), "%s: missing %s", ex.ID, f)
		}
		var tags []string
		if assert.NoError(t, json.Unmarshal([]byte(ex.Meta["tags"]), &tags), "%s: tags must be a JSON array of strings", ex.ID) {
			for _, tag := range tags {
				assert.Contains(t, leaderTags, tag, "%s: unknown tag", ex.ID)
			}
			assert.Equal(t, len(tags), len(ex.Tags()), "%s", ex.ID)
		}
		assert.Equal(t, strings.TrimSpace(ex.Text), ex.Text, "%s: text has surrounding space", ex.ID)
	}
	for _, l := range LeaderLabels {
		assert.Positive(t, perLabel[l], "no %s statements", l)
	}
}

// TestLeadersCounts checks the size of the shipped corpus.
func TestLeadersCounts(t *testing.T) {
	// TEMPORARY: leaders.jsonl is still a small placeholder until the real
	// corpus lands. Remove this skip then.
	if countLines(LeadersJSONL()) < 100 {
		t.Skip("leaders.jsonl is a placeholder (fewer than 100 lines)")
	}
	exs := Leaders()
	assert.GreaterOrEqual(t, len(exs), 1500, "statements")
	perLabel := map[string]int{}
	elections := map[string]bool{}
	for _, ex := range exs {
		perLabel[ex.Label]++
		if e := strings.TrimSpace(ex.Election()); e != "" {
			elections[e] = true
		}
	}
	for _, l := range LeaderLabels {
		assert.GreaterOrEqual(t, perLabel[l], 400, "%s statements", l)
	}
	assert.GreaterOrEqual(t, len(elections), 25, "distinct elections")
}

// nearDupKey normalises a text so that texts differing only in names and
// numbers get the same key: capitalised words, digit runs and punctuation
// or symbols become placeholders, a run of adjacent placeholders counts as
// one (so "Joe Biden" and "Mr. Macron" both become "W"), and every other
// word is lower-cased.
func nearDupKey(s string) string {
	var toks []string
	const placeholder = "W"
	add := func(tok string) {
		if tok == placeholder && len(toks) > 0 && toks[len(toks)-1] == placeholder {
			return
		}
		toks = append(toks, tok)
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		switch {
		case unicode.IsSpace(r):
			i = j
			continue
		case unicode.IsLetter(r):
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsMark(rs[j])) {
				j++
			}
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				add(placeholder)
			} else {
				add(strings.ToLower(string(rs[i:j])))
			}
		case unicode.IsDigit(r):
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			add(placeholder)
		default:
			add(placeholder)
		}
		i = j
	}
	return strings.Join(toks, " ")
}

func TestNearDupKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Congratulations to Joe Biden on his 2020 win.", "Congratulations to Emmanuel Macron on his 2017 win!", true},
		{"We salute President Ouattara.", "We salute Mr. Alassane Ouattara!", true},
		{"We wait for the count; 3 regions remain.", "We wait for the count: 12 regions remain.", true},
		{"we wait for the count", "We wait for the count", false},
		{"We wait for the count", "We wait for the count.", false},
		{"We wait for the count.", "We wait for the final count.", false},
		{"The result stands.", "The result falls.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.same, nearDupKey(tt.a) == nearDupKey(tt.b), "%q vs %q: %q, %q", tt.a, tt.b, nearDupKey(tt.a), nearDupKey(tt.b))
	}
}

// TestLeadersNearDuplicates checks that no two statements differ only in
// names, numbers and punctuation.
func TestLeadersNearDuplicates(t *testing.T) {
	first := map[string]string{} // key -> id of first statement
	var pairs []string
	for _, ex := range Leaders() {
		k := nearDupKey(ex.Text)
		if id, ok := first[k]; ok {
			pairs = append(pairs, fmt.Sprintf("%s ~ %s", id, ex.ID))
			continue
		}
		first[k] = ex.ID
	}
	assert.Empty(t, pairs, "near-duplicate statements (differing only in names, numbers or punctuation)")
}

func TestLeadersReturnsCopies(t *testing.T) {
	a := Leaders()
	require.NotEmpty(t, a)
	want := a[0].Text
	a[0].Text = "changed"
	assert.Equal(t, want, Leaders()[0].Text)

	raw := LeadersJSONL()
	raw[0] = 'x'
	assert.NotEqual(t, raw[0], LeadersJSONL()[0])
	assert.True(t, slices.Equal(LeaderLabels, leaderLabels))
}
