package article

// german: „…“ quotations (and »…«), the verb before its subject after a
// quotation ("„…“, sagte Scholz"), separable particles ("fügte er hinzu"),
// compound offices ("Regierungssprecher") and "laut" or "so" with a name.
// Every German noun is capitalised, so an office is known by its head word
// or its ending, never by its capital.
var german = langLexicon{
	code: "de",
	speechVerbs: wordSet(`
		erwiderte erwidert insistierte
		kündigte kündigt ließ verlas verlasen
		sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten
		fügte fügt schrieb schreibt meinte meint sprach spricht warnte warnt
		unterstrich unterstreicht bekräftigte bekräftigt versicherte versichert
		kritisierte kritisiert erläuterte erläutert antwortete antwortet
		verkündete verkündet mahnte mahnt räumte räumt forderte fordert
		stellte stellt hob hebt teilte teilt äußerte äußert hieß heißt zeigte zeigt beschränkte
		gesagt erklärt betont geschrieben angedeutet
		empfahl empfiehlt empfahlen riet rät
		formulierte formuliert formulierten`),
	auxiliaries:       wordSet(`hat haben hatte hatten`),
	impersonal:        wordSet(`es`),
	particles:         wordSet(`hinzu ein klar fest hervor mit wissen ausrichten mitteilen verlauten`),
	according:         []string{"laut", "so", "nach angaben von"},
	backPhrases:       []string{"das", "dies"},
	sourceNouns:       wordSet(`erklärung mitteilung angaben kreisen stellungnahme`),
	sourceLinks:       wordSet(`des der von dem einer einem eines veröffentlichten`),
	pronounAccording:  []string{"ihm zufolge", "ihr zufolge", "seiner ansicht nach", "ihrer ansicht nach", "nach seinen worten", "nach ihren worten"},
	likePhrases:       []string{"ebenso wie", "genauso wie", "wie auch"},
	complementizers:   wordSet(`dass`),
	reportedAccording: []string{"laut", "nach angaben von"},
	actionVerbs: wordSet(`
		bejubelte bejubelten
		gratulierte gratuliert gratulierten beglückwünschte beglückwünscht
		beglückwünschten weigerte weigert weigerten lehnte lehnt lehnten
		erkannte erkennt erkannten anerkannt begrüßte begrüßt begrüßten
		verurteilte verurteilt verurteilten bezweifelte bezweifelt
		nannte nannten bezeichnete bezeichneten bezeichnet genannt nennt abgetan
		äußerte äußerten forderte forderten verlangte verlangten
		räumte räumten gestand gestanden kündigte kündigten wünschte wünschten
		lobte lobten würdigte würdigten akzeptierte akzeptierten verteidigte verteidigten
		verzichtete verzichtet verzichteten`),
	commentatorNouns: wordSet(`ökonom ökonomin politologe politologin analyst analystin
		soziologe soziologin professor professorin forscher forscherin händler
		händlerin verkäufer verkäuferin politikberater politikberaterin`),
	commentatorSuffixes: []string{"volkswirt", "volkswirtin", "ökonom", "ökonomin",
		"wissenschaftler", "wissenschaftlerin", "politologe", "politologin", "analyst", "analystin",
		"forscher", "forscherin", "experte", "expertin", "historiker", "historikerin", "publizist", "publizistin",
		"staatsrechtler", "staatsrechtlerin", "verfassungsrechtler", "verfassungsrechtlerin", "völkerrechtler", "völkerrechtlerin"},
	commentatorVerbs: wordSet(`verkauft lehrt forscht`),
	occupations:      wordSet(`koordinator koordinatorin direktor direktorin geschäftsführer geschäftsführerin inspektor inspektorin anwalt anwältin arzt ärztin student studentin anwohner anwohnerin wähler wählerin unternehmer unternehmerin journalist journalistin aktivist aktivistin pfarrer pfarrerin rentner rentnerin arbeiter arbeiterin landwirt landwirtin taxifahrer`),
	topicStems:       []string{"wahl", "wähl", "gewählt", "stimm", "ergebnis", "sieg", "niederlage", "betrug", "fälsch", "gefälscht", "auszähl", "zählung", "gratul", "glückw", "anerkenn", "anerkannt", "amt", "legitim", "demokrat", "diktat", "farce", "volk", "wille", "souverän", "vereidig", "präsident", "kanzler", "regierung", "koalition"},
	sendVerbs: wordSet(`schickte schickten schickt sandte sandten übermittelte übermittelten
		übermittelt richtete richteten geschickt telefonierte telefonierten rief riefen
		schloss schlossen angeschlossen`),
	purposes:         wordSet(`um`),
	congratStems:     []string{"glückw", "gratul", "telegramm"},
	recognitionStems: []string{"akzeptier", "gratul", "glückw", "beglückw", "anerkannt", "anerkenn", "anzuerkenn", "erkannte", "erkennt", "würdigt", "gewürdigt"},
	negators:         wordSet(`nicht kein keine keinen niemals nie`),
	refusals:         wordSet(`weigerte weigert weigerten lehnte lehnt lehnten abgelehnt verzichtete verzichtet verzichteten vermied vermeidet`),
	conditions:       wordSet(`bis solange bevor ehe`),
	avoids:           wordSet(`verzichtete verzichtet verzichteten vermied vermeidet`),
	silences:         wordSet(`geäußert geäussert äußerte äußern reagiert reagierte reagieren kommentiert kommentierte kommentieren`),
	keeps:            wordSet(`schweigt schwieg schweigen hüllt hüllte hüllen bleibt blieb ließ ließen`),
	silentWords:      wordSet(`schweigt schwieg schweigen stumm unkommentiert`),
	followVerbs:      wordSet(`folgte folgten gefolgt`),
	followWords:      wordSet(`beispiel linie wenige wenig kurz bald später minuten stunden`),
	followedVerbs:    wordSet(`gefolgt`),
	agents:           wordSet(`von vom`),
	subjectRelatives: wordSet(`der die`),
	comeVerbs:        wordSet(`kamen kam`),
	fromWords:        wordSet(`von vom aus`),
	including:        []string{"wie", "darunter", "unter ihnen"},
	interviewIntros:  []string{"wir sprachen mit", "wir haben mit", "unser gesprächspartner", "unsere gesprächspartnerin"},
	answerMarks:      wordSet(`a`),
	questionMarks:    wordSet(`f`),
	delays:           wordSet(`noch bisher bislang vorerst vorläufig zunächst`),
	among:            wordSet(`unter`),
	amongVerbs:       wordSet(`waren sind`),
	reflexives:       wordSet(`sich`),
	firstVerbs:       wordSet(`gehörte gehört zählte gezählt war`),
	firstWords:       wordSet(`ersten erste erster`),
	whens:            []string{"als"},
	conjunctions:     wordSet(`und`),
	preverbs:         wordSet(`hat haben hatte hatten sich noch nicht bisher bislang auch selbst`),
	officeAliases:    map[string]string{"staatschef": "präsident", "staatschefin": "präsidentin", "kremlchef": "präsident", "staatsoberhaupt": "präsident", "chefdiplomat": "minister", "chefdiplomatin": "ministerin"},
	roles: wordSet(`
		präsident präsidentin präsidenten bundespräsident bundespräsidentin kanzler kanzlerin
		abgeordneten kandidaten
		bundeskanzler bundeskanzlerin minister ministerin ministerpräsident
		ministerpräsidentin sprecher sprecherin chef chefin vorsitzende vorsitzender
		regierungschef regierungschefin staatsoberhaupt chefdiplomat chefdiplomatin abgeordnete abgeordneter botschafter
		botschafterin bürgermeister bürgermeisterin könig königin kandidat kandidatin
		politikwissenschaftler politikwissenschaftlerin analyst analystin beobachter emir botschaft ministerium`),
	roleSuffixes: []string{"sprecher", "sprecherin", "minister", "ministerin", "präsident",
		"präsidentin", "kanzler", "kanzlerin", "chef", "chefin", "vorsitzende", "vorsitzender",
		"führer", "führerin", "sekretär", "sekretärin", "politiker", "politikerin", "kandidat", "kandidatin", "leiter", "leiterin"},
	rolePreps:   wordSet(`des der für von`),
	determiners: wordSet(`der die das den dem des ein eine einer sein seine ihr ihre`),
	definite:    wordSet(`der die das den dem des`),
	pronouns:    wordSet(`er sie`),
	capNouns:    true,
	stops: wordSet(`am im in auf aus vor nach bei mit von gegenüber während dass und aber
		heute gestern montag dienstag mittwoch donnerstag freitag samstag sonntag`),
	notNames: wordSet(`heute gestern aber auch doch dann danach so man wir nein ja
		montag dienstag mittwoch donnerstag freitag samstag sonntag es das dies
		dieser diese dieses ähnlich ebenso zurückhaltend deutlich scharf
		später zuvor zunächst anschließend inzwischen mittlerweile bereits schon noch
		erst nun jetzt damals morgens abends nachts`),
}

// germanSide: see sideLexicon (intl_side.go).
var germanSide = sideLexicon{
	where:    wordSet(`wo`),
	posted:   wordSet(`botschaft botschafter botschafterin konsulat konsul`),
	at:       wordSet(`in`),
	speak:    wordSet(`sprach spricht sprachen gesprochen`),
	of:       wordSet(`von`),
	objects:  wordSet(`einen eine einem einer`),
	ownPart:  []string{"seinerseits", "ihrerseits"},
	makes:    wordSet(`gab gaben abgegeben gibt`),
	comments: wordSet(`kommentar stellungnahme`),
	nones:    wordSet(`keinen keine keinerlei`),
	buts:     wordSet(`aber`),
	inWhich:  []string{"in dem", "in der"},
	phones:   wordSet(`telefonierte telefoniert rief angerufen`),
	winners:  wordSet(`sieger siegerin wahlsieger wahlsiegerin`),
}

// germanObjectPreps are prepositions whose noun is never a sentence's
// subject: a person named after one is an object or a complement ("mit
// Erweiterungskommissar X"), not the antecedent lateSubject looks for
// (intl_inverted12.go). The articles of the accusative, dative and
// genitive mark an object too ("empfing der Präsident den
// Oppositionsführer X. …, sagte er": "er" is the president); "der" and
// "die", which may be a subject's, are not listed.
var germanObjectPreps = wordSet(`an auf aus bei für gegen gegenüber hinter in mit nach neben ohne seit
	über um unter von vor während wegen zu zum zur zwischen den dem des einen einem eines`)

// germanRefusal is German's list for a flat refusal of the result, read
// with the verb last (germanRefusesResult, intl_derefusal12.go): verbs of
// accepting and "legitim" (accepts), what is refused when it is the
// result (objects), verbs of contesting (contests), and the words that
// hold a refusal back (holds: a condition or a delay).
var germanRefusal = struct {
	accepts, objects, contests []string
	holds                      map[string]bool
}{
	accepts: []string{"anerkenn", "anzuerkenn", "akzeptier", "hinnehm", "hinzunehm", "legitim"},
	objects: []string{"ergebnis", "resultat", "wahl", "sieg", "stimmabgabe", "abstimmung", "auszählung",
		"zahlen", "mandat", "präsident", "regierung", "parlament"},
	contests: []string{"anfecht", "anzufecht"},
	holds:    wordSet(`bis solange bevor ehe erst wenn falls vorerst noch wer`),
}

// germanNoting are the forms of "nehmen" that, with "zur Kenntnis" after
// them in their clause, take note of the result without recognising it
// ("nahm das Ergebnis lediglich zur Kenntnis"; notingAt,
// intl_noting12.go).
var germanNoting = wordSet(`nahm nahmen nimmt nehmen nehme genommen`)

// germanJoint are the words of a statement made jointly with someone
// ("in einer gemeinsamen Erklärung mit X"; jointActors, intl_joint12.go):
// the adjective's stem, the nouns of a statement, the preposition.
var germanJoint = jointWords{adjective: "gemeinsam", nouns: wordSet(`erklärung stellungnahme mitteilung`), with: "mit"}

// germanPraised: a verb of calling, the vote as its object and a
// complement that praises it ("nannte die Abstimmung „frei und offen“";
// praisedVote, intl_praised12.go).
var germanPraised = praiseWords{
	calls:   wordSet(`nannte nannten nennt bezeichnete bezeichneten bezeichnet`),
	objects: []string{"wahl", "abstimmung", "stimmabgabe", "auszählung", "urnengang"},
	praises: []string{"frei", "fair", "ehrlich", "transparent", "korrekt", "sauber", "legitim", "demokratisch"},
	neither: wordSet(`weder`),
	buts:    wordSet(`aber doch jedoch allerdings`),
}
