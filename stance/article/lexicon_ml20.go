package article

// spokesHeadsLang are the offices of someone who speaks for another
// ("el portavoz de la Casa Blanca", "der Sprecher des Weißen Hauses"),
// as spokesRoles are in English; see ml20_roleless.go.
var spokesHeadsLang = wordSet(`portavoz vocero vocera porte-parole porta-voz sprecher sprecherin
	пресс-секретарь представитель представительница`)
