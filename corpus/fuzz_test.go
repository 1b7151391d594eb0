package corpus

import (
	"bytes"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzOptions derives ReadOptions from fuzzer-chosen flags.
func fuzzOptions(flags uint8) ReadOptions {
	o := ReadOptions{
		Name:            "fuzz",
		KeepGoing:       flags&1 != 0,
		AllowUnlabeled:  flags&2 != 0,
		AllowDuplicates: flags&4 != 0,
	}
	if flags&8 != 0 {
		o.Labels = []Label{"a", "b"}
	}
	if flags&16 != 0 {
		o.MaxTextBytes = 16
	}
	switch flags >> 5 & 3 {
	case 1:
		o.Comma = '\t'
	case 2:
		o.Comma = ';'
	}
	return o
}

// checkSeq consumes seq and checks the readers' invariants: no panic,
// every error an *Error naming the input, nothing after the first error
// unless KeepGoing, and every example valid under o.
func checkSeq(t *testing.T, seq iter.Seq2[Example, error], o ReadOptions) {
	max := o.MaxTextBytes
	if max <= 0 {
		max = defaultMaxTextBytes
	}
	ids := map[string]bool{}
	failed := false
	for ex, err := range seq {
		if failed && !o.KeepGoing {
			t.Fatalf("yield after the first error without KeepGoing: %v, %v", ex, err)
		}
		if err != nil {
			failed = true
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if e.File != o.Name || e.Line < 1 || e.Err == nil {
				t.Fatalf("bad error %#v: %v", e, e)
			}
			if !strings.HasPrefix(e.Error(), o.Name+":") {
				t.Fatalf("bad error message %q", e.Error())
			}
			continue
		}
		if ex.ID == "" || strings.TrimSpace(ex.Text) == "" || len(ex.Text) > max {
			t.Fatalf("invalid example %#v", ex)
		}
		if ex.Label == "" && !o.AllowUnlabeled {
			t.Fatalf("unlabelled example %#v", ex)
		}
		if ex.Label != "" && o.Labels != nil && !slices.Contains(o.Labels, ex.Label) {
			t.Fatalf("unknown label in %#v", ex)
		}
		if !o.AllowDuplicates {
			if ids[ex.ID] {
				t.Fatalf("duplicate id %q", ex.ID)
			}
			ids[ex.ID] = true
		}
		for _, s := range []string{ex.ID, ex.Text, string(ex.Label)} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %#v", ex)
			}
		}
		for k, v := range ex.Meta {
			if !utf8.ValidString(k) || !utf8.ValidString(v) {
				t.Fatalf("invalid UTF-8 in meta of %#v", ex)
			}
		}
		_ = ex.Tags()
	}
}

func addSeeds(f *testing.F, pattern string, extra ...string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > 16<<10 {
			continue // large inputs make the fuzzer's minimisation crawl
		}
		f.Add(b, uint8(0))
		f.Add(b, uint8(1|8))
	}
	for _, s := range extra {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(31))
	}
}

func FuzzReadJSONL(f *testing.F) {
	addSeeds(f, "*.jsonl",
		"",
		"\n\n",
		"\xEF\xBB\xBF{\"text\":\"x\",\"label\":\"a\"}",
		`{"id":1,"text":"x","label":"a","tags":["t"]}`+"\n"+`{"id":"1","text":"x ","label":"b"}`,
		`{"text":"\u0000\ud800","label":"a","m":{"k":[1,2.5e10,null,true]}}`,
		"{\"text\":\"caf\xe9\",\"label\":\"a\"}",
		`{"text":"x","label":"a"}{"text":"y"}`,
		"null\n[]\n\"s\"\n42\n{",
	)
	f.Add(bytes.Repeat([]byte("{\"text\":\"aaaaaaaa\",\"label\":\"a\"}\n"), 200), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, flags uint8) {
		o := fuzzOptions(flags)
		checkSeq(t, ReadJSONL(bytes.NewReader(data), o), o)
	})
}

func FuzzReadCSV(f *testing.F) {
	addSeeds(f, "*.[ct]sv",
		"",
		"text,label\n",
		"text,label\nx,a\nx,a\n",
		"id,text,label,tags\n1,\"a \"\"b\"\"\nc\",a,x;y\n",
		"text\tlabel\nx\ta\n",
		"text;label;extra\nx;a;1\ny;b\n",
		"text,label\n\"unterminated,a\n",
		"\xEF\xBB\xBFtext,label\ncaf\xe9,a\n",
		"Text, LABEL ,ID\nx,a,\n",
	)
	f.Fuzz(func(t *testing.T, data []byte, flags uint8) {
		o := fuzzOptions(flags)
		checkSeq(t, ReadCSV(bytes.NewReader(data), o), o)
	})
}
