package article

// ref22FormerWords mark an office held before ("el ex presidente", "o
// antigo deputado", "l'ancien chef rebelle", "der ehemalige Minister",
// "бывший премьер"): the description of a person, which no current
// office contradicts (ref22_roleref.go).
var ref22FormerWords = map[string]map[string]bool{
	"es": wordSet(`ex antiguo antigua exministro`),
	"pt": wordSet(`ex antigo antiga`),
	"fr": wordSet(`ancien ancienne ex`),
	"de": wordSet(`ehemalige ehemaliger ehemaligen frühere früherer früheren ex`),
	"ru": wordSet(`бывший бывшая бывшего бывшей бывшему экс`),
}

// ref22FormerPrefixes make an office word one held before ("ex-governador",
// "Ex-Kanzler", "экс-премьер").
var ref22FormerPrefixes = []string{"ex-", "экс-"}

// ref22DescriptionHeads are nouns that describe a person rather than name
// a post ("el diplomático", "o diplomata italiano", "le dirigeant", "der
// Politiker", "политик"): alone or with a nationality or party adjective
// they refer back to the person just named.
var ref22DescriptionHeads = map[string]map[string]bool{
	"es": wordSet(`diplomático diplomática político política veterano veterana exmandatario exmandataria`),
	"pt": wordSet(`diplomata político política veterano veterana`),
	"fr": wordSet(`diplomate politicien politicienne vétéran dirigeant dirigeante`),
	"de": wordSet(`diplomat diplomatin politiker politikerin`),
	"ru": wordSet(`дипломат политик ветеран`),
}

// ref22SayNegators negate a speech verb right before it, past
// auxiliaries and pronouns ("n'a pas dit", "no dijo", "não disse", "не
// говорил"); German puts the negation after the verb ("sagte nicht",
// "hat nicht gesagt"): ref22_unsaid.go.
var ref22SayNegators = map[string]map[string]bool{
	"es": wordSet(`no nunca jamás`),
	"pt": wordSet(`não nunca jamais`),
	"fr": wordSet(`pas jamais`),
	"de": wordSet(`nicht nie niemals`),
	"ru": wordSet(`не никогда`),
}

// ref22NotOnly follow a negation that does not negate the verb ("no solo
// dijo", "não só disse", "pas seulement", "nicht nur", "не только").
var ref22NotOnly = wordSet(`solo sólo solamente só somente seulement uniquement nur только`)

// ref22QuestionWords open a question left open after a negated speech
// verb ("no dijo si …", "n'a pas dit quand …"), which other rules read.
var ref22QuestionWords = wordSet(`si cuándo cuando cómo quién qué dónde se quando como quem onde qual quand comment qui où pourquoi ob wann wie wer wem warum ли когда как кто почему`)
