package article

import "strings"

// Russian writes an institution's name with a capital on its first word
// only: "Национальный совет демократических сил", "Центральная
// избирательная комиссия", "Координационный совет оппозиции". forward
// ended the phrase at the first lower-case word, so such a body, when it
// spoke ("Национальный совет … заявил, что …"), had no name. A phrase
// that opens with a capitalised adjective, goes on with lower-case
// adjectives to an institution's noun (ruInstitutionNouns) and then with
// at most three lower-case words of its complement, up to a verb the
// rules know, a word of stops or punctuation, is the name.

// pronounOrInstitution returns the pronoun at toks[j], or the Russian
// institution named from there, or no phrase: what forward reads first.
func (ix *intl) pronounOrInstitution(toks []token, j int) phrase {
	if ix.lx.pronouns[toks[j].lower] {
		return phrase{kind: pPronoun, lo: j, hi: j + 1, word: toks[j].lower, text: toks[j].lower}
	}
	if p := ix.ruInstitution(toks, j); p.ok() {
		return p
	}
	return ix.ruInstitutionShort(toks, j)
}

// ruInstitution returns the institution named from toks[j], or no phrase.
func (ix *intl) ruInstitution(toks []token, j int) phrase {
	if ix.lx.code != "ru" || j >= len(toks) || !toks[j].word() || !toks[j].cap || !ruAdjective(toks[j].lower) {
		return phrase{}
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && toks[k].word() && !toks[k].cap && ruAdjective(toks[k].lower) {
		k++
	}
	if k >= len(toks) || !toks[k].word() || toks[k].cap || !ruInstitutionNouns[toks[k].lower] {
		return phrase{}
	}
	k++
	for n := 0; n < 3 && k < len(toks) && ix.ruComplementWord(toks[k]); n++ {
		k++
	}
	name := span(ix.x.text, toks, j, k)
	return phrase{kind: pName, lo: j, hi: k, name: name, text: name}
}

// ruComplementWord reports whether t may continue an institution's name
// as its complement: a word that is no verb the rules know, no word of
// stops and not a verb's ending (a past tense of more than four
// letters: "сил" is a genitive).
func (ix *intl) ruComplementWord(t token) bool {
	if !t.word() || ix.lx.stops[t.lower] || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.preverbs[t.lower] || ix.lx.notNames[t.lower] {
		return false
	}
	w := t.lower
	return !hasAnySuffix(w, "ла", "ли", "ло", "ет", "ит", "ют", "ят") && !(len([]rune(w)) > 4 && strings.HasSuffix(w, "л"))
}

// ruAdjective reports whether w ends as a Russian adjective in the
// nominative does.
func ruAdjective(w string) bool {
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее"} {
		if strings.HasSuffix(w, e) && len([]rune(w)) > 4 {
			return true
		}
	}
	return false
}

// ruInstitutionShort returns the institution named before whose
// compound abbreviation toks[j] is — the first letters of its adjective
// joined to its noun ("Нацсовет" for "Национальный совет …", "Центризбирком"
// is not caught) — or no phrase.
func (ix *intl) ruInstitutionShort(toks []token, j int) phrase {
	w := toks[j].lower
	if ix.lx.code != "ru" || !toks[j].cap || len([]rune(w)) < 6 {
		return phrase{}
	}
	var found *speaker
	for key, s := range ix.x.byName {
		ws := strings.Fields(key)
		if len(ws) < 2 || !ruInstitutionNouns[ws[1]] || !strings.HasSuffix(w, ws[1]) {
			continue
		}
		head := []rune(strings.TrimSuffix(w, ws[1]))
		if len(head) >= 3 && strings.HasPrefix(ws[0], string(head)) {
			if found != nil && found.canon() != s.canon() {
				return phrase{} // two institutions fit: neither is taken
			}
			found = s
		}
	}
	if found == nil {
		return phrase{}
	}
	return phrase{kind: pName, lo: j, hi: j + 1, name: found.canon().name, text: span(ix.x.text, toks, j, j+1)}
}
