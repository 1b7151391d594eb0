package stance

import (
	"errors"
	"fmt"

	"github.com/stancekit/stancekit/stance/lang"
)

// ErrUnsupportedLanguage is wrapped by the error of [DefaultLanguage] for a
// language the project has no stance model for. A caller that routes text
// by its detected language reports such text as unsupported, never with
// the English model's guess.
var ErrUnsupportedLanguage = errors.New("unsupported language")

// DefaultLanguage returns the default stance model for a language, given by
// its ISO 639-1 code or any name [lang.Parse] accepts ("es", "spanish",
// "Español"). English is [Default]. A language without a default model is
// an error wrapping [ErrUnsupportedLanguage]; an unknown name one wrapping
// lang.ErrUnknownLanguage.
func DefaultLanguage(code string) (*Model, error) {
	c, err := lang.Parse(code)
	if err != nil {
		return nil, err
	}
	if c == "en" {
		return Default()
	}
	return nil, fmt.Errorf("stance: %w %q: no default model (have: %v)", ErrUnsupportedLanguage, c, DefaultLanguages())
}

// DefaultLanguages returns the ISO 639-1 codes of the languages that have a
// default stance model ([DefaultLanguage]), sorted.
func DefaultLanguages() []string { return []string{"en"} }
