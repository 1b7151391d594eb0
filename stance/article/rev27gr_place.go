package article

// rev27grPlaceAfterPrep returns where the name starts in a Russian run
// "place Name Surname" after a preposition that is no stop ("заявил по
// телефону из Европы Иван Петров": Европы is where he spoke from, not
// his first name), or 0. mentions registered the whole run as one name
// (which then also took over "Иван Петров" read after the verb). Only a
// name whose last word has no oblique ending is split: "от Игоря
// Павловича Волина" is one person in the genitive, not a place and a
// name.
func (ix *intl) rev27grPlaceAfterPrep(toks []token, i int) int {
	if ix.lx.code != "ru" || i == 0 || !toks[i-1].word() || !russianObjectPreps[toks[i-1].lower] || ix.lx.stops[toks[i-1].lower] {
		return 0
	}
	k := ix.placeThenName(toks, i)
	if k == 0 {
		return 0
	}
	e := k
	for e < len(toks) && toks[e].word() && toks[e].cap {
		e++
	}
	if last := toks[e-1].lower; oblique(last) || hasAnySuffix(last, "а", "я", "ого", "его") {
		return 0
	}
	return k
}
