package article

// Word lists of the sixteenth session's Spanish and Portuguese rules
// (ibero16_*.go).

// iberoDescriptiveHeads are offices that describe a person's part in the
// contest or in politics rather than a post ("el candidato derechista",
// "el dirigente cívico", "o líder da oposição"): news prose refers back
// with them to the person it has just named whatever post that person
// was named with ("el alcalde capitalino X … proclamó el candidato
// derechista"), where "el ministro" after "el alcalde X" is someone else
// (backRef).
var iberoDescriptiveHeads = map[string]map[string]bool{
	"es": wordSet(`candidato candidata dirigente líder lideresa opositor opositora`),
	"pt": wordSet(`candidato candidata dirigente líder opositor opositora`),
}

// iberoComplexPreps are prepositions of several words (or one the stops
// lack) that open an adverbial before a verb whose subject is dropped
// ("Frente a la militancia, advirtió que …", "Diante dos apoiantes,
// disse que …"): the sentence's subject is the person named before
// (openingAdverbial).
var iberoComplexPreps = map[string][]string{
	"es": {"frente a", "frente al", "delante de", "junto a", "junto al", "después de", "antes de", "luego de", "ante"},
	"pt": {"diante de", "diante do", "diante da", "diante dos", "diante das", "perante", "frente a", "frente ao", "junto a", "junto ao", "depois de", "antes de"},
}

// iberoImperfectSpeech are imperfect forms of verbs of saying, which a
// report uses for what someone was telling at the time ("ya contaba en
// Twitter que …", "o Presidente dizia que …"); the lexicons had the
// preterite forms. Not "garantia" (also a noun, "guarantee").
var iberoImperfectSpeech = map[string][]string{
	"es": {"contaba", "aseguraba", "afirmaba", "explicaba", "insistía", "sostenía", "advertía", "señalaba", "declaraba", "escribía", "comentaba"},
	"pt": {"contava", "dizia", "afirmava", "explicava", "insistia", "advertia", "escrevia", "declarava", "assegurava", "sustentava"},
}

func init() {
	for code, ws := range iberoImperfectSpeech {
		for _, w := range ws {
			lexicons[code].speechVerbs[w] = true
		}
	}
}

// iberoClitics16 are object pronouns before a verb the lexicons lacked:
// Spanish "lo" ("El mandatario lo felicitó por teléfono"), which is no
// determiner, so the office before it ran on into it and the verb had no
// subject ("la", "los", "las" end the office as determiners do).
var iberoClitics16 = map[string][]string{"es": {"lo"}}

func init() {
	for code, ws := range iberoClitics16 {
		for _, w := range ws {
			lexicons[code].clitics[w] = true
		}
	}
}

// iberoRefusedRulings are the Portuguese words for the court's ruling
// that confirms the result ("não aceita o acórdão"), which flatRefusals
// had only in Spanish ("fallo").
var iberoRefusedRulings = map[string][]string{"pt": {"acórdão", "acórdãos"}}

func init() {
	for code, ws := range iberoRefusedRulings {
		r := flatRefusals[code]
		r.objects = append(r.objects, ws...)
		flatRefusals[code] = r
	}
}
