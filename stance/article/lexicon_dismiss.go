package article

// Word lists of the dismissal rule (intl_dismiss.go), keyed by language
// code: the lexicons of lexicon_*.go hold no field for them.

// dismissNegators deny what follows them ("keinerlei Hinweise", "ningún
// indicio", "aucune preuve", "nenhum indício", "никаких признаков"): the
// language's negators and its negative determiners.
var dismissNegators = map[string]map[string]bool{
	"de": wordSet(`kein keine keinen keinerlei nicht`),
	"es": wordSet(`ningún ninguna ningunos ningunas no sin`),
	"fr": wordSet(`aucun aucune pas sans`),
	"pt": wordSet(`nenhum nenhuma não sem`),
	"ru": wordSet(`никаких никакого нет не`),
}

// evidenceStems open the nouns of evidence or sign ("Hinweise",
// "Belege", "indicios", "pruebas", "preuve", "indícios", "признаков").
var evidenceStems = map[string][]string{
	"de": {"hinweis", "beleg", "beweis", "anzeichen", "indiz"},
	"es": {"indicio", "prueba", "evidencia", "señal"},
	"fr": {"preuve", "indice", "signe", "élément"},
	"pt": {"indício", "indicio", "prova", "evidência", "sinal", "sinais"},
	"ru": {"признак", "доказательств", "свидетельств"},
}

// fraudStems open the words of fraud or irregularity the evidence is
// denied of ("Unregelmäßigkeiten", "Manipulation", "fraude",
// "irrégularités", "фальсификаций", "нарушений").
var fraudStems = map[string][]string{
	"de": {"unregelmäßig", "manipul", "fälsch", "betrug", "wahlbetrug"},
	"es": {"fraude", "irregularidad", "manipul"},
	"fr": {"fraude", "irrégularit", "manipul", "truqu"},
	"pt": {"fraude", "irregularidade", "manipul"},
	"ru": {"фальсифик", "нарушени", "подтасов", "мошенни"},
}
