package corpus

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

// The files are embedded, but each is parsed only when an accessor first
// needs it, so a program that never asks for the hard cases or a language
// pays nothing for them but their bytes in the binary.

//go:embed leaders.jsonl
var leadersJSONL []byte

//go:embed elections.jsonl hard/*.jsonl offtopic/*.jsonl offtopic/lang/*.jsonl lang/*.jsonl articles/*.jsonl
var files embed.FS

// OffTopic is the label of the off-topic remarks ([OffTopicRemarks]):
// statements by leaders and officials that take no stance on an election
// result.
const OffTopic Label = "off_topic"

// mustEmbedded returns an embedded file's contents; a missing file is a
// build error of this package, caught by its tests.
func mustEmbedded(name string) []byte {
	data, err := files.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("corpus: embedded file %s: %v", name, err))
	}
	return data
}

// readEmbedded parses the embedded files matching pattern, in name order,
// and gives every example its election's context ([withContext]).
func readEmbedded(pattern string, labels []Label) ([]Example, error) {
	paths, err := fs.Glob(files, pattern)
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no embedded file matches %s (%v)", pattern, err)
	}
	var all []Example
	for _, p := range paths {
		exs, err := ReadAll(ReadJSONL(bytes.NewReader(mustEmbedded(p)), ReadOptions{Name: p, Labels: labels}))
		if err != nil {
			return nil, err
		}
		all = append(all, exs...)
	}
	return withContext(all), nil
}

// mustRead is readEmbedded for data the package's tests check: invalid
// embedded data is a bug of this package, not a condition a caller can
// handle.
func mustRead(pattern string, labels []Label) []Example {
	exs, err := readEmbedded(pattern, labels)
	if err != nil {
		panic(fmt.Sprintf("corpus: invalid embedded data: %v", err))
	}
	return exs
}

// withContext fills Meta["winner"] and Meta["rivals"] of every example
// that names an election in [Elections] from the election's name forms, as
// JSON arrays (the form a JSON Lines field takes in Meta), keeping any the
// statement sets itself: a statement-level field overrides the election's,
// each field on its own. The JSON text of an election's lists is made once
// and shared by its statements.
func withContext(exs []Example) []Example {
	t := elections()
	encoded := make(map[string][2]string)
	for i := range exs {
		id := exs[i].Election()
		j, ok := t.index[id]
		if !ok {
			continue
		}
		enc, done := encoded[id]
		if !done {
			enc = [2]string{jsonList(t.list[j].Winner), jsonList(t.list[j].Rivals)}
			encoded[id] = enc
		}
		for k, field := range [2]string{"winner", "rivals"} {
			if _, own := exs[i].Meta[field]; !own && enc[k] != "" {
				exs[i].Meta[field] = enc[k]
			}
		}
	}
	return exs
}

// jsonList returns names as a compact JSON array without HTML escaping,
// or "" for none.
func jsonList(names []string) string {
	if len(names) == 0 {
		return ""
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(names); err != nil {
		return "" // unreachable: a []string always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}

var (
	leaders = sync.OnceValue(func() []Example {
		exs, err := ReadAll(ReadJSONL(bytes.NewReader(leadersJSONL), ReadOptions{
			Name:   "leaders.jsonl",
			Labels: LeaderLabels(),
		}))
		if err != nil {
			panic(fmt.Sprintf("corpus: invalid embedded leaders.jsonl: %v", err))
		}
		return withContext(exs)
	})
	hard     = sync.OnceValue(func() []Example { return mustRead("hard/*.jsonl", LeaderLabels()) })
	offTopic = sync.OnceValue(func() []Example { return mustRead("offtopic/*.jsonl", []Label{OffTopic}) })
	english  = sync.OnceValue(func() []Example { return slices.Concat(leaders(), hard()) })
	// languages maps each language code of lang/<code>.jsonl to a parser
	// of that file alone.
	languages = sync.OnceValue(func() map[string]func() []Example {
		return filesByCode("lang/*.jsonl", LeaderLabels())
	})
	// offTopicLanguages maps each language code of offtopic/lang/<code>.jsonl
	// to a parser of that file alone.
	offTopicLanguages = sync.OnceValue(func() map[string]func() []Example {
		return filesByCode("offtopic/lang/*.jsonl", []Label{OffTopic})
	})
)

// filesByCode maps the base name (without .jsonl) of each embedded file
// matching pattern to a parser of that file alone, run on first use.
func filesByCode(pattern string, labels []Label) map[string]func() []Example {
	paths, _ := fs.Glob(files, pattern) // the patterns are valid
	m := make(map[string]func() []Example, len(paths))
	for _, p := range paths {
		code := strings.TrimSuffix(path.Base(p), ".jsonl")
		m[code] = sync.OnceValue(func() []Example { return mustRead(p, labels) })
	}
	return m
}

// Leaders returns the leaders' corpus, corpus/leaders.jsonl: 1,800
// statements by political leaders, governments and international bodies
// about the declared result of an election, each labelled with one of
// [LeaderLabels] according to corpus/GUIDELINES.md. Meta holds the fields
// "election", "speaker_role", "country", "register" and "tags" (a JSON
// array; see [Example.Tags]), and the election's context, "winner" and
// "rivals" ([Example.Winner], [Example.Rivals]), taken from [Elections].
// The text, label and the file's own fields are exactly as in
// [LeadersJSONL]; the context is added so that every stance accessor of
// this package gives statements the same fields.
//
// The corpus is parsed on first use. Each call returns a new slice, but the
// Meta maps are shared and must not be modified.
func Leaders() []Example {
	return slices.Clone(leaders())
}

// LeadersJSONL returns a copy of the leaders' corpus as JSON Lines, exactly
// as embedded (without the context [Leaders] adds).
func LeadersJSONL() []byte {
	return bytes.Clone(leadersJSONL)
}

// Hard returns the English hard cases, corpus/hard/*.jsonl: statements
// written for the situations a bag of words gets wrong (who is the winner
// and who the rival, diplomatic hostility and withholding, reported
// speech, remarks whose second sentence turns the first, minimal pairs),
// labelled as [Leaders] is. Besides the fields of [Leaders], Meta holds
// "lang", "tone", and for a minimal pair "pair", the id it shares with its
// twin; tags name the phenomenon (corpus/GUIDELINES.md). A statement's own
// "winner" or "rivals" field overrides its election's.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified.
func Hard() []Example {
	return slices.Clone(hard())
}

// English returns the English stance corpus: [Leaders] followed by
// [Hard], the training data of a model that is to handle the hard cases.
// Statement ids are unique across the two.
//
// Each call returns a new slice whose Meta maps are shared and must not be
// modified.
func English() []Example {
	return slices.Clone(english())
}

// OffTopicRemarks returns corpus/offtopic/*.jsonl: remarks by leaders,
// officials and researchers that take no stance on an election result,
// all labelled [OffTopic], with Meta fields "topic", "tone", "lang" and
// the usual speaker fields. A remark that names an election gets its
// context as stance statements do, so that the names in it are treated
// alike.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified.
func OffTopicRemarks() []Example {
	return slices.Clone(offTopic())
}

// Languages returns the ISO 639-1 codes of the languages [Language] has
// statements for, sorted.
func Languages() []string {
	codes := make([]string, 0, len(languages()))
	for c := range languages() {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// Language returns the stance statements written natively in the language
// with ISO 639-1 code code (corpus/lang/<code>.jsonl), labelled with
// [LeaderLabels], with the fields of [Hard] and, for some, "parallel_to",
// the id of the English statement that says the same. An unknown code is
// an error naming the known ones.
//
// Each language is parsed on first use; each call returns a new slice
// whose Meta maps are shared and must not be modified.
func Language(code string) ([]Example, error) {
	read, ok := languages()[code]
	if !ok {
		return nil, fmt.Errorf("corpus: no statements in language %q (have %s)", code, strings.Join(Languages(), ", "))
	}
	return slices.Clone(read()), nil
}

// OffTopicLanguage returns the off-topic remarks written natively in the
// language with ISO 639-1 code code (corpus/offtopic/lang/<code>.jsonl),
// with the fields of [OffTopicRemarks]: the other half of a language's
// about-result judge, as [OffTopicRemarks] is of the English one. An
// unknown code is an error naming the known ones.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified.
func OffTopicLanguage(code string) ([]Example, error) {
	read, ok := offTopicLanguages()[code]
	if !ok {
		have := slices.Sorted(maps.Keys(offTopicLanguages()))
		return nil, fmt.Errorf("corpus: no off-topic remarks in language %q (have %s)", code, strings.Join(have, ", "))
	}
	return slices.Clone(read()), nil
}
