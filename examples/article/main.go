// Command article reads a news article and prints every remark it finds:
// who made it, whether it was quoted or reported, and its stance toward
// the election result, followed by each speaker's overall stance.
//
//	go run ./examples/article [-json] [-explain N] [-model FILE] [-winner FORMS -rivals FORMS] [ARTICLE]
//	go run ./examples/article -eval FILE [-json] [-model FILE]
//
// The article is read from FILE, or from standard input when FILE is
// absent or "-". It must be UTF-8 text; invalid UTF-8 is an error (exit
// status 1) because the byte offsets printed could not be matched with the
// text otherwise. An article with no remark prints "no remarks found"
// (nothing with -json) and exits with status 0.
//
// With -json each remark is one JSON object on its own line, with the keys
// type ("remark"), speaker, role, speaker_aliases, for (whom a spokesperson
// speaks for, when known), text, kind ("direct", "reported" or "action"),
// label, probability, probabilities (label → probability), abstained,
// no_features, about_result, about_result_probability, no_stance (an action
// such as "remained silent", not classified), run (index of the first
// remark of its run: the remarks of a run are classified together and
// repeat the run's prediction), start and end (byte offsets of text in the
// article), quote_start and quote_end (including the quotation marks) and
// headline; -explain N adds an explanation with the N strongest feature
// contributions. Then one object per speaker: type ("speaker"), speaker,
// role, aliases, for, label (empty when no remark of theirs is about the
// result), probabilities, remarks (their remarks about the result), off_topic
// and no_stance (counts). -model labels with a saved model instead of the
// embedded default.
//
// Whether a remark is about the result is judged by the reader's default
// about-result model (article.DefaultAboutJudge): a remark judged off-topic
// keeps its prediction but gives its speaker no stance.
//
// -winner and -rivals give the election's context, the name forms of the
// declared winner and of the rivals separated by | as for examples/classify
// (stance.BindContextFlags): every remark is classified and judged in it.
// Without them the reader reads the text alone; it infers no context from
// the article.
//
//	go run ./examples/article -eval FILE [-json] [-model FILE]
//
// scores the reader on an article set with gold speakers (JSON Lines, as
// corpus/articles/articles.jsonl), each article read in its own winner and
// rivals (the flags stand in for an article without them): speaker
// accuracy, speaker recall, the
// share of off-topic speakers left without a stance, remark counts, and
// each miss (article.Evaluate says how speakers are matched). -json prints
// the same as one JSON object.
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
	ctx     stance.Context
}

func main() {
	var o options
	flag.BoolVar(&o.json, "json", false, "print one JSON object per remark, then per speaker, per line (with -eval: one object)")
	flag.IntVar(&o.explain, "explain", 0, "show the `n` strongest feature contributions behind each label (0: none)")
	flag.StringVar(&o.model, "model", "", "saved model `file` (default: the embedded default model)")
	flag.StringVar(&o.eval, "eval", "", "score the reader on an article set (JSONL `file` with gold speakers) instead of reading an article")
	stance.BindContextFlags(flag.CommandLine, &o.ctx)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: article [flags] [ARTICLE]\n\nLabels the remarks in a news article (the file ARTICLE, or standard input) and sums them up per speaker;\nwith -eval FILE (and no ARTICLE), scores that against the gold speakers of an article set.\n\n")
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
	res := article.Reader{Classifier: m, Context: o.ctx}.Analyze(text)
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
	s := article.Evaluate(arts, func(a article.GoldArticle) article.Result {
		return article.Reader{Classifier: m, Context: a.ContextOr(o.ctx)}.Analyze(a.Text)
	})
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
	Type    string       `json:"type"` // "remark"
	Speaker string       `json:"speaker"`
	Role    string       `json:"role"`
	Aliases []string     `json:"speaker_aliases"`
	For     string       `json:"for,omitempty"`
	Text    string       `json:"text"`
	Kind    article.Kind `json:"kind"`
	stance.PredictionJSON
	AboutResult            bool                    `json:"about_result"`
	AboutResultProbability float64                 `json:"about_result_probability"`
	NoStance               bool                    `json:"no_stance"`
	Run                    int                     `json:"run"`
	Start                  int                     `json:"start"`
	End                    int                     `json:"end"`
	QuoteStart             int                     `json:"quote_start"`
	QuoteEnd               int                     `json:"quote_end"`
	Headline               bool                    `json:"headline"`
	Explanation            *stance.ExplanationJSON `json:"explanation,omitempty"` // offsets within the run's text
}

type jsonSpeaker struct {
	Type          string                   `json:"type"` // "speaker"
	Speaker       string                   `json:"speaker"`
	Role          string                   `json:"role"`
	Aliases       []string                 `json:"aliases"`
	For           string                   `json:"for,omitempty"`
	Label         corpus.Label             `json:"label"`
	Probabilities map[corpus.Label]float64 `json:"probabilities"`
	Remarks       int                      `json:"remarks"`
	OffTopic      int                      `json:"off_topic"`
	NoStance      int                      `json:"no_stance"`
}

func writeJSON(w io.Writer, res article.Result, explain int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range res.Remarks {
		p := a.Prediction
		j := jsonRemark{
			Type: "remark", Speaker: a.Speaker, Role: a.Role, Aliases: nonNil(a.Aliases), For: a.For, Text: a.Text, Kind: a.Kind,
			PredictionJSON: p.JSON(-1), AboutResult: a.AboutResult, AboutResultProbability: a.AboutResultProbability,
			NoStance: a.NoStance, Run: a.Run,
			Start: a.Start, End: a.End, QuoteStart: a.QuoteStart, QuoteEnd: a.QuoteEnd, Headline: a.Headline,
		}
		if explain > 0 && a.Explanation != nil {
			je := a.Explanation.JSON(explain)
			j.Explanation = &je
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	for _, s := range res.Speakers {
		j := jsonSpeaker{Type: "speaker", Speaker: s.Speaker, Role: s.Role, Aliases: nonNil(s.Aliases), For: s.For,
			Label: s.Stance, Probabilities: s.Probabilities, Remarks: s.Remarks, OffTopic: s.OffTopic, NoStance: s.NoStance}
		if j.Probabilities == nil {
			j.Probabilities = map[corpus.Label]float64{}
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
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
		if a.Run != i {
			flags += fmt.Sprintf(" [continues %d]", a.Run+1)
		}
		if !a.AboutResult {
			flags += " [not about the result]"
		}
		if p.Abstained {
			flags += " [abstained]"
		}
		if p.NoFeatures {
			flags += " [no known words]"
		}
		label := fmt.Sprintf("%s %.2f", p.Label, p.Probability)
		if a.NoStance {
			label = "no stance"
		}
		fmt.Fprintf(w, "%d. %s · %s · %s%s\n", i+1, who(a.Speaker, a.Role), a.Kind, label, flags)
		fmt.Fprintf(w, "   %s\n", oneLine(a.Text))
		if explain > 0 && a.Explanation != nil && a.Run == i {
			w.Write(a.Explanation.AppendText(nil, explain))
		}
	}
	fmt.Fprintln(w, "\nSpeakers:")
	for _, s := range res.Speakers {
		writeSpeaker(w, s, labels)
	}
}

// writeSpeaker prints one speaker's summary line, with their other names
// and whom they speak for on a second line.
func writeSpeaker(w io.Writer, s article.Summary, labels []corpus.Label) {
	var counts []string
	for _, l := range labels {
		counts = append(counts, fmt.Sprintf("%s %d", l, s.Counts[l]))
	}
	if s.OffTopic > 0 {
		counts = append(counts, fmt.Sprintf("off topic %d", s.OffTopic))
	}
	if s.NoStance > 0 {
		counts = append(counts, fmt.Sprintf("no stance %d", s.NoStance))
	}
	label := string(s.Stance)
	if label == "" {
		label = "(no stance)"
	}
	plural := "s"
	if s.Remarks == 1 {
		plural = ""
	}
	fmt.Fprintf(w, "  %s: %s (%d remark%s: %s)\n", who(s.Speaker, s.Role), label, s.Remarks, plural, strings.Join(counts, ", "))
	var extra []string
	if len(s.Aliases) > 0 {
		extra = append(extra, "also "+strings.Join(s.Aliases, "; "))
	}
	if s.For != "" {
		extra = append(extra, "for "+s.For)
	}
	if len(extra) > 0 {
		fmt.Fprintf(w, "    %s\n", strings.Join(extra, " · "))
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
