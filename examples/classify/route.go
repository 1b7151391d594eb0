package main

import (
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/lang"
)

// setLang reads -lang: an ISO 639-1 code or a name lang.Parse knows
// ("english"), kept as its code.
func (c *config) setLang(s string) error {
	code, err := lang.Parse(s)
	if err != nil {
		return err
	}
	c.lang = code
	return nil
}

// loadRouters returns a router per task, in the order of -task, and the
// labels of each task's header model. The stance and tone tasks without
// -model route by language (stance.DefaultRouterOptions with
// stance.DefaultLanguage, stance.DefaultToneRouterOptions); a model file,
// and the default of any other task (polarity is English), reads one
// language, its tokenizer's, with no detection. The run routes, detecting
// each statement's language, when -lang is not given and some task uses
// its default model; routing is nil otherwise, and the output is what it
// was before languages. With -lang, every task must have a model of that
// language.
func (c *config) loadRouters() (rs []*stance.Router, labels [][]corpus.Label, routing *stance.Router, err error) {
	if err := c.checkTasks(); err != nil {
		return nil, nil, nil, err
	}
	if c.lang != "" {
		if err := c.setLang(c.lang); err != nil {
			return nil, nil, nil, fmt.Errorf("-lang %s: %w", c.lang, err)
		}
	}
	defaults := false
	for _, t := range c.tasks {
		file := c.fileOf(t)
		var r *stance.Router
		switch {
		case file == "" && (t == stance.TaskStance || t == stance.TaskTone):
			o := stance.DefaultRouterOptions()
			model := stance.DefaultLanguage
			if t == stance.TaskTone {
				o, model = stance.DefaultToneRouterOptions(), stance.DefaultToneLanguage
			}
			o.Model = func(code string) (*stance.Model, error) {
				m, err := model(code)
				return c.abstain(m), err
			}
			r, err = stance.NewRouter(o)
		default:
			r, err = c.oneModelRouter(t, file)
		}
		if err != nil {
			return nil, nil, nil, err
		}
		defaults = defaults || file == ""
		m, err := r.Model(headerLang(c.lang, r))
		if err != nil && c.lang != "" {
			return nil, nil, nil, fmt.Errorf("-lang %s, task %s: %w", c.lang, t, err)
		} else if err != nil {
			return nil, nil, nil, fmt.Errorf("task %s: %w", t, err)
		}
		rs, labels = append(rs, r), append(labels, m.Labels())
	}
	if c.lang == "" && defaults {
		routing, err = stance.DefaultRouter()
	}
	return rs, labels, routing, err
}

// headerLang returns the language whose model gives a task's header
// labels: the -lang language, else English if r has it, else r's first.
func headerLang(pin string, r *stance.Router) string {
	langs := r.Languages()
	switch {
	case pin != "":
		return pin
	case slices.Contains(langs, "en"):
		return "en"
	}
	return langs[0]
}

// oneModelRouter returns the router of a task whose model is a file, or
// the default of a task other than stance and tone: one model, one
// language, no detection.
func (c *config) oneModelRouter(task, file string) (*stance.Router, error) {
	var m *stance.Model
	var err error
	if file == "" {
		m, err = stance.DefaultFor(task)
	} else if m, err = stance.LoadFile(file); err == nil && m.Task() != task {
		err = fmt.Errorf("-model %s: a %s model, given for task %s", file, m.Task(), task)
	}
	if err != nil {
		return nil, err
	}
	code, err := lang.Parse(m.Options().Tokenizer.Language)
	if err != nil {
		return nil, fmt.Errorf("task %s: the model's language: %w", task, err)
	}
	m = c.abstain(m)
	return stance.NewRouter(stance.RouterOptions{Languages: []string{code},
		Model: func(string) (*stance.Model, error) { return m, nil }})
}

// abstain applies -min-prob and -min-margin to m; without them m keeps
// its own abstention.
func (c *config) abstain(m *stance.Model) *stance.Model {
	if m == nil || c.minProb == 0 && c.minMargin == 0 {
		return m
	}
	return m.WithAbstention(stance.Abstention{MinProbability: c.minProb, MinMargin: c.minMargin})
}

// langOf returns the language a statement is read in: -lang's; else,
// when the run routes, the record's own lang field or the detected one;
// else "" (each task's one language). The field is read by
// lang.ParseField: a code of a language without a model answers the row
// unsupported; anything else unknown is an error.
func (k *classifier) langOf(fields map[string]string, text string) (string, error) {
	switch {
	case k.lang != "":
		return k.lang, nil
	case k.routing == nil:
		return "", nil
	}
	code, err := lang.ParseField(fields["lang"])
	switch {
	case err != nil:
		return "", fmt.Errorf("lang field: %w", err)
	case code == "":
		return k.routing.Language(text), nil
	}
	return code, nil
}

// predict returns every task's answer for a statement in language code
// ("" for each task's own), into rs.
//
// The polarity task reads any English text (reviews, posts), and the
// language detector, trained on election statements, refuses much of it:
// 553 of the 3,000 English review sentences of corpus/sentiment/uci.tsv
// are lang.Unsupported to lang.Detect. So for polarity an undetermined
// language is read as the model's own, English; a statement detected as
// another language the detector knows (Spanish, Russian…), or pinned to
// one, is still answered unsupported.
func (k *classifier) predict(code string, ctx stance.Context, text string, rs *[]stance.Routed) error {
	*rs = (*rs)[:0]
	unknown := false // a row's code of a language lang.Parse does not know
	if code != "" && code != lang.Unsupported {
		_, err := lang.Parse(code)
		unknown = err != nil
	}
	for i, r := range k.routers {
		c := code
		if c == lang.Unsupported && k.tasks[i] == stance.TaskPolarity {
			c = "" // polarity: see above
		} else if unknown {
			*rs = append(*rs, stance.Routed{Lang: code, Unsupported: true})
			continue
		}
		p, err := r.PredictLang(c, ctx, text)
		if err != nil {
			return err
		}
		*rs = append(*rs, p)
	}
	return nil
}
