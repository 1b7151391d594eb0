package article

import "strings"

// A Russian surname alone opening a sentence. Russian often opens a
// sentence with the object ("Поздравления также направили …"), so a
// single capitalised word that opens the sentence, is not known as a name
// and has no office is not taken for the subject (openingNoun). A word
// with the ending of a Russian, Ukrainian, Belarusian, Georgian or
// Armenian surname ("Петров заявил, что …", "Турчинов, который …,
// предупреждал", "Мукучян сообщил") is a person's name all the same:
// reports name people by the surname alone once they are introduced, in
// an interview's answer or a quotation the rules do not read as
// mentions, and no common noun that opens a sentence before its verb ends
// so (the object nouns that open sentences are plural: "Поздравления",
// "Телеграммы").
var ruSurnameEndings = []string{
	"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына",
	"ский", "цкий", "ская", "цкая", "енко", "чук", "юк", "вич",
	"дзе", "швили", "ян",
}

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
