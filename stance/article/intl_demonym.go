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

// frContracted are the French articles fused with a preposition, definite
// like le and les.
var frContracted = wordSet(`du des au aux`)

// frDemonyms are French nationality nouns that the suffix test misses.
var frDemonyms = wordSet(`
	russe russes turc turque turcs grec grecque grecs belge belges suisse suisses
	serbe serbes croate croates tchèque tchèques slovaque slovaques slovène
	slovènes bulgare bulgares hongrois hongroise polonais polonaise danois
	danoise finlandais finlandaise suédois suédoise norvégien norvégienne
	arabe arabes kényan kényane ivoirien ivoirienne égyptien égyptienne
	chypriote chypriotes kirghiz kazakh ouzbek tadjik turkmène azéri azerbaïdjanais
	géorgien géorgienne arménien arménienne biélorusse biélorusses ukrainien
	ukrainienne moldave moldaves estonien letton lituanien malgache malgaches
	comorien burkinabè burkinabé bissau-guinéen équato-guinéen congolais togolais
	béninois malien malienne nigérien nigérian sénégalais gabonais tchadien
	camerounais mauritanien mauritanienne rwandais burundais angolais
	zimbabwéen zambien namibien botswanais mozambicain somalien soudanais
	libyen tunisien algérien marocain saoudien qatari qatarien émirati
	iranien irakien syrien libanais jordanien israélien palestinien yéménite
	indien pakistanais afghan chinois japonais coréen vietnamien thaïlandais
	cambodgien birman indonésien philippin australien néo-zélandais
	canadien américain mexicain cubain vénézuélien colombien péruvien
	chilien argentin brésilien bolivien équatorien uruguayen paraguayen`)

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

// deCountryGenitives are country genitives the endings miss.
var deCountryGenitives = wordSet(`polens ungarns chinas irans iraks israels japans kubas perus chiles
	kenias venezuelas mexikos marokkos kanadas lettlands litauens estlands tschechiens`)

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
