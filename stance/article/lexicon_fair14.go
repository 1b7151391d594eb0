package article

// fairDecl are, per language, the words of a vote said to have been free
// and fair (intl_fair14.go): the vote's nouns (stems), the forms of "to
// be" and of "to go off" that carry the verdict, the stems of fairness,
// and the negations, conditions and delays that take it back.
var fairDecl = map[string]fairList{
	"es": {
		votes: []string{"elecci", "votaci", "comicio", "escrutinio", "sufragio", "conteo", "recuento", "cómputo", "proceso"},
		be:    wordSet(`es son fue fueron ha han sido había habían está están estuvo estuvieron transcurrió transcurrieron resultó resultaron`),
		fair:  []string{"libre", "just", "limpi", "transparent", "democrátic", "creíble", "ejemplar", "impecable", "legítim", "honest"},
		holds: wordSet(`no ni nunca si cuando hasta aún todavía mientras antes sin tampoco ningún ninguna`),
	},
	"pt": {
		votes: []string{"eleiç", "votaç", "escrutínio", "sufrágio", "pleito", "apuraç", "contagem", "processo"},
		be:    wordSet(`é são foi foram tem têm sido tinha tinham está estão esteve decorreu decorreram correu correram`),
		fair:  []string{"livre", "just", "limp", "transparent", "democrátic", "credív", "exemplar", "legítim", "honest"},
		holds: wordSet(`não nem nunca se quando até ainda enquanto antes sem tampouco nenhum nenhuma`),
	},
	"fr": {
		votes: []string{"élection", "scrutin", "vote", "consultation", "dépouillement", "décompte", "processus"},
		be:    wordSet(`est sont était étaient été fut furent`),
		fair:  []string{"libre", "transparent", "réguli", "démocratique", "crédible", "équitable", "honnête", "exemplaire", "sincère", "légitime"},
		holds: wordSet(`ne n' n’ ni pas jamais si quand tant avant sans aucun aucune guère`),
	},
	"de": {
		votes: []string{"wahl", "abstimmung", "auszählung", "urnengang", "votum"},
		be:    wordSet(`ist sind war waren sei seien gewesen verlief verliefen verlaufen`),
		fair:  []string{"frei", "fair", "transparent", "demokratisch", "korrekt", "sauber", "ordnungsgemäß", "glaubwürdig", "rechtmäßig", "legitim"},
		holds: wordSet(`nicht kein keine keinen weder nie wenn falls bis noch bevor ohne kaum`),
	},
	"ru": {
		votes: []string{"выбор", "голосован", "подсчёт", "подсчет", "волеизъявлен"},
		be:    wordSet(`были был была было прошли прошло прошла прошёл являются является стали`),
		fair:  []string{"свободн", "честн", "прозрачн", "демократичн", "справедлив", "легитимн", "чист"},
		holds: wordSet(`не ни нет никогда если когда пока ещё до без нельзя`),
	},
}
