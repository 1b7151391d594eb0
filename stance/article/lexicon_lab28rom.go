package article

// lab28romMore are the comparatives of Spanish, Portuguese and French
// that set a reaction's tone apart from the ones before it
// (lab28rom_tone.go): "fue más prudente", "foi mais reticente", "s'est
// montré plus réservé". "menos"/"moins" ("fue menos prudente") is left out:
// less guarded is no withholding.
var lab28romMore = wordSet(`más mais plus`)

// lab28romGuarded are the adjectives of a guarded tone after lab28romMore
// ("más cauto", "mais cautelosa", "plus mesurés", "más frías").
var lab28romGuarded = wordSet(`prudente prudentes cauto cauta cautos cautas cauteloso cautelosa cautelosos cautelosas
	reservado reservada reservados reservadas comedido comedida comedidos comedidas moderado moderada moderados moderadas
	reticente reticentes contido contida contidos contidas discreto discreta discretos discretas frío fría fríos frías
	frio fria frios frias tibio tibia tibios tibias morno morna mornos mornas
	prudent prudents réservé réservée réservés réservées réticent réticente réticents réticentes mesuré mesurée mesurés
	mesurées circonspect circonspecte circonspects circonspectes discret discrète discrets discrètes froid froide froids froides`)

// lab28romToneHeads stand before the comparative of a tone, perhaps past
// lab28romToneModifiers: copulas ("fue", "foi", "était", "a été"), verbs
// of showing oneself ("se mostró", "mostrou-se", "s'est montré", "reste")
// and the noun of a chosen tone ("optó por un tono más prudente", "um tom
// mais cauteloso", "un ton plus mesuré").
var lab28romToneHeads = wordSet(`fue fueron era eran estuvo estuvieron estaba estaban mostró mostraron mantuvo mantuvieron
	foi foram estava estavam esteve estiveram mostrou mostrou-se mostraram mostraram-se manteve manteve-se mantiveram
	été était étaient est sont fut montré montrée montrés montrées reste restent restait demeure semblait
	tono tom ton`)

// lab28romToneModifiers may stand between a head and the comparative
// ("fue todavía más cauto", "foi bem mais reservada", "s'est montré
// nettement plus réservé", "se mostró mucho más prudente").
var lab28romToneModifiers = wordSet(`todavía aún mucho bastante algo ainda bem muito bastante um pouco encore bien beaucoup
	nettement un peu se`)

// lab28romSendVerbs send a message (lab28rom_sentnone.go): "a adressé",
// "envió", "enviou".
var lab28romSendVerbs = wordSet(`adressé adressée adressés adresse adressent envoyé envoyée envoyés envoie envoient transmis
	enviado enviada envió enviaron envía mandó mandado mandaron dirigió dirigido remitió remitido
	enviou enviaram envia mandou mandaram dirigiu dirigido endereçou endereçado remeteu`)

// lab28romNones are the words of none before the message: "aucun",
// "ningún", "nenhuma".
var lab28romNones = wordSet(`aucun aucune ningún ninguna nenhum nenhuma`)

// lab28romGreetingNouns are what a leader sends a winner: a message, a
// congratulation, a telegram, a letter.
var lab28romGreetingNouns = wordSet(`message messages félicitation félicitations télégramme télégrammes lettre
	mensaje mensajes felicitación felicitaciones telegrama telegramas carta saludo saludos enhorabuena
	mensagem mensagens felicitação felicitações parabéns cumprimentos`)

// lab28romPeopleWords are the voters and the people a tribute goes to
// (lab28rom_tribute.go): "rendu hommage aux électeurs", "saudou o povo",
// "elogió a los votantes".
var lab28romPeopleWords = wordSet(`électeurs électrices électorat peuple population citoyens votants
	votantes electores electorado pueblo ciudadanos ciudadanía población
	eleitores eleitorado povo cidadãos população`)

// rev28romCongratStems begin a congratulation in Spanish, Portuguese or
// French (rev28rom_narrow.go): "felicitó", "félicité", "cumprimentou",
// "parabenizou".
var rev28romCongratStems = []string{"felicit", "félicit", "cumpriment", "parabeniz"}

// rev28romNegations turn a congratulation round (rev28rom_narrow.go): "no
// la felicitó", "n'a pas félicité", "sem felicitar".
var rev28romNegations = wordSet(`no ni sin nunca jamás não nem sem nunca jamais ne n'a n'ont n'avait pas sans`)
