package article

import (
	"strings"
	"unicode/utf8"
)

// English reads a group as a speaker ("Western governments condemned …",
// "The opposition rejected …"), and real round-ups in the other languages
// name as many groups as people: "Los gobiernos occidentales condenaron
// …", "L'opposition a rejeté …", "A oposição rejeitou …", "Западные
// правительства осудили …". The other languages had no group phrase, so
// such a sentence gave no remark. A group subject is a collective noun of
// politics (ml32GroupNouns: governments, countries, the opposition,
// observers, protesters, leaders, parties, capitals, allies) with at most
// two lower-case words around it (an adjective: "occidentales",
// "западные"), after a determiner or none, right before the verb (past
// auxiliaries) and at the start of its clause (the sentence's start, or a
// comma, a semicolon, a colon or a conjunction before it). The group's
// name is the phrase without its determiner. Commentators (analysts,
// experts) and voters are not in the list: they give no stance on a
// result, or one the gold does not count.

// ml32GroupSubject returns the group phrase that ends at toks[b], the
// last word before a verb, or no phrase.
func (ix *intl) ml32GroupSubject(toks []token, b int) phrase {
	nouns := ml32GroupNouns[ix.lx.code]
	if nouns == nil || b < 0 || !toks[b].word() {
		return phrase{}
	}
	lo, head := b+1, -1
	for k := b; k >= 0 && k > b-3 && toks[k].word(); k-- {
		t := toks[k]
		if t.cap && k > 0 || ix.lx.stops[t.lower] || ix.lx.determiners[t.lower] || ix.lx.conjunctions[t.lower] || ix.lx.auxiliaries[t.lower] {
			break
		}
		if ix.lx.rolePreps[t.lower] || ix.lx.titlePreps[t.lower] || ix.lx.isRole(t.lower) {
			return phrase{} // "O candidato da oposição": an office, its complement
		}
		w, elided := ix.core(t.lower) // "l'opposition"
		if nouns[w] && head < 0 {
			head = k
		}
		lo = k
		if elided {
			break
		}
	}
	if head < 0 || ix.rev32mlComplementGroup(toks, lo, head) { // not "Жители столицы" (rev32ml_group.go)
		return phrase{}
	}
	start := lo
	if d := lo - 1; d >= 0 && toks[d].word() && ix.lx.determiners[toks[d].lower] {
		start = d
	}
	if start > 0 {
		t := toks[start-1]
		if !(t.is(",") || t.is(";") || t.is(":") || t.word() && (ix.lx.conjunctions[t.lower] || ml32ClauseConjunctions[t.lower]) || rom32ContrastOpener(toks, start)) { // "Já a oposição rejeitou" (rom32_ownpart.go)
			return phrase{}
		}
	}
	name := span(ix.x.text, toks, lo, b+1)
	if _, elided := ix.core(toks[lo].lower); elided {
		name = afterElision(name)
	}
	return phrase{kind: pName, lo: start, hi: b + 1, name: name, text: span(ix.x.text, toks, start, b+1)}
}

// ml32GroupAfter returns the group phrase that starts at toks[j] (a
// determiner or none, a group noun, at most two lower-case words after
// it), or no phrase: the agent of a passive (ml32_passive.go).
func (ix *intl) ml32GroupAfter(toks []token, j int) phrase {
	nouns := ml32GroupNouns[ix.lx.code]
	k := j
	if k < len(toks) && toks[k].word() && ix.lx.determiners[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !toks[k].word() {
		return phrase{}
	}
	w, elided := ix.core(toks[k].lower) // "par l'opposition"
	if !nouns[w] {
		return phrase{}
	}
	hi := k + 1
	for hi < len(toks) && hi <= k+2 && toks[hi].word() && !toks[hi].cap && !ix.lx.stops[toks[hi].lower] && !ix.lx.conjunctions[toks[hi].lower] && !ix.lx.rolePreps[toks[hi].lower] {
		hi++
	}
	name := span(ix.x.text, toks, k, hi)
	if elided {
		name = afterElision(name)
	}
	return phrase{kind: pName, lo: j, hi: hi, name: name, text: span(ix.x.text, toks, j, hi)}
}

// afterElision returns name past its elided article ("l'opposition",
// "l’opposition": "opposition").
func afterElision(name string) string {
	if i := strings.IndexAny(name, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(name[i:])
		return name[i+size:]
	}
	return name
}
