package article

// periphrasisList is one language's periphrases of saying and acting
// (intl_periphrasis.go): auxiliaries of repetition, reaching or ending
// that take a preposition and an infinitive ("volvió a pedir", "llegó a
// decir", "voltou a exigir"; of a recent or prompt act: "acaba de
// felicitar", "se apresuró a felicitar", "no tardó en felicitar",
// "apressou-se a felicitar"; auxes, preps), the infinitives after them
// that say (sayInf: "decir", "asegurar") or act (actInf: "pedir",
// "felicitar", "rechazar"), and the verbs of making clear or known whose
// word after them (clears: "claro", "saber", "entender", with "en" or "a"
// between allowed by clearLinks) makes them verbs of saying ("dejó claro
// que", "hizo saber que", "deu a entender que").
type periphrasisList struct {
	auxes, preps, sayInf, actInf map[string]bool
	makers, clears, clearLinks   map[string]bool
}

var periphrases = map[string]periphrasisList{
	"es": {
		auxes: wordSet(`volvió volvieron vuelve vuelven volvía volvían llegó llegaron llega llegan
			acabó acabaron terminó terminaron acaba acaban apresuró apresuraron apresura apresuran tardó tardaron`),
		preps: wordSet(`a por de en`),
		sayInf: wordSet(`decir afirmar asegurar señalar advertir insistir declarar subrayar recalcar
			reiterar sostener explicar denunciar defender escribir`),
		actInf: wordSet(`pedir exigir reclamar felicitar saludar reconocer rechazar negar condenar
			celebrar cuestionar impugnar acusar atacar criticar calificar tildar llamar elogiar respaldar`),
		makers:     wordSet(`dejó dejaron deja dejan dejaba hizo hicieron hace hacen dio dieron da dan`),
		clears:     wordSet(`claro clara saber entender constancia`),
		clearLinks: wordSet(`en a muy bien`),
	},
	"pt": {
		auxes: wordSet(`voltou voltaram volta voltam voltava voltavam chegou chegaram chega chegam
			acabou acabaram terminou terminaram acaba acabam apressou-se apressaram-se apressa-se apressam-se tardou tardaram
			apressou apressaram apressa apressam`), // "não se apressou a felicitar": the pronoun before the verb after a negation or an adverb
		preps: wordSet(`a por de em`),
		sayInf: wordSet(`dizer afirmar garantir assegurar declarar insistir sublinhar frisar reiterar
			sustentar explicar denunciar defender escrever`),
		actInf: wordSet(`pedir exigir reclamar felicitar cumprimentar parabenizar saudar reconhecer
			rejeitar negar condenar celebrar questionar contestar acusar atacar criticar classificar qualificar chamar elogiar`),
		makers:     wordSet(`deixou deixaram deixa deixam fez fizeram faz fazem deu deram dá dão`),
		clears:     wordSet(`claro clara saber entender`),
		clearLinks: wordSet(`a bem muito`),
	},
	// French and Russian hasten to act: "s'est empressé de féliciter",
	// "a tenu à saluer", "поспешил поздравить" (Russian takes the
	// infinitive with no preposition).
	"fr": {
		auxes:  wordSet(`empressé empressée empressés empressées tenu tenue tenus tenues`),
		preps:  wordSet(`de d' à`),
		sayInf: wordSet(`dire affirmer déclarer souligner assurer rappeler préciser`),
		actInf: wordSet(`féliciter saluer reconnaître rejeter dénoncer condamner exiger contester appeler`),
	},
	"ru": {
		auxes:  wordSet(`поспешил поспешила поспешили поспешило`),
		sayInf: wordSet(`заявить сказать отметить подчеркнуть`),
		actInf: wordSet(`поздравить приветствовать признать осудить отвергнуть`),
	},
}
