package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// slowJSON decodes with the encoding/json path only.
func slowJSON(line []byte) (Example, error) {
	c := newChecker(ReadOptions{})
	return c.parseJSONSlow(line, 1)
}

func TestFlatJSONMatchesSlowPath(t *testing.T) {
	for _, line := range []string{
		`{"id":"a1","text":"We congratulate him.","label":"recognising"}`,
		`{"text": "x", "label": " hostile ", "election": "2020 Belarus presidential", "tags": ["negation","mixed"]}`,
		`{"id":"  7 ","text":"ünïcödé ’quotes’ 🇹🇼","label":"withholding","tags":[]}`,
		`{"text":"a"} `,
	} {
		fast, ok := parseFlatJSON([]byte(line))
		if !assert.True(t, ok, line) {
			continue
		}
		slow, err := slowJSON([]byte(line))
		assert.NoError(t, err)
		assert.Equal(t, slow, fast, line)
	}
	for _, line := range []string{
		`{"text":"esc\"aped"}`, `{"text":"a","text":"b"}`, `{"id":7,"text":"a"}`, `{"text":"a","tags":[ "x" ]}`,
		`{"label":"x"}`, `{}`, `{"text":"a",}`, `{"text":"a"} x`, `{"text":"a","n":null}`, "{\"text\":\"a\xffb\"}",
	} {
		_, ok := parseFlatJSON([]byte(line))
		assert.False(t, ok, line)
	}
}

func FuzzFlatJSON(f *testing.F) {
	for _, s := range []string{`{"id":"a1","text":"We","label":"x","tags":["a","b"]}`, `{"text":"a"}`, `{"text":"a","tags":[]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if len(line) == 0 || line[0] != '{' {
			return
		}
		fast, ok := parseFlatJSON(line)
		if !ok {
			return
		}
		slow, err := slowJSON(line)
		if err != nil {
			t.Fatalf("fast path accepted %q, slow path: %v", line, err)
		}
		if fast.ID != slow.ID || fast.Text != slow.Text || fast.Label != slow.Label || len(fast.Meta) != len(slow.Meta) {
			t.Fatalf("%q: fast %+v, slow %+v", line, fast, slow)
		}
		for k, v := range slow.Meta {
			if fast.Meta[k] != v {
				t.Fatalf("%q: meta %s: fast %q, slow %q", line, k, fast.Meta[k], v)
			}
		}
	})
}
