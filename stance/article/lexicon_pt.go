package article

// portuguese: «…» (Portugal) and “…” (Brazil) quotations, the travessão of
// dialogue, the verb before its subject after a quotation ("«…», disse
// Lula") and a dropped subject ("“…”, acrescentou").
var portuguese = langLexicon{
	code: "pt",
	speechVerbs: wordSet(`
		replicou replica objetou objeta alegou alega realçou realça vincou vinca
		repetido repetiu contou conta referiu referiram sustentou sustentaram sustenta
		disse diz disseram declarou declara declararam afirmou afirma afirmaram
		acrescentou acrescenta escreveu escreve assegurou assegura garantiu garante
		sublinhou sublinha salientou salienta destacou destaca ressaltou ressalta
		explicou explica respondeu responde insistiu insiste advertiu alertou alerta
		observou observa ponderou pondera concluiu anunciou anuncia reiterou
		comentou comenta frisou frisa defendeu defende criticou denunciou denuncia denunciaram
		avaliou avalia tuitou publicou postou completou informou informa informaram limitou limitou-se
		dito declarado afirmado escrito
		defendeu defende defenderam
		lembrou lembra recordou recorda lamentou lamenta reforçou reforça sentenciou enfatizou enfatiza
		argumentou confirmou confirma esclareceu rebateu rebate retrucou disparou apontou aponta pontuou
		ironizou avisou destacaram lembraram lamentaram confirmaram
		acredita acreditou opinou proclamou`),
	auxiliaries:       wordSet(`tem têm tinha havia`),
	clitics:           wordSet(`lhe lhes me nos`),
	according:         []string{"segundo", "de acordo com", "conforme", "para"},
	backPhrases:       []string{"foi o que", "é o que", "foi isso que", "assim se"},
	sourceNouns:       wordSet(`nota comunicado declaração mensagem fontes fonte entorno`),
	sourceLinks:       wordSet(`de do da dos das divulgada divulgado publicada publicado emitida emitido pelo pela por um uma`),
	pronounAccording:  []string{"segundo ele", "segundo ela", "na opinião dele", "na opinião dela"},
	likePhrases:       []string{"assim como", "tal como", "a exemplo de", "da mesma forma que"},
	complementizers:   wordSet(`que`),
	reportedAccording: []string{"segundo", "de acordo com", "conforme"},
	openingAccording:  []string{"para"},
	through:           []string{"por meio de", "através de", "por intermédio de", "pela voz de"},
	infinitives:       wordSet(`ter`),
	actionVerbs: wordSet(`
		comemorou comemoraram comemora festejou festejaram festeja
		parabenizou parabeniza parabenizaram parabenizado felicitou felicita
		felicitaram felicitado cumprimentou cumprimenta cumprimentaram saudou
		saúda saudaram reconheceu reconhece reconheceram reconhecido recusou
		recusa recusaram recusou-se recusa-se recusaram-se negou-se nega-se
		rejeitou rejeita rejeitaram condenou condena condenaram contestou contesta
		repudiou repudia repudiaram
		parabenizando felicitando classificou chamou
		classificaram qualificou qualificaram qualifica tachou tacharam
		manifestou expressou pediu pede pediram exigiu exige exigiram cobrou evitou evitaram anunciou anunciaram desejou desejaram aguardará aguardarão esperará
		celebrou celebraram elogiou elogiaram aplaudiu aplaudiram cumprimentava felicitava parabenizava admitiu admitiram aceitou aceitaram
		saudava reconhecia
		cumprimentado saudado acusou acusaram limitou-se limitaram-se atacou atacaram reagiu reagiram
		exortou exortaram instou instaram
		ofereceu ofereceram`),
	commentatorNouns: wordSet(`economista economistas analista analistas politólogo politóloga
		cientista professor professora investigador investigadora pesquisador
		pesquisadora consultor consultora vendedor vendedora comerciante sociólogo
		socióloga historiador historiadora dono dona lojista`),
	commentatorVerbs: wordSet(`vende vendem ensina ensinam`),
	occupations:      wordSet(`coordenador auxiliar coordenadora diretor diretora gerente inspetor inspetora advogado advogada médico médica estudante morador moradora eleitor eleitora empresário empresária jornalista ativista padre aposentado aposentada trabalhador trabalhadora agricultor agricultora taxista motorista migrante`),
	topicStems:       []string{"eleiç", "elei", "reelei", "vot", "resultad", "vitória", "venc", "derrota", "fraud", "apuraç", "contagem", "urna", "atas", "ata", "parabén", "parabeniz", "felicit", "cumpriment", "reconhec", "mandato", "posse", "legítim", "ilegítim", "democr", "ditad", "golpe", "proclam", "transparên", "povo", "vontade", "soberan", "tse", "cne", "presidente"},
	sendVerbs: wordSet(`enviou enviaram enviado envia mandou mandaram transmitiu dirigiu endereçou
		telefonou telefonaram ligou ligaram
		juntou juntaram juntou-se juntaram-se somou somaram somou-se somaram-se associou-se`),
	purposes:         wordSet(`para`),
	congratStems:     []string{"felicita", "parabén", "parabeniz", "parabens", "cumprimento", "telegrama", "mensagem", "felicitá", "cumprimentá", "mensagens"},
	recognitionStems: []string{"aceit", "parabeniz", "felicit", "cumprimen", "reconhec", "saudou", "saudaram", "parabén", "parabens"},
	negators:         wordSet(`não nunca nem`),
	refusals:         wordSet(`evitou evitaram recusou recusa recusaram recusou-se recusa-se recusaram-se negou-se nega-se rejeitou rejeita rejeitaram repudiou repudia repudiaram`),
	conditions:       wordSet(`até enquanto antes`),
	avoids:           wordSet(`evitou evitaram`),
	silences:         wordSet(`pronunciou pronunciaram pronunciar pronunciar-se manifestou manifestaram manifestar manifestar-se comentou comentaram comentar reagiu reagiram reagir falou falaram`),
	keeps:            wordSet(`mantém mantêm manteve mantinha segue seguia seguiu permanece permanecia permaneceu continua continuava continuou ficou fica guarda guardou silenciou silenciaram calou-se calaram-se`),
	silentWords:      wordSet(`silêncio calado calada calados silenciou silenciaram calou-se calaram-se`),
	followVerbs:      wordSet(`seguiu seguiram`),
	followWords:      wordSet(`exemplo exemplos linha passos pouco pouca poucos poucas logo depois minutos horas`),
	followedVerbs:    wordSet(`seguido seguida seguidos seguidas imitado imitada`),
	agents:           wordSet(`por pelo pela de do da`),
	subjectRelatives: wordSet(`que quem`),
	comeVerbs:        wordSet(`vieram veio chegaram chegou seguiram-se seguiu-se recebeu receberam recebe recebem`),
	fromWords:        wordSet(`de do da dos das`),
	including:        []string{"como", "entre eles", "entre elas", "incluindo", "inclusive"},
	interviewIntros:  []string{"conversamos com", "conversámos com", "falamos com", "falámos com", "entrevistamos", "entrevistámos", "o nosso entrevistado", "a nossa entrevistada", "nosso entrevistado", "nossa entrevistada"},
	answerMarks:      wordSet(`r`),
	questionMarks:    wordSet(`p`),
	delays:           wordSet(`ainda havia haviam tinha tinham`),
	among:            wordSet(`entre`),
	amongVerbs:       wordSet(`estavam estiveram figuravam figuram estão`),
	officeSynonyms:   map[string]string{"chanceler": "ministro", "ministro": "ministro", "ministra": "ministro", "premiê": "primeiro-ministro", "premier": "primeiro-ministro", "primeiro-ministro": "primeiro-ministro", "primeira-ministra": "primeiro-ministro", "líder": "líder", "dirigente": "líder"},
	reflexives:       wordSet(`se`),
	demonymSuffixes:  []string{"ano", "ana", "ense", "ês", "esa", "eiro", "eira", "ino", "ina"},
	firstVerbs:       wordSet(`foi esteve figurou`),
	firstWords:       wordSet(`primeiro primeira primeiros primeiras`),
	whens:            []string{"quando"},
	conjunctions:     wordSet(`e`),
	preverbs:         wordSet(`não ainda já se o a tem têm tinha tinham também`),
	officeAliases:    map[string]string{"chefe estado": "presidente", "chefe diplomacia": "ministro", "mandatário": "presidente", "mandatária": "presidente", "chefe governo": "primeiro-ministro"},
	roles: wordSet(`
		presidente presidenta ex-presidente vice-presidente ministro ministra chanceler
		porta-voz secretário secretária secretário-geral secretária-geral chefe opositor opositora líder dirigente senador senadora
		deputado deputada embaixador embaixadora governador governadora prefeito prefeita
		primeiro-ministro primeira-ministra rei rainha candidato candidata
		analista cientista observador observadora governo representante mandatário mandatária emir premiê premier
		embaixada ministério aliado aliada`),
	rolePreps:   wordSet(`de do da dos das`),
	determiners: wordSet(`o a os as um uma seu sua`),
	definite:    wordSet(`o a os as`),
	pronouns:    wordSet(`ele ela`),
	stops: wordSet(`em no na nos nas num numa aos às durante após ante a ao à com desde por pelo pela
		para que e mas nesta neste ontem hoje`),
	notNames: wordSet(`ontem hoje além mas sem também depois assim embora enquanto já
		este esta estes estas nós não sim segunda-feira terça-feira quarta-feira
		quinta-feira sexta-feira sábado domingo`),
	prodrop: true,
}

// portugueseSide: see sideLexicon (intl_side.go).
var portugueseSide = sideLexicon{
	where:    wordSet(`onde`),
	posted:   wordSet(`embaixada embaixador embaixadora consulado cônsul`),
	at:       wordSet(`em no na`),
	speak:    wordSet(`falou fala falava falaram falado`),
	of:       wordSet(`de em num numa`),
	objects:  wordSet(`um uma uns umas`),
	ownPart:  []string{"por sua vez", "por seu lado", "por sua parte"},
	makes:    wordSet(`fez fizeram feito faz fazem`),
	comments: wordSet(`comentário comentários comentario comentarios declarações`),
	nones:    wordSet(`nenhum nenhuma`),
	so:       wordSet(`o`),
	soEnds:   []string{"-o", "-lo"},
	buts:     wordSet(`mas porém`),
	inWhich:  []string{"em que", "no qual", "na qual"},
	phones:   wordSet(`telefonou telefonaram ligou ligaram`),
	winners:  wordSet(`vencedor vencedora`),
}

// portugueseJudging are the verbs of judging or commenting that an act of
// avoiding takes ("evitou qualificar a votação"; intl_avoid12.go).
var portugueseJudging = wordSet(`qualificar avaliar classificar opinar comentar julgar pronunciar-se`)

// portugueseJudged are the verbs of judging that take an object and a
// predicate ("considerou as eleições transparentes"; intl_judged13.go).
var portugueseJudged = wordSet(`considerou considera consideraram consideram julgou julga avaliou avalia`)

// portuguesePraised: a vote called free and fair ("considerou as
// eleições transparentes e credíveis", "classificou o pleito como livre";
// intl_praised12.go).
var portuguesePraised = praiseWords{
	calls: wordSet(`considerou consideraram considera classificou classificaram qualificou qualificaram
		descreveu descreveram avaliou julgou`),
	objects: []string{"eleiç", "pleito", "votaç", "escrutíni", "apuraç", "sufrági"},
	praises: []string{"livre", "limp", "transparent", "justa", "justo", "credíve", "credív", "honest",
		"democrátic", "exemplar", "legítim", "corret"},
	neither: wordSet(`nem`),
	buts:    wordSet(`mas porém embora contudo`),
}
