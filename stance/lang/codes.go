package lang

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Unsupported is what [Detect] answers for text in a language the project
// has no model for, and for text with nothing to tell a language by (no
// letters). It is ISO 639-2's code for "undetermined": never a guess at
// one of the supported languages, so a caller cannot mistake it for one.
const Unsupported = "und"

// supported are the ISO 639-1 codes of the languages the project has a
// corpus for, sorted: the languages [Detect] can answer.
var supported = []string{"de", "en", "es", "fr", "pt", "ru"}

// Supported returns the ISO 639-1 codes of the languages [Detect] can
// answer, sorted: de, en, es, fr, pt, ru. Each call returns a new slice.
func Supported() []string { return slices.Clone(supported) }

// IsSupported reports whether code is one of [Supported].
func IsSupported(code string) bool {
	_, found := slices.BinarySearch(supported, code)
	return found
}

// ErrUnknownLanguage is wrapped by [Parse]'s error for a name or code it
// does not know.
var ErrUnknownLanguage = errors.New("unknown language")

// aliases maps every accepted spelling, lower case, to its ISO 639-1 code:
// the codes themselves, the English names the -lang flag took before
// language codes (tokenize.Options.Language: "english", "spanish", …,
// including the three stemming-only languages), the languages' own names and
// the ISO 639-2/B and /T codes.
var aliases = map[string]string{
	"en": "en", "english": "en", "eng": "en",
	"es": "es", "spanish": "es", "español": "es", "espanol": "es", "castellano": "es", "spa": "es",
	"fr": "fr", "french": "fr", "français": "fr", "francais": "fr", "fra": "fr", "fre": "fr",
	"ru": "ru", "russian": "ru", "русский": "ru", "rus": "ru",
	"pt": "pt", "portuguese": "pt", "português": "pt", "portugues": "pt", "por": "pt",
	"de": "de", "german": "de", "deutsch": "de", "deu": "de", "ger": "de",
	"sv": "sv", "swedish": "sv", "svenska": "sv", "swe": "sv",
	"no": "no", "nb": "no", "norwegian": "no", "norsk": "no", "nor": "no", "nob": "no",
	"hu": "hu", "hungarian": "hu", "magyar": "hu", "hun": "hu",
}

// Parse turns a language code or name, in any case and with surrounding
// space, into its ISO 639-1 code: "en", "EN", "english", "eng" and
// "English" all give "en". It is what a -lang flag calls, so the names the
// flag took before codes keep working. It accepts the supported languages
// and the stemming-only ones the tokenizer knows (sv, no, hu): that a name
// parses does not mean [Detect] can answer it; see [IsSupported].
//
// An unknown name is an error wrapping [ErrUnknownLanguage] that lists the
// accepted codes.
func Parse(code string) (string, error) {
	key := strings.ToLower(strings.TrimSpace(code))
	if c, ok := aliases[key]; ok {
		return c, nil
	}
	return "", fmt.Errorf("lang: %w %q (want an ISO 639-1 code: %s, or sv, no, hu for stemming only; or the language's name)",
		ErrUnknownLanguage, code, strings.Join(supported, ", "))
}

// ParseField reads a record's language field, as classify and evaluate
// take it per row: "" for an empty field; the ISO 639-1 code of a
// language [Parse] knows; and a value Parse does not know but that has the
// form of a language code (two or three ASCII letters: "it", "pol",
// [Unsupported]) in lower case, as a language without a model, so that its
// row is answered unsupported rather than refused. Anything else is an
// error wrapping [ErrUnknownLanguage].
func ParseField(v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil
	}
	c, err := Parse(v)
	if err == nil {
		return c, nil
	}
	if len(v) >= 2 && len(v) <= 3 && strings.Trim(strings.ToLower(v), "abcdefghijklmnopqrstuvwxyz") == "" {
		return strings.ToLower(v), nil
	}
	return "", err
}
