package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reporters name a body in full once, with its acronym in brackets, and by
// the acronym after: "Nigeria's Independent National Electoral Commission
// (INEC) declared …", then "INEC said …". The two are one speaker. A body
// named after a country's possessive ("Nigeria's Independent National
// Electoral Commission") is also the body of that name alone, which a
// later sentence or a reader may use; the name alone becomes one of its
// forms. linkAcronyms runs once the article has been read, like
// linkHeadlineSurnames.

// acronymDef matches a capitalised run followed by a bracketed acronym of
// two to ten capital letters, digits or hyphens.
var acronymDef = regexp.MustCompile(`((?:[\p{Lu}][\p{L}’'.-]*\s+(?:(?:of|for|the|and|on)\s+)*){0,9}[\p{Lu}][\p{L}’'-]*)\s+\((\p{Lu}[\p{Lu}0-9-]{1,9})\)`)

// linkAcronyms merges each bracketed acronym's speaker into the body named
// before the bracket, gives that body the acronym and its name without a
// possessive as forms, and merges a body named alone into the same body
// named after a possessive.
func (x *extractor) linkAcronyms() {
	if len(x.text) > maxAcronymText {
		return
	}
	for _, m := range acronymDef.FindAllStringSubmatch(x.text, -1) {
		long, acr := acronymLongForm(m[1], m[2])
		if long == "" {
			continue
		}
		body := x.endingWith(long)
		if body == nil {
			continue
		}
		if s := x.byName[strings.ToLower(acr)]; s != nil {
			merge(s, body)
		}
		body = body.canon()
		body.addAlias(acr)
	}
	for _, e := range x.entries {
		e = e.canon()
		if bare := possessiveFree(e.name); bare != "" {
			if s := x.byName[strings.ToLower(bare)]; s != nil && s.canon() != e {
				merge(s, e)
			}
			e.addAlias(bare)
		}
	}
}

// maxAcronymText bounds the regular expression's work on huge input.
const maxAcronymText = 1 << 20

// endingWith is the speaker whose name is long or ends with it after a
// possessive ("Nigeria's Independent National Electoral Commission"), or
// nil when none or several are.
func (x *extractor) endingWith(long string) *speaker {
	l := strings.ToLower(long)
	var found *speaker
	for _, e := range x.entries {
		e = e.canon()
		if strings.ToLower(e.name) != l && strings.ToLower(possessiveFree(e.name)) != l {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// acronymLongForm returns the words of run that the acronym abbreviates
// (its last words whose initials spell it, initialsIn: "Zimbabwe
// Electoral Commission" for ZEC, "Economic Community of West African
// States" for ECOWAS), and the acronym; "" when none does.
func acronymLongForm(run, acr string) (string, string) {
	words := strings.Fields(run)
	letters := strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return r
		}
		return -1
	}, acr)
	for start := 0; start < len(words); start++ {
		if initialsIn(words[start:], letters) {
			return strings.Join(words[start:], " "), acr
		}
	}
	return "", ""
}

// initialsIn reports whether the acronym's letters are the initials of
// words, in order and every one used: each capitalised word gives the
// next letter, a small linking word may give one ("Economic Community of
// West African States" for ECOWAS), and the first word is capitalised and
// gives the first letter; at least two capitalised words. "Paul Dorn"
// is not PDP: its initials are in it, but the last P is left over.
func initialsIn(words []string, letters string) bool {
	if len(words) < 2 || letters == "" {
		return false
	}
	j, caps := 0, 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if i == 0 || !acronymLinks[w] {
				return false
			}
			if j < len(letters) && rune(letters[j]) == unicode.ToUpper(r) {
				j++ // "of" in ECOWAS
			}
			continue
		}
		if j == len(letters) || rune(letters[j]) != r {
			return false
		}
		j++
		caps++
	}
	return caps >= 2 && j == len(letters)
}

// possessiveFree is a body's name without a leading capitalised
// possessive ("Nigeria's Independent National Electoral Commission" →
// "Independent National Electoral Commission", "Sri Lanka's Election
// Commission" → "Election Commission") when what remains is at least two
// words, each capitalised or a small linking word; otherwise "".
func possessiveFree(name string) string {
	f := strings.Fields(name)
	for p := 0; p < len(f) && p < 3; p++ {
		w := strings.ReplaceAll(f[p], "’", "'")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
		if !strings.HasSuffix(w, "'s") {
			continue
		}
		rest := f[p+1:]
		if len(rest) < 2 {
			return ""
		}
		for _, w := range rest {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !acronymLinks[w] {
				return ""
			}
		}
		return strings.Join(rest, " ")
	}
	return ""
}
