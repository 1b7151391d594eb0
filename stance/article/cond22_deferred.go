package article

import "strings"

// Recognition put off until a step of the count, in every language of
// lexicons and in the English forms conditionalRecognition misses
// (GUIDELINES rule 3: conditional or postponed recognition is
// withholding): "felicitaremos al ganador cuando el tribunal proclame los
// resultados", "nous féliciterons le vainqueur une fois les résultats
// définitifs proclamés", "wir werden gratulieren, sobald er vereidigt
// ist", "поздравим, когда ЦИК объявит итоги", "should the president be
// returned, we would congratulate him", "will congratulate her the moment
// the court rules"; and a congratulation held until a step: "will hold my
// congratulations until the court has spoken". The recognition must be
// still to come (cond22Pending): an act told in the past ("congratulated
// X as soon as the result was announced") is done, not put off.

// cond22Deferred reports whether words (of a remark in the language code)
// put a recognition off until a step of the count.
func cond22Deferred(code string, words []string) bool {
	for v, w := range words {
		if !cond22Recognition(code, w) || cond22Repeated(code, words, v) {
			continue
		}
		if cond22Held(code, words, v) {
			return true // a hold verb defers in any tense
		}
		if !cond22Pending(code, words, v) {
			continue
		}
		for i := max(0, v-12); i < min(len(words), v+10); i++ {
			if i == v {
				continue
			}
			n := cond22OpenerAt(code, words, i)
			if n == 0 || i > v && cond22SecondClause(code, words[v+1:i]) {
				continue
			}
			end := min(len(words), i+n+8)
			if i < v {
				end = min(end, v) // the condition before the recognition ends at it
			}
			if cond22Step(code, words[i+n:end]) {
				return true
			}
		}
	}
	return false
}

// cond22Recognition reports whether w is a word of recognition in code.
func cond22Recognition(code, w string) bool {
	if code == "en" {
		return hasRecognitionStem(w)
	}
	lx := lexicons[code]
	return lx != nil && (lx.recognition(w) || hasStem([]string{w}, lx.congratStems))
}

// cond22Pending reports whether the recognition at words[v] is still to
// come: a future or conditional form (cond22Futures), or a modal or
// auxiliary of the future shortly before it (deferringModals,
// cond22Auxiliaries; German "-ten" is a past plural).
func cond22Pending(code string, words []string, v int) bool {
	if code == "de" && strings.HasSuffix(words[v], "ten") {
		return false
	}
	if gr19HasEnding(words[v], cond22Futures[code]) && !cond22RuPresent(code, words[v]) {
		return true
	}
	for _, w := range words[max(0, v-cond22AuxSpan):v] {
		if code == "en" && deferringModals[w] || cond22Auxiliaries[code][w] {
			return true
		}
	}
	// a message of congratulation sent later: "tiene preparado un
	// mensaje, pero lo enviará cuando …"
	if lx := lexicons[code]; lx != nil && !lx.recognition(words[v]) && code != "de" {
		for _, w := range words[v+1 : min(len(words), v+5)] {
			if cond22Auxiliaries[code][w] {
				return true
			}
		}
	}
	return false
}

// cond22Held reports whether a hold verb stands within three words of the
// recognition at words[v] with an until-word within eight words after it.
func cond22Held(code string, words []string, v int) bool {
	held := false
	for _, w := range words[max(0, v-3):min(len(words), v+4)] {
		held = held || cond22HoldVerbs[code][w]
	}
	if !held {
		return false
	}
	for _, w := range words[v+1 : min(len(words), v+9)] {
		if cond22Untils[code][w] {
			return true
		}
	}
	return false
}

// cond22OpenerAt returns the number of words of the condition opener
// (cond22Openers) at words[i], or 0. English "should" opens a condition
// put first ("that should the president be returned") when "be" follows
// within three words; "even if" and "as if" open none.
func cond22OpenerAt(code string, words []string, i int) int {
	if code == "en" && words[i] == "should" && (i == 0 || words[i-1] == "that" || words[i-1] == "and" || words[i-1] == "but") {
		for _, w := range words[i+1 : min(len(words), i+4)] {
			if w == "be" {
				return 1
			}
		}
	}
	if code == "en" && words[i] == "if" && i > 0 && (words[i-1] == "even" || words[i-1] == "as") {
		return 0
	}
	for _, p := range cond22Openers[code] {
		if f := strings.Fields(p); strings.HasSuffix(p, "'") {
			n := len(f)
			if i+n <= len(words) && strings.Join(words[i:i+n-1], " ") == strings.Join(f[:n-1], " ") && strings.HasPrefix(words[i+n-1], f[n-1]) {
				return n
			}
			continue
		}
		if n := gr19PhraseAt(words, i, []string{p}); n > 0 {
			return n
		}
	}
	return 0
}

// cond22Step reports whether a condition names a step of the count.
func cond22Step(code string, words []string) bool {
	if code == "en" && conditionStep(words) {
		return true
	}
	for _, w := range words {
		for _, s := range cond22Steps[code] {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// cond22Repeated reports whether the recognition at words[v] repeats one
// already made (rev21cond): a word of repetition near it ("va a felicitarla de nuevo en persona cuando tome posesión",
// "лично поздравит её ещё раз после инаугурации"), or a word of "already"
// shortly before another recognition in the remark ("der Vale bereits am
// Sonntag gratulierte, sagte, er werde …"). Such a promise comes after a
// recognition given, not instead of it.
func cond22Repeated(code string, words []string, v int) bool {
	for i := max(0, v-4); i < min(len(words), v+6); i++ {
		if gr19PhraseAt(words, i, cond22Repeats[code]) > 0 {
			return true
		}
	}
	for i, w := range words {
		if i == v || !cond22Recognition(code, w) {
			continue
		}
		for _, a := range words[max(0, i-4):i] {
			if cond22Already[code][a] {
				return true
			}
		}
	}
	return false
}

// cond22RuPresent reports whether a Russian recognition verb is in the
// present of an imperfective ("поздравляем", "приветствует"), which
// shares the endings of the perfective future ("поздравим") but is done
// now (rev21cond).
func cond22RuPresent(code, w string) bool {
	if code != "ru" {
		return false
	}
	for _, e := range []string{"яем", "яет", "яют", "уем", "ует", "уют"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cond22SecondClause reports whether words between a recognition and a
// condition's opener begin a second clause of its own future ("would
// recognise her and would attend the inauguration after the court
// ruling"): a coordinator and, within two words, an auxiliary. The
// condition is that clause's, not the recognition's (rev21cond).
func cond22SecondClause(code string, words []string) bool {
	for j, w := range words {
		if !cond22Coordinators[w] {
			continue
		}
		for _, a := range words[j+1 : min(len(words), j+3)] {
			if code == "en" && deferringModals[a] || cond22Auxiliaries[code][a] {
				return true
			}
		}
	}
	return false
}
