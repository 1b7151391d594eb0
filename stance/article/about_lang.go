package article

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

//go:generate go run ./internal/genabout -lang es -out aboutmodels/es.bin
//go:generate go run ./internal/genabout -lang fr -out aboutmodels/fr.bin
//go:generate go run ./internal/genabout -lang ru -out aboutmodels/ru.bin
//go:generate go run ./internal/genabout -lang pt -out aboutmodels/pt.bin
//go:generate go run ./internal/genabout -lang de -out aboutmodels/de.bin

// aboutModels holds the about-result judges of the languages other than
// English, one compact encoding per ISO 639-1 code (aboutmodels/es.bin, …),
// written by `go generate ./stance/article` and checked by
// TestLanguageAboutJudgesAreCurrent as about.bin is.
//
//go:embed aboutmodels/*.bin
var aboutModels embed.FS

// languageAboutThresholds are the thresholds of the language judges
// ([DefaultAboutJudgeLang]), each chosen as [DefaultAboutThreshold] is, by
// nested cross-validation of the language's training set grouped by
// election and topic ([CrossValidateDefaultAboutLang]; checked by
// TestLanguageAboutJudgesAreCurrent).
var languageAboutThresholds = map[string]float64{"de": 0.78, "es": 0.64, "fr": 0.55, "pt": 0.61, "ru": 0.62}

// languageAbout decodes each language's judge model once, on first use.
var languageAbout = func() map[string]func() (*stance.Model, error) {
	m := make(map[string]func() (*stance.Model, error), len(languageAboutThresholds))
	for code := range languageAboutThresholds {
		m[code] = sync.OnceValues(func() (*stance.Model, error) {
			b, err := aboutModels.ReadFile("aboutmodels/" + code + ".bin")
			if err == nil {
				var model *stance.Model
				if model, err = stance.DecodeCompact(b); err == nil {
					return model, nil
				}
			}
			return nil, fmt.Errorf("the embedded about-result model for %q: %w", code, err)
		})
	}
	return m
}()

// AboutLanguages returns the ISO 639-1 codes of the languages other than
// English that have a default about-result judge ([DefaultAboutJudgeLang]),
// sorted.
func AboutLanguages() []string {
	codes := make([]string, 0, len(languageAboutThresholds))
	for c := range languageAboutThresholds {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// DefaultAboutJudgeLang returns the default about-result judge of a
// language, given by its ISO 639-1 code: for "en" [DefaultAboutJudge];
// for Spanish, French, Russian, Portuguese and German a complement naive
// Bayes model trained with [AboutOptionsLang] on [AboutCorpusLang] (the
// language's 1,520 stance statements against its off-topic remarks, both
// written natively) and calibrated as the English one is, with its own
// threshold chosen by nested cross-validation (macro-F1 0.88–0.92:
// TestLanguageAboutJudgesAreCurrent). Each model is decoded on first use
// from a copy embedded in the binary. Another code is an error wrapping
// [stance.ErrUnsupportedLanguage].
//
// Unlike the English judge, these are not the [Reader]'s default: on the
// project's articles in these languages (corpus/articles/articles_lang.jsonl
// and testdata/lang/heldout4) the reader without a judge, whose
// commentators' remarks are never about the result, labelled 113 of 177 and
// 17 of 25 gold speakers and left 23 of 26 off-topic speakers without a
// stance; with these judges as well, 107, 15 and 25: statement-trained
// judges take the stance from more short article fragments than they find
// off-topic speakers there. Give one to a Reader
// (AboutResult: judge.Judge) to judge remarks anyway.
func DefaultAboutJudgeLang(code string) (AboutJudge, error) {
	if code == "en" {
		return DefaultAboutJudge()
	}
	decode, ok := languageAbout[code]
	if !ok {
		return AboutJudge{}, fmt.Errorf("article: no about-result judge for %q (have en, %s): %w",
			code, strings.Join(AboutLanguages(), ", "), stance.ErrUnsupportedLanguage)
	}
	m, err := decode()
	if err != nil {
		return AboutJudge{}, err
	}
	return AboutJudge{Model: m, Threshold: languageAboutThresholds[code]}, nil
}

// AboutCorpusLang returns the training set of a language's about-result
// judge, built as [AboutCorpus] is: every stance statement of
// corpus.Language(code) labelled about_result, then every remark of
// corpus.OffTopicLanguage(code), each with its "group" for grouped
// cross-validation. "en" is [AboutCorpus].
func AboutCorpusLang(code string) ([]corpus.Example, error) {
	if code == "en" {
		return AboutCorpus(), nil
	}
	statements, err := corpus.Language(code)
	if err != nil {
		return nil, err
	}
	off, err := corpus.OffTopicLanguage(code)
	if err != nil {
		return nil, err
	}
	return aboutExamples(statements, off), nil
}

// AboutOptionsLang returns the training options of a language's judge:
// stance.LanguageOptions(code) with unigrams only and the labels fixed to
// [AboutLabels], as [AboutOptions] changes the English defaults. "en" is
// [AboutOptions].
func AboutOptionsLang(code string) (stance.Options, error) {
	if code == "en" {
		return AboutOptions(), nil
	}
	o, err := stance.LanguageOptions(code)
	if err != nil {
		return stance.Options{}, err
	}
	o.Tokenizer.NGramMin, o.Tokenizer.NGramMax = 1, 1
	o.Labels = AboutLabels()
	return o, nil
}

// EncodeDefaultAboutLang trains a language's default judge model and
// returns its compact encoding, the content of aboutmodels/CODE.bin (for
// "en", about.bin). It exists for `go generate` and the test that checks
// the embedded copies.
func EncodeDefaultAboutLang(code string) ([]byte, error) {
	exs, o, err := aboutTraining(code)
	if err != nil {
		return nil, err
	}
	m, err := stance.TrainCalibrated(exs, o, aboutCalibration)
	if err != nil {
		return nil, fmt.Errorf("about-result judge for %q: %w", code, err)
	}
	return m.EncodeCompact()
}

// CrossValidateDefaultAboutLang cross-validates a language's default judge
// training as [CrossValidateDefaultAbout] does the English one: its
// Threshold is the language's default threshold.
func CrossValidateDefaultAboutLang(code string) (AboutCV, error) {
	exs, o, err := aboutTraining(code)
	if err != nil {
		return AboutCV{}, err
	}
	return CrossValidateAbout(exs, o, aboutCalibration)
}

// aboutTraining returns a language's judge training set and options.
func aboutTraining(code string) ([]corpus.Example, stance.Options, error) {
	exs, err := AboutCorpusLang(code)
	if err != nil {
		return nil, stance.Options{}, err
	}
	o, err := AboutOptionsLang(code)
	return exs, o, err
}
