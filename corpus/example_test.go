package corpus_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

func ExampleReadJSONL() {
	const data = `{"id": "s1", "text": "Warm congratulations to the president-elect.", "label": "recognising", "tags": []}
{"id": "s2", "text": "It is too early to comment.", "label": "withholding", "tags": ["hedged"]}

{"id": "s3", "text": "This vote was a farce.", "label": "hostile", "election": "2031 Freedonia presidential"}
`
	opts := corpus.ReadOptions{Name: "leaders.jsonl", Labels: corpus.LeaderLabels()}
	for ex, err := range corpus.ReadJSONL(strings.NewReader(data), opts) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%s %-11s %q %v\n", ex.ID, ex.Label, ex.Election(), ex.Tags())
	}
	// Output:
	// s1 recognising "" []
	// s2 withholding "" [hedged]
	// s3 hostile     "2031 Freedonia presidential" []
}

func ExampleReadJSONL_errors() {
	const data = `{"id": "a1", "text": "We congratulate the winner.", "label": "recognising"}
{"id": "a2", "text": "We take note.", "label": "favor"}
{"id": "a1", "text": "Relations are ruined.", "label": "hostile"}
`
	opts := corpus.ReadOptions{Name: "x.jsonl", Labels: corpus.LeaderLabels(), KeepGoing: true}
	exs, err := corpus.ReadAll(corpus.ReadJSONL(strings.NewReader(data), opts))
	fmt.Println(len(exs), "valid")
	fmt.Println(err)
	fmt.Println(errors.Is(err, corpus.ErrUnknownLabel), errors.Is(err, corpus.ErrDuplicateID))
	// Output:
	// 1 valid
	// x.jsonl:2: label: unknown label "favor" (want one of recognising, withholding, hostile)
	// x.jsonl:3: id: duplicate id "a1" (first seen on line 1)
	// true true
}

func ExampleReadCSV() {
	const data = `text,label,country,tags
"We respect the voters' choice, grudgingly.",recognising,Elbonia,grudging;negation
"The tallies must be published.",withholding,Latveria,
`
	opts := corpus.ReadOptions{Name: "batch.csv", Labels: corpus.LeaderLabels()}
	for ex, err := range corpus.ReadCSV(strings.NewReader(data), opts) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(ex.ID, ex.Label, ex.Meta["country"], ex.Tags())
	}
	// Output:
	// batch.csv:2 recognising Elbonia [grudging negation]
	// batch.csv:3 withholding Latveria []
}

func ExampleError() {
	const data = `{"text": "We congratulate the winner."}`
	_, err := corpus.ReadAll(corpus.ReadJSONL(strings.NewReader(data), corpus.ReadOptions{Name: "in.jsonl"}))
	var e *corpus.Error
	if errors.As(err, &e) {
		fmt.Println(e.File, e.Line, e.Field, errors.Is(e, corpus.ErrMissingLabel))
	}
	// Output:
	// in.jsonl 1 label true
}

// statements returns a small corpus for the split examples.
func statements() []corpus.Example {
	var exs []corpus.Example
	for i := range 12 {
		exs = append(exs, corpus.Example{
			ID:    fmt.Sprint("s", i),
			Text:  fmt.Sprint("statement ", i),
			Label: corpus.LeaderLabels()[i%3],
			Meta:  map[string]string{"election": fmt.Sprint("election-", i%4)},
		})
	}
	return exs
}

func ExampleStratifiedSplit() {
	train, test, err := corpus.StratifiedSplit(statements(), 0.25, 1)
	if err != nil {
		panic(err)
	}
	count := map[corpus.Label]int{}
	for _, ex := range test {
		count[ex.Label]++
	}
	fmt.Println(len(train), len(test), count)
	// Output:
	// 9 3 map[hostile:1 recognising:1 withholding:1]
}

func ExampleStratifiedKFold() {
	exs := statements()
	folds, err := corpus.StratifiedKFold(exs, 4, 1)
	if err != nil {
		panic(err)
	}
	for _, f := range folds {
		fmt.Println(len(f.Train), len(f.Test))
	}
	// Output:
	// 9 3
	// 9 3
	// 9 3
	// 9 3
}

func ExampleGroupKFold() {
	exs := statements()
	// Keep all statements about one election in the same test fold, so
	// that evaluation measures generalisation to unseen elections.
	folds, err := corpus.GroupKFold(exs, 2, corpus.Example.Election, 1)
	if err != nil {
		panic(err)
	}
	for _, f := range folds {
		elections := map[string]bool{}
		for _, i := range f.Test {
			elections[exs[i].Election()] = true
		}
		fmt.Println(len(f.Test), len(elections))
	}
	// Output:
	// 6 2
	// 6 2
}

func ExampleLeaders() {
	perLabel := map[corpus.Label]int{}
	for _, ex := range corpus.Leaders() {
		perLabel[ex.Label]++
	}
	for _, l := range corpus.LeaderLabels() {
		fmt.Println(l, perLabel[l] > 0)
	}
	// Output:
	// recognising true
	// withholding true
	// hostile true
}

// Every statement of the embedded corpora carries its election's context:
// the declared winner's and the rivals' name forms.
func ExampleEnglish() {
	for _, ex := range corpus.English() {
		if ex.ID == "H0001" {
			fmt.Println(ex.Label, ex.Election())
			fmt.Println(ex.Winner()[:2], ex.Rivals()[:2])
			fmt.Println(ex.Tags())
		}
	}
	// Output:
	// hostile 2024 Venezuela presidential
	// [Nicolás Maduro Maduro] [Edmundo González Urrutia Edmundo González]
	// [who-is-who rival-claimant]
}

func ExampleElectionByID() {
	e, ok := corpus.ElectionByID("2020 United States presidential")
	fmt.Println(ok, e.Date, e.Winner[0], e.Fictional)
	// Output:
	// true 2020-11-03 Joe Biden false
}

func ExampleParseNames() {
	// The syntax of flags and CSV cells: name forms separated by "|".
	fmt.Printf("%q\n", corpus.ParseNames(" Nicolás Maduro | Maduro |"))
	// Output:
	// ["Nicolás Maduro" "Maduro"]
}

func ExampleLanguage() {
	_, err := corpus.Language("it")
	fmt.Println(err)
	es, _ := corpus.Language("es")
	fmt.Println(len(es) > 0, es[0].Meta["lang"])
	// Output:
	// corpus: no statements in language "it" (have de, es, fr, pt, ru)
	// true es
}
