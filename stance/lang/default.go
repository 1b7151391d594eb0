package lang

import (
	"fmt"
	"sync"

	"github.com/stancekit/stancekit/corpus"
)

// Default returns the default model: [DefaultOptions] trained on the
// embedded corpora of the [Supported] languages (corpus.English and
// corpus.Language). It is trained on first use, once, and shared; nothing
// is trained or parsed until a program asks for it, so a program that only
// uses English pays nothing.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = trainDefault() })
	return defaultModel, defaultErr
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

func trainDefault() (*Model, error) {
	texts := make(map[string][]string, len(supported))
	for _, code := range supported {
		var ex []corpus.Example
		if code == "en" {
			ex = corpus.English()
		} else {
			var err error
			if ex, err = corpus.Language(code); err != nil {
				return nil, fmt.Errorf("lang: default model: %w", err)
			}
		}
		for _, e := range ex {
			texts[code] = append(texts[code], e.Text)
		}
	}
	return Train(texts, DefaultOptions())
}

// Detect returns the ISO 639-1 code of text's language, one of
// [Supported], and the default model's confidence in it (see
// [Model.Detect]); or [Unsupported] and 0 for text in any other language
// and for text without letters. It never guesses a supported language for
// text the model does not recognise: routing such text to the English
// model would give it a stance learnt from names and numbers.
//
// The default model is trained on the first call ([Default]); should that
// fail, which the package's tests rule out for the embedded corpora,
// Detect answers [Unsupported].
func Detect(text string) (string, float64) {
	m, err := Default()
	if err != nil {
		return Unsupported, 0
	}
	return m.Detect(text)
}
