package article

// refusalList is one language's words for a flat refusal of the result
// (intl_refusal.go): verbs of accepting, recognising or validating
// (accepts), what they refuse when it is the result (objects: the result,
// the figures, the victory, the vote, the proclamation, the new
// government or president), the words that make the refusal conditional
// or postponed in its clause (holds: "hasta", "mientras", "sin", "aún"),
// and the words before the negation that make it another's or a
// hypothesis (others: "quien no acepte …", "si no reconocen …").
type refusalList struct {
	accepts, objects []string
	holds, others    map[string]bool
	// rejects are the verbs of an act that rejects what follows
	// ("desconoció el triunfo de X", "repudió la proclamación",
	// "rejeitou o resultado"; rejectedAct).
	rejects map[string]bool
}

// flatRefusals are the refusal lists of Spanish and Portuguese, the two
// languages whose reporters most often quote a candidate's "No reconocemos
// estos resultados" or "Não vamos aceitar a vitória de …", which the
// models read by the recognition word and miss the negation.
var flatRefusals = map[string]refusalList{
	"es": {
		accepts: []string{"reconoc", "acept", "convalid", "avala", "avalam", "avalar", "legitim", "acat"},
		objects: []string{"result", "cifra", "número", "victori", "triunf", "elecci", "comicio", "proclamaci",
			"gobierno", "presidente", "mandat", "escrutini", "cómput", "conteo", "fallo", "veredicto"},
		holds: wordSet(`hasta mientras antes sin aún todavía si cuando mientras ahora momento
			había habían`),
		others: wordSet(`quien quienes si cual cuales cuando`),
		rejects: wordSet(`desconoció desconocieron desconoce desconocen repudió repudiaron repudia repudian
			rechazó rechazaron rechaza rechazan
			desconocido repudiado rechazado`),
	},
	"pt": {
		accepts: []string{"reconhec", "aceit", "convalid", "avaliz", "legitim", "acat"},
		objects: []string{"resultad", "número", "vitória", "triunf", "eleiç", "pleito", "proclamaç", "governo",
			"president", "mandat", "apuraç", "contagem", "veredicto"},
		holds: wordSet(`até enquanto antes sem ainda se quando agora momento
			havia haviam tinha tinham`),
		others: wordSet(`quem se qual quais quando`),
		rejects: wordSet(`desconheceu desconheceram desconhece desconhecem repudiou repudiaram repudia repudiam
			rejeitou rejeitaram rejeita rejeitam
			desconhecido repudiado rejeitado`),
	},
}

// relativeHeads are the articles before "que" that make it a relative
// pronoun with no antecedent ("los que no aceptan el resultado", "os que
// não aceitam"): those who refuse are others than the speaker.
var relativeHeads = wordSet(`el la los las lo o a os as aquellos aquelas aqueles todos todas`)
