package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// GoldSpeaker is a person (or body) an article quotes or names, as the
// article set's annotators saw them (corpus/SCHEMA.md, "Article fields").
type GoldSpeaker struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// For is the leader or body a spokesperson speaks for.
	For string `json:"for,omitempty"`
	// Label is the speaker's overall stance; empty for an off-topic speaker.
	Label corpus.Label `json:"label,omitempty"`
}

// GoldArticle is one line of an article set such as
// corpus/articles/articles.jsonl.
type GoldArticle struct {
	ID       string        `json:"id"`
	Text     string        `json:"text"`
	Lang     string        `json:"lang,omitempty"`
	Election string        `json:"election"`
	Winner   []string      `json:"winner"`
	Rivals   []string      `json:"rivals"`
	Style    string        `json:"style"`
	Speakers []GoldSpeaker `json:"speakers"`
	// OffTopic are people quoted or named who take no stance on the result.
	OffTopic []GoldSpeaker `json:"off_topic_speakers"`
}

// UnmarshalJSON reads a gold speaker as an object or, for an off-topic
// speaker, as a bare name ("Tom Reed"); "aliases" may be one string.
func (g *GoldSpeaker) UnmarshalJSON(b []byte) error {
	var name string
	if json.Unmarshal(b, &name) == nil {
		*g = GoldSpeaker{Name: name}
		return nil
	}
	if t := bytes.TrimSpace(b); len(t) == 0 || t[0] != '{' {
		return fmt.Errorf("a speaker is an object or a name, not %.40s", t)
	}
	type plain GoldSpeaker
	var v struct {
		plain
		Aliases json.RawMessage `json:"aliases"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*g = GoldSpeaker(v.plain)
	var err error
	g.Aliases, err = parseNameList("aliases", v.Aliases)
	return err
}

// UnmarshalJSON reads an article; "winner" and "rivals" may be arrays of
// name forms or one string in the syntax of the -winner flag
// ("Joe Biden|Biden"), as in the statement files.
func (a *GoldArticle) UnmarshalJSON(b []byte) error {
	type plain GoldArticle
	var v struct {
		plain
		Winner json.RawMessage `json:"winner"`
		Rivals json.RawMessage `json:"rivals"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = GoldArticle(v.plain)
	var err error
	if a.Winner, err = parseNameList("winner", v.Winner); err != nil {
		return err
	}
	a.Rivals, err = parseNameList("rivals", v.Rivals)
	return err
}

// parseNameList reads the name forms of field from a JSON array of
// strings or from one string separated by "|" (corpus.ParseNames); absent
// or null is none.
func parseNameList(field string, raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return corpus.ParseNames(s), nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("field %s: want a string or an array of strings, not %.40s", field, raw)
	}
	return list, nil
}

// ContextOr returns the article's election context: its own winner and
// rivals, with base's for what it leaves out (as a record's fields override
// the -winner and -rivals flags).
func (a GoldArticle) ContextOr(base stance.Context) stance.Context {
	if len(a.Winner) > 0 {
		base.Winner = a.Winner
	}
	if len(a.Rivals) > 0 {
		base.Rivals = a.Rivals
	}
	return base
}

// ReadGoldFile reads an article set (JSON Lines, one [GoldArticle] a line).
func ReadGoldFile(path string) ([]GoldArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	arts, err := ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return arts, nil
}

// ReadGold reads an article set from r. An error names the line and, for a
// missing field, the field; a blank line is an error, as in every corpus
// file of the project.
func ReadGold(r io.Reader) ([]GoldArticle, error) {
	br := bufio.NewReader(r)
	var out []GoldArticle
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		var a GoldArticle
		dec := json.NewDecoder(bytes.NewReader(b))
		if e := dec.Decode(&a); e != nil {
			return nil, fmt.Errorf("line %d: %w", line, e)
		}
		switch {
		case a.ID == "":
			return nil, fmt.Errorf("line %d: field id is missing", line)
		case strings.TrimSpace(a.Text) == "":
			return nil, fmt.Errorf("line %d (%s): field text is missing", line, a.ID)
		}
		for i, s := range a.Speakers {
			if s.Name == "" || s.Label == "" {
				return nil, fmt.Errorf("line %d (%s): speakers[%d] needs a name and a label", line, a.ID, i)
			}
			l, ok := corpus.MatchLabel(s.Label, corpus.LeaderLabels())
			if !ok {
				return nil, fmt.Errorf("line %d (%s): speakers[%d] (%s): %w %q (want one of recognising, withholding, hostile)",
					line, a.ID, i, s.Name, corpus.ErrUnknownLabel, s.Label)
			}
			a.Speakers[i].Label = l
		}
		for i, s := range a.OffTopic {
			if s.Name == "" {
				return nil, fmt.Errorf("line %d (%s): off_topic_speakers[%d] needs a name", line, a.ID, i)
			}
		}
		out = append(out, a)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

// Score is how well the article reader did on an article set. Ratios are
// fractions; each is 0 when its denominator is.
type Score struct {
	Articles int `json:"articles"`
	// Gold is the number of gold speakers who take a stance; Found of them
	// have a matching predicted speaker, Correct a matching predicted
	// speaker with the gold label (see [Evaluate] for "matching").
	Gold     int     `json:"gold_speakers"`
	Found    int     `json:"found"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"` // Correct / Gold
	Recall   float64 `json:"recall"`   // Found / Gold
	// OffTopic is the number of gold off-topic speakers; Silent of them
	// have no matching predicted speaker with a stance.
	OffTopic      int     `json:"off_topic_speakers"`
	Silent        int     `json:"off_topic_silent"`
	OffTopicShare float64 `json:"off_topic_share"` // Silent / OffTopic
	// Remarks counts the remarks found: by kind, with a speaker, about the
	// result, and the speakers the reader reported (Labelled: with a
	// stance; Spurious: with a stance but matching no gold speaker of
	// either list).
	Remarks     int            `json:"remarks"`
	ByKind      map[string]int `json:"by_kind"`
	WithSpeaker int            `json:"with_speaker"`
	AboutResult int            `json:"about_result"`
	Speakers    int            `json:"speakers"`
	Labelled    int            `json:"labelled_speakers"`
	Spurious    int            `json:"spurious_speakers"`
	// Misses lists, per article, the gold speakers not right and the
	// off-topic speakers given a stance, for reading the errors.
	Misses []Miss `json:"misses,omitempty"`
}

// Miss is one error of the reader on one article.
type Miss struct {
	Article string `json:"article"`
	Speaker string `json:"speaker"`
	// Want is the gold label ("" for an off-topic speaker); Got the
	// predicted speaker's label ("" when no speaker matched, or it had none).
	Want corpus.Label `json:"want"`
	Got  corpus.Label `json:"got"`
	// Matched is the predicted speaker that matched, if any.
	Matched string `json:"matched,omitempty"`
}

// Evaluate runs analyze on every article and scores its speakers against
// the gold ones.
//
// A predicted speaker matches a gold speaker when one of its name forms
// (canonical name and aliases) equals one of the gold speaker's, ignoring
// case, accents and a leading article ("the", "la", "les", "l'", "die",
// "os", …: foldForm); or when both canonical names end in
// the same surname (the last capitalised word, suffixes such as "Jr."
// dropped) and no predicted speaker shares a name form with the gold one
// (the gold "Hugo Benítez" is the predicted "Hugo Benítez", not also
// "Mario Abdo Benítez"). Aliases without a capital letter ("the
// president") are not compared: they would match anyone. A canonical name
// is compared whatever its case: a group is named in lower case ("la
// oposición", "gobiernos occidentales"), and so may a gold speaker be
// ("election commission"); until the thirtieth session those never
// matched, although the rule is equality of any name form,
// ignoring case. A gold speaker
// is right when some matching predicted speaker has the gold label, found
// when some matching predicted speaker exists. A gold off-topic speaker is
// left without a stance when no matching predicted speaker has a label.
func Evaluate(arts []GoldArticle, analyze func(GoldArticle) Result) Score {
	s := Score{ByKind: map[string]int{}}
	for _, a := range arts {
		res := analyze(a)
		s.Articles++
		s.addRemarks(res)
		s.addSpeakers(a, res)
	}
	s.Accuracy = ratio(s.Correct, s.Gold)
	s.Recall = ratio(s.Found, s.Gold)
	s.OffTopicShare = ratio(s.Silent, s.OffTopic)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *Score) addRemarks(res Result) {
	for _, r := range res.Remarks {
		s.Remarks++
		s.ByKind[r.Kind.String()]++
		if r.Speaker != "" {
			s.WithSpeaker++
		}
		if r.AboutResult {
			s.AboutResult++
		}
	}
}

func (s *Score) addSpeakers(a GoldArticle, res Result) {
	pred := make([]nameForms, len(res.Speakers))
	for i, p := range res.Speakers {
		pred[i] = formsOf(p.Speaker, p.Aliases)
		if p.Speaker == "" {
			continue
		}
		s.Speakers++
		if p.Stance != "" {
			s.Labelled++
		}
	}
	used := make([]bool, len(pred))
	for _, g := range a.Speakers {
		s.Gold++
		gf := formsOf(g.Name, g.Aliases)
		got, matched, found := corpus.Label(""), "", false
		for _, i := range matching(gf, pred, res) {
			p := res.Speakers[i]
			used[i] = true
			if !found || (got != g.Label && p.Stance == g.Label) {
				got, matched = p.Stance, p.Speaker
			}
			found = true
		}
		if found {
			s.Found++
		}
		if found && got == g.Label {
			s.Correct++
		} else {
			s.Misses = append(s.Misses, Miss{Article: a.ID, Speaker: g.Name, Want: g.Label, Got: got, Matched: matched})
		}
	}
	for _, g := range a.OffTopic {
		s.OffTopic++
		gf := formsOf(g.Name, g.Aliases)
		got, matched := corpus.Label(""), ""
		for _, i := range matching(gf, pred, res) {
			p := res.Speakers[i]
			used[i] = true
			if got == "" {
				got, matched = p.Stance, p.Speaker
			}
		}
		if got == "" {
			s.Silent++
		} else {
			s.Misses = append(s.Misses, Miss{Article: a.ID, Speaker: g.Name, Got: got, Matched: matched})
		}
	}
	for i, p := range res.Speakers {
		if p.Speaker != "" && !used[i] && p.Stance != "" {
			s.Spurious++
		}
	}
}

// nameForms are a speaker's comparable name forms and surname.
type nameForms struct {
	forms   []string
	surname string
}

func formsOf(name string, aliases []string) nameForms {
	var f nameForms
	for i, n := range append([]string{name}, aliases...) {
		k := foldForm(n)
		if k != "" && (i == 0 || hasUpper(n)) && !slices.Contains(f.forms, k) {
			f.forms = append(f.forms, k)
		}
	}
	f.surname = surname(name)
	return f
}

func (g nameForms) match(p nameForms) bool { return g.matchLevel(p) > 0 }

// matchLevel is 2 when a name form of g is one of p's, 1 when only the
// surnames agree, 0 otherwise.
func (g nameForms) matchLevel(p nameForms) int {
	for _, a := range g.forms {
		if slices.Contains(p.forms, a) {
			return 2
		}
	}
	if g.surname != "" && g.surname == p.surname {
		return 1
	}
	return 0
}

// matching returns the predicted speakers a gold speaker matches: those
// that share a name form with it, or, when none does, those that share its
// surname. A surname alone does not pair the gold "Hugo Benítez" with a
// predicted "Mario Abdo Benítez" when the reader also found "Hugo Benítez".
func matching(g nameForms, pred []nameForms, res Result) []int {
	var out []int
	best := 1
	for i, p := range res.Speakers {
		if p.Speaker == "" {
			continue
		}
		switch l := g.matchLevel(pred[i]); {
		case l > best:
			best, out = l, []int{i}
		case l == best:
			out = append(out, i)
		}
	}
	return out
}

func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// foldName lower-cases s, strips accents (NFD, then drops combining marks),
// writes ’ as ', and drops a leading "the".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	f := strings.Fields(b.String())
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// foldForm is foldName for matching name forms in Evaluate: it also drops
// a leading article of the reader's other languages (foldArticles; "l'"
// glued to the word: "l'opposition"). The reader's own comparisons keep
// foldName.
func foldForm(s string) string {
	f := strings.Fields(foldName(s))
	if len(f) > 1 && foldArticles[f[0]] {
		f = f[1:]
	}
	if len(f) > 0 && len(f[0]) > 2 && strings.HasPrefix(f[0], "l'") {
		f[0] = f[0][2:]
	}
	return strings.Join(f, " ")
}

// surname is the folded last capitalised word of a name, or "" when the
// name ends in a lower-case word or a role ("the Kremlin", "foreign
// ministry").
func surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) || isRoleHead(strings.ToLower(last)) || titles[strings.ToLower(last)] {
		return ""
	}
	return foldName(last)
}

// AppendText appends a plain-text report of s: the speaker-level figures,
// the remark counts, then one line per miss.
func (s Score) AppendText(b []byte) []byte {
	b = fmt.Appendf(b, "articles: %d\n", s.Articles)
	b = fmt.Appendf(b, "speaker accuracy: %.3f (%d of %d gold speakers found with their label)\n", s.Accuracy, s.Correct, s.Gold)
	b = fmt.Appendf(b, "speaker recall: %.3f (%d of %d found)\n", s.Recall, s.Found, s.Gold)
	b = fmt.Appendf(b, "off-topic speakers without a stance: %.3f (%d of %d)\n", s.OffTopicShare, s.Silent, s.OffTopic)
	kinds := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	b = fmt.Appendf(b, "remarks: %d (", s.Remarks)
	for i, k := range kinds {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = fmt.Appendf(b, "%s %d", k, s.ByKind[k])
	}
	b = fmt.Appendf(b, "); with a speaker %d; about the result %d\n", s.WithSpeaker, s.AboutResult)
	b = fmt.Appendf(b, "predicted speakers: %d (%d with a stance, %d of them matching no gold speaker)\n", s.Speakers, s.Labelled, s.Spurious)
	for _, m := range s.Misses {
		want, got := string(m.Want), string(m.Got)
		if want == "" {
			want = "(off topic)"
		}
		if got == "" {
			got = "(none)"
		}
		b = fmt.Appendf(b, "  %s %s: want %s, got %s", m.Article, m.Speaker, want, got)
		if m.Matched != "" && m.Matched != m.Speaker {
			b = fmt.Appendf(b, " (as %q)", m.Matched)
		}
		b = append(b, '\n')
	}
	return b
}
