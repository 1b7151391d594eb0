package article

// openingCoSubjects returns the other names of a list of names opening
// the sentence ("A, B and C, himself freshly re-elected, had messages on
// the way, each congratulating W and wishing him well") when the verb's
// subject is one of them: spk, the speaker the sentence opened with, or
// ph, the subject phrase found back from the verb ("A, B and C, herself
// newly elected, congratulated W"). coSubjects reads a list only right
// before its verb; with an apposition or other words between them the act
// went to one name alone. The list must be coordinated: "and" (or "nor")
// before its last name, so that "Jo Roe, Ivo Kask's deputy, …" (one
// person described) is no list.
func (x *extractor) openingCoSubjects(st *sentState, spk *speaker, ph phrase) []phrase {
	toks, o := st.toks, st.opening
	hi := skipOrigin(toks, o.hi) // "Chancellor A of Germany, B and C …"
	if o.kind != pName || st.openSpk == nil || hi >= len(toks) || !toks[hi].is(",") && !toks[hi].is("and") {
		return nil
	}
	items := x.list(toks, o.lo)
	if len(items) < 2 || items[0].hi != o.hi {
		return nil
	}
	last := items[len(items)-1]
	if last.lo < 1 || !toks[last.lo-1].is("and") && !toks[last.lo-1].is("nor") {
		return nil
	}
	var out []phrase
	in := spk == st.openSpk
	for k, it := range items {
		if k > 0 && ph.ok() && ph.lo == it.lo && ph.hi == it.hi {
			in = true // the subject found back from the verb is this item
			continue
		}
		if k > 0 || spk != st.openSpk {
			out = append(out, it)
		}
	}
	if !in {
		return nil
	}
	return out
}

// verbSpeaker is the speaker of the verb toks[i] whose subject is ph
// (found as how says) and the names coordinated with it, who share its
// remark: the sentence's speaker for "and said" or ", adding"
// (sentenceSpeaker; ok is false when there is none), else the phrase's,
// with the names of a list right before the verb (coSubjects) or
// opening the sentence (openingCoSubjects).
func (x *extractor) verbSpeaker(st *sentState, i int, ph phrase, how subjectHow) (spk *speaker, co []phrase, ok bool) {
	if how == subjSentence {
		if spk, ok = x.sentenceSpeaker(st, i); !ok { // en16_opening.go
			return nil, nil, false
		}
	} else {
		spk = x.phraseSpeaker(st, ph) // en16_opening.go
		co = x.coSubjects(st.toks, ph)
	}
	if len(co) == 0 {
		co = x.openingCoSubjects(st, spk, ph)
	}
	if names := x.theyList(st.toks, ph); len(names) > 1 && how == subjPhrase {
		spk, co = x.resolve(names[0]), names[1:] // en18_they.go
	}
	if a := x.documentAuthors(st.toks, i); len(co) == 0 && how == subjPhrase && len(a) > 1 && a[0].lo == ph.lo {
		co = a[1:] // en18_document.go
	}
	if len(co) == 0 && how == subjPhrase {
		co = x.amongThemCo(st.toks, ph) // en17_among.go
	}
	if len(co) == 0 && how == subjPhrase {
		co = x.includingCo(st.toks, ph) // mm20_joined.go
	}
	if len(co) == 0 && how == subjRelative {
		co = x.ofWhomCo(st.toks, ph) // en17_ofwhom.go
	}
	if len(co) == 0 && how == subjPhrase {
		co = x.appositiveCo(st.toks, ph) // en19_apposco.go
	}
	if len(co) == 0 && how == subjPhrase {
		co = x.joinedCo(st.toks, i) // mm20_joined.go: "X joined Y in congratulating W"
	}
	return spk, co, true
}
