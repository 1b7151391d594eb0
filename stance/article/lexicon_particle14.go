package article

// Word lists of intl_particle14.go (names whose surname opens with
// particles in the non-English reader).

// particleArticles are the articles a name's "de" takes before the
// surname, per language: "Juan Carlos de la Vega", "Luis de los Santos",
// "Bartolomé de las Casas". (French "de La Fontaine" capitalises the
// article: capParticleAt.)
var particleArticles = map[string]map[string]bool{
	"es": wordSet(`la los las`),
}

// langNameParticles are name particles of one language only, which are
// common words in the others: German "zu" ("Karl-Theodor zu
// Guttenberg").
var langNameParticles = map[string]map[string]bool{
	"de": wordSet(`zu`),
}

// particleBodyNouns open the names of bodies and places after "de la",
// "de los", "de las" in Spanish: after a name they are where the person
// comes from ("Ana Pérez de la Junta Electoral"), not their surname.
var particleBodyNouns = map[string]map[string]bool{
	"es": wordSet(`comisión junta universidad fundación cámara corte asamblea alianza unión
		organización república nación oposición casa moncloa presidencia fiscalía defensoría
		procuraduría plataforma coalición concertación federación confederación iglesia
		conferencia misión unidad izquierda libertad mesa sala oea onu ue cancillería
		estados naciones fuerzas provincias islas`),
}

// dutchParticles open Dutch and Flemish surnames and are no German words
// ("EU-Außenbeauftragte Peter van Aken"): as foreignParticles, they join
// a German name after any number of its words.
var dutchParticles = wordSet(`van`)
