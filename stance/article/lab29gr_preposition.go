package article

// A Russian preposition before a full name is no description of the
// person: in "Министр X в беседе с Джоном Смитом утверждал, что …" the
// words "с Джоном Смитом" are the partner of the talk, in the
// instrumental case, and the speaker is the subject named before the
// adverbial. Read as a modifier ("a description before a full name",
// classify), "с" made the partner a speaker phrase of its own, which then
// took the remark. Left out of the phrase, the name follows a preposition
// and is no subject (afterObjectPrep).

// lab29grPreposition reports whether w, the first word of a speaker
// phrase, is a Russian preposition (russianObjectPreps).
func (ix *intl) lab29grPreposition(w string) bool {
	return ix.lx.code == "ru" && russianObjectPreps[w]
}
