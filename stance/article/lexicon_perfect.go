package article

// Word lists of the perfect-tense rule (intl_perfect13.go), keyed by
// language code: the lexicons of lexicon_*.go hold no field for them.

// perfectAuxes are the auxiliaries of the compound tenses: the present
// perfect, the pluperfect and the conditional perfect ("ha admitido",
// "había felicitado", "habría rechazado", "tinha reconhecido", "havia
// felicitado", "tem rejeitado").
var perfectAuxes = map[string]map[string]bool{
	"es": wordSet(`ha han había habían habría habrían`),
	"pt": ptPerfectAux,
}

// participleFinites turn a regular participle's ending into the endings
// of its third-person preterite, the form the lexicons list: Spanish
// "-ado" → "-ó" ("aceptado" → "aceptó"), "-ido" → "-ió" ("admitido" →
// "admitió"); Portuguese "-ado" → "-ou" ("felicitado" → "felicitou"),
// "-ido" → "-eu", "-iu" ("reconhecido" → "reconheceu", "admitido" →
// "admitiu").
var participleFinites = map[string][][2]string{
	"es": {{"ado", "ó"}, {"ido", "ió"}},
	"pt": {{"ado", "ou"}, {"ido", "eu"}, {"ido", "iu"}},
}

// irregularParticiples are the participles of stance and speech verbs
// whose stem changes in the preterite, with that preterite ("había
// pedido" → "pidió", "ha sostenido" → "sostuvo").
var irregularParticiples = map[string]map[string]string{
	"es": {"pedido": "pidió", "advertido": "advirtió", "sostenido": "sostuvo", "repetido": "repitió",
		"sugerido": "sugirió", "mantenido": "mantuvo", "propuesto": "propuso", "hecho": "hizo"},
}
