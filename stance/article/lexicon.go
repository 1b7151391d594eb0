package article

import "strings"

// The word lists below drive every heuristic of the package. They are
// English only and deliberately small: a word missing here makes a pattern
// fail (no remark, or an empty speaker) rather than produce a wrong guess.

func wordSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// sayVerbs introduce what someone said: the clause after them (or the quote
// they introduce) is the remark. Bare present forms that are mostly nouns
// (state, note, claim, comment, post…) are left out on purpose.
var sayVerbs = wordSet(`
	say says said saying tell tells told telling add adds added adding
	stated declare declares declared declaring announce announces announced announcing
	insist insists insisted insisting argue argues argued arguing warn warns warned warning
	stressed stressing noted noting claimed claiming maintains maintained
	explain explains explained explaining reply replies replied replying responded
	tweeted wrote writes writing posted commented remarked suggest suggests suggested suggesting
	admit admits admitted admitting concluded continued continuing emphasised emphasized
	emphasising emphasizing asserted asserting vowed vowing promised promising
	ask asks asked asking repeated reiterated reiterating confirmed confirming
	indicated observed recalled predicted quipped joked shouted yelled
	signalled signaled hinted pledged
	sneered sneers scoffed scoffs retorted retorts lamented laments grumbled grumbles boasted boasts
	contended contends countered counters cautioned cautions
	underlined underlines underscored underscores affirmed affirms opined opines reckoned reckons
	recounted elaborated alleged alleges mused muses reasoned reasons complained complains
	agreed agrees answered answers charged charges pointed points pointing
	assured assures assuring`)

// contentVerbs are stances in themselves ("X congratulated Y on …"): the
// remark includes the verb and everything between it and its subject
// ("has yet to congratulate …", "refused to recognise …").
var contentVerbs = wordSet(`
	congratulate congratulates congratulated congratulating
	welcome welcomes welcomed welcoming hail hails hailed hailing
	praise praises praised praising recognise recognises recognised recognising
	recognize recognizes recognized recognizing refuse refuses refused refusing
	reject rejects rejected rejecting decline declines declined declining
	denounce denounces denounced denouncing condemn condemns condemned condemning
	dismiss dismisses dismissed dismissing questioned questioning disputed disputing
	accept accepts accepted accepting acknowledge acknowledges acknowledged acknowledging
	called calling described describing branded labelled labeled termed dubbed
	wished wishing sent offered offering extended expressed expressing voiced
	urge urges urged urging demanded demanding accused accusing criticised criticized
	criticising criticizing blamed blaming mocked mocking ridiculed attacked
	stopped stopping avoided avoiding concede concedes conceded conceding
	refrained refraining refrains withheld withholding withholds
	celebrated celebrating celebrates
	call calls phoned telephoned rang issued invited send sends sending followed
	backed endorsed conveyed conveys
	slam slams slammed slamming blast blasts blasted blasting lambast lambasts lambasted lambasting
	laud lauds lauded lauding applaud applauds applauded applauding commend commends commended
	commending salute salutes saluted saluting
	petition petitions petitioned petitioning
	accuses endorses ridicules criticises criticizes`)

// attributionVerbs may follow a quote with the speaker after them
// (“…,” said X).
var attributionVerbs = wordSet(`says said added asked replied continued insisted wrote
	declared warned noted explained stressed argued concluded observed recalled conceded
	quipped joked shouted suggested admitted tweeted
	remarked maintained claimed asserted commented stated responded emphasised emphasized
	reiterated repeated confirmed contended countered cautioned lamented retorted scoffed
	underlined underscored affirmed opined reckoned predicted indicated mused reasoned complained
	agreed answered charged alleged hinted vowed pledged elaborated posted assured announced`)

// objectVerbs take an addressee before the clause (told reporters that …).
var objectVerbs = wordSet(`tell tells told telling ask asks asked asking warn warns warned warning remind reminded promised
	assured assures assuring`)

// auxWords may stand between a subject and its verb (a floating "all",
// "both" or "each" too: "A, B and C all sent congratulations"; "went",
// as "kept" is, before a gerund: "went on claiming that he had won"; an
// adverb of contrast not set off by commas: "Her aide, Ivo Kask,
// nonetheless told reporters that …").
var auxWords = wordSet(`
	all both each
	has have had is was were are will would could should may might must can
	did does do been being not never yet still to also again later earlier
	previously repeatedly already publicly privately recently then quickly
	swiftly promptly warmly personally separately formally officially finally
	first once reportedly reluctantly openly pointedly notably conspicuously kept keeps
	firmly flatly bluntly simply only just now today tonight yesterday likewise similarly
	on last this week weekend month year night morning evening afternoon
	monday tuesday wednesday thursday friday saturday sunday so far
	went goes go
	plan plans planned planning intend intends intended intending going
	nonetheless nevertheless however meanwhile instead`)

// clauseSkip words may open an adverbial between a speech verb and its
// clause (said on Tuesday that …, said in a statement that …).
var clauseSkip = wordSet(`
	on in at during after before late early earlier later to from via with over
	through yesterday today tonight last this again also repeatedly publicly
	privately recently previously however firmly flatly bluntly simply only
	once more further later then while`)

var pronouns = wordSet(`he she`)

// otherPronouns are subjects of speech that cannot be resolved: the remark
// is kept with an empty speaker.
var otherPronouns = wordSet(`they it we i`)

// subjectOpeners, with determiners, may open the subject of a clause
// reported before its attribution (determinerOpens): the possessives,
// quantifiers and "what" that determiners lacks.
var subjectOpeners = wordSet(`our my your no each every neither either such what`)

// periodWords after "this"/"every" make a time adverbial ("This week",
// "Every year").
var periodWords = wordSet(`week weekend year month day decade century season term`)

var determiners = wordSet(`the a an most many several some other both all his her its their
	two three four few numerous various another one this that these those`)

// descriptionDeterminers open a description that introduces a name after
// it ("His predecessor, Jair Roe, said"; describedName).
var descriptionDeterminers = wordSet(`the a an his her its their another your our my`)

var definiteDeterminers = wordSet(`the this that`)

// honorifics are dropped from names (Mr Putin → Putin).
var honorifics = wordSet(`mr mrs ms miss mx dr prof sir dame madam`)

// personRoles are heads of a phrase naming one person by office; a
// definite one ("the president") is resolved to an earlier named speaker.
var personRoles = wordSet(`
	president president-elect vice-president leader minister chancellor premier pm
	spokesman spokeswoman spokesperson secretary secretary-general ambassador envoy
	official diplomat senator governor mayor king queen prince princess emir sultan
	sheikh pope monarch adviser advisor aide candidate challenger incumbent chairman
	chairwoman chair head chief director commissioner representative lawmaker
	congressman congresswoman speaker general judge nominee opponent rival
	negotiator deputy ayatollah patriarch archbishop emperor commander
	supporter voter resident protester activist analyst observer witness
	officer researcher professor scholar expert economist historian lawyer
	editor correspondent strategist founder fellow administrator chairperson laureate`)

// groupRoles are plural heads: a group speaks ("world leaders said").
var groupRoles = wordSet(`
	leaders officials ministers diplomats lawmakers governments observers monitors
	aides spokespeople senators presidents politicians allies critics rivals
	analysts experts envoys ambassadors monarchs governors mayors heads chiefs
	representatives parties opponents supporters neighbours neighbors partners
	countries nations bishops clerics counterparts`)

// institutions speak too ("the Kremlin said"), but never as he or she.
var institutions = wordSet(`
	kremlin ministry government office embassy administration presidency cabinet
	palace commission council parliament party campaign department agency
	committee mission secretariat junta regime coalition opposition service`)

// letterPreps before a lone capital and a period make it a name of its
// own ("on X.", "to Plan B." reads "B" alone), not an initial
// (afterPreposition).
var letterPreps = wordSet(`on in at via to from into onto of with for about`)

// portfolioWords name an office's or a ministry's field after "of"
// ("Minister of Foreign Affairs", "Department of Foreign Affairs and
// Trade"; see portfolioEnd).
var portfolioWords = wordSet(`affairs foreign external relations state interior home defence defense justice
	finance trade economy development cooperation co-operation security information communication
	communications commerce industry health education culture`)

// roleModifiers may precede a role head in lower case ("the country's
// foreign minister", "most world leaders").
var roleModifiers = wordSet(`
	foreign prime deputy vice state chief senior top former outgoing incoming
	acting interim caretaker first world western eastern european african asian arab
	regional opposition ruling presidential electoral defence defense interior
	finance trade justice national security press party campaign new current
	longtime veteran key fellow military government international
	foreign-policy policy election kremlin main leading observation monitoring diplomatic
	enlargement neighbourhood energy environment agriculture transport health education
	culture labour labor climate migration economy industry commerce`) // the portfolio words from enlargement on: rec22en ("enlargement commissioner X, in a joint statement, praised …")

// titles stop a name: in "Russian President Vladimir Putin" the name is
// what follows the last title.
var titles = wordSet(`
	prime foreign vice deputy state former outgoing incoming acting interim caretaker
	general gen sen rep gov lt col capt secretary minister president
	president-elect chancellor premier`)

// nameParticles may stand in lower case inside a name.
var nameParticles = wordSet(`de van von der den da das dos du la le bin ibn al el di del dela della ter ten
	ag bint`) // rec24en: "ag" and "bint", son and daughter of, in Tuareg and Arabic names

// orgLinks stand in lower case between the capitalised words of an
// organisation's name ("the Coalition for Change", "the Union of
// Democratic Forces"), and orgNouns may end one ("the New People party").
var (
	// originPreps open a speaker's origin or place ("of Norland", "from
	// the Green party", "in the Pacific", "to the United Nations", "at the
	// State Department");
	// envoyWords end a speaker that may be sent "to" a body.
	originPreps = wordSet(`of from in to at`)
	envoyWords  = wordSet(`ambassador ambassadors envoy envoys mission missions delegation
		delegations representative representatives commissioner commissioners`)
	orgLinks = wordSet(`for of`)
	orgNouns = wordSet(`party movement coalition alliance bloc front union platform`)
	// partyNouns, in every language the reader knows, mark a context's
	// name form as a party's or an alliance's, whose later words are no
	// surname (nameforms.go).
	partyNouns = wordSet(`party movement coalition alliance bloc front union platform congress council assembly
		partido frente movimiento movimento alianza aliança coalición coligação unión união congreso
		parti mouvement rassemblement coalition
		partei bewegung bündnis union
		партия движение фронт союз блок`)
)

// asDidAux stand after ", as" for another subject doing the same (", as
// did Norland", ", as have Tarn and Velor", ", as were Tarn and Velor"
// after "was quick to congratulate"; ", as was expected" names nobody).
var asDidAux = wordSet(`did do does has have had was were is are`)

// lyNouns end in -ly but are nouns, not adverbs before a verb ("the
// family said", "a close ally said").
var lyNouns = wordSet(`ally family assembly rally tally supply anomaly monopoly reply homily folly bully lily`)

// possessivePronouns may stand before a greeting sent ("posted his
// congratulations"), and sentGreetings are what a speech verb sends as an
// act ("tweeted congratulations").
var (
	possessivePronouns = wordSet(`his her its their our`)
	sentGreetings      = wordSet(`congratulations congratulation greetings`)
)

// notNames are capitalised words that start sentences but name nobody.
var notNames = wordSet(`
	and but or so yet however meanwhile still also then now later earlier today
	yesterday tomorrow in on at for with after before when while as if though
	although because since this that these those it its there here we i you they
	our my your what who whom whose which where why how not no instead
	separately similarly elsewhere asked speaking writing nevertheless
	nonetheless moreover furthermore indeed only even just once thus hence
	monday tuesday wednesday thursday friday saturday sunday january february
	march april june july august september october november december
	some most many several all both each every another other such neither either
	he she him her his hers them their us me mine
	by from to of into about under over between against without within like unlike
	interview opinion analysis editorial q a
	reuters afp ap bbc cnn tass interfax xinhua ansa dpa x twitter facebook telegram instagram weibo
	would could should will can does did do is isn't aren't was wasn't has hasn't have haven't`)

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet(`
	mr mrs ms dr prof st gen sen rep gov lt col capt sgt jr sr mt no vs
	jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept
	est approx fig ft e.g i.e u.s u.k u.n`)

// appositiveAdverbs may be set off by commas between a subject and its
// verb ("Putin, however, said").
var appositiveAdverbs = wordSet(`however meanwhile too though also separately
	nonetheless nevertheless moreover instead furthermore indeed`)

// clauseParticiples continue a sentence's speech after a comma
// (", adding that …").
func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ing") && (sayVerbs[w] || contentVerbs[w])
}

// blockedBefore words make a phrase an object, not a subject ("close to the
// president said").
// Subordinators make it an embedded question ("asked whether Moscow would
// recognise …").
var blockedBefore = wordSet(`to of for with by from about against between than like toward towards whom
	whether if why`)

// clauseWords join or open clauses; none of them describes a speaker
// (see describingWord).
var clauseWords = wordSet(`and but or nor while as when which who whom whose that then also so because after before
	since where once until not never only even just still yet here there now later today yesterday`)

// clauseDeterminers open the clause after an addressee or adverbial.
var clauseDeterminers = wordSet(`the a an this these those his her its their`)

// continuationVerbs introduce a quotation that goes on from the speaker's
// previous one ("He added: “But …”"): the two are classified as one run.
var continuationVerbs = wordSet(`add adds added adding continue continues continued continuing went goes`)

// goOnVerbs with "on" are speech verbs that continue a speaker's words
// ("“…,” he went on"; see goesOn).
var goOnVerbs = wordSet(`went goes`)

// leaderHeads are the offices of a country's leader: "the Kremlin leader"
// may be the last speaker holding one of them.
var leaderHeads = wordSet(`leader president premier chancellor king queen emir sultan monarch`)

// spokesRoles speak for someone else ("Kremlin spokesman", "his
// spokeswoman"): the remarks stay theirs, with Remark.For naming whom.
var spokesRoles = wordSet(`spokesman spokeswoman spokesperson mouthpiece`)

// throughWords make a person the voice of a body: "The party, through its
// national chairman, Jo Roe, said"; "the conference said via its
// secretary-general, Father Jo Roe, that …" (see throughAgent).
var throughWords = wordSet(`through via`)

// throughVoiceParticiples may come before "through" in that construction
// ("The party, speaking through its chairman, Jo Roe, said").
var throughVoiceParticiples = wordSet(`speaking acting writing responding reacting`)

// relativeWords open a relative clause inside an apposition.
var relativeWords = wordSet(`who whose which`)

// silenceVerbs with a silentWords complement report that someone said
// nothing ("X remained silent"): an action without a stance.
var silenceVerbs = wordSet(`remained remains remain stayed stays stay kept keeps`)

var silentWords = wordSet(`silent quiet mum`)

// noCommentVerbs followed by "to comment" report no stance either ("X
// declined to comment"); so does a negated comment verb ("X has not
// commented") and "made no comment".
var noCommentVerbs = wordSet(`declined declines refused refuses`)

var commentVerbs = wordSet(`commented responded reacted spoken`)

// bareCommentVerbs are silences only after "yet to" or "did not" ("X is
// yet to comment", "X did not respond"), not after "will not" ("Sylvania
// will not comment until every vote is counted, the ministry said").
var bareCommentVerbs = wordSet(`comment respond react`)

// unsaidVerbs negated report that nothing was said ("has not said it
// rejects the outcome"; unsaid), unless openQuestions follow them ("did
// not say whether …", which reports the question left open).
var unsaidVerbs = wordSet(`say says said stated announced declared`)

var openQuestions = wordSet(`whether if when how what who why which where`)

// unsaidObjects after a negated speech verb make it an object, not a
// clause ("has not said a word", "did not say anything").
var unsaidObjects = wordSet(`a an any anything much something`)

// finiteAux after "said nothing" make "nothing" the subject of a reported
// clause ("said nothing had been decided"), not what was said.
var finiteAux = wordSet(`has have had is was were are will would could should may might must can did does do`)

// negations among a verb's auxiliaries.
var negations = wordSet(`not never yet`)

// includeVerbs introduce a list of actors after a clause naming what they
// did ("Leaders who sent congratulations included A, B and C").
var includeVerbs = wordSet(`included include includes`)

// tookTo open a lead-in of the channel before the act: "X took to social
// media to congratulate W" (see skipLeadIn).
var tookTo = wordSet(`took takes taking`)

// missionGroups from a body speak for it ("Observers from the OSCE said";
// missionBody).
var missionGroups = wordSet(`observers monitors delegates envoys`)

// missionHeads are the singular bodies of observers that speak for the
// body they come from ("An observer mission from the East African
// Community said"; missionBody).
var missionHeads = wordSet(`mission missions`)

// askVerbs make a request when an object and "to" follow (askedTo).
var askVerbs = wordSet(`ask asks asked asking`)

// celebrateVerbs are stance verbs when they have an object ("celebrated
// the win"); objectlessAfter words after one say where or how a crowd
// celebrated instead (celebratedAbout).
var (
	celebrateVerbs  = wordSet(`celebrated celebrating celebrates`)
	objectlessAfter = wordSet(`in into at on outside through until with after late overnight
		wildly loudly across throughout as around along near and`)
	// sportsWords in a sentence make a celebrated win a game's ("fans
	// celebrated the win over Velor after the cup final").
	sportsWords = wordSet(`match cup goal goals league championship tournament teammates squad
		stadium medal striker`)
)

// objectStems begin recognition verbs that recognise only when their
// object within five words is the result (resultObject: "celebrated the
// win", "endorsed the outcome"); with another object ("celebrated his
// birthday", "endorsed the budget") they are no reaction to the vote.
// resultObjectWords, with resultNouns and winWords, name the result.
var (
	objectStems       = []string{"celebrat", "endors", "greet"} // rec28en_greet.go: "greeted Lima's re-election"
	resultObjectWords = wordSet(`election vote triumph re-election landslide mandate`)
)

// purposeLeadIns are acts done for the sake of a speech that follows
// after "to": "X went on state television to say", "X seized the
// microphone to declare", "X used a rally to announce", "X picked up the
// phone to congratulate", "X held a news conference to stress"
// (skipLeadIn).
var purposeLeadIns = wordSet(`went goes seized seizes used uses interrupted interrupts
	appeared appears convened convenes summoned summons stepped steps returned returns
	picked picks got gets held holds gave gives issued issues rose`)

// meansNouns after "by" are how, not who: "congratulated by phone".
var meansNouns = wordSet(`phone telephone letter video videolink email mail post telegram message`)

// timeWords after "by" are when, not who: "had not conceded by Monday".
var timeWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december midnight noon end time
	deadline evening morning night weekend afternoon tonight tomorrow then now`)

// timePreps open a sentence's time adverbial ("On Wednesday", "Late on
// Monday", "Early this morning"; see timeOpened).
var timePreps = wordSet(`on late early earlier later by at in`)

// tailPreps open the words that tell where, when or how a closing
// attribution was made ("…, the commission said at a news conference on
// the final results"; placeTail).
var tailPreps = wordSet(`at in on during after before late early earlier later through via from`)

// joinVerbs open a lead-in of company before the act: "X joined other
// leaders in congratulating W" (see joinedIn).
var joinVerbs = wordSet(`joined joins join joining`)

// proxyBodies speak for the person who owns them: "Her office said",
// "President X's government said", "X's camp said" (see proxyOwner).
var proxyBodies = wordSet(`office government campaign camp`)

// receiveVerbs with a greeting or call before "from" report the
// senders' act ("received congratulations from A and B").
var receiveVerbs = wordSet(`received receives receive receiving`)

// arrivalVerbs bring greetings in: "Congratulations came from A and B"
// (see cameFrom).
var arrivalVerbs = wordSet(`came come comes poured pour pours flowed flooded arrived rolled`)

// callNouns are greetings by telephone: "received calls from A and B".
var callNouns = wordSet(`call calls phone telephone`)

// copulas and leadIns open a description between a subject and a verb:
// "X was among the first to call Y", "X and Y were also quick to send
// their congratulations", "X, Y and Z were among the leaders who sent".
var copulas = wordSet(`was were is are`)

var leadIns = wordSet(`among the first last also quick quickest one only`)

// clauseJoiners may join a second clause with a subject of its own
// (", and Mexico's López Obrador called …"), which ends a reported clause.
var clauseJoiners = wordSet(`and but while whereas though although`)

// evenJoiners after "even" join a clause of concession the same way
// (", even as his own chief of staff said the handover would go ahead",
// ", even though the minister had congratulated …"); the clause still
// needs a subject and a speech or stance verb of its own (newClause).
var evenJoiners = wordSet(`as though`)

// passiveAux before a verb's participle make it passive ("was declared the
// winner"): nobody speaks.
var passiveAux = wordSet(`was were been be being is are`)

// nameSuffixes follow a surname without being one ("Ferdinand Marcos Jr.").
var nameSuffixes = wordSet(`jr jr. sr sr. ii iii iv`)

// interviewVerbs introduce an interview ("We spoke to X", "She spoke to us").
var interviewVerbs = wordSet(`spoke talked`)

// recognitionStems begin the verbs whose action recognises the winner
// unless negated: "congratulated", "conceded", "accepted the result",
// "recognised", "acknowledged", "welcomed", "hailed", "applauded",
// "lauded", "commended", "saluted", "celebrated the win", "endorsed the
// outcome" (see actionStance).
var recognitionStems = []string{"congratulat", "conced", "accept", "recognis", "recogniz", "acknowledg", "welcom", "hail",
	"applaud", "laud", "commend", "salut", "celebrat", "endors", "greet"}

// sendVerbs with a greetingNouns object within three words send
// congratulations ("sent a telegram", "issued congratulations", "sent
// messages of support").
var sendVerbs = wordSet(`send sends sent sending issued issue offered offer extended extend
	conveyed conveys convey deliver delivers delivered delivering`)

// lookWords and cooperationWords make "looked forward to working with
// the new government" (cooperationClause).
var lookWords = wordSet(`look looks looked looking`)

var cooperationWords = wordSet(`working work continuing continue continued deepening deepen
	strengthening strengthen cooperation cooperating co-operation partnership ties friendship
	close closely pressing building expanding`)

// laterConditions put off working together ("once the court has ruled",
// "with whoever wins").
var laterConditions = wordSet(`once after whoever whichever eventual`)

var greetingNouns = wordSet(`congratulations congratulation congratulatory telegram telegrams
	message messages wishes greetings letter`)

// actionNegations deny the recognition verb after them; with an
// actionDelays word ("has yet to", "has still not") they postpone it.
var actionNegations = wordSet(`not never no yet refused refuses refusing declined declines
	declining avoided avoids avoiding stopped short without neither nor
	refrained refrains refraining withheld withholds withholding
	refuse decline avoid refrain withhold`)

// correlatives open a list of co-subjects ("both A and B", "neither A nor
// B"); they are not part of the first name.
// denialParticiples after a comma open the speaker's own act of
// withholding, which ends the reported clause before it ("said Berg was
// within his rights to seek a recount, stopping short of acknowledging
// Lima's win"; ", refusing to congratulate …"): read inside the clause,
// the refusal was diluted by what was said. Participles that describe
// ("calling Tarvos a partner") or recognise ("congratulating Lima") stay
// in the clause, where the self-act and verb rules already read them.
var denialParticiples = wordSet(`refusing declining stopping avoiding`)

// namingVerbsOfSelf open a relative clause that names someone a report
// describes ("said one demonstrator, who gave only his first name,
// Marek"; "who identified himself as Ivo"; describedAfterVerb).
var namingVerbsOfSelf = wordSet(`gave gives identified identifies`)

var correlatives = wordSet(`both either neither`)

// holdVerbs with "back" or "off" just before a recognition hold it back
// ("would hold back its congratulations", "held off congratulating
// Lima"): a withheld act, as "declined to" is.
var holdVerbs = wordSet(`hold holds held holding`)

var actionDelays = wordSet(`yet still plans plan`)

// actionReserves deny a recognition by holding it back, not by rejecting
// the result: "declined to acknowledge his rival's victory", "stopped
// short of congratulating Lima", "avoided congratulating anyone",
// "refrained from congratulating Lima", "withheld congratulations" withhold
// (a refusal, "refused to recognise", is left to the model to call
// withholding or hostile).
var actionReserves = wordSet(`declined declines declining avoided avoids avoiding short
	refrained refrains refraining withheld withholds withholding
	decline avoid refrain withhold`)

// intentNouns after "no" ("no plans to congratulate", "no intention of
// recognising") say an act is not going to happen, for now.
var intentNouns = wordSet(`plans plan intention intentions`)

// peopleWords as the object of a recognition verb congratulate the voters,
// not the winner ("congratulated the people of Peru"): the verb rule then
// leaves the action to the model.
var peopleWords = wordSet(`people voters citizens electorate nation country population`)

// commentatorNouns head the description of someone quoted for expertise or
// colour rather than a position on the result (see commentatorSpeakers).
var commentatorNouns = wordSet(`economist economists analyst analysts researcher scientist
	professor strategist lawyer scholar expert lecturer historian pollster
	consultant manager engineer teacher schoolteacher vendor owner seller
	shopkeeper trader worker driver farmer fisherman nurse doctor epidemiologist
	sociologist demographer psychologist commentator columnist statistician statisticians fellow`)

// commentatorVerbs after "who" describe a commentator: "who teaches
// election law at …", "who studies regional institutions", "who tracks
// disinformation".
var commentatorVerbs = wordSet(`teaches taught studies studied tracks tracked researches
	advises sells monitors coordinates lectures lectured`) // rec25en: "who lectures in comparative politics"

// ownerVerbs after "who" with a ventureNouns object describe a
// commentator: "who runs a mobile money business", "who heads a fishing
// association", "who founded the consultancy X".
var ownerVerbs = wordSet(`runs ran owns owned heads headed founded manages managed`)

var ventureNouns = wordSet(`business businesses company firm consultancy shop stall store
	restaurant bar cafe café hotel farm bakery newsletter blog podcast association cooperative
	think-tank`)

// appositionStops end the head of an apposition ("an economist at …",
// "a lawyer in Nairobi", "a researcher based in …").
var appositionStops = wordSet(`at in from with for of on based who whose which and`)

// firstPersonWords make an opinion piece's sentence its author's remark
// (see authorRemarks).
var firstPersonWords = wordSet(`i i'm i've i'd i'll me my myself`)

// reflexives after a name leave it the subject ("Shor himself called …").
var reflexives = wordSet(`himself herself themselves itself`)

// expletives open a reported clause after an addressee like a pronoun
// does ("told reporters there were no plans to …").
var expletives = wordSet(`there`)

// demandVerbs (and callVerbs before "for") make a demand whose object
// decides an action's stance (see demandVerdict): annulWords and a new
// vote reject the result, verifyWords ask to check it first.
var demandVerbs = wordSet(`demand demands demanded demanding ask asks asked asking
	request requests requested requesting urge urges urged urging seek seeks sought seeking
	petition petitions petitioned petitioning`)

// voteContestWords after "the winner of" make the winner the vote's
// (otherWinner): "the winner of the presidential race", "of Sunday's vote".
var voteContestWords = wordSet(`election elections vote poll polls ballot run-off runoff presidential
	presidency`)

// callVerbs among omitVerbs leave the winner unnamed only with the title
// after the object (namedAs): "did not call Lima president-elect".
var callVerbs = wordSet(`call calls called calling`)

// annulWords undo the result; disqualifying the winner does, and so does
// a call for a boycott of the vote ("called for a boycott").
var annulWords = wordSet(`annul annuls annulled annulling annulment cancel cancels cancelled
	canceled cancelling canceling cancellation nullify nullified nullification rerun re-run
	void invalidate invalidated
	disqualify disqualifies disqualified disqualifying disqualification boycott boycotts`)

// rejectVerbs reject what follows them (see rejectionVerdict): a result
// (resultNouns, figureNouns) or a challenge to it (challengeNouns).
// namingVerbs name the result (namingVerdict): "called the vote a sham",
// "described the outcome as a victory for democracy".
// omitVerbs, negated, leave someone unnamed ("did not mention Lima",
// "avoided naming her", "did not call Lima president-elect"); omitNouns
// after "made no" do ("made no reference to Lima"); the winner may be
// named by a winnerTitles word (see omitsWinner).
var (
	omitVerbs = wordSet(`mention mentions mentioned mentioning name names named naming
		call calls called calling refer refers referred referring address addressed addressing`)
	omitNouns = wordSet(`mention reference`)
	makeVerbs = wordSet(`made make makes making`)
	// omitOutright, and leaveVerbs with "out", leave someone out with no
	// negation ("omitted any mention of Lima", "left out her name").
	omitOutright = wordSet(`omitted omits omitting`)
	leaveVerbs   = wordSet(`left leave leaves leaving`)
	// pastAux before "not" or "never", and omittedNegations, make an
	// omission in the past, not a refusal to come ("will not call").
	pastAux          = wordSet(`did does do has have had`)
	omittedNegations = wordSet(`didn't doesn't hasn't haven't hadn't`)
)

var namingVerbs = wordSet(`called calling calls call described describing describes branded
	branding labelled labeled labelling termed dubbed`)

// namedNouns are what reports call the vote when they name it, besides a
// vote or result noun: "described the exercise as a pseudo-election",
// "called the whole process a farce", "branded the contest rigged".
var namedNouns = wordSet(`exercise process contest`)

// assertedFraud are the nouns of fraud whose assertion ("there was
// fraud", "signs of rigging") rejects the count (fraudAsserted); the
// milder "irregularities" are left to the model. proofNouns open "signs
// of", "evidence of".
var assertedFraud = wordSet(`fraud frauds rigging manipulation falsification cheating`)

var proofNouns = wordSet(`sign signs evidence proof indication indications traces`)

// absentWords after a fraud noun say there was none ("evidence of fraud
// was lacking").
var absentWords = wordSet(`lacking absent missing scant`)

// runoffWords and preferWords make a remark ask for a second round
// (runoffPreferred: "the best option would be a runoff").
var runoffWords = wordSet(`runoff run-off runoffs run-offs`)

var preferWords = wordSet(`best option only needed necessary required`)

var runoffBlocks = wordSet(`avoid avoids avoided avoiding if unless whether`)

// fairNamingVerbs after a negation refuse to call the vote fair
// (fairnessDenied: "could not speak of a fair election", "cannot be called
// free").
var fairNamingVerbs = wordSet(`speak call called described considered regarded deemed`)

// decisionNouns possessed by personalOwners are a person's decision, not
// a result (resultFinal: "the president's decision was final").
var decisionNouns = wordSet(`decision decisions`)

var personalOwners = wordSet(`his her my president's leader's minister's government's
	presidency's king's`)

// unlawfulWords after the vote say it was held against the law
// (heldUnlawfully).
var unlawfulWords = wordSet(`illegal illegally unlawful unlawfully unconstitutional unconstitutionally`)

// standardNouns after standardMods are the democratic standards a vote
// may fall short of (standardsUnmet), with a negation or failWords.
var standardNouns = wordSet(`standards norms`)

var standardMods = wordSet(`minimum democratic international basic electoral european`)

var failWords = wordSet(`failed fails fail fell falls short breached violated lacked`)

// countNouns and showVerbs make a count of the challengers' own that
// shows another result (counterCount: "their own tally sheets showed").
var countNouns = wordSet(`tally tallies count counts copies sheets records`)

var showVerbs = wordSet(`showed show shows gave gives credited crediting proved proves`)

var officialOwners = wordSet(`commission's council's tribunal's court's board's authority's its`)

// denyVerbs before a scorned vote deny the scorn ("denied the vote was
// rigged"; copularScorn).
var denyVerbs = wordSet(`deny denies denied denying dismissed dismisses dismissing`)

// proclaimVerbs with a reflexive make a candidate their own winner
// ("declared himself the winner"; selfProclaimed).
var proclaimVerbs = wordSet(`declared declares declare declaring proclaimed proclaims proclaim
	proclaiming considered considers consider considering called calls named styled`)

// scornNames and praiseNames are what the result is called: a sham, or a
// triumph (fairWords and finalWords praise it too: "called the election
// free", "described the result as irreversible").
var scornNames = wordSet(`farce sham travesty charade mockery masquerade parody joke circus
	theft robbery scam swindle insult disgrace outrage coup hoax lie pantomime
	unlawful unconstitutional invalid fake bogus
	coronation fiction invention formality assault affront
	conspiracy plot`)

var praiseNames = wordSet(`triumph victory celebration milestone model example success
	exemplary historic festival good`)

// eraNouns after "new" mark a result as a turn in history ("the result
// opened a new page", "marks a new chapter"; resultPraised).
var eraNouns = wordSet(`page chapter era`)

// mockWords before a greeting noun, and mockAdverbs before a verb, make a
// congratulation a jest (mocked).
var (
	mockWords   = wordSet(`mock sarcastic ironic sardonic tongue-in-cheek facetious`)
	mockAdverbs = wordSet(`mockingly sarcastically ironically sardonically facetiously`)
)

// accuseVerbs accuse; accusedBodies are the authorities whose accusation
// is one against the count (accusesCount).
var (
	accuseVerbs   = wordSet(`accuse accuses accused accusing`)
	accusedBodies = wordSet(`commission council court tribunal board authority authorities
		electoral regime cne`)
)

var rejectVerbs = wordSet(`reject rejects rejected rejecting disown disowns disowned
	disowning repudiate repudiates repudiated repudiating dismiss dismisses dismissed dismissing
	denounce denounces denounced denouncing condemn condemns condemned condemning criticise
	criticises criticised criticising criticize criticizes criticized criticizing slam slams
	slammed slamming blast blasts blasted blasting lambast lambasts lambasted lambasting
	mock mocks mocked mocking ridicule ridicules ridiculed ridiculing deride derides derided deriding`)

// notOwnAct before a verb makes it someone else's act, a denied one or a
// hypothetical one ("who rejects", "to reject", "not reject").
var notOwnAct = wordSet(`who whoever that to not never would could might if`)

var figureNouns = wordSet(`figures numbers tallies totals`)

// rivalCountWords make a result noun the challengers' own count
// ("rejected the opposition's parallel tally").
var rivalCountWords = wordSet(`parallel alternative opposition opposition's rival rival's own`)

var challengeNouns = wordSet(`calls call demands demand petitions petition appeals appeal
	complaints complaint claims allegations accusations challenge challenges request requests
	objections objection bid bids
	concerns suggestions doubts objections`)

var newVoteWords = wordSet(`new fresh repeat`)

var voteNouns = wordSet(`election elections vote votes poll polls ballot`)

var verifyWords = wordSet(`recount recounts audit audits verification review investigation
	inquiry tally`)

// followVerbs with nothing but a time after them repeat the previous
// actor's act ("B followed on Tuesday"; see followsSuit).
var followVerbs = wordSet(`followed follows`)

var followTails = wordSet(`suit on in within later soon shortly hours days minutes quickly
	monday tuesday wednesday thursday friday saturday sunday`)

// campaignVerbs in a relative clause ("X, who backed Y, …") tell whom
// someone supported before the vote: no remark.
var campaignVerbs = wordSet(`backed endorsed supported`)

// candidateVerbs, right after a name ("Ana Lima won", "Lima, who lost"),
// say the person ran in the election, so their profession does not make
// them a commentator; so do placeVerbs with a placeWords word ("Lima, who
// came third").
var (
	candidateVerbs = wordSet(`won wins lost loses defeated beat trailed`)
	placeVerbs     = wordSet(`came comes finished finishes placed`)
	placeWords     = wordSet(`first second third fourth fifth last`)
)

// Words of the claims that recognise a result (claim.go): resultNouns with
// finalWords ("the result stands"), a winner with winWords ("Lima had
// won"), a rival urged (urgeVerbs) or obliged (yieldModals) to yield
// (yieldVerbs). claimNegations and claimHedges before a claim, or
// accusationWords after it (an accusation, or a belittling "won only a
// minority"), cancel it.
var (
	resultNouns = wordSet(`result results outcome decision ruling verdict victory win count tally
		proclamation declaration certification`)
	finalWords = wordSet(`final stands irreversible binding definitive settled clear
		conclusive`)
	finalModals = wordSet(`will would shall must`)
	winWords    = wordSet(`won wins win elected re-elected winner victor president-elect victorious`)
	urgeVerbs   = wordSet(`urged urges urge urging pressed presses asked asks told tells called calls
		on`)
	pronounObjects = wordSet(`him her them`)
	yieldModals    = wordSet(`must should needs ought`)
	yieldVerbs     = wordSet(`concede accept respect recognise recognize step hand transfer
		yield cede congratulate`)
	claimNegations = wordSet(`not never no nobody nothing neither nor cannot can't won't didn't
		doesn't isn't wasn't hasn't haven't hadn't wouldn't shouldn't couldn't without`)
	claimHedges = wordSet(`if unless whether claimed claims claiming claim alleged alleges
		allegedly pretend pretends pretended pretending supposedly falsely only barely
		lie lies myth fiction falsehood untrue`)
	// denialWords call what follows them false ("a lie that the vote was
	// fair"; deniedFair).
	denialWords     = wordSet(`lie lies myth fiction falsehood untrue`)
	accusationWords = wordSet(`fraud fraudulent rigged rigging stolen stole theft sham
		illegitimate illegitimately illegally illegal cheating cheated only minority`)
	// winnerTitles name the winner, winLinks join one to a name after it,
	// and numberWords are figures in words (rivalWon in condemn.go).
	winnerTitles = wordSet(`winner victor president-elect`)
	winLinks     = wordSet(`is was be it and the real true legitimate rightful elected new`)
	// winBetween may stand between a rival's name and a word of winning in
	// a claim that the rival won ("Sousa has clearly won", "Sousa is the
	// real winner"); inversions open a condition ("Had Sousa won, …").
	winBetween = wordSet(`has have had is was be been clearly actually really truly legitimately
		overwhelmingly fairly easily comfortably convincingly undoubtedly obviously indeed also
		the a real true legitimate rightful clear undisputed actual genuine`)
	inversions  = wordSet(`had were should`)
	numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve twenty
		thirty forty fifty sixty seventy eighty ninety hundred half dozen dozens`)
	// partialWinPreps and partialWinObjects after a rival's win make it a
	// part of the vote, no part of it or a win of another time ("won in the
	// north", "won the first round", "won the debate", "won over young
	// voters", "won twice before"; partialWin); winManners after the
	// preposition tell how the election was won ("won in a landslide").
	partialWinPreps   = wordSet(`in among across`)
	partialWinObjects = wordSet(`round rounds primary primaries debate debates respect praise admiration
		seats seat state states province provinces district districts region regions capital city cities
		county counties north south east west popular diaspora abroad runoff-qualifying nomination
		over back support backing trust confidence hearts overseas senate governorship mayoralty
		assembly parliament legislature council twice before previously once earlier`)
	winManners = wordSet(`landslide style fact truth reality`)
	// choiceWords after "no" or "without" deny that voters had a choice
	// (accused in claim.go: "won with no opposition, no freedom").
	choiceWords = wordSet(`opposition competition choice choices freedom rival rivals
		challenger challengers alternative alternatives contest`)
	// condemnWords call a vote or its result illegitimate (condemn.go).
	condemnWords = wordSet(`illegitimate fraudulent rigged sham farce pseudo-election stolen robbed
		falsified travesty charade masquerade cheated cheating`)
	// othersWords before a condemning word give it to someone else
	// ("the opposition says the vote was rigged"), unless a first person
	// (firstPersons) says it.
	othersWords  = wordSet(`say says said call calls calling called argue argues insist insists`)
	firstPersons = wordSet(`i we`)
	// restrictives after a negation make it affirm what follows ("nothing
	// but a farce", "nothing short of a travesty"; "more than": restricting), "no doubt it was
	// rigged", "make no mistake", "not only unfair but rigged").
	restrictives = wordSet(`but short doubt doubts mistake question only merely`)
	// condemnFrames before a condemning word deny, doubt or frame it as
	// another's picture ("denied the vote was rigged", "attempts to portray
	// the election as fraudulent", "the notion that it was stolen").
	condemnFrames = wordSet(`deny denies denied denying doubt doubts doubted portray portrays portrayed
		portraying paint paints painted painting brand brands branded branding label labels labelled
		labeled labelling labeling depict depicts depicted depicting narrative notion idea theory
		reports rumours rumors speculation`)
	// doubtAffirmers before a doubt make it none ("little doubt", "beyond
	// doubt"); demonstratives before a condemning word presuppose it ("this
	// sham"); acceptVerbs with an objectDeterminers object after a negation
	// refuse what is condemned ("cannot accept a stolen election").
	// condemnTargets next to a condemning word are what it condemns, not
	// the vote ("the court challenge is a farce"; otherTarget).
	condemnTargets = wordSet(`challenge challenges protest protests lawsuit lawsuits petition petitions
		appeal appeals interference meddling campaign boycott trial trials case cases`)
	targetPreps       = wordSet(`against to over of on`)
	doubtAffirmers    = wordSet(`little beyond`)
	demonstratives    = wordSet(`this these`)
	acceptVerbs       = wordSet(`accept accepts recognise recognises recognize recognizes legitimise legitimize endorse endorses tolerate validate`)
	objectDeterminers = wordSet(`this these a an the such any its their`)
)

// Words of four more claims that recognise a result (claim.go): a
// declareWords verb with a winWords word ("declared the winner", "duly
// elected"); attending the inauguration (attendWords, inaugurationWords;
// not after refusalWords); a guard against undoing the result
// (guardNegations, undoWords, guardObjects); and a fraudWords word denied
// or dismissed ("no evidence of fraud": evidenceWords between; "claims of
// rigging were baseless": dismissPredicates; "dismissed allegations of
// fraud": dismissWords and allegationNouns).
var (
	declareWords = wordSet(`declared declare declares declaring proclaimed proclaim proclaims
		proclaiming returned duly`)
	undoWords = wordSet(`overturn overturned overturning reverse reversed undo undone subvert
		subverted contest contested challenge challenged question questioned dispute disputed
		doubt doubted`)
	conditionWords = wordSet(`until unless before if pending`)
	clauseBreaks   = wordSet(`but whether that which because and or`)
	// respectWords with a result or the voters' choice as object
	// recognise it ("respected the result"; respectsResult).
	respectWords   = wordSet(`respect respects respected respecting abide abides abided abiding`)
	respectObjects = wordSet(`choice verdict decision outcome`)
	attendWords    = wordSet(`attend attends attended attending send sends sent sending
		convene convenes convened convening expected represented`)
	// processNouns are what a vote's conduct is said of, and fairWords what
	// it is called when it is recognised ("the vote was free and fair").
	confirmVerbs = wordSet(`confirmed upheld validated certified ratified`)
	processNouns = wordSet(`election elections vote votes poll polls ballot voting process count counting tally`)
	// heldVerbs, lawNouns and lawAdverbs say a vote was held by the law
	// (lawfullyHeld: "the vote had been held in line with the law").
	heldVerbs  = wordSet(`held conducted organised organized carried`)
	lawNouns   = wordSet(`law laws constitution legislation`)
	lawAdverbs = wordSet(`legally lawfully`)
	// lawBreaches before "the law" say the vote broke it ("held contrary
	// to the law", "in breach of the constitution").
	lawBreaches       = wordSet(`contrary breach breaches violation violations defiance against outside`)
	fairWords         = wordSet(`free fair transparent credible democratic legitimate lawful clean`)
	doubtWords        = wordSet(`doubt doubts doubted doubting questioned questions question deny denies denied`)
	inaugurationWords = wordSet(`inauguration swearing-in investiture`)
	// otherVoteWords before a process noun name another vote than the one
	// in dispute: "unlike the previous election, which was free".
	otherVoteWords = wordSet(`unlike previous last past earlier former`)
	fraudWords     = wordSet(`fraud frauds fraudulent rigged rigging manipulation manipulated
		falsified falsification irregularities cheating`)
	evidenceWords = wordSet(`evidence proof sign signs trace traces indication of for any
		widespread systematic significant massive large-scale serious`)
	dismissWords = wordSet(`baseless unfounded groundless false untrue unsubstantiated spurious
		nonsense lies dismissed dismisses dismissing rejected rejects rejecting denied denies
		denying refuted refutes debunked`)
	// dismissPredicates, said after a claim of fraud, dismiss it ("claims
	// that the count was rigged were baseless"); a verb there has another
	// object ("denounced the rigged vote and rejected the results").
	dismissPredicates = wordSet(`baseless unfounded groundless untrue unsubstantiated spurious`)
	// guardNegations open a guard against undoing the result: "without",
	// "no" and "nor" negate other things ("without a recount we will
	// challenge it").
	guardNegations = wordSet(`not never nobody cannot can't won't didn't doesn't isn't wasn't
		hasn't haven't hadn't wouldn't shouldn't couldn't`)
	// guardStops end a guard's search: a verb that excludes or stops
	// turns the negation round ("has not ruled out a challenge", "will not
	// stop until it is overturned").
	guardStops = wordSet(`ruled rule ruling exclude excluded excluding stop stopping rest resting
		give giving`)
	// guardObjects name what a guard keeps from being undone: the result,
	// or the will or choice of the voters.
	guardObjects = wordSet(`will choice verdict mandate vote votes election majority ballot`)
	// refusalWords before "attend" turn attending round: "refused to
	// attend the inauguration" snubs it.
	refusalWords = wordSet(`refused refuses refusing declined declines declining boycott
		boycotted boycotting skip skipped skipping snub snubbed snubbing failed fails failing`)
	// inaugurationStops between a verb of taking part and the inauguration
	// keep the speaker away from it or against it ("is expected to stay
	// away from the inauguration", "sent troops to block the inauguration",
	// "will miss the inauguration").
	inaugurationStops = wordSet(`away absent miss missed missing block blocked blocking
		disrupt disrupted disrupting prevent prevented stop stopped protest protests protesting`)
	// faintNegations deny without "not" ("the vote was hardly free").
	faintNegations = wordSet(`hardly scarcely`)
	// claimDeterminers may stand between a dismissal and the claim it
	// dismisses ("rejected the rigging allegations").
	claimDeterminers = wordSet(`the these those all any such`)
	// subjectPronouns between a declaring verb and a word of winning make
	// the claim someone's own ("declared he had won").
	subjectPronouns = wordSet(`he she they we i it`)
	allegationNouns = wordSet(`claims claim allegations allegation accusations accusation charges
		charge complaints complaint talk suggestions assertions`)
)

// subordinators open a clause of time or concession whose verb is
// background to an action ("rejected the result a week after conceding").
var subordinators = wordSet(`after since before despite though although`)

// quoteVerbs report what someone said through a medium: "Local media
// quoted X as saying …" is X's remark.
var quoteVerbs = wordSet(`quoted quotes quoting cited cites citing`)

// tallyNouns after a word of office in "according to an official count"
// make the office word describe the count (accordingTo): nobody speaks.
var tallyNouns = wordSet(`count counts tally tallies figures results result estimate estimates
	projection projections data numbers returns survey poll polls`)

// statementNouns, owned by a speaker, speak for them: "Sousa's statement
// adds that …", "His statement asserts that …".
var statementNouns = wordSet(`statement message letter post tweet communique communiqué
	reply response answer verdict assessment reaction`)

// Words of an election authority's head (authority.go): an electoral
// word, a body and a head's title, and no deputyWords word.
var (
	electoralWords  = wordSet(`electoral election elections`)
	authorityBodies = wordSet(`commission council court tribunal board jury authority committee body`)
	authorityHeads  = wordSet(`chair chairman chairwoman chairperson president head chief`)
	deputyWords     = wordSet(`vice deputy former ex`)
	// partisanWords make an electoral body a party's or a parliament's,
	// not the authority that runs the count.
	partisanWords = wordSet(`party party's opposition parliamentary parliament campaign senate`)
)

// An officer's procedural remark (authority.go): procedureWords speak of
// the count's procedure, figures or conduct; verdictWords judge the vote
// or its winner and keep the remark about the result.
var (
	procedureWords = wordSet(`turnout precinct precincts polling station stations ballot ballots
		count counted counting tally tallies sheet sheets protocol protocols recount recounts audit
		transmission figures percent cent per voting centre centres center centers district districts
		smoothly orderly calm calmly normality normally peacefully incident incidents`)
	verdictWords = wordSet(`clean transparent fair free credible legitimate illegitimate irreversible
		fraud fraudulent rigged rigging irregularity irregularities stolen valid invalid won win wins
		winner victory elected re-elected defeat defeated confirmed confirms certified upheld validated
		proclaimed declared declares annul annulled manipulation manipulated falsification falsified
		accept accepted recognise recognised recognize recognized respect respected
		result results outcome proclamation hidden democracy not no nothing never nobody
		verified`)
)

// Working with the new leader (cooperates).
var (
	cooperationVerbs = wordSet(`work works working worked cooperate cooperates cooperating cooperated
		collaborate collaborating partner partnering engage engaging`)
	electWords = wordSet(`president-elect prime-minister-elect president-designate`)
	// cooperationStops before a verb of working together deny it
	// (unableBefore).
	cooperationStops = wordSet(`impossible unable unwilling stop stops stopped cease ceases ceased
		difficult hard`)
	governmentWords = wordSet(`administration government president leader leadership team cabinet
		prime chancellor`)
)

// spokenSubjects are who may "have spoken" to close the dispute over a
// result (verdictSpoken), courtNouns those of them who may "have ruled",
// and spokenAfter the words after "spoken" or "ruled" that make it
// another claim ("spoken to", "ruled that", "ruled in favour", "spoken
// twice").
var (
	spokenSubjects = wordSet(`people voters electorate majority nation citizens boxes ballots court judges`)
	courtNouns     = wordSet(`court judges`)
	spokenAfter    = wordSet(`to with about of on out for against at in that twice again up by from`)
)

// struggleNouns, struggleOwners and goesOnWords make a vow that the
// fight over the result goes on (struggleGoesOn): "our fight continues",
// "the struggle goes on", "this battle has only just begun".
var (
	struggleNouns  = wordSet(`fight struggle battle`)
	struggleOwners = wordSet(`our the this`)
	goesOnWords    = wordSet(`continues continue goes begun starts`)
)

// disownVerbs and disownFillers make a refusal to own the result
// (disownsResult): "cannot take ownership of the result", "will not
// endorse the results", "could not associate itself with the outcome".
var (
	disownVerbs   = wordSet(`own ownership endorse associate validate legitimise legitimize`)
	disownFillers = wordSet(`the this these those that its their our of with in itself ourselves themselves
		himself herself final official announced provisional declared`)
)

// referralSubjects, grievanceWords and courtWords make a defender's
// referral of the result's challengers to the courts (referredToCourt):
// "anybody unhappy with the result knew where the courthouse is".
var (
	referralSubjects = wordSet(`anyone anybody whoever those everyone`)
	grievanceWords   = wordSet(`unhappy dissatisfied aggrieved disputes dispute disagrees disagree contests contest challenges`)
	courtWords       = wordSet(`court courts courthouse tribunal tribunals judiciary`)
)

// choseVerbs are the voters' choosing in "the people chose" (votersChose),
// and choseAfter the words that may follow it there: a new clause or a
// manner, not an object.
var (
	choseVerbs = wordSet(`chose chosen decided`)
	choseAfter = wordSet(`and but it we i they now clearly freely decisively overwhelmingly`)
)

// clauseOpeners may stand before "the people chose" as a clause of its
// own (votersChose).
var clauseOpeners = wordSet(`and but so because now today simply`)

// nobodyVerbs and nobodyObjects make a recognition withheld from every
// candidate alike (recognisesNobody): "is not recognising anybody".
var (
	nobodyVerbs   = wordSet(`recognise recognising recognised recognize recognizing recognized congratulate congratulating`)
	nobodyObjects = wordSet(`anybody anyone either`)
)

// pressVerbs make a request when an object and "to", or "for", follow
// (pressedTo: "pressed both camps to talk", "implored the losers to
// accept the count", "advised the loser to accept the verdict", "pressed
// for calm"); pressParticles after one make
// it no request ("pressed ahead with the count").
var (
	pressVerbs = wordSet(`press presses pressed pressing encourage encourages encouraged encouraging
		implore implores implored imploring exhort exhorts exhorted exhorting
		advise advises advised advising`)
	pressParticles = wordSet(`ahead on onward forward home`)
)

// nameVerbs give something a name ("what critics call a sham";
// freeRelativeName).
var nameVerbs = wordSet(`call calls called describe describes described term terms termed
	dub dubs dubbed label labels labelled labeled brand brands branded`)

// unsaidRefusals + "to" + a speech verb + an open question leave the
// question open ("refused to say whether …"; unsaidQuestion).
var unsaidRefusals = wordSet(`refuse refuses refused refusing decline declines declined declining`)

// positionWords in an open question ask where a speaker stands on the
// result ("would not say where the government stood"; questionOnResult).
var positionWords = wordSet(`stood stands position`)

// calendarQuestions ask of a time, place or manner: about the result alone
// ("when the count would end") they leave open no stance.
var calendarQuestions = wordSet(`when where how why`)

// acronymLinks are the lower-case words a body's name may hold between its
// capitalised words ("Citizens Coalition for Change"; acronym.go).
var acronymLinks = wordSet(`of for the and on`)

// unfairAccepts accept the result beside the charge (unfair_vote.go):
// the run is a grudging acceptance, left to the model.
var unfairAccepts = wordSet(`congratulate congratulates congratulated congratulations accept accepts
	accepted recognise recognises recognised recognize recognizes recognized concede concedes conceded
	respect respects respected president-elect`)

// unfairDenials in a run that says the vote was not free or fair deny the
// charge, make it a condition or ask it (unfair_vote.go): "claims that the
// vote was not fair are baseless", "if the election was not free".
var unfairDenials = wordSet(`claim claims claimed allegation allegations baseless false untrue unfounded
	lie lies reject rejects rejected dismissed dismisses deny denies denied if whether unless`)

// invertedAdverbs may stand between a quotation and its inverted
// attribution ("“…,” also announced on Twitter the outgoing president,
// Ivan Duque"; invertedSubjectAt).
var invertedAdverbs = wordSet(`also later then further again finally`)

// invertedDeterminers open the medium named between an inverted verb and
// its subject ("said in a statement the ministry").
var invertedDeterminers = wordSet(`a an his her its their`)

// spokesTitles end the role of someone who speaks for the name before it
// ("CPP spokesman"; winner_camp.go).
var spokesTitles = wordSet(`spokesman spokeswoman spokesperson`)

// campWaitWords wait for the result in a run of the winner's
// spokesperson (campClaim).
var campWaitWords = wordSet(`until wait waits waiting awaiting early premature before`)

// gluedTitles are abbreviated titles of four letters or more, in the
// languages read, whose full stop a name may follow with no space ("El
// Prof.Martínez"; gluedSentence keeps them whole, as abbreviations).
var gluedTitles = wordSet(`prof gral mons excmo excma sres dott dottssa`)
