package article

import "strings"

// surnameShaped reports whether the single capitalised word name ends as
// a Russian surname does, with at least three letters before the ending.
func (ix *intl) surnameShaped(name string) bool {
	if ix.lx.code != "ru" {
		return false
	}
	r := []rune(name)
	if len(r) < 5 || !startsUpper(name) {
		return false
	}
	for _, e := range ruSurnameEndings {
		if n := len([]rune(e)); len(r)-n >= 3 && string(r[len(r)-n:]) == e {
			return true
		}
	}
	return false
}

// loneSurname reports whether p is a single Russian surname-shaped name
// with no office: the subject of a verb after a description between
// commas ("Турчинов, который руководил штабом, предупреждал, что …").
func (ix *intl) loneSurname(p phrase) bool {
	return p.kind == pName && p.role == "" && !strings.Contains(p.name, " ") && ix.surnameShaped(p.name)
}

// obliqueSurname reports whether the lone surname p, with a feminine
// ending ("Петрова", "Ильина"), is followed by a masculine relative
// pronoun (", который"): it is then a man's surname in the accusative or
// genitive, the object of a verb whose subject comes after it ("Петрова,
// который руководил штабом, ещё вчера поздравил … президент клуба"), not
// a subject.
func obliqueSurname(toks []token, p phrase) bool {
	if p.hi+1 >= len(toks) || !toks[p.hi].is(",") || !toks[p.hi+1].is("который") {
		return false
	}
	return hasAnySuffix(strings.ToLower(p.name), "ова", "ева", "ёва", "ина", "ына")
}
