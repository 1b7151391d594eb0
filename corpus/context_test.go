package corpus

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"Maduro", []string{"Maduro"}},
		{"Nicolás Maduro|Maduro", []string{"Nicolás Maduro", "Maduro"}},
		{" Edmundo González | González ||María Corina Machado| ", []string{"Edmundo González", "González", "María Corina Machado"}},
		{"Alliance 90/The Greens; Bündnis 90|CDU, CSU", []string{"Alliance 90/The Greens; Bündnis 90", "CDU, CSU"}},
		{`["Nicolás Maduro","Maduro"]`, []string{"Nicolás Maduro", "Maduro"}},
		{`[" Maduro ", "", "@NicolasMaduro"]`, []string{"Maduro", "@NicolasMaduro"}},
		{`[]`, nil},
		{`["Maduro", 7]`, []string{"Maduro", "7"}},
		{`[Maduro|González`, []string{"[Maduro", "González"}}, // not JSON: the | syntax
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ParseNames(tt.in), "%q", tt.in)
	}
}

func TestExampleContext(t *testing.T) {
	tests := []struct {
		name                 string
		meta                 map[string]string
		winner, rivals, tags []string
	}{
		{"no meta", nil, nil, nil, nil},
		{"absent", map[string]string{"election": "x"}, nil, nil, nil},
		{"JSON arrays", map[string]string{"winner": `["Joe Biden","Biden"]`, "rivals": `["Donald Trump","Trump"]`},
			[]string{"Joe Biden", "Biden"}, []string{"Donald Trump", "Trump"}, nil},
		{"CSV cells", map[string]string{"winner": "Joe Biden|Biden", "rivals": " Trump ", "tags": "who-is-who; minimal-pair"},
			[]string{"Joe Biden", "Biden"}, []string{"Trump"}, []string{"who-is-who", "minimal-pair"}},
		{"empty forms", map[string]string{"winner": "|", "rivals": "[]", "tags": "[]"}, nil, nil, nil},
		{"semicolons are not separators of names", map[string]string{"winner": "A; B"}, []string{"A; B"}, nil, nil},
	}
	for _, tt := range tests {
		e := Example{Meta: tt.meta}
		assert.Equal(t, tt.winner, e.Winner(), tt.name)
		assert.Equal(t, tt.rivals, e.Rivals(), tt.name)
		assert.Equal(t, tt.tags, e.Tags(), tt.name)
	}
}

// TestWithContext checks that an election's name forms fill the context
// and that a statement's own winner or rivals, each on its own, win.
func TestWithContext(t *testing.T) {
	const id = "2020 United States presidential"
	us, ok := ElectionByID(id)
	require.True(t, ok)
	require.NotEmpty(t, us.Rivals)
	exs := withContext([]Example{
		{ID: "plain", Meta: map[string]string{"election": id}},
		{ID: "own winner", Meta: map[string]string{"election": id, "winner": `["Biden"]`}},
		{ID: "own rivals", Meta: map[string]string{"election": id, "rivals": "Trump|Pence"}},
		{ID: "unknown election", Meta: map[string]string{"election": "2031 Freedonia presidential"}},
		{ID: "no election", Meta: map[string]string{"country": "Freedonia"}},
		{ID: "no meta"},
	})
	tests := []struct {
		winner, rivals []string
	}{
		{us.Winner, us.Rivals},
		{[]string{"Biden"}, us.Rivals},
		{us.Winner, []string{"Trump", "Pence"}},
		{nil, nil},
		{nil, nil},
		{nil, nil},
	}
	for i, tt := range tests {
		assert.Equal(t, tt.winner, exs[i].Winner(), exs[i].ID)
		assert.Equal(t, tt.rivals, exs[i].Rivals(), exs[i].ID)
	}
	assert.Equal(t, `["Biden"]`, exs[1].Meta["winner"], "an own field is kept as written")
	assert.NotContains(t, exs[4].Meta, "winner")
}

func TestJSONList(t *testing.T) {
	assert.Equal(t, "", jsonList(nil))
	assert.Equal(t, `["Nicolás Maduro","AT&T <x>","say \"no\""]`, jsonList([]string{"Nicolás Maduro", "AT&T <x>", `say "no"`}))
}

// TestStanceContext checks every stance statement of the package against
// elections.jsonl: its election is listed, and its context is the
// election's name forms unless the statement has its own.
func TestStanceContext(t *testing.T) {
	sets := map[string][]Example{"english": English()}
	for _, code := range Languages() {
		exs, err := Language(code)
		require.NoError(t, err)
		sets[code] = exs
	}
	own := ownContext(t)
	require.NotEmpty(t, own, "statements with their own context (the language files have some)")
	for name, exs := range sets {
		for _, ex := range exs {
			el, ok := ElectionByID(ex.Election())
			if !assert.True(t, ok, "%s %s: election %q is not in elections.jsonl", name, ex.ID, ex.Election()) {
				continue
			}
			assert.NotEmpty(t, ex.Winner(), "%s %s: no winner", name, ex.ID)
			if own[ex.ID] {
				continue // TestWithContext checks the override
			}
			assert.Equal(t, el.Winner, ex.Winner(), "%s %s", name, ex.ID)
			assert.Equal(t, el.Rivals, ex.Rivals(), "%s %s", name, ex.ID)
		}
	}
}

// ownContext returns the ids of the embedded stance statements whose line
// sets winner or rivals itself.
func ownContext(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, pattern := range []string{"hard/*.jsonl", "lang/*.jsonl"} {
		paths, err := fs.Glob(files, pattern)
		require.NoError(t, err)
		for _, p := range paths {
			for line := range bytes.Lines(mustEmbedded(p)) {
				var r struct {
					ID             string
					Winner, Rivals *[]string
				}
				require.NoError(t, json.Unmarshal(line, &r), p)
				if r.Winner != nil || r.Rivals != nil {
					out[r.ID] = true
				}
			}
		}
	}
	require.NotContains(t, string(leadersJSONL), `"winner":`)
	return out
}

// TestAccessors checks what each accessor reads: every line of its files,
// in order, with its label set.
func TestAccessors(t *testing.T) {
	linesOf := func(pattern string) int {
		paths, err := fs.Glob(files, pattern)
		require.NoError(t, err)
		n := 0
		for _, p := range paths {
			n += countLines(mustEmbedded(p))
		}
		return n
	}
	leaders, hard := Leaders(), Hard()
	assert.Len(t, leaders, countLines(LeadersJSONL()))
	assert.Len(t, hard, linesOf("hard/*.jsonl"))
	assert.Equal(t, slices.Concat(leaders, hard), English())
	assert.GreaterOrEqual(t, len(English()), 3000, "issue 14: at least 3,000 English stance statements")
	off := OffTopicRemarks()
	assert.Len(t, off, linesOf("offtopic/*.jsonl"))
	assert.GreaterOrEqual(t, len(off), 2000, "issue 15: at least 1,500 off-topic remarks, and offtopic3.jsonl's 500")
	for _, e := range off {
		assert.Equal(t, OffTopic, e.Label, e.ID)
	}
	assert.Equal(t, []string{"de", "es", "fr", "pt", "ru"}, Languages())
	for _, code := range Languages() {
		exs, err := Language(code)
		require.NoError(t, err)
		assert.Len(t, exs, linesOf("lang/"+code+".jsonl"), code)
		for _, e := range exs {
			assert.Equal(t, code, e.Meta["lang"], e.ID)
		}
	}
	_, err := Language("en")
	assert.EqualError(t, err, `corpus: no statements in language "en" (have de, es, fr, pt, ru)`)
	_, err = readEmbedded("nothing/*.jsonl", nil)
	assert.ErrorContains(t, err, "no embedded file matches nothing/*.jsonl")
}

func TestAccessorsReturnCopies(t *testing.T) {
	for name, get := range map[string]func() []Example{"Hard": Hard, "English": English, "OffTopicRemarks": OffTopicRemarks} {
		a := get()
		want := a[0].Text
		a[0].Text = "changed"
		assert.Equal(t, want, get()[0].Text, name)
	}
	es, err := Language("es")
	require.NoError(t, err)
	es[0].Text = "changed"
	es, err = Language("es")
	require.NoError(t, err)
	assert.NotEqual(t, "changed", es[0].Text)

	els := Elections()
	want := els[0].Winner[0]
	els[0].Winner[0] = "changed"
	assert.Equal(t, want, Elections()[0].Winner[0])
	e, ok := ElectionByID(els[0].ID)
	require.True(t, ok)
	e.Rivals = append(e.Rivals[:0], "changed")
	again, _ := ElectionByID(els[0].ID)
	assert.NotEqual(t, "changed", again.Rivals[0])

	as := Articles()
	as[0].Speakers[0].Aliases = append(as[0].Speakers[0].Aliases[:0], "changed")
	assert.NotEqual(t, as[0].Speakers[0].Aliases, Articles()[0].Speakers[0].Aliases)
}

func TestElections(t *testing.T) {
	els := Elections()
	assert.Len(t, els, countLines(mustEmbedded("elections.jsonl")))
	fictional := 0
	for _, e := range els {
		got, ok := ElectionByID(e.ID)
		assert.True(t, ok, e.ID)
		assert.Equal(t, e, got)
		if e.Fictional {
			fictional++
			assert.True(t, invented[e.ID], "%s is fictional but not among the invented elections of the tests", e.ID)
		}
	}
	assert.Equal(t, len(invented), fictional)
	ve, ok := ElectionByID("2024 Venezuela presidential")
	require.True(t, ok)
	assert.Equal(t, "Venezuela", ve.Country)
	assert.Equal(t, "Nicolás Maduro", ve.Winner[0])
	assert.Contains(t, ve.Rivals, "González")
	_, ok = ElectionByID("2031 Freedonia presidential")
	assert.False(t, ok)
}

func TestParseElections(t *testing.T) {
	tests := []struct {
		name, data, err string
	}{
		{"unknown field", `{"id": "a", "winner": ["A"], "winners": []}`, `elections.jsonl:1: malformed record: json: unknown field "winners"`},
		{"empty id", "\n" + `{"id": "", "winner": ["A"]}`, "elections.jsonl:2: id: malformed record: empty id"},
		{"twice", `{"id": "a", "winner": ["A"]}` + "\n" + `{"id": "a", "winner": ["B"]}`, `elections.jsonl:2: id: duplicate id: "a"`},
		{"no winner", `{"id": "a", "winner": []}`, "elections.jsonl:1: winner: malformed record: a: no name forms"},
	}
	for _, tt := range tests {
		_, err := parseElections([]byte(tt.data))
		assert.EqualError(t, err, tt.err, tt.name)
	}
	tab, err := parseElections([]byte(`{"id": "a", "winner": ["A", "Mr A"], "rivals": ["B"], "fictional": true}` + "\n\n"))
	require.NoError(t, err)
	assert.Equal(t, []Election{{ID: "a", Winner: []string{"A", "Mr A"}, Rivals: []string{"B"}, Fictional: true}}, tab.list)
	assert.Equal(t, map[string]int{"a": 0}, tab.index)
}

// TestArticlesAccessor checks that Articles reads every article, English
// first, and fills the default language.
func TestArticlesAccessor(t *testing.T) {
	as := Articles()
	paths, err := fs.Glob(files, "articles/*.jsonl")
	require.NoError(t, err)
	n := 0
	for _, p := range paths {
		n += countLines(mustEmbedded(p))
	}
	require.Len(t, as, n)
	assert.Equal(t, "en", as[0].Lang)
	langs := map[string]int{}
	for _, a := range as {
		langs[a.Lang]++
		_, ok := ElectionByID(a.Election)
		assert.True(t, ok, "%s: election %q", a.ID, a.Election)
		assert.NotEmpty(t, a.Speakers, a.ID)
	}
	for _, code := range Languages() {
		assert.Positive(t, langs[code], code)
	}
}
