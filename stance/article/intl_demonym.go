package article

// French nationality nouns before a name. French capitalises them and
// puts them after an article as a title ("le Russe X", "du Turc Y", "au
// Grec Z"): demonymAt (intl_phrase.go) reads them as a modifier when
// they end as most demonyms do; these helpers add the article contracted
// with a preposition ("du Sud-Africain X", "au Brésilien Y", as in a list
// after "suivi de") and the nationality nouns whose ending is no
// demonym's (Russe, Turc, Grec, Belge …). "du" ends the French
// determiners (lexicon_fr.go) so that a phrase after it starts at the
// demonym, and "de du d'" end the French agents so that "…, suivi du
// Turc X et du Grec Y" lists who followed the act (likeActors,
// followedBy).

// frDemonymHead reports whether before, the word ahead of w (both lower
// case), is a contracted article, and whether w is a listed nationality
// noun; demonymAt still needs two capitalised words after w.
func frDemonymHead(before, w string) (contracted, listed bool) {
	return frContracted[before], frDemonyms[w]
}

// German names a leader by the genitive of their country as a title
// ("Serbiens Aleksandar Vučić rief an", "Polens Mateusz Morawiecki"):
// genitiveTitleAt reads such a genitive as a modifier before a name of
// two or more capitalised words, by the endings of country genitives
// ("-iens", "-lands", "-reichs") or from deCountryGenitives, never a given
// name ("Jens", "Hans").

func (ix *intl) genitiveTitleAt(toks []token, k int, first bool) bool {
	if ix.lx.code != "de" || !first || !toks[k].cap || k+2 >= len(toks) {
		return false
	}
	if !toks[k+1].word() || !toks[k+1].cap || !toks[k+2].word() || !toks[k+2].cap || ix.lx.isRole(toks[k+1].lower) {
		return false // "Tschechiens Präsident X" reads the office as before
	}
	w := toks[k].lower
	return deCountryGenitives[w] || hasAnySuffix(w, "iens", "lands", "reichs")
}
