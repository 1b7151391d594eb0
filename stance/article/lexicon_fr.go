package article

// french: « … » quotations, with or without (thin) no-break spaces inside
// the marks, the tiret of dialogue, the participle after its auxiliary
// and the subject after the verb ("« … », a déclaré Emmanuel Macron"),
// the inverted pronoun ("a-t-il ajouté", "estime-t-elle") and "selon".
var french = langLexicon{
	code: "fr",
	speechVerbs: wordSet(`
		rétorqué rétorque répliqué réplique objecté objecte argué argue nuancé nuance glissé glisse plaidé plaide valoir remarquer
		exprimé exprime
		déclaré dit affirmé ajouté écrit estimé assuré souligné expliqué insisté
		indiqué précisé martelé lancé répondu prévenu averti rappelé jugé confié
		annoncé réagi dénoncé commenté poursuivi conclu tranché noté savoir
		déclare dit affirme ajoute écrit estime assure souligne explique insiste
		indique précise martèle lance répond prévient avertit rappelle juge confie
		annonce réagit dénonce commente poursuit conclut tranche
		déclarait disait affirmait ajoutait estimait
		répété répète entendre
		renchéri abondé tweeté observé relevé informé contenté borné
		défendu défend
		résume résumé
		disent déclarent affirment estiment expliquait soulignait assurait jugeait insistait
		maintient maintenu maintenait`),
	auxiliaries: wordSet(`a ont avait avaient fait laisse laissé laissent l'a l'ont l'avait m'a m'avait`), // "m'a confié que" (rec29ml)
	clitics:     wordSet(`leur lui nous`),
	inverted: wordSet(`
		a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle
		déclare-t-il déclare-t-elle dit-il dit-elle affirme-t-il affirme-t-elle
		ajoute-t-il ajoute-t-elle estime-t-il estime-t-elle assure-t-il assure-t-elle
		souligne-t-il souligne-t-elle explique-t-il explique-t-elle insiste-t-il
		insiste-t-elle précise-t-il précise-t-elle juge-t-il juge-t-elle
		poursuit-il poursuit-elle conclut-il conclut-elle lance-t-il lance-t-elle
		répond-il répond-elle prévient-il prévient-elle tranche-t-il tranche-t-elle
		s'est-il s'est-elle observe-t-il observe-t-elle note-t-il note-t-elle
		relève-t-il relève-t-elle renchérit-il renchérit-elle`),
	according:         []string{"selon", "d'après", "pour"},
	backPhrases:       []string{"c'est ce qu'a", "c'est ce qu'ont", "c'est ce qu'avait", "c'est ce que", "ainsi s'est"},
	sourceNouns:       wordSet(`communiqué note déclaration message entourage proches sources source`),
	sourceLinks:       wordSet(`de du des d' la le les l' publié publiée diffusé diffusée par un une`),
	pronounAccording:  []string{"selon lui", "selon elle", "d'après lui", "d'après elle"},
	likePhrases:       []string{"tout comme", "comme l'a fait", "à l'instar de", "de même que"},
	complementizers:   wordSet(`que qu'`),
	reportedAccording: []string{"selon", "d'après"},
	openingAccording:  []string{"pour"},
	through:           []string{"par la voix de", "par l'intermédiaire de", "par le biais de"},
	infinitives:       wordSet(`avoir`),
	actionVerbs: wordSet(`
		fêté
		félicité félicite félicitent félicitait salué salue saluent reconnu
		reconnaît reconnaissent refusé refuse refusent rejeté rejette rejettent
		condamné condamne condamnent contesté conteste contestent applaudi
		félicitant saluant qualifié qualifie
		demandé demande exigé exige réclamé réclame annoncé souhaité attendra attendront
		admis accepté acceptent accepte célébré
		raillé fustigé critiqué critique fustige raille exhorté exhorte exhortent
		saluait saluaient félicitaient reconnaissait refusait rejetait évoque évoqué évoquait évoquent appelé accusé accuse`),
	commentatorNouns: wordSet(`économiste économistes analyste analystes politologue politiste
		professeur professeure chercheur chercheuse consultant consultante démographe
		sociologue historien historienne commerçant commerçante vendeur vendeuse
		universitaire constitutionnaliste enseignant enseignante`),
	commentatorVerbs: wordSet(`vend vendent enseigne enseignent`),
	occupations:      wordSet(`coordinateur coordinatrice directeur directrice gérant gérante inspecteur inspectrice avocat avocate médecin étudiant étudiante habitant habitante électeur électrice entrepreneur entrepreneuse journaliste militant militante prêtre retraité retraitée ouvrier ouvrière agriculteur agricultrice chauffeur migrant migrante instituteur institutrice`),
	topicStems:       []string{"élect", "élu", "réélu", "vot", "résultat", "victoire", "vainqu", "défaite", "fraud", "scrutin", "urne", "félicit", "reconn", "mandat", "légitim", "illégitim", "démocr", "dictat", "mascarade", "proclam", "transparen", "peuple", "volonté", "souverain", "céni", "cei", "conseil constitutionnel", "investiture", "prendre acte", "acte", "président"},
	sendVerbs: wordSet(`envoyé adressé transmis envoie adresse envoient adressent présenté
		appelé appelle téléphoné téléphone écrit
		joint jointe joints associé associée associés`),
	purposes:         wordSet(`pour afin`),
	congratStems:     []string{"félicit", "compliment", "télégramme", "message", "vœux", "voeux"},
	recognitionStems: []string{"accept", "félicit", "reconn", "salué", "saluent"},
	negators:         wordSet(`ne n' pas jamais n'a n'ont n'avait`),
	refusals:         wordSet(`refuse refusé refusent rejette rejeté`),
	conditions:       wordSet(`tant jusqu'à avant`),
	avoids:           wordSet(``),
	silences:         wordSet(`exprimé exprimée exprimer prononcé prononcée prononcer réagi réagir commenté commenter`),
	keeps:            wordSet(`garde gardait gardé reste restait resté demeure demeurait observe observait`),
	silentWords:      wordSet(`silence silencieux silencieuse muet muette`),
	followVerbs:      wordSet(`suivi suivie suivis suivirent`),
	followWords:      wordSet(`exemple exemples ligne pas peu quelques après plus minutes heures`),
	followedVerbs:    wordSet(`imité imitée imités imitées suivie suivis suivies`),
	agents:           wordSet(`par de du d'`),
	subjectRelatives: wordSet(`qui`),
	comeVerbs:        wordSet(`venues venus venue venu arrivées arrivés arrivée arrivé`),
	fromWords:        wordSet(`de du des`),
	including:        []string{"comme", "tels que", "dont", "parmi lesquels", "parmi lesquelles", "notamment"},
	interviewIntros:  []string{"nous avons rencontré", "nous avons interrogé", "nous nous sommes entretenus avec", "notre interlocuteur", "notre interlocutrice"},
	answerMarks:      wordSet(`r`),
	questionMarks:    wordSet(`q`),
	delays:           wordSet(`encore toujours`),
	among:            wordSet(`parmi`),
	amongVerbs:       wordSet(`figuraient figurent figuraient étaient sont`),
	reflexives:       wordSet(`se s' s'est`),
	firstVerbs:       wordSet(`été était figurait`),
	firstWords:       wordSet(`premier première premiers premières`),
	whens:            []string{"quand", "lorsque", "lorsqu'"},
	conjunctions:     wordSet(`et`),
	preverbs: wordSet(`ne n' pas jamais encore a ont avait avaient s'est se s' toujours déjà lui
		l' aussi également ainsi ensuite n'a n'ont n'avait n'avaient
		même toutefois pourtant cependant d'ailleurs enfin aussitôt immédiatement
		rapidement vite publiquement clairement finalement`),
	officeAliases: map[string]string{"chef état": "président", "cheffe état": "président", "chef diplomatie": "ministre", "cheffe diplomatie": "ministre", "locataire élysée": "président"},
	roles: wordSet(`
		président présidente ex-président vice-président premier ministre ministres
		porte-parole secrétaire chef cheffe dirigeant dirigeante sénateur sénatrice
		député députée ambassadeur ambassadrice maire gouverneur chancelier chancelière
		roi reine candidat candidate analyste politologue
		observateur observatrice diplomate conseiller conseillère opposant opposante
		secrétaire-général
		leader leadeuse émir ambassade ministère allié alliée département gouvernement`),
	rolePreps:   wordSet(`de du des d'`),
	determiners: wordSet(`le la les un une l' son sa ses du`),
	definite:    wordSet(`le la les l'`),
	pronouns:    wordSet(`il elle`),
	stops: wordSet(`lors dans en à au aux devant après avant sur sous par pour que qui
		et mais mardi lundi mercredi jeudi vendredi samedi dimanche hier ce cette`),
	notNames: wordSet(`état hier aujourd'hui mais sans aussi puis ensuite ainsi bien alors
		ce cette ces nous non oui lundi mardi mercredi jeudi vendredi samedi dimanche`),
}

// frenchSide: see sideLexicon (intl_side.go).
var frenchSide = sideLexicon{
	where:    wordSet(`où`),
	posted:   wordSet(`ambassade ambassadeur ambassadrice consulat consul`),
	at:       wordSet(`à au en`),
	speak:    wordSet(`parlé parle parlait parlent`),
	of:       wordSet(`de d'un d'une`),
	objects:  wordSet(`un une`),
	ownPart:  []string{"pour sa part", "de son côté", "quant à lui", "quant à elle"},
	makes:    wordSet(`fait font faisait`),
	comments: wordSet(`commentaire commentaires déclaration`),
	nones:    wordSet(`aucun aucune`),
	so:       wordSet(``),
	soOpen:   []string{"l'"},
	buts:     wordSet(`mais`),
	inWhich:  []string{"dans lequel", "dans laquelle", "où"},
	phones:   wordSet(`téléphoné appelé téléphone appelle`),
	winners:  wordSet(`vainqueur vainqueure gagnant gagnante`),
}

// frenchNoting are the forms of "prendre" that, with "acte" after them,
// take note of the result without recognising it ("a pris acte de la
// proclamation"; notingAt, intl_noting12.go).
var frenchNoting = wordSet(`prend prennent prenait prenaient pris prise prendre prendra prendront`)

// frenchJoint: "dans une déclaration commune avec X", "un communiqué
// conjoint avec X" (jointActors, intl_joint12.go).
var frenchJoint = jointWords{adjective: "commun", adjective2: "conjoint", nouns: wordSet(`déclaration communiqué`), with: "avec"}

// frenchPraised: "a qualifié le scrutin de « libre et transparent »"
// (praisedVote, intl_praised12.go).
var frenchPraised = praiseWords{
	calls:   wordSet(`qualifié qualifie jugé juge estimé estime`),
	objects: []string{"scrutin", "élection", "vote", "dépouillement"},
	praises: []string{"libre", "transparent", "régulier", "régulière", "crédible", "honnête", "démocratique", "exemplaire"},
	neither: wordSet(`ni`),
	buts:    wordSet(`mais cependant toutefois pourtant`),
}
