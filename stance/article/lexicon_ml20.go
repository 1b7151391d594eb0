package article

// bylineWords open an opinion piece's byline paragraph in each language
// ("Por Ana Lima", "Par Anne Roux", "Von Jana Roth", "Автор: Ольга
// Лебедева"); see ml20_byline.go.
var bylineWords = map[string]map[string]bool{
	"es": wordSet(`por`),
	"pt": wordSet(`por`),
	"fr": wordSet(`par`),
	"de": wordSet(`von`),
	"ru": wordSet(`автор автор:`),
}

// firstPersonLang are the first-person singular words by which an
// opinion piece's sentence is its author's own remark, as
// firstPersonWords are in English.
var firstPersonLang = map[string]map[string]bool{
	"es": wordSet(`yo me mi mis mí conmigo`),
	"pt": wordSet(`eu me mim meu minha meus minhas comigo`),
	"fr": wordSet(`je j' me m' moi mon ma mes`),
	"de": wordSet(`ich mich mir mein meine meinen meinem meiner meines`),
	"ru": wordSet(`я меня мне мной мой моя моё мое мои моего моей моих моим`),
}

// spokesHeadsLang are the offices of someone who speaks for another
// ("el portavoz de la Casa Blanca", "der Sprecher des Weißen Hauses"),
// as spokesRoles are in English; see ml20_roleless.go.
var spokesHeadsLang = wordSet(`portavoz vocero vocera porte-parole porta-voz sprecher sprecherin
	пресс-секретарь представитель представительница`)
