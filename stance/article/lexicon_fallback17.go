package article

// sufferedWords tell what happened to a person, not what the person did or
// said: death, wounds, arrest ("X murió en el ataque", "X foi detido
// durante os protestos", "X est mort en 2019", "Журналист X погиб …").
// A sentence naming one person with one of these near its start is no
// remark of that person's (intl_fallback.go): a victim has no stance.
var sufferedWords = map[string]map[string]bool{
	"es": wordSet(`murió falleció muerto muerta fallecido fallecida asesinado asesinada herido herida
		detenido detenida arrestado arrestada secuestrado secuestrada encarcelado encarcelada`),
	"pt": wordSet(`morreu faleceu morto morta falecido falecida assassinado assassinada ferido ferida
		detido detida preso presa sequestrado sequestrada`),
	"fr": wordSet(`mort morte décédé décédée tué tuée assassiné assassinée blessé blessée
		arrêté arrêtée interpellé interpellée incarcéré incarcérée enlevé enlevée`),
	"de": wordSet(`starb gestorben getötet ermordet verletzt festgenommen verhaftet inhaftiert entführt`),
	"ru": wordSet(`умер умерла погиб погибла скончался скончалась убит убита ранен ранена
		задержан задержана арестован арестована похищен похищена`),
}

// sufferedWindow is how many words of the rest of the sentence may stand
// before a word of sufferedWords ("resultó gravemente herido", "a été tué
// dimanche").
const sufferedWindow = 4

// talkVerbs tell that a person spoke of something without saying what
// ("X habló sobre las obras del tranvía", "X рассказал о ремонте дорог").
// An inferred remark opening with one of them, or with a verb of speech,
// needs a word of the election (topicStems) to be one (intl_fallback.go):
// otherwise it is a quotation for colour on another subject.
var talkVerbs = map[string]map[string]bool{
	"es": wordSet(`habló hablaba comentó comentaba explicó explicaba refirió contó`),
	"pt": wordSet(`falou falava comentou comentava explicou explicava referiu contou`),
	"fr": wordSet(`parlé parle parlait évoqué évoque commenté commente expliqué explique raconté`),
	"de": wordSet(`sprach spricht redete erzählte erklärte kommentierte äußerte`),
	"ru": wordSet(`рассказал рассказала рассказали говорил говорила говорили высказался высказалась
		прокомментировал прокомментировала объяснил объяснила`),
}
