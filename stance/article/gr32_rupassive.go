package article

import (
	"strings"
	"unicode"
)

// Russian tells a reaction in the passive with its actor in the
// instrumental and no preposition: "Итоги выборов были признаны
// Евросоюзом", "Победа Вебера признана Москвой и Пекином", "Выборы были
// раскритикованы наблюдателями ОБСЕ", "Результаты отвергнуты
// оппозицией". ml32PassiveBy reads the languages whose agent follows a
// preposition; in Russian nothing marks the agent but its case. In a
// sentence that gave no remark, a short participle of a stance verb
// (gr32RuPassiveStems with a short ending: "признан", "признаны") followed
// by a capitalised word in the instrumental (gr32RuInstrumental) or an
// abbreviation ("США", "ЕС"), or by a group noun of ml32GroupNouns in the
// instrumental, makes each name or group so listed an actor, named in the
// nominative (the form the article uses elsewhere when it has one). A
// participle of judgement needs a word of the election to open its
// clause, its subject ("Итоги выборов", "Победа X"): "Он был
// раскритикован Москвой" is about a person and "Закон о выборах был
// одобрен Сенатом" about a law; a congratulation is one whoever its
// object ("Вебер был поздравлен Пекином").

// gr32RuPassiveBy returns the acts of the instrumental agents of a Russian
// passive stance verb in toks, or none.
func (ix *intl) gr32RuPassiveBy(toks []token) []reportedPart {
	if ix.lx.code != "ru" {
		return nil
	}
	start := 0
	for k, t := range toks {
		if t.is(",") || t.is(";") {
			start = k + 1
			continue
		}
		stem, ok := gr32RuShortParticiple(t)
		if !ok || start >= k || stem != "поздравлен" && !ix.lx.topical([]string{toks[start].lower}) {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].word() && gr32RuOpeningAdverbs[toks[j].lower] {
			j++ // "признаны также Японией"
		}
		var out []reportedPart
		for _, p := range ix.gr32InstrumentalList(toks, j) {
			out = append(out, reportedPart{spk: ix.resolve(p), kind: Action, cs: start, lo: start, fixed: k + 1})
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// gr32RuShortParticiple returns the stem of t when it is a short passive
// participle of a stance verb ("признаны": "признан").
func gr32RuShortParticiple(t token) (string, bool) {
	if !t.word() || t.cap {
		return "", false
	}
	for _, st := range gr32RuPassiveStems {
		if rest, ok := strings.CutPrefix(t.lower, st); ok && (rest == "" || rest == "а" || rest == "о" || rest == "ы") {
			return st, true
		}
	}
	return "", false
}

// gr32InstrumentalList returns the agents listed in the instrumental from
// toks[j] ("Евросоюзом и Японией", "наблюдателями ОБСЕ"), each named in
// the nominative.
func (ix *intl) gr32InstrumentalList(toks []token, j int) []phrase {
	return ix.agentList(toks, j, nil, func(j int) phrase {
		if !toks[j].word() {
			return phrase{}
		}
		return ix.gr32InstrumentalAgent(toks, j)
	}) // ml32_passive.go
}

// gr32InstrumentalAgent returns the name or group in the instrumental
// that starts at toks[j], in the nominative, or no phrase.
func (ix *intl) gr32InstrumentalAgent(toks []token, j int) phrase {
	t := toks[j]
	if !t.cap {
		for _, w := range gr32Nominatives(t.lower) {
			if ml32GroupNouns["ru"][w] {
				g := ix.ml32GroupAfter(toks, j)
				hi := max(g.hi, j+1)
				if hi < len(toks) && toks[hi].word() && ix.abbreviation(toks[hi]) {
					hi++ // "наблюдателями ОБСЕ"
				}
				name := strings.Join(append([]string{gr32Upper(w)}, strings.Fields(span(ix.x.text, toks, j+1, hi))...), " ") // a name the scorer and the speaker list compare: "Оппозиция"
				return phrase{kind: pName, lo: j, hi: hi, name: name, text: span(ix.x.text, toks, j, hi)}
			}
		}
		if p := ix.forward(toks, j); p.kind == pName && p.role != "" && hasAnySuffix(t.lower, gr32RuInstrumental...) {
			p.name = ix.gr32NominativeName(strings.Fields(p.name))
			return p // "президентом Франции Жаном Дюпоном"
		}
		return phrase{}
	}
	p := ix.forward(toks, j)
	if !p.ok() || p.kind != pName || p.role != "" {
		return phrase{}
	}
	if ix.abbreviation(t) && p.hi == j+1 {
		return p // "США", "ЕС"
	}
	if !hasAnySuffix(t.lower, gr32RuInstrumental...) {
		return phrase{}
	}
	if hi := rev32grRuBodyNoun(toks, p); hi > p.hi {
		p.hi = hi // "Конституционным судом" (rev32gr_narrow.go)
		p.name = ix.gr32NominativeName(strings.Fields(span(ix.x.text, toks, j, hi)))
		return p
	}
	p.name = ix.gr32NominativeName(strings.Fields(p.name))
	return p
}

// gr32NominativeName returns the words of a name in the instrumental in
// the nominative: the form the article has named when one of the
// candidates is known, or else each word's first candidate.
func (ix *intl) gr32NominativeName(f []string) string {
	first := make([]string, len(f))
	for i, w := range f {
		first[i] = w
		if c := gr32Nominatives(strings.ToLower(w)); len(c) > 0 {
			first[i] = gr32Recase(w, c[0])
		}
	}
	if len(f) == 1 {
		for _, c := range gr32Nominatives(strings.ToLower(f[0])) {
			if n := gr32Recase(f[0], c); ix.x.known(n) {
				return n
			}
		}
	}
	return strings.Join(first, " ")
}

// gr32Nominatives returns the nominative forms a word in the instrumental
// may have, the likeliest first ("японией": "япония"; "китаем": "китай";
// "москвой": "москва", "московская"; "петровым": "петров").
func gr32Nominatives(w string) []string {
	var out []string
	for _, e := range gr32RuInstrumentalForms {
		if b, ok := strings.CutSuffix(w, e[0]); ok && b != "" {
			out = append(out, b+e[1])
		}
	}
	return out
}

// gr32Recase gives lower, a form of the word w, w's capital first letter.
func gr32Recase(w, lower string) string {
	r := []rune(lower)
	if wr := []rune(w); len(wr) > 0 && len(r) > 0 && wr[0] != r[0] {
		r[0] = wr[0]
	}
	return string(r)
}

// gr32Upper returns w with a capital first letter.
func gr32Upper(w string) string {
	r := []rune(w)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
