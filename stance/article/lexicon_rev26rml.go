package article

// rev26rmlAmongFillers may stand between a phrase of belonging
// (rec25mlAmongOpeners) and its word of congratulation: "Zu den ersten
// Gratulanten", "Au nombre des premiers à féliciter", "En la lista de los
// primeros en felicitar", "В числе первых поздравивших". A noun there
// names another list ("Zu den Kritikern der Glückwünsche", "En la lista
// de invitados a la ceremonia de felicitación", "Zu den Gästen der
// Feier"), so the list is no one's congratulation.
var rev26rmlAmongFillers = map[string]map[string]bool{
	"de": wordSet(`ersten frühen schnellsten wenigen zahlreichen vielen`),
	"fr": wordSet(`premiers premières nombreux rares à ceux celles`),
	"es": wordSet(`primeros primeras pocos muchos en los las`),
	"pt": wordSet(`primeiros primeiras poucos muitos a os as`),
	"ru": wordSet(`первых тех немногих`),
}

// rev26rmlAmongRelatives open a relative clause among the fillers ("Zu
// den ersten, die dem Sieger gratulierten", "Au nombre de ceux qui ont
// félicité"): past them any word but a negation may precede the word of
// congratulation.
var rev26rmlAmongRelatives = map[string]map[string]bool{
	"de": wordSet(`die der welche`),
	"fr": wordSet(`qui`),
	"es": wordSet(`quienes que`),
	"pt": wordSet(`que quem`),
	"ru": wordSet(`кто которые`),
}

// rev26rmlContrasts open a phrase that sets another person beside the
// one named before it ("X, mais pas Y", "X, no así Y", "X, ao contrário
// de Y", "X, в отличие от Y", "X, comme Y"), so that a relative of
// opinion after it is the other person's.
var rev26rmlContrasts = map[string]map[string]bool{
	"fr": wordSet(`mais contrairement comme ainsi puis sauf excepté non pas à tout plus et`),
	"es": wordSet(`pero no así a como además salvo excepto al en ni y frente`),
	"pt": wordSet(`mas ao como além salvo exceto não nem e diferentemente tal`),
	"ru": wordSet(`но а в как кроме не ни и`),
}
