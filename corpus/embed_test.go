package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
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
		Labels:    LeaderLabels(),
		KeepGoing: true,
	}))
	require.NoError(t, err)
	require.Len(t, exs, countLines(LeadersJSONL()))
	assert.Equal(t, withContext(exs), Leaders(), "Leaders is the file plus each election's context")

	perLabel := map[Label]int{}
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
	for _, l := range LeaderLabels() {
		assert.Positive(t, perLabel[l], "no %s statements", l)
	}
}

// TestLeadersCounts checks the size of the shipped corpus.
func TestLeadersCounts(t *testing.T) {
	exs := Leaders()
	assert.GreaterOrEqual(t, len(exs), 1500, "statements")
	perLabel := map[Label]int{}
	elections := map[string]bool{}
	for _, ex := range exs {
		perLabel[ex.Label]++
		if e := strings.TrimSpace(ex.Election()); e != "" && !invented[e] {
			elections[e] = true
		}
	}
	for _, l := range LeaderLabels() {
		assert.GreaterOrEqual(t, perLabel[l], 400, "%s statements", l)
	}
	assert.GreaterOrEqual(t, len(elections), 25, "distinct real elections")
}

// invented are the corpus's fictional elections (see corpus/README.md); they
// do not count toward the real elections it must cover.
var invented = map[string]bool{
	"2024 Kingdom of Aldoria general":                 true,
	"2024 Sanmaro Islands general":                    true,
	"2025 Republic of Kestrava presidential":          true,
	"2025 Republic of Mbalanga presidential":          true,
	"2026 Federal Republic of Ostravia parliamentary": true,
}

// nearDupKey normalises a text so that texts differing only in names and
// numbers get the same key: each capitalised word becomes "W", each run of
// digits "0" and each punctuation mark or symbol "_"; a run of the same
// placeholder counts as one (so "Joe Biden" and "Macron" are both "W"); and
// every other word is lower-cased.
func nearDupKey(s string) string {
	var toks []string
	add := func(tok string, placeholder bool) {
		if placeholder && len(toks) > 0 && toks[len(toks)-1] == tok {
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
				add("W", true)
			} else {
				add(strings.ToLower(string(rs[i:j])), false)
			}
		case unicode.IsDigit(r):
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			add("0", true)
		default:
			add("_", true)
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
		{"We salute President Alassane Ouattara.", "We salute Ouattara!", true},
		{"Well done, Comandante. Onward!", "Well done, Teodor! Onward. #Aldoria", false},
		{"Sham. Void. Illegitimate.", "Congratulations, Madam President!", false},
		{"We wait for the count; 3 regions remain.", "We wait for the count: 12 regions remain.", true},
		{"we wait for the count", "We wait for the count", false},
		{"We wait for the count", "We wait for the count.", false},
		{"We wait for the count.", "We wait for the final count.", false},
		{"The result stands.", "The result falls.", false},
	}
	assert.False(t, hasWord(nearDupKey("Félicitations, Président Tinubu !")))
	assert.True(t, hasWord(nearDupKey("Well done, Joe!")))
	for _, tt := range tests {
		assert.Equal(t, tt.same, nearDupKey(tt.a) == nearDupKey(tt.b), "%q vs %q: %q, %q", tt.a, tt.b, nearDupKey(tt.a), nearDupKey(tt.b))
	}
}

// TestNearDuplicates checks that no two English stance statements
// (leaders.jsonl and hard/*.jsonl), and no two statements of one other
// language, differ only in names, numbers and punctuation, except the two
// halves of a minimal pair, which share a "pair" id and may differ only in
// who is named. Texts made only of capitalised words, numbers and
// punctuation (such as "Félicitations, Président Tinubu !") have nothing
// left after normalisation and are not compared.
func TestNearDuplicates(t *testing.T) {
	assert.Empty(t, nearDuplicates(English()), "near-duplicate statements (differing only in names, numbers or punctuation)")
	for _, code := range Languages() {
		exs, err := Language(code)
		require.NoError(t, err)
		assert.Empty(t, nearDuplicates(exs), "near-duplicate %s statements", code)
		off, err := OffTopicLanguage(code)
		require.NoError(t, err)
		assert.Empty(t, nearDuplicates(off), "near-duplicate %s off-topic remarks", code)
	}
}

// TestOffTopicLanguage: every language with stance statements has
// off-topic remarks of its own (the other half of its about-result judge),
// in that language, labelled off_topic; an unknown code is an error naming
// the known ones.
func TestOffTopicLanguage(t *testing.T) {
	for _, code := range Languages() {
		off, err := OffTopicLanguage(code)
		require.NoError(t, err, code)
		assert.GreaterOrEqual(t, len(off), 250, "%s off-topic remarks", code)
		topics := map[string]bool{}
		for _, e := range off {
			assert.Equal(t, OffTopic, e.Label, e.ID)
			assert.Equal(t, code, e.Meta["lang"], e.ID)
			topics[e.Meta["topic"]] = true
		}
		assert.GreaterOrEqual(t, len(topics), 8, "%s: topics covered", code)
	}
	_, err := OffTopicLanguage("xx")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"xx"`)
	assert.Contains(t, err.Error(), "es")
}

// nearDuplicates returns "a ~ b" for every statement b whose nearDupKey
// equals that of an earlier statement a, unless both carry the same
// non-empty Meta["pair"].
func nearDuplicates(exs []Example) []string {
	first := map[string][]Example{} // key -> statements with that key
	var dups []string
	for _, ex := range exs {
		k := nearDupKey(ex.Text)
		if !hasWord(k) {
			continue
		}
		for _, prev := range first[k] {
			if p := ex.Meta["pair"]; p == "" || p != prev.Meta["pair"] {
				dups = append(dups, fmt.Sprintf("%s ~ %s", prev.ID, ex.ID))
				break
			}
		}
		first[k] = append(first[k], ex)
	}
	return dups
}

func TestNearDuplicatesExemptsPairs(t *testing.T) {
	ex := func(id, text, pair string) Example {
		return Example{ID: id, Text: text, Meta: map[string]string{"pair": pair}}
	}
	tests := []struct {
		name string
		exs  []Example
		want []string
	}{
		{"names only", []Example{ex("a", "We congratulate Maduro.", ""), ex("b", "We congratulate González.", "")}, []string{"a ~ b"}},
		{"a pair", []Example{ex("a", "We congratulate Maduro.", "P1"), ex("b", "We congratulate González.", "P1")}, nil},
		{"different pairs", []Example{ex("a", "We congratulate Maduro.", "P1"), ex("b", "We congratulate González.", "P2")}, []string{"a ~ b"}},
		{"a pair and a third", []Example{ex("a", "We congratulate Maduro.", "P1"), ex("b", "We congratulate González.", "P1"), ex("c", "We congratulate Machado!", "")}, []string{"a ~ c"}},
		{"different words", []Example{ex("a", "We congratulate Maduro.", ""), ex("b", "We condemn Maduro.", "")}, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, nearDuplicates(tt.exs), tt.name)
	}
}

// hasWord reports whether a nearDupKey key has a token that is not a
// placeholder.
func hasWord(key string) bool {
	for tok := range strings.FieldsSeq(key) {
		if tok != "W" && tok != "0" && tok != "_" {
			return true
		}
	}
	return false
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
	ls := LeaderLabels()
	ls[0] = "x"
	assert.Equal(t, []Label{Recognising, Withholding, Hostile}, LeaderLabels())
}
