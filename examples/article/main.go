// Command article reads a news article and prints every remark it finds:
// who made it, whether it was quoted or reported, and its stance toward
// the election result, followed by each speaker's overall stance.
//
//	go run ./examples/article [-json] [-explain N] [-model FILE] [-lang CODE] [-task stance,tone] [-winner FORMS -rivals FORMS] [ARTICLE]
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
// article), quote_start and quote_end (including the quotation marks),
// headline and inferred (a remark no construction gave: the rest of an
// otherwise unread sentence naming one person, other languages only);
// -explain N adds an explanation with the N strongest feature
// contributions. Then one object per speaker: type ("speaker"), speaker,
// role, aliases, for, label (empty when no remark of theirs is about the
// result), probabilities, remarks (their remarks about the result), off_topic
// and no_stance (counts). -model labels with a saved model instead of the
// embedded default.
//
// The article's language is detected (stance/lang), or given with -lang
// (a code or a name: es, spanish). It chooses how remarks are found
// (article.ExtractLang: English, or the direct quotations, reported speech
// and reported acts of German, Spanish, French, Portuguese and Russian)
// and, without -model, the model:
// stance.DefaultLanguage of the language. A language with no default model
// gets no label: each remark says "unsupported language" (JSON:
// "unsupported_language": CODE, label empty) rather than being labelled by
// the English model. An article whose language detection refuses to name
// is read as English, as the reader does.
//
// -task stance,tone also labels the tone of every remark and speaker
// (positive, neutral or negative: the wording's valence, whatever the
// stance) with the default tone model of the article's language
// (stance.DefaultToneLanguage: stance.DefaultTone for English), through
// article.ToneOf: a speaker's tone is the label of the mean tone
// probabilities over all their remarks. Text output adds "tone LABEL P"
// to each remark and speaker line; JSON adds tone, tone_probability and
// tone_probabilities to every object. For an article in a language
// without a tone model the tone is left out and a note says so on
// standard error.
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
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/article"
	"github.com/stancekit/stancekit/stance/lang"
)

// options are the program's settings, from its flags.
type options struct {
	json    bool
	explain int
	model   string
	eval    string
	lang    string
	tone    bool // -task stance,tone
	ctx     stance.Context
}

func main() {
	var o options
	flag.BoolVar(&o.json, "json", false, "print one JSON object per remark, then per speaker, per line (with -eval: one object)")
	flag.IntVar(&o.explain, "explain", 0, "show the `n` strongest feature contributions behind each label (0: none)")
	flag.StringVar(&o.model, "model", "", "saved model `file` (default: the embedded default model of the article's language)")
	flag.StringVar(&o.eval, "eval", "", "score the reader on an article set (JSONL `file` with gold speakers) instead of reading an article")
	flag.StringVar(&o.lang, "lang", "", "the article's language, a `code` or name (default: detected)")
	flag.Func("task", "what to label: stance (default) or stance,tone (tone: positive, neutral, negative, for each remark and speaker)", func(v string) error {
		switch strings.ReplaceAll(v, " ", "") {
		case "stance":
			o.tone = false
		case "stance,tone", "tone,stance":
			o.tone = true
		default:
			return fmt.Errorf("%q: want stance or stance,tone", v)
		}
		return nil
	})
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
	if o.lang != "" {
		if _, err := lang.Parse(o.lang); err != nil {
			fmt.Fprintln(os.Stderr, "article:", err)
			flag.Usage()
			os.Exit(2)
		}
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
	code, err := language(o.lang, text)
	if err != nil {
		return err
	}
	m, unsupported, err := modelFor(o.model, code)
	if err != nil {
		return err
	}
	res := article.Reader{Classifier: m, Context: o.ctx, Lang: code}.Analyze(text)
	tones, err := toneOf(o, code, res)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	var labels []corpus.Label
	if m != nil {
		labels = m.Labels()
	}
	if o.json {
		err = writeJSON(w, res, tones, o.explain, unsupported)
	} else {
		writeText(w, res, tones, labels, o.explain, unsupported)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

// toneOf labels the tones of res's remarks and speakers when -task asks
// for them, with the default tone model of the article's language
// (stance.DefaultToneLanguage); nil when -task does not ask, or when the
// language has no tone model (a note on standard error says so: no
// English guess at another language's tone).
func toneOf(o options, code string, res article.Result) (*article.Tones, error) {
	if !o.tone {
		return nil, nil
	}
	m, err := stance.DefaultToneLanguage(code)
	if errors.Is(err, stance.ErrUnsupportedLanguage) {
		fmt.Fprintf(os.Stderr, "article: no tone model for the article's language (%s); no tone for this article\n", code)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	t := article.ToneOf(res, m, o.ctx)
	return &t, nil
}

// evaluate scores the reader on the article set o.eval.
func evaluate(o options, stdout io.Writer) error {
	arts, err := article.ReadGoldFile(o.eval)
	if err != nil {
		return err
	}
	// Each article is read in its language (its lang field, else -lang,
	// else detected) and, without -model, labelled by that language's
	// default model, as a single article is.
	models := map[string]*stance.Model{}
	var failed error
	s := article.Evaluate(arts, func(a article.GoldArticle) article.Result {
		code, err := language(cmp.Or(a.Lang, o.lang), a.Text)
		if err == nil {
			if _, ok := models[code]; !ok {
				models[code], _, err = modelFor(o.model, code)
			}
		}
		if err != nil && failed == nil {
			failed = fmt.Errorf("article %s: %w", a.ID, err)
		}
		return article.Reader{Classifier: models[code], Context: a.ContextOr(o.ctx), Lang: code}.Analyze(a.Text)
	})
	if failed != nil {
		return failed
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	}
	_, err = stdout.Write(s.AppendText(nil))
	return err
}

// language is the article's language: the -lang value as lang.Parse
// reads it, or the detected code; "en" when detection refuses to name one
// (the reader then uses the English rules too).
func language(flagValue, text string) (string, error) {
	if flagValue != "" {
		return lang.Parse(flagValue)
	}
	code, _ := lang.Detect(text)
	if code == lang.Unsupported {
		code = "en"
	}
	return code, nil
}

// modelFor returns the saved model at path or, without one, the default
// stance model of the language code. A language with no default model
// gives a nil model and unsupported = code, so that remarks go unlabelled
// rather than labelled by a model of another language.
func modelFor(path, code string) (m *stance.Model, unsupported string, err error) {
	if path != "" {
		m, err = stance.LoadFile(path)
		return m, "", err
	}
	m, err = stance.DefaultLanguage(code)
	if errors.Is(err, stance.ErrUnsupportedLanguage) {
		return nil, code, nil
	}
	return m, "", err
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
	Inferred               bool                    `json:"inferred"`
	Explanation            *stance.ExplanationJSON `json:"explanation,omitempty"` // offsets within the run's text
	UnsupportedLanguage    string                  `json:"unsupported_language,omitempty"`
	*jsonTone
}

// jsonTone is the tone of a remark or speaker, with -task stance,tone.
type jsonTone struct {
	Tone              corpus.Label             `json:"tone"`
	ToneProbability   float64                  `json:"tone_probability"`
	ToneProbabilities map[corpus.Label]float64 `json:"tone_probabilities"`
}

// toneJSON returns p as a tone's JSON fields; nil when there are no tones.
func toneJSON(t *article.Tones, p func(*article.Tones) stance.Prediction) *jsonTone {
	if t == nil {
		return nil
	}
	q := p(t)
	return &jsonTone{Tone: q.Label, ToneProbability: q.Probability, ToneProbabilities: q.Probabilities()}
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
	*jsonTone
}

func writeJSON(w io.Writer, res article.Result, tones *article.Tones, explain int, unsupported string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, a := range res.Remarks {
		p := a.Prediction
		j := jsonRemark{
			Type: "remark", Speaker: a.Speaker, Role: a.Role, Aliases: nonNil(a.Aliases), For: a.For, Text: a.Text, Kind: a.Kind,
			PredictionJSON: p.JSON(-1), AboutResult: a.AboutResult, AboutResultProbability: a.AboutResultProbability,
			NoStance: a.NoStance, Run: a.Run,
			Start: a.Start, End: a.End, QuoteStart: a.QuoteStart, QuoteEnd: a.QuoteEnd, Headline: a.Headline, Inferred: a.Inferred,
			UnsupportedLanguage: unsupported,
			jsonTone:            toneJSON(tones, func(t *article.Tones) stance.Prediction { return t.Remarks[i] }),
		}
		if explain > 0 && a.Explanation != nil {
			je := a.Explanation.JSON(explain)
			j.Explanation = &je
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	for i, s := range res.Speakers {
		j := jsonSpeaker{Type: "speaker", Speaker: s.Speaker, Role: s.Role, Aliases: nonNil(s.Aliases), For: s.For,
			Label: s.Stance, Probabilities: s.Probabilities, Remarks: s.Remarks, OffTopic: s.OffTopic, NoStance: s.NoStance,
			jsonTone: toneJSON(tones, func(t *article.Tones) stance.Prediction { return t.Speakers[i] })}
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

func writeText(w io.Writer, res article.Result, tones *article.Tones, labels []corpus.Label, explain int, unsupported string) {
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
		if a.Inferred {
			flags += " [inferred]"
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
		switch {
		case a.NoStance:
			label = "no stance"
		case unsupported != "":
			label = "unsupported language (" + unsupported + ")"
		}
		if tones != nil {
			label += " · tone " + toneText(tones.Remarks[i])
		}
		fmt.Fprintf(w, "%d. %s · %s · %s%s\n", i+1, who(a.Speaker, a.Role), a.Kind, label, flags)
		fmt.Fprintf(w, "   %s\n", oneLine(a.Text))
		if explain > 0 && a.Explanation != nil && a.Run == i {
			w.Write(a.Explanation.AppendText(nil, explain))
		}
	}
	fmt.Fprintln(w, "\nSpeakers:")
	for i, s := range res.Speakers {
		tone := ""
		if tones != nil && tones.Speakers[i].Label != "" {
			tone = " · tone " + toneText(tones.Speakers[i])
		}
		writeSpeaker(w, s, labels, tone)
	}
}

// toneText is a tone as the text output shows it: "positive 0.81".
func toneText(p stance.Prediction) string { return fmt.Sprintf("%s %.2f", p.Label, p.Probability) }

// writeSpeaker prints one speaker's summary line, with their other names
// and whom they speak for on a second line.
func writeSpeaker(w io.Writer, s article.Summary, labels []corpus.Label, tone string) {
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
	detail := ""
	if len(counts) > 0 {
		detail = ": " + strings.Join(counts, ", ")
	}
	fmt.Fprintf(w, "  %s: %s (%d remark%s%s)%s\n", who(s.Speaker, s.Role), label, s.Remarks, plural, detail, tone)
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
