// Command article reads a news article and prints every remark it finds:
// who made it, whether it was quoted or reported, and its stance toward
// the election result, followed by each speaker's overall stance.
//
//	go run ./examples/article [-json] [-explain N] [-model FILE] [ARTICLE]
//
// The article is read from FILE, or from standard input when FILE is
// absent or "-". It must be UTF-8 text; invalid UTF-8 is an error (exit
// status 1) because the byte offsets printed could not be matched with the
// text otherwise. An article with no remark prints "no remarks found"
// (nothing with -json) and exits with status 0.
//
// With -json each remark is one JSON object on its own line, with the keys
// speaker, role, text, kind ("direct" or "reported"), label, probability,
// probabilities (label → probability), abstained, no_features, start and end
// (byte offsets of text in the article), quote_start and quote_end
// (including the quotation marks) and headline; -explain N adds an
// explanation with the N strongest feature contributions. The per-speaker
// summary is not printed with -json. -model labels with a saved model
// instead of the embedded default.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/article"
)

// options are the program's settings, from its flags.
type options struct {
	json    bool
	explain int
	model   string
	eval    string
}

func main() {
	var o options
	flag.BoolVar(&o.json, "json", false, "print one JSON object per remark per line")
	flag.IntVar(&o.explain, "explain", 0, "show the `n` strongest feature contributions behind each label (0: none)")
	flag.StringVar(&o.model, "model", "", "saved model `file` (default: the embedded default model)")
	flag.StringVar(&o.eval, "eval", "", "score the reader on an article set (JSONL `file` with gold speakers) instead of reading an article")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: article [flags] [ARTICLE]\n\nLabels the remarks in a news article (the file ARTICLE, or standard input) and sums them up per speaker.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 || o.explain < 0 {
		fmt.Fprintln(os.Stderr, "article: want one ARTICLE at most, and -explain ≥ 0")
		flag.Usage()
		os.Exit(2)
	}
	if o.eval != "" && flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "article: -eval takes no ARTICLE")
		flag.Usage()
		os.Exit(2)
	}
	do := run
	if o.eval != "" {
		do = func(_ string, o options, _ io.Reader, stdout io.Writer) error { return evaluate(o, stdout) }
	}
	if err := do(flag.Arg(0), o, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "article:", err)
		os.Exit(1)
	}
}

func run(name string, o options, stdin io.Reader, stdout io.Writer) error {
	text, err := read(name, stdin)
	if err != nil {
		return err
	}
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%s is not valid UTF-8 (first bad byte at offset %d)", display(name), off)
	}
	m, err := loadModel(o.model)
	if err != nil {
		return err
	}
	res := article.Analyze(text, m)
	w := bufio.NewWriter(stdout)
	if o.json {
		err = writeJSON(w, res, o.explain)
	} else {
		writeText(w, res, m.Labels(), o.explain)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

// evaluate scores the reader on the article set o.eval.
func evaluate(o options, stdout io.Writer) error {
	arts, err := article.ReadGoldFile(o.eval)
	if err != nil {
		return err
	}
	m, err := loadModel(o.model)
	if err != nil {
		return err
	}
	s := article.Evaluate(arts, func(a article.GoldArticle) article.Result { return article.Analyze(a.Text, m) })
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	}
	_, err = stdout.Write(s.AppendText(nil))
	return err
}

// loadModel loads the saved model at path, or the default model.
func loadModel(path string) (*stance.Model, error) {
	if path == "" {
		return stance.Default()
	}
	return stance.LoadFile(path)
}

func read(name string, stdin io.Reader) (string, error) {
	var b []byte
	var err error
	if name == "" || name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	return string(b), err
}

func display(name string) string {
	if name == "" || name == "-" {
		return "standard input"
	}
	return name
}

type jsonRemark struct {
	Speaker string       `json:"speaker"`
	Role    string       `json:"role"`
	Text    string       `json:"text"`
	Kind    article.Kind `json:"kind"`
	stance.PredictionJSON
	Start       int                     `json:"start"`
	End         int                     `json:"end"`
	QuoteStart  int                     `json:"quote_start"`
	QuoteEnd    int                     `json:"quote_end"`
	Headline    bool                    `json:"headline"`
	Explanation *stance.ExplanationJSON `json:"explanation,omitempty"` // offsets within text
}

func writeJSON(w io.Writer, res article.Result, explain int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range res.Remarks {
		p := a.Prediction
		j := jsonRemark{
			Speaker: a.Speaker, Role: a.Role, Text: a.Text, Kind: a.Kind,
			PredictionJSON: p.JSON(-1),
			Start:          a.Start, End: a.End, QuoteStart: a.QuoteStart, QuoteEnd: a.QuoteEnd, Headline: a.Headline,
		}
		if explain > 0 && a.Explanation != nil {
			je := a.Explanation.JSON(explain)
			j.Explanation = &je
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}

func writeText(w io.Writer, res article.Result, labels []corpus.Label, explain int) {
	if len(res.Remarks) == 0 {
		fmt.Fprintln(w, "no remarks found")
		return
	}
	for i, a := range res.Remarks {
		p := a.Prediction
		flags := ""
		if a.Headline {
			flags += " [headline]"
		}
		if p.Abstained {
			flags += " [abstained]"
		}
		if p.NoFeatures {
			flags += " [no known words]"
		}
		fmt.Fprintf(w, "%d. %s · %s · %s %.2f%s\n", i+1, who(a.Speaker, a.Role), a.Kind, p.Label, p.Probability, flags)
		fmt.Fprintf(w, "   %s\n", oneLine(a.Text))
		if explain > 0 && a.Explanation != nil {
			w.Write(a.Explanation.AppendText(nil, explain))
		}
	}
	fmt.Fprintln(w, "\nSpeakers:")
	for _, s := range res.Speakers {
		var counts []string
		for _, l := range labels {
			counts = append(counts, fmt.Sprintf("%s %d", l, s.Counts[l]))
		}
		plural := "s"
		if s.Remarks == 1 {
			plural = ""
		}
		fmt.Fprintf(w, "  %s: %s (%d remark%s: %s)\n", who(s.Speaker, s.Role), s.Stance, s.Remarks, plural, strings.Join(counts, ", "))
	}
}

func who(speaker, role string) string {
	switch {
	case speaker == "":
		return "(no speaker)"
	case role != "":
		return speaker + " (" + role + ")"
	}
	return speaker
}

// oneLine folds the line breaks of a hard-wrapped remark for display.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
