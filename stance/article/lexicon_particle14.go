package article

// Word lists of intl_particle14.go (names whose surname opens with
// particles in the non-English reader).

// particleArticles are the articles a name's "de" takes before the
// surname, per language: "Juan Carlos de la Vega", "Luis de los Santos",
// "Bartolomé de las Casas". (French "de La Fontaine" capitalises the
// article: capParticleAt.)
var particleArticles = map[string]map[string]bool{
	"es": wordSet(`la los las`),
	"pt": wordSet(`la los las`), // Spanish names in Portuguese reports
	"de": wordSet(`la los las`),
	"fr": wordSet(`la`), // "Henri de la Tour", "Juan Carlos de la Vega"
}

// innerArticles are the articles that follow "van" inside a Dutch or
// Flemish name in any language ("Maria van den Berg"; "van der" is in
// intlNameParticles).
var innerArticles = wordSet(`den`)

// dutchFirstParticles open Dutch surnames and are no words of the
// languages read ("Hans ter Horst", "Jan ten Brink").
var dutchFirstParticles = wordSet(`ter ten`)

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
	"pt": wordSet(`comisión junta universidad unión república nación casa moncloa`),
	"de": wordSet(`comisión junta universidad unión república nación casa moncloa`),
	"fr": wordSet(`commission fondation république cour assemblée fédération confédération banque
		communauté organisation francophonie défense justice santé culture sécurité`),
}

// dutchParticles open Dutch and Flemish surnames and are no German words
// ("EU-Außenbeauftragte Peter van Aken", "Hans ter Horst"): as foreignParticles, they join
// a German name after any number of its words.
var dutchParticles = wordSet(`van ter ten`)
