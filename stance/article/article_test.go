package article

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output (review the diff!)")

// golden is what a golden file fixes about a remark.
type golden struct {
	Speaker  string `json:"speaker"`
	Role     string `json:"role,omitempty"`
	Kind     Kind   `json:"kind"`
	Text     string `json:"text"`
	Headline bool   `json:"headline,omitempty"`
}

func toGolden(rs []Remark) []golden {
	out := make([]golden, 0, len(rs))
	for _, r := range rs {
		out = append(out, golden{Speaker: r.Speaker, Role: r.Role, Kind: r.Kind, Text: r.Text, Headline: r.Headline})
	}
	return out
}

// checkOffsets asserts the invariants every remark must satisfy.
func checkOffsets(t testing.TB, text string, rs []Remark) {
	t.Helper()
	valid := utf8.ValidString(text)
	marked := hasMarkup(text)
	prevEnd := 0
	var prev Remark
	for i, r := range rs {
		if !(0 <= r.QuoteStart && r.QuoteStart <= r.Start && r.Start < r.End && r.End <= r.QuoteEnd && r.QuoteEnd <= len(text)) {
			t.Fatalf("remark %d: offsets out of order or range: quote %d..%d, text %d..%d, len %d", i, r.QuoteStart, r.QuoteEnd, r.Start, r.End, len(text))
		}
		// plainText only for a text with markup: on a plain text it would
		// copy every remark's span, and the long remarks of
		// TestLinearTime's endless sentences made that quadratic
		if marked && plainTextOf(text[r.Start:r.End]) != r.Text || !marked && text[r.Start:r.End] != r.Text {
			t.Fatalf("remark %d: text[%d:%d] = %q, Text = %q", i, r.Start, r.End, text[r.Start:r.End], r.Text)
		}
		shared := i > 0 && (r.Kind != Direct) == (prev.Kind != Direct) && r.Start == prev.Start && r.End == prev.End && r.Speaker != prev.Speaker
		if r.QuoteStart < prevEnd && !shared {
			t.Fatalf("remark %d overlaps the previous one (starts %d, previous ends %d)", i, r.QuoteStart, prevEnd)
		}
		if r.Run < 0 || r.Run > i || rs[r.Run].Run != r.Run || (r.Run < i && (rs[i-1].Run != r.Run || rs[r.Run].Speaker != r.Speaker)) {
			t.Fatalf("remark %d: run %d is not a run of consecutive remarks of one speaker", i, r.Run)
		}
		prevEnd, prev = r.QuoteEnd, r
		if r.Kind != Direct && r.Kind != Reported && r.Kind != Action {
			t.Fatalf("remark %d: kind %v", i, r.Kind)
		}
		if r.Kind == Reported && (r.QuoteStart != r.Start || r.QuoteEnd != r.End) {
			t.Fatalf("remark %d: reported remark with quote span %d..%d ≠ %d..%d", i, r.QuoteStart, r.QuoteEnd, r.Start, r.End)
		}
		if strings.TrimSpace(r.Text) != r.Text || strings.TrimSpace(r.Speaker) != r.Speaker {
			t.Fatalf("remark %d: untrimmed text %q or speaker %q", i, r.Text, r.Speaker)
		}
		if valid && (!utf8.ValidString(r.Speaker) || !utf8.ValidString(r.Role)) {
			t.Fatalf("remark %d: invalid UTF-8 speaker %q or role %q", i, r.Speaker, r.Role)
		}
	}
}

func TestExtractGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 5)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			text := string(b)
			got := Extract(text)
			checkOffsets(t, text, got)
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				out, err := json.MarshalIndent(toGolden(got), "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(gf, append(out, '\n'), 0o644))
			}
			gb, err := os.ReadFile(gf)
			require.NoError(t, err, "run go test -update to create %s, then review it", gf)
			var want []golden
			require.NoError(t, json.Unmarshal(gb, &want))
			assert.Equal(t, want, toGolden(got))
		})
	}
}

func TestExtractCases(t *testing.T) {
	d := func(speaker, role, text string) golden {
		return golden{Speaker: speaker, Role: role, Kind: Direct, Text: text}
	}
	r := func(speaker, role, text string) golden {
		return golden{Speaker: speaker, Role: role, Kind: Reported, Text: text}
	}
	act := func(speaker, role, text string) golden {
		return golden{Speaker: speaker, Role: role, Kind: Action, Text: text}
	}
	tests := []struct {
		name, text string
		want       []golden
	}{
		{"typographic double, X said",
			"“We are ready to work with the winner,” Chancellor Angela Merkel said.",
			[]golden{d("Angela Merkel", "Chancellor", "We are ready to work with the winner")}},
		{"typographic single with apostrophe",
			"‘There’s nothing left to spoil,’ Putin said.",
			[]golden{d("Putin", "", "There’s nothing left to spoil")}},
		{"straight double, said X",
			`"We will wait for the courts," said Vladimir Putin.`,
			[]golden{d("Vladimir Putin", "", "We will wait for the courts")}},
		{"straight single with apostrophes",
			`'It's too early, and we don't rush,' Putin said.`,
			[]golden{d("Putin", "", "It's too early, and we don't rush")}},
		{"apostrophe before digits",
			`'We remember the '90s well,' Putin said.`,
			[]golden{d("Putin", "", "We remember the '90s well")}},
		{"plural possessive inside single quotes",
			"‘We respect the voters’ choice,’ Merkel said.",
			[]golden{d("Merkel", "", "We respect the voters’ choice")}},
		{"colon after told",
			"Russian President Vladimir Putin told a state TV station: 'We are not ready to recognise anyone.'",
			[]golden{d("Vladimir Putin", "Russian President", "We are not ready to recognise anyone.")}},
		{"continuation with he added",
			"Vladimir Putin said he would wait. He added: “The courts must decide.”",
			[]golden{r("Vladimir Putin", "", "he would wait"), d("Vladimir Putin", "", "The courts must decide.")}},
		{"quote spanning sentences",
			"“We will wait. The law is the law. Then we will see,” Putin said.",
			[]golden{d("Putin", "", "We will wait. The law is the law. Then we will see")}},
		{"nested single in double",
			"“They call it a ‘stolen’ election, and we agree,” Hugo Mendez said.",
			[]golden{d("Hugo Mendez", "", "They call it a ‘stolen’ election, and we agree")}},
		{"nested double in single",
			"Lina Ortiz spoke after the count. ‘Nobody believes the “official” figures,’ she said.",
			[]golden{d("Lina Ortiz", "", "Nobody believes the “official” figures")}},
		{"split quote",
			"“We are ready,” Merkel said, “to work with whoever wins.”",
			[]golden{d("Merkel", "", "We are ready"), d("Merkel", "", "to work with whoever wins.")}},
		{"question mark before attribution",
			"“Why should we trust this court?” Mendez asked. “Nobody else does.”",
			[]golden{d("Mendez", "", "Why should we trust this court?"), d("Mendez", "", "Nobody else does.")}},
		{"dash before attribution",
			"“We will not be rushed” — Putin said.",
			[]golden{d("Putin", "", "We will not be rushed")}},
		{"quote without a speaker",
			"Crowds gathered outside. “The transition must be orderly and peaceful.”",
			[]golden{d("", "", "The transition must be orderly and peaceful.")}},
		{"scare quotes are not remarks",
			`The so-called "irregularities" were never shown to the court.`,
			nil},
		{"unresolved pronoun",
			"He said the result was a fraud.",
			[]golden{r("", "", "the result was a fraud")}},
		{"said that",
			"Lukas Berg said that the count was fair and final.",
			[]golden{r("Lukas Berg", "", "the count was fair and final")}},
		{"stance verb keeps its auxiliaries",
			"The Kremlin has yet to congratulate the winner.",
			[]golden{act("Kremlin", "", "has yet to congratulate the winner")}},
		{"according to, after",
			"The president will not attend the inauguration, according to his spokesman.",
			[]golden{r("spokesman", "", "The president will not attend the inauguration")}},
		{"according to, before",
			"According to Foreign Minister Ana Petrova, the embassy will stay open.",
			[]golden{r("Ana Petrova", "Foreign Minister", "the embassy will stay open")}},
		{"title continuation",
			"Russian President Vladimir Putin spoke on Tuesday. The president said he was in no hurry.",
			[]golden{r("Vladimir Putin", "Russian President", "he was in no hurry")}},
		{"title continuation needs a matching title",
			"German Chancellor Angela Merkel spoke first. The president said he was in no hurry.",
			[]golden{r("president", "", "he was in no hurry")}},
		{"surname and honorific resolve to the full name",
			"Karl Brandt welcomed the result. Later Mr Brandt said the two countries would cooperate.",
			[]golden{act("Karl Brandt", "", "welcomed the result"), r("Karl Brandt", "", "the two countries would cooperate")}},
		{"surname-first names",
			"Foreign Ministry spokesman Wang Lei said Beijing respected the result. “We have noted it,” Wang said.",
			[]golden{r("Wang Lei", "Foreign Ministry spokesman", "Beijing respected the result"), d("Wang Lei", "Foreign Ministry spokesman", "We have noted it")}},
		{"appositive role",
			"Dmitry Peskov, the Kremlin spokesman, said it was too early to comment.",
			[]golden{r("Dmitry Peskov", "Kremlin spokesman", "it was too early to comment")}},
		{"relative clause between subject and verb",
			"Hugo Mendez, whose party lost its majority, said he would appeal.",
			[]golden{r("Hugo Mendez", "", "he would appeal")}},
		{"they resolves to the group just named",
			"Western diplomats said the delay was deliberate. They said the capital was waiting for Moscow.",
			[]golden{r("Western diplomats", "", "the delay was deliberate"), r("Western diplomats", "", "the capital was waiting for Moscow")}},
		{"headline",
			"Putin says he will not recognise the winner yet\n\nThe Kremlin was silent on Monday.",
			[]golden{{Speaker: "Putin", Kind: Reported, Text: "he will not recognise the winner yet", Headline: true}}},
		{"headline with colon",
			"Kovac: 'We will never accept this count'\n\nThe commission disagreed.",
			[]golden{{Speaker: "Kovac", Kind: Direct, Text: "We will never accept this count", Headline: true}}},
		{"multi-paragraph quote",
			"Sara Lind said: ‘The police serve the state.\n\n‘They will stay neutral.’",
			[]golden{d("Sara Lind", "", "The police serve the state."), d("Sara Lind", "", "They will stay neutral.")}},
		{"unclosed quote runs to the end of its paragraph",
			"Reaction\n\nPutin said: “We will wait for the courts\n\nThe Kremlin said nothing more.",
			[]golden{d("Putin", "", "We will wait for the courts"), act("Kremlin", "", "said nothing more")}},
		{"hard-wrapped paragraph",
			"Moscow reacts\n\nRussian President Vladimir Putin said on\nTuesday that he would wait.\n\nThe Kremlin agreed.",
			[]golden{r("Vladimir Putin", "Russian President", "he would wait")}},
		{"reported clause stops at a colon-introduced quote",
			"Putin said he would wait, adding: “The courts must decide.”",
			[]golden{r("Putin", "", "he would wait"), d("Putin", "", "The courts must decide.")}},
		{"participle after a quote",
			"“We accept the verdict,” Ivan Horak said, adding that he had called the winner.",
			[]golden{d("Ivan Horak", "", "We accept the verdict"), r("Ivan Horak", "", "he had called the winner")}},
		{"fronted clause",
			"Sylvania will not comment until every vote is counted, the foreign ministry said on Tuesday.",
			[]golden{r("foreign ministry", "", "Sylvania will not comment until every vote is counted")}},
		{"inverted attribution without a quote",
			"Relations are at their lowest point in years, said Dmitry Peskov.",
			[]golden{r("Dmitry Peskov", "", "Relations are at their lowest point in years")}},
		{"embedded question is not a subject",
			"Asked whether Moscow would recognise the winner, Dmitry Peskov said: “It is premature.”",
			[]golden{d("Dmitry Peskov", "", "It is premature.")}},
		{"relative clause ends at its comma",
			"Vladimir Putin, who congratulated the last winner within an hour, has not commented.",
			[]golden{act("Vladimir Putin", "", "congratulated the last winner within an hour"), act("Vladimir Putin", "", "has not commented")}},
		{"addressee before the clause",
			"Hugo Mendez told his supporters the vote had been stolen.",
			[]golden{r("Hugo Mendez", "", "the vote had been stolen")}},
		{"said one supporter, with a name",
			"“They stole it,” said one supporter, Maria.",
			[]golden{d("Maria", "supporter", "They stole it")}},
		{"warned of keeps the verb",
			"Tomas Vere warned of ‘dark days’ ahead for the country.",
			[]golden{r("Tomas Vere", "", "warned of ‘dark days’ ahead for the country")}},
		{"short quote with a speaker is kept",
			"“No,” Putin said.",
			[]golden{d("Putin", "", "No")}},
		{"abbreviations do not end sentences",
			"Mr. Brandt met U.S. envoys. “We are ready,” he said.",
			[]golden{d("Brandt", "", "We are ready")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.text)
			checkOffsets(t, tc.text, got)
			want := tc.want
			if want == nil {
				want = []golden{}
			}
			assert.Equal(t, want, toGolden(got))
		})
	}
}

// plainTextOf is plainText's text alone.
func plainTextOf(s string) string {
	span, _ := plainText(s)
	return span
}
