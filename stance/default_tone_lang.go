package stance

import (
	"embed"
	"fmt"
	"sync"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/lang"
)

//go:generate go run ./internal/gendefault -task tone -lang es -out tonemodels/es.bin
//go:generate go run ./internal/gendefault -task tone -lang fr -out tonemodels/fr.bin
//go:generate go run ./internal/gendefault -task tone -lang ru -out tonemodels/ru.bin
//go:generate go run ./internal/gendefault -task tone -lang pt -out tonemodels/pt.bin
//go:generate go run ./internal/gendefault -task tone -lang de -out tonemodels/de.bin

// toneLangModels holds the default tone models of the languages other
// than English ([DefaultToneLanguage]), one per ISO 639-1 code
// (tonemodels/es.bin, …), written by `go generate ./stance` and checked
// by TestToneLanguageDefaultsAreCurrent. Each is in the shared-feature
// encoding against the language's stance model (langmodels/CODE.bin),
// whose features it has (shared_compact.go): 81–91 KB a language
// instead of the 480–800 KB of a compact encoding of its own. As for the
// stance models of langModels, nothing is decoded until a program asks
// for a language; the tone model then decodes the stance model too.
//
//go:embed tonemodels/*.bin
var toneLangModels embed.FS

// toneLangModel decodes each language's tone model once, on first use.
var toneLangModel = func() map[string]func() (*Model, error) {
	m := make(map[string]func() (*Model, error), len(otherLanguages))
	for _, code := range otherLanguages {
		m[code] = sync.OnceValues(func() (*Model, error) {
			b, err := toneLangModels.ReadFile("tonemodels/" + code + ".bin")
			var base, model *Model
			if err == nil {
				base, err = DefaultLanguage(code)
			}
			if err == nil {
				if model, err = decodeShared(b, base); err == nil {
					return model, nil
				}
			}
			return nil, fmt.Errorf("the embedded default tone model for %q: %w", code, err)
		})
	}
	return m
}()

// DefaultToneLanguage returns the default tone model of a language, given
// by its ISO 639-1 code or a name [lang.Parse] accepts, for the languages
// of [DefaultLanguages]: English is [DefaultTone]; Spanish, French,
// Russian, Portuguese and German are [ToneLanguageOptions] trained on the
// "tone" field of the language's embedded corpus (corpus.Language),
// calibrated as DefaultTone is. Text in one of those languages gets the
// tone its own language's statements taught, not the English model's
// guess: the English model scores macro-F1 0.24–0.39 on their corpora's
// statements, their own models 0.74–0.79 in leave-elections-out 10-fold
// cross-validation (TestToneLanguageDefaultsCrossValidation in
// stance/stancetest). Each is decoded once, on first use, from a
// copy embedded in the binary. A language without a default tone model is
// an error wrapping [ErrUnsupportedLanguage]; an unknown name one
// wrapping lang.ErrUnknownLanguage.
func DefaultToneLanguage(code string) (*Model, error) {
	c, err := lang.Parse(code)
	if err != nil {
		return nil, err
	}
	if c == "en" {
		return DefaultTone()
	}
	if get, ok := toneLangModel[c]; ok {
		return get()
	}
	return nil, fmt.Errorf("stance: %w %q: no default tone model (have: %v)", ErrUnsupportedLanguage, c, DefaultLanguages())
}

// DefaultToneRouterOptions returns [DefaultRouterOptions] with the tone
// models of [DefaultToneLanguage] in place of the stance models: the same
// languages, detection and English fallback, so a statement gets its tone
// from the model of the language its stance is read in.
func DefaultToneRouterOptions() RouterOptions {
	o := DefaultRouterOptions()
	o.Model = DefaultToneLanguage
	return o
}

// ToneLanguageOptions returns the options of the default tone model of a
// language (ISO 639-1 code or a name [lang.Parse] accepts): for English
// [ToneOptions]; for the others the language's stance analysis,
// [LanguageOptions], turned into a tone model as ToneOptions turns
// DefaultOptions: multinomial naive Bayes, the label set
// corpus.ToneLabels and the task [TaskTone]. Complement NB was within
// noise of multinomial on every language in leave-elections-out 10-fold
// cross-validation of the tones (paired bootstrap 95% intervals of the
// macro-F1 difference all containing zero: es −0.012 [−0.032, +0.004],
// fr −0.003 [−0.018, +0.012], ru +0.009 [−0.007, +0.027], pt +0.008
// [−0.014, +0.028], de +0.002 [−0.014, +0.018], multinomial minus
// complement; go run ./examples/evaluate -corpus es -task tone -group-by
// election -kind mnb -compare cnb), so the English choice stands. An
// unknown language is an error.
func ToneLanguageOptions(code string) (Options, error) {
	c, err := lang.Parse(code)
	if err != nil {
		return Options{}, err
	}
	if c == "en" {
		return ToneOptions(), nil
	}
	o, err := LanguageOptions(c)
	if err != nil {
		return Options{}, err
	}
	o.Kind = Multinomial
	o.Labels = corpus.ToneLabels()
	o.Task = TaskTone
	return o, nil
}

// EncodeDefaultToneLanguage trains and calibrates the default tone model
// of a language other than English ([DefaultToneLanguage]) and returns
// its encoding against the features of the language's embedded stance
// model ([DefaultLanguage]), the content of the embedded
// tonemodels/CODE.bin. It exists for `go generate`, which writes the
// stance models first, and the test that checks the embedded copies.
func EncodeDefaultToneLanguage(code string) ([]byte, error) {
	m, err := trainDefaultToneLanguage(code)
	if err != nil {
		return nil, err
	}
	base, err := DefaultLanguage(code)
	if err != nil {
		return nil, err
	}
	b, err := m.encodeShared(base)
	if err != nil {
		return nil, fmt.Errorf("stance: the %s tone model: %w (is langmodels/%s.bin current? go generate ./stance)", code, err, code)
	}
	return b, nil
}

// trainDefaultToneLanguage trains ToneLanguageOptions(code) on the tones
// of the language's corpus, calibrated as the English tone default is
// (defaultCalibration: the folds grouped by election).
func trainDefaultToneLanguage(code string) (*Model, error) {
	exs, err := corpus.Language(code)
	if err != nil {
		return nil, err
	}
	if exs, err = corpus.Relabel(exs, TaskTone); err != nil {
		return nil, err
	}
	o, err := ToneLanguageOptions(code)
	if err != nil {
		return nil, err
	}
	return TrainCalibrated(exs, o, defaultCalibration)
}
