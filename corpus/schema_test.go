package corpus_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
)

// record is one line of any statement file, as SCHEMA.md defines it.
// Unknown fields are an error, so that a misspelt field cannot hide.
type record struct {
	ID          string       `json:"id"`
	Text        string       `json:"text"`
	Label       corpus.Label `json:"label"`
	Election    *string      `json:"election"`
	Lang        *string      `json:"lang"`
	Tone        *string      `json:"tone"`
	SpeakerRole string       `json:"speaker_role"`
	Country     string       `json:"country"`
	Register    string       `json:"register"`
	Tags        *[]string    `json:"tags"`
	Pair        *string      `json:"pair"`
	ParallelTo  *string      `json:"parallel_to"`
	Winner      *[]string    `json:"winner"`
	Rivals      *[]string    `json:"rivals"`
	Topic       *string      `json:"topic"`
}

type election struct {
	ID         string   `json:"id"`
	Country    string   `json:"country"`
	Date       string   `json:"date"`
	DeclaredBy string   `json:"declared_by"`
	Winner     []string `json:"winner"`
	Rivals     []string `json:"rivals"`
	Fictional  bool     `json:"fictional"`
	Note       string   `json:"note"`
}

// schemaFile says what SCHEMA.md requires of one group of files.
type schemaFile struct {
	glob     string
	idPrefix string
	labels   []corpus.Label
	lang     string // "" : the file name's stem is the language code
	newFile  bool   // lang and tone are required
	offTopic bool
	// langPrefix, when idPrefix is empty, goes before the upper-case
	// language code in the ids (OES0001).
	langPrefix string
}

var schemaFiles = []schemaFile{
	{glob: "leaders.jsonl", idPrefix: "L", labels: corpus.LeaderLabels(), lang: "en"},
	{glob: "hard/*.jsonl", idPrefix: "H", labels: corpus.LeaderLabels(), lang: "en", newFile: true},
	{glob: "lang/*.jsonl", labels: corpus.LeaderLabels(), newFile: true},
	{glob: "offtopic/*.jsonl", idPrefix: "O", labels: []corpus.Label{"off_topic"}, lang: "en", newFile: true, offTopic: true},
	{glob: "offtopic/lang/*.jsonl", langPrefix: "O", labels: []corpus.Label{"off_topic"}, newFile: true, offTopic: true},
}

var (
	tones  = []string{"positive", "neutral", "negative"}
	topics = []string{"economy", "security", "health", "trade", "diplomacy", "disinformation", "climate",
		"migration", "energy", "elections-general", "domestic-politics", "other"}
	idDigits = regexp.MustCompile(`^[A-Z]{1,3}[0-9]{4}$`)
	isoDate  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// jsonLines calls fn with each line of a JSON Lines file and its number,
// after checking that the file has no blank lines and LF line ends.
func jsonLines(t *testing.T, path string, fn func(n int, line []byte)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(data) {
		t.Errorf("%s: not UTF-8", path)
	}
	if bytes.Contains(data, []byte("\r")) {
		t.Errorf("%s: CR in file (want LF line ends)", path)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			t.Errorf("%s:%d: blank line", path, n)
			continue
		}
		fn(n, sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func decodeStrict(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func readElections(t *testing.T) map[string]election {
	t.Helper()
	out := map[string]election{}
	jsonLines(t, "elections.jsonl", func(n int, line []byte) {
		var e election
		if err := decodeStrict(line, &e); err != nil {
			t.Errorf("elections.jsonl:%d: %v", n, err)
			return
		}
		at := fmt.Sprintf("elections.jsonl:%d: %s", n, e.ID)
		switch {
		case e.ID == "":
			t.Errorf("%s: empty id", at)
		case out[e.ID].ID != "":
			t.Errorf("%s: id listed twice", at)
		case !isoDate.MatchString(e.Date) || !strings.HasPrefix(e.ID, e.Date[:4]):
			t.Errorf("%s: date %q (want YYYY-MM-DD in the id's year)", at, e.Date)
		case e.Country == "" || e.DeclaredBy == "":
			t.Errorf("%s: country and declared_by are required", at)
		case len(e.Winner) == 0:
			t.Errorf("%s: no winner name forms", at)
		}
		for _, f := range append(slices.Clone(e.Winner), e.Rivals...) {
			if strings.TrimSpace(f) != f || f == "" {
				t.Errorf("%s: name form %q is empty or has surrounding space", at, f)
			}
		}
		out[e.ID] = e
	})
	return out
}

// TestSchema checks every corpus file against SCHEMA.md: every line parses
// with no unknown field, ids are unique across all files and carry their
// file's prefix, labels, tones, topics and languages are in their sets,
// every election is in elections.jsonl, and every parallel_to names an
// English statement with the same label.
func TestSchema(t *testing.T) {
	elections := readElections(t)
	english := map[string]corpus.Label{}
	for _, e := range corpus.Leaders() {
		english[e.ID] = e.Label
	}
	seen := map[string]string{} // id -> where
	type parallel struct {
		at, to string
		label  corpus.Label
	}
	var parallels []parallel
	for _, sf := range schemaFiles {
		paths, err := filepath.Glob(sf.glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			lang := sf.lang
			if lang == "" {
				lang = strings.TrimSuffix(filepath.Base(path), ".jsonl")
			}
			jsonLines(t, path, func(n int, line []byte) {
				var r record
				at := fmt.Sprintf("%s:%d", path, n)
				if err := decodeStrict(line, &r); err != nil {
					t.Errorf("%s: %v", at, err)
					return
				}
				at += ": " + r.ID
				if where, dup := seen[r.ID]; dup {
					t.Errorf("%s: id already used at %s", at, where)
				}
				seen[r.ID] = at
				prefix := sf.idPrefix
				if prefix == "" {
					prefix = sf.langPrefix + strings.ToUpper(lang)
				}
				if !strings.HasPrefix(r.ID, prefix) || !idDigits.MatchString(r.ID) {
					t.Errorf("%s: id (want %s and four digits)", at, prefix)
				}
				checkRecord(t, at, r, sf, lang, elections)
				if r.ParallelTo != nil {
					parallels = append(parallels, parallel{at, *r.ParallelTo, r.Label})
				}
			})
		}
	}
	for _, p := range parallels {
		if l, ok := english[p.to]; !ok {
			t.Errorf("%s: parallel_to %q is not an English statement", p.at, p.to)
		} else if l != p.label {
			t.Errorf("%s: parallel_to %s is labelled %s, this one %s", p.at, p.to, l, p.label)
		}
	}
}

func checkRecord(t *testing.T, at string, r record, sf schemaFile, lang string, elections map[string]election) {
	t.Helper()
	if strings.TrimSpace(r.Text) == "" || strings.TrimSpace(r.Text) != r.Text {
		t.Errorf("%s: text empty or with surrounding space", at)
	}
	if !slices.Contains(sf.labels, r.Label) {
		t.Errorf("%s: label %q (want one of %v)", at, r.Label, sf.labels)
	}
	if r.SpeakerRole == "" || r.Country == "" || r.Register == "" {
		t.Errorf("%s: speaker_role, country and register are required", at)
	}
	if r.Tags == nil {
		t.Errorf("%s: tags missing (want an array, maybe empty)", at)
	}
	switch {
	case r.Election == nil && !sf.offTopic:
		t.Errorf("%s: election missing", at)
	case r.Election != nil && elections[*r.Election].ID == "":
		t.Errorf("%s: election %q is not in elections.jsonl", at, *r.Election)
	}
	if sf.newFile && (r.Lang == nil || r.Tone == nil) {
		t.Errorf("%s: lang and tone are required in new files", at)
	}
	if r.Lang != nil && *r.Lang != lang {
		t.Errorf("%s: lang %q in a file of language %q", at, *r.Lang, lang)
	}
	if r.Tone != nil && !slices.Contains(tones, *r.Tone) {
		t.Errorf("%s: tone %q (want one of %v)", at, *r.Tone, tones)
	}
	if sf.offTopic != (r.Topic != nil) {
		t.Errorf("%s: topic is required in off-topic files and only there", at)
	} else if r.Topic != nil && !slices.Contains(topics, *r.Topic) {
		t.Errorf("%s: topic %q (want one of %v)", at, *r.Topic, topics)
	}
	if r.ParallelTo != nil && lang == "en" {
		t.Errorf("%s: parallel_to belongs in language files", at)
	}
}

type goldSpeaker struct {
	Name    string       `json:"name"`
	Aliases []string     `json:"aliases"`
	For     string       `json:"for"`
	Label   corpus.Label `json:"label"`
}

type article struct {
	ID       string        `json:"id"`
	Text     string        `json:"text"`
	Lang     string        `json:"lang"`
	Election string        `json:"election"`
	Winner   []string      `json:"winner"`
	Rivals   []string      `json:"rivals"`
	Style    string        `json:"style"`
	Speakers []goldSpeaker `json:"speakers"`
	OffTopic []goldSpeaker `json:"off_topic_speakers"`
}

// TestArticles checks the article set against SCHEMA.md: fields, known
// elections and labels, and every gold speaker named in the text.
func TestArticles(t *testing.T) {
	elections := readElections(t)
	seen := map[string]bool{}
	paths, err := filepath.Glob("articles/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		checkArticles(t, path, elections, seen)
	}
	if len(seen) < 40 {
		t.Errorf("%d articles, want at least 40", len(seen))
	}
}

func checkArticles(t *testing.T, path string, elections map[string]election, seen map[string]bool) {
	t.Helper()
	jsonLines(t, path, func(n int, line []byte) {
		var a article
		if err := decodeStrict(line, &a); err != nil {
			t.Errorf("%s:%d: %v", path, n, err)
			return
		}
		at := fmt.Sprintf("%s:%d: %s", path, n, a.ID)
		if seen[a.ID] || !strings.HasPrefix(a.ID, "A") {
			t.Errorf("%s: id repeated or without the A prefix", at)
		}
		seen[a.ID] = true
		if elections[a.Election].ID == "" || len(a.Winner) == 0 || len(a.Rivals) == 0 {
			t.Errorf("%s: election %q unknown, or winner/rivals empty", at, a.Election)
		}
		if !slices.Contains([]string{"wire", "roundup", "interview", "op-ed", "analysis"}, a.Style) {
			t.Errorf("%s: style %q", at, a.Style)
		}
		for _, s := range a.Speakers {
			if !slices.Contains(corpus.LeaderLabels(), s.Label) {
				t.Errorf("%s: speaker %q: label %q", at, s.Name, s.Label)
			}
		}
		for _, s := range append(slices.Clone(a.Speakers), a.OffTopic...) {
			if !slices.ContainsFunc(append([]string{s.Name}, s.Aliases...), func(f string) bool { return strings.Contains(a.Text, f) }) {
				t.Errorf("%s: speaker %q: neither the name nor an alias occurs in the text", at, s.Name)
			}
		}
	})
}
