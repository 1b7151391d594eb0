package article

import "strings"

// langLexicon is what the reader knows of one language other than English:
// the words that attribute a quotation, name a speaker's office, and end a
// speaker phrase. One table per language lives in lexicon_LANG.go; the
// rules that use them are in intl.go. Like the English lists (lexicon.go)
// they are small on purpose: a missing word leaves a speaker empty rather
// than guessing one.
type langLexicon struct {
	// code is the ISO 639-1 code.
	code string
	// speechVerbs attribute a quotation, before it ("Lula disse: «…»") or
	// after it ("«…», dijo Petro"), in the forms news prose uses: the
	// past, the present and the participle after an auxiliary.
	speechVerbs map[string]bool
	// auxiliaries come between a quotation and a participle ("a déclaré").
	auxiliaries map[string]bool
	// clitics are unstressed object pronouns before a verb ("les dijo").
	clitics map[string]bool
	// impersonal is the subject of an impersonal attribution, which names
	// the source after it ("hieß es aus dem Ministerium").
	impersonal map[string]bool
	// inverted are speech verbs with their subject pronoun attached
	// ("a-t-il", "estime-t-elle"): the speaker is the last one named.
	inverted map[string]bool
	// particles close an attribution without belonging to the speaker
	// ("„…“, fügte Scholz hinzu").
	particles map[string]bool
	// according introduce the speaker of a quotation without a verb
	// ("según el ministro", "по словам Пескова"); a phrase of several
	// words is written with spaces.
	according []string
	// sourceNouns are the documents and circles a source speaks through
	// after an attribution word ("según un comunicado de la Cancillería",
	// "selon l'entourage du président", "как сообщила пресс-служба
	// Кремля", "laut einer Erklärung des Ministeriums"); sourceLinks are
	// the words that may join one to its source ("difundido por", "de
	// la"). The source is the speaker (see sourceAfter).
	sourceNouns, sourceLinks map[string]bool
	// pronounAccording attribute the clause after them to the person
	// just named ("по его словам", "selon lui", "según él", "ihm
	// zufolge"; see ownAccording).
	pronounAccording []string
	// likePhrases after a comma compare a person to the actor of the act
	// before them ("tout comme", "al igual que", "так же как и"): that
	// person did the same (see likeActors).
	likePhrases []string
	// relatives open a relative clause after the document a quotation
	// was said in, whose subject is its source ("говорится в заявлении,
	// которое распространил X"; see relativeSource).
	relatives map[string]bool
	// openingAccording introduce reported speech only when they open the
	// sentence before a person ("Para el canciller X, la prioridad es …",
	// "Pour la politologue X, …"): elsewhere they are too common.
	openingAccording []string
	// through introduce, in an adverbial between commas after an
	// institution, the person who speaks for it ("a través de su
	// portavoz, X,", "par la voix de son porte-parole, X,"): the speaker.
	through []string
	// infinitives are the auxiliaries of a perfect infinitive that opens a
	// reported clause right after a speech verb ("contou ter telefonado",
	// "dijo haber felicitado", "a dit avoir félicité").
	infinitives map[string]bool
	// backPhrases open a sentence whose speech verb and subject attribute
	// the previous sentence ("Об этом заявил X", "Así lo afirmó X", "C'est
	// ce qu'a déclaré X"; intl_anaphora.go).
	backPhrases []string
	// complementizers open the clause of reported speech ("dijo que …",
	// "заявил, что …", "sagte, dass …").
	complementizers map[string]bool
	// reportedAccording are the attribution words that also introduce
	// reported speech without quotation marks ("según X, …", "по словам
	// X, …"); words as common as "para" or "so" are left out.
	reportedAccording []string
	// actionVerbs report a stance as an act, as contentVerbs do in English
	// ("felicitó a", "a félicité", "поздравил", "parabenizou",
	// "gratulierte", "se negó a", "refuse de", "отказался", "recusou-se",
	// "weigerte sich"): the remark runs from the first word after the
	// subject to the end of the clause, so that a negation stays in it.
	actionVerbs map[string]bool
	// commentatorNouns are the titles of people quoted for colour or
	// expertise (an economist, a political scientist, a vendor), and
	// commentatorSuffixes end compound ones (German "Chefvolkswirtin");
	// commentatorVerbs after a relative word describe one ("que vende").
	// See intl_commentator.go.
	commentatorNouns    map[string]bool
	commentatorSuffixes []string
	commentatorVerbs    map[string]bool
	// firstVerbs are verbs of being that, near one of firstWords and
	// before a recognition, make an act of being among the first to
	// recognise ("fue de los primeros en felicitar"; intl_reported.go).
	firstVerbs, firstWords map[string]bool
	// demonymSuffixes end the lower-case demonyms that, after a definite
	// article, refer to a person named just before ("el colombiano"; see
	// demonymSubject).
	demonymSuffixes []string
	// reflexives make a verb of expression intransitive: "äußerte sich",
	// "se manifestó" say that someone spoke, not what they expressed, so
	// the verb is then no act (intl_reported.go).
	reflexives map[string]bool
	// occupations are titles of people who hold no office (an inspector,
	// a coordinator, a director, a lawyer, a resident): with no word of
	// the election in their remarks, they are off the result
	// (offTopicSpeakers in intl_commentator.go).
	occupations map[string]bool
	// topicStems open the words that tie a remark to an election and its
	// result ("elec", "вы́бор", "wahl", "fraud", "felicit"): a speaker none
	// of whose remarks has one, nor names the winner or a rival, is not
	// talking about the result (intl_commentator.go).
	topicStems []string
	// sendVerbs make a stance verb when a word opening with one of
	// congratStems stands near them ("направил … поздравительную
	// телеграмму", "envió sus felicitaciones"; intl_order.go); so do the
	// verbs of joining others' congratulations ("se sumó a las
	// felicitaciones", "s'est joint aux félicitations", "schloss sich den
	// Glückwünschen an", "присоединился к поздравлениям", "juntou-se às
	// felicitações").
	sendVerbs    map[string]bool
	congratStems []string
	// purposes open a purpose clause after a comma ("um", "para",
	// "pour", "чтобы"), in which a sending or calling verb may find its
	// congratulation ("rief X an, um ihm zu gratulieren").
	purposes map[string]bool
	// freeOrder: a verb with no subject before it may have it after its
	// object ("поздравил Байдена президент Украины …"; intl_order.go).
	freeOrder bool
	// recognitionStems open the words of an act that recognises a result
	// ("felicit", "поздрав", "gratul"); negators, refusals and delays
	// before one make it a refusal or a postponement (intl_verdict.go).
	recognitionStems           []string
	negators, refusals, delays map[string]bool
	// conditions after a negated recognition make it a postponement ("no
	// reconocerá … hasta conocer el informe", "не признает, пока …");
	// avoids are refusals that only avoid ("evitó felicitar"), which the
	// model reads, where other refusals without a condition reject
	// (intl_verdict.go).
	conditions, avoids map[string]bool
	// silences are verbs of speaking up or reacting which, negated, say
	// that someone has kept silent on the result ("não se pronunciou",
	// "no había dicho nada", "ne s'est pas exprimé", "hat sich nicht
	// geäußert", "не прокомментировал"): an act that withholds
	// (intl_silence.go).
	silences map[string]bool
	// keeps are verbs of keeping or staying and silentWords the silence
	// kept ("mantém silêncio", "sigue en silencio", "garde le silence",
	// "хранит молчание"; a verb that is silent by itself, "schweigt",
	// "молчит", is in both): an act that withholds (intl_silence.go).
	keeps, silentWords map[string]bool
	// followVerbs say that someone did as the last actor did ("Xi
	// Jinping folgte wenige Stunden später", "ont suivi", "siguió su
	// ejemplo", "последовал его примеру"), when nothing follows them in
	// their clause or a word of followWords does (an example, a line, a
	// word of time): their act copies the previous one (intl_follow.go).
	followVerbs, followWords map[string]bool
	// followedVerbs are the passive participles that, with followVerbs'
	// participles, say after a comma that someone did the same after the
	// actor ("…, imitée peu après par X", "…, seguido por X"); agents
	// introduce that someone ("par", "por", "von"; intl_follow.go).
	followedVerbs, agents map[string]bool
	// subjectRelatives open, after a comma that follows a person, a
	// relative clause of which the person is the subject ("X, qui a
	// félicité …", "X, que felicitó …", "X, который поздравил …";
	// intl_relative.go).
	subjectRelatives map[string]bool
	// comeVerbs, after a congratulation, and fromWords before a person
	// say whose congratulation came ("Gratulationen kamen auch von X",
	// "les félicitations sont venues du président X"; intl_follow.go).
	comeVerbs, fromWords map[string]bool
	// including open, between commas after a group, the person of the
	// group the sentence names ("Les chefs d'État de la Cemac, dont le
	// Congolais X, ont suivi", "varios mandatarios, entre ellos X,
	// felicitaron"): that person is the verb's subject (intl_follow.go).
	including []string
	// interviewIntros introduce the person an interview speaks to
	// ("nous avons rencontré", "hablamos con", "наш собеседник"); the
	// paragraphs of the answers open with one of answerMarks and those of
	// the questions with one of questionMarks, followed by a colon ("R :",
	// "Q :"; intl_interview.go).
	interviewIntros            []string
	answerMarks, questionMarks map[string]bool
	// among opens a roundup's list of those who recognised a result, and
	// amongVerbs introduce the list ("Entre los primeros en felicitar …
	// estuvieron A, B y C"; intl_order.go).
	among, amongVerbs map[string]bool
	// officeSynonyms map offices that name the same post to one word, so
	// that a later "el ministro" refers back to "el canciller X".
	officeSynonyms map[string]string
	// officeAliases name an office by a periphrasis that news prose uses
	// for a person named before ("le chef de l'État", "глава
	// государства", "der Kremlchef"): the head and its modifiers, joined
	// by spaces, map to the office they stand for (see aliasOffice).
	officeAliases map[string]string
	// conjunctions join the subjects of a plural stance verb ("y", "и").
	conjunctions map[string]bool
	// preverbs may stand between a subject and its verb: negations,
	// reflexive and object pronouns, auxiliaries and a few adverbs ("aún
	// no ha felicitado", "n'a pas encore félicité", "ещё не поздравил").
	preverbs map[string]bool
	// roles are the head words of offices ("presidente", "Kanzler"); a
	// role word is never part of a name.
	roles map[string]bool
	// roleSuffixes make compound offices roles (German
	// "Regierungssprecher", "Außenminister").
	roleSuffixes []string
	// rolePreps join an office to what it heads when a capitalised word
	// or another role word follows ("ministro de Exteriores", "ministre
	// des Affaires étrangères").
	rolePreps map[string]bool
	// titlePreps open the lower-case complement of an office's title that
	// a name follows (Russian "представитель ЕС по иностранным делам
	// Жозеп Боррель"); elsewhere they are prepositions like any other.
	titlePreps map[string]bool
	// whens open a clause of time after a comma ("…, cuando felicitó a
	// X"): a negation before them is not the act's after them.
	whens []string
	// generic are descriptions rather than offices ("политик", "the
	// politician"): alone, they refer to the last person named.
	generic map[string]bool
	// determiners may open a speaker phrase; definite ones make an office
	// refer back to a speaker named before ("el canciller").
	determiners, definite map[string]bool
	// pronouns are "he" and "she": the last speaker named.
	pronouns map[string]bool
	// stops end a speaker phrase: prepositions and conjunctions that open
	// an adverbial or a new clause ("lors", "während", "в").
	stops map[string]bool
	// notNames are capitalised words that open sentences but never name
	// anyone ("Ayer", "Heute").
	notNames map[string]bool
	// prodrop: a speech verb with no subject after a quotation ("«…»,
	// añadió.") has the last speaker named as its subject.
	prodrop bool
	// complement: in a run of three or more capitalised words after an
	// office, the first is what the office heads, in the genitive
	// ("президент России Владимир Путин").
	complement bool
	// capNouns: every noun is capitalised (German), so a capitalised
	// office after a name is still an office; elsewhere it is a surname
	// ("Pablo Rey").
	capNouns bool
	// inflected: offices and names change their endings with case
	// ("министра", "Пескова"); roles are matched on their stem too.
	inflected bool
}

// promptVerbs are verbs of delaying or hesitating that, negated, say an
// act came at once (promptAfter): Spanish, French, Portuguese, German,
// Russian forms of the perfective past and the infinitive.
var promptVerbs = wordSet(`tardó tardaron tardado demoró demoraron dudó dudaron vaciló
	tardé tarder hésité hésiter attendu traîné
	tardou tardaram demorou demoraram hesitou hesitaram
	gezögert zögerte zögerten
	замедлил замедлила замедлили медлил медлила медлили`)

// lexicons are the languages read with their own conventions; English is
// read by the rules of extract.go and sentence.go.
var lexicons = map[string]*langLexicon{
	"de": &german,
	"es": &spanish,
	"fr": &french,
	"pt": &portuguese,
	"ru": &russian,
}

// Languages returns the ISO 639-1 codes of the languages whose quotation
// and attribution conventions the reader knows, sorted. English is read by
// the full rules; the others have direct quotations, reported speech and
// reported acts by narrower rules (see [ExtractLang]).
func Languages() []string { return []string{"de", "en", "es", "fr", "pt", "ru"} }

// isRole reports whether the lower-case word w names an office.
func (l *langLexicon) isRole(w string) bool {
	if l.roles[w] || l.commentatorWord(w) || l.prefixedRole(w) { // "eurodéputé" (fgr17_roles.go)
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && l.roles[w[i+1:]] {
		return true // "grünen-abgeordnete", "vice-présidente"
	}
	if l.inflected {
		for _, e := range [][2]string{{"ом", ""}, {"ем", "ь"}, {"а", ""}, {"у", ""}, {"е", ""}, {"я", "ь"}, {"ю", "ь"}, {"ы", "а"}} { // "главы миссии" (gr19_role.go)
			if b, ok := strings.CutSuffix(w, e[0]); ok && len(b) > 2 && l.roles[b+e[1]] {
				return true
			}
		}
	}
	for _, s := range l.roleSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// contestStems begin the words of contests other than the vote (a match,
// a tournament, a cup, a marathon, a trial): a rival who says he won one
// claims no election (otherContest, intl_rivalclaim.go). Words that also
// name parts of an election ("course", "Rennen", "партия") are left out.
var contestStems = map[string][]string{
	"fr": {"match", "tournoi", "coupe", "championnat", "marathon", "finale", "procès", "médaille", "concours"},
	"de": {"spiel", "turnier", "pokal", "meisterschaft", "marathon", "finale", "prozess", "medaille", "wettbewerb"},
	"ru": {"матч", "турнир", "кубк", "кубок", "чемпионат", "марафон", "финал", "медал", "конкурс", "шахмат"},
}

// eventSuffixes end the nouns of events ("Verhaftung", "Festnahme",
// "arrestation", "enlèvement"), which head no office before a name
// (eventHead, intl_longtitle.go).
var eventSuffixes = map[string][]string{
	"de": {"ung", "nahme", "ion", "heit", "keit"},
	"fr": {"tion", "sion", "ment"},
}
