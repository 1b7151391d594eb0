package article

import "strings"

// deOpenerBeforeSubject reports whether p, a single capitalised word
// before the verb toks[v] that opens a German sentence, is the adverb or
// adjective that puts the subject after the verb, not the subject:
// "Vorsichtiger äußerte sich eine Sprecherin der Kommission, X: …",
// "Deutlicher wurde der Abgeordnete X". German capitalises the first word
// of a sentence, so a comparative opening it looks like a surname; when
// the word is not known as a name, has no office nor determiner ("Die
// Parteigründerin verlangte …" is a subject) and a person is named in
// full right after the verb, that person is the subject. A name known
// before ("Kask äußerte sich …") stays the subject.
func (ix *intl) deOpenerBeforeSubject(toks []token, p phrase, v int) bool {
	if !ix.lx.capNouns || ix.lx.determiners[toks[p.lo].lower] || p.kind != pName || p.role != "" || strings.Contains(p.name, " ") || ix.x.known(p.name) {
		return false
	}
	if p.lo > 0 {
		return ix.deObjectBeforeParticiple(toks, p, v)
	}
	q := ix.speakerAfterVerb(toks, v, true)
	return ix.isPerson(q) && (q.role != "" || strings.Contains(q.name, " ")) && !ix.deObjectAfterVerb(toks, q, v)
}

// deObjectAfterVerb reports whether q, the person after the verb
// toks[v], is its object, so the word opening the sentence is the
// subject after all: a dative or accusative determiner opens q ("Norland
// gratulierte dem Präsidenten X"), or q stands right after a verb of
// acting ("Velor gratulierte Präsident X zum Wahlsieg": the country
// congratulated). An adverb opener puts a reflexive or "es" between
// ("Vorsichtiger äußerte sich …", "Nüchterner sieht es …") or stands
// before a verb of saying or being ("Deutlicher wurde der Abgeordnete X").
func (ix *intl) deObjectAfterVerb(toks []token, q phrase, v int) bool {
	return deObliqueDeterminers[toks[q.lo].lower] || q.lo == v+1 && ix.lx.actionVerbs[toks[v].lower]
}

// deRelativeAt reports whether toks[k], after the comma that follows a
// German speaker, opens a relative clause that describes them ("zeigte
// sich X, deren Partei knapp scheiterte"), not the clause they said:
// "dessen", "deren", "denen" and "welche…" are relative or possessive
// pronouns that never open reported speech.
func (ix *intl) deRelativeAt(toks []token, k int) bool {
	return ix.lx.code == "de" && k < len(toks) && toks[k].word() && deRelativePronouns[toks[k].lower]
}

// deObjectBeforeParticiple reports whether p, a single unknown
// capitalised word inside the clause right before the participle toks[v],
// is its object while a person named after the auxiliary is its subject:
// "Schon nach der Wahl hatte der Chef X Beschwerde eingelegt und
// Wahlhelfern vorgeworfen, …" (perfectSubject, intl_reported.go). A
// German object stands before the participle that ends the clause.
func (ix *intl) deObjectBeforeParticiple(toks []token, p phrase, v int) bool {
	q := ix.perfectSubject(toks, v)
	return ix.isPerson(q) && q.hi <= p.lo && (q.role != "" || strings.Contains(q.name, " "))
}
