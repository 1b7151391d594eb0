// Package article reads a whole news article and finds every remark made
// in it (quoted or reported), who made it, and, with a [stance.Classifier],
// its stance toward the election result.
//
//	remarks := article.Extract(text)    // []Remark: speaker, aliases, role, text, kind, run, offsets
//	res := article.Analyze(text, model) // plus a prediction per remark and a summary per speaker
//	res = article.Reader{Classifier: model, Context: ctx}.Analyze(text) // in the election's context
//	judge, _ := article.DefaultAboutJudge() // is a remark about the result? (Reader's default)
//	score := article.Evaluate(goldArticles, analyze) // against gold speakers
//
// Extraction is done with rules over words, punctuation and word lists
// (all in the lexicon*.go files: lexicon.go and one file per language for
// the first rules, lexicon_rules.go for the lists of the later rule files,
// each under the name of the file that reads it; TestWordListsInLexicon
// keeps every list there); there is no parser and no trained model (the
// models come in after extraction: the stance classifier and the judge of
// what is about the result). The
// rules are for English news prose (direct quotations, reported speech and
// reported acts in German, Spanish, French, Portuguese and Russian too) and
// no rule names a person: everything
// is by pattern. They prefer missing a remark or leaving its speaker empty
// to guessing. extract.go and sentence.go hold the steps: paragraphs and
// quotations (scan.go), sentences, then per sentence the named steps
// listed at the top of sentence.go; speaker.go links mentions to speakers;
// phrase.go parses a speaker phrase.
//
// # Paragraphs and headline
//
// The headline is the leading lines that do not end with sentence
// punctuation (stopping at the first blank line). Each headline line is
// searched like any other sentence, and its remarks are flagged Headline. If
// every line of the input lacks final punctuation, none is a headline.
// When paragraphs are separated by blank lines, a single line break is a
// hard wrap unless the line ends a sentence. Without blank lines, each line
// is a paragraph unless the next starts in lower case or the line ends with
// , ; : ( or a dash. A list of links to other stories inside a copied page
// (a label such as "RELATED COVERAGE" on a line of its own, then one
// headline a line) is dropped (linklist.go). A full stop before a comma,
// or glued to a short capitalised word inside a name's parenthesis or
// apposition ("Sen. X, R-Ky., said", "(D-N.Y.)"), ends no sentence
// (usstate.go).
//
// # Quotations
//
// Quotations are found within a paragraph (this section is English; see
// "Other languages" for the others). “ „ « open a double quotation
// and ” » close one. A straight " closes an open double quotation, and
// otherwise opens one if a non-space follows it. ‘ opens a single quotation.
// ’ and ' between letters or digits are apostrophes (There’s, don't). In
// closing position (after a non-space, before a non-letter) they close an
// open single quotation. The exception is a plural possessive ("the voters’
// choice"): an s before the mark, a lower-case word after it, and another
// closing mark later on. In opening position, a ' opens a single quotation
// unless a digit follows ('90s). A ’ in opening position is taken as an
// apostrophe (’tis). Quotations may nest, and only the outermost one is a
// remark: the inner one stays in its text with its marks. A quotation still
// open at the end of its paragraph ends there. If the next paragraph opens
// with a quotation mark, that quotation continues the same speaker's words
// (the convention for quotes spanning paragraphs).
//
// A sentence ends at . ! ? or … when the next word is not in lower case. A
// period after an abbreviation or an initial (Mr., U.S., J.) does not end
// one. A quotation ending with such a mark also ends the sentence when a
// capitalised word follows, unless a speech verb comes within the next five
// words (“Why?” Putin asked). A quotation never splits a sentence, so a
// quote spanning sentences is one remark. A quotation of fewer than four
// words with no attribution and no closing sentence punctuation is a scare
// quote (the so-called “irregularities”) and is not a remark; nor is a
// quotation inside a reported clause (it stays in the clause's text), nor
// one of that size right after a word in a sentence that has a speaker
// ("… kept recycling ‘almost all’ of it").
//
// # Other languages
//
// [ExtractLang] reads an article by the conventions of its language, and
// [Reader.Lang] chooses it (empty: detected with stance/lang). English is
// read by everything this page describes. German, Spanish, French,
// Portuguese and Russian (intl.go, one word table per language in
// lexicon_de.go … lexicon_ru.go; intl_reported.go) have fewer rules:
// reported speech after a speech verb and que/что/dass, or after
// según/selon/по словам/segundo/laut, or before a postposed attribution
// with a simple or compound verb ("Le scrutin a été truqué, a affirmé X",
// "…, заявил журналистам X"); reported acts (felicitó, a refusé de
// reconnaître, поздравил, parabenizou, gratulierte); and direct
// quotations, each with its speaker: «…» with or without (thin) no-break spaces inside, „…“,
// »…«, ‹…›, “…” and "…" (also with no-break spaces inside, as French
// typography traded for straight marks writes them, and nested in an open
// one when a mark stands after a space and before a word: "ГАС "Выборы"
// по участкам"), nested quotations kept in the outer one's text,
// and dialogue paragraphs that open with a dash ("—No lo aceptaremos
// —dijo el ministro—.", "— Мы не признаем, — заявил министр."). A
// quotation is attributed by a speech verb and its subject after it
// ("«…», a déclaré Marc Olivier", "„…“, fügte er hinzu", "«…», —
// заявил Путин", "«…», añadió" with the subject dropped) or before it
// ("Lula disse: «…»"), by an attribution word ("según", "selon", "laut",
// "по словам" with the name in the genitive), by the subject of the
// clause before a colon, or by continuing the previous speaker as in
// English. Offices of each language ("le président français", "el
// canciller", "Regierungssprecher", "министр иностранных дел") make roles
// and unnamed speakers, and refer back as English offices do. On the
// project's held-out mini-articles (testdata/lang/heldout3, measured once
// before any rule was changed for them), 22 of 22 gold quotations were
// found and 15 got the gold speaker, 1 a wrong one; see
// TestExtractLangHeldOut. The default judge of what is about the result
// is English, so [Reader.Analyze] counts every remark of such an article
// as about the result unless given a judge; the classifier is the
// caller's (stance.DefaultLanguage gives a language's default model, or
// an error wrapping stance.ErrUnsupportedLanguage).
//
// A sentence of these languages that no construction reads but that names
// exactly one person (with a title, or of several words; in German a
// title or an earlier mention) gives that person an inferred remark: the
// rest of the sentence after the name, or before it when the name ends the
// sentence ([Remark.Inferred]; intl_fallback.go). Not for a name after a
// preposition or a conjunction, in a relative aside or a Russian oblique
// case, or described as a commentator; not when the rest opens with a
// relative word or a complementizer (it describes the name), tells what
// befell a victim, is a bare "X did not speak", or is talk ("habló sobre
// …") with no word of the election. A sentence of these languages that no
// construction reads and that opens with a body, a group, a name after
// its determiner or several subjects joined by a conjunction gives each
// the rest of the sentence when it speaks of the vote and holds no
// negation ("La CEDEAO et l'Union africaine ont pris acte de l'élection
// …"; clause_fallback.go).
//
// # The clause fallback
//
// An English sentence that no construction reads gives the subject of
// each finite verb no rule knows ("joined the repudiation", "have moved
// to dismiss the result", "were among those congratulating W"; a verb told
// by its form: -ed, a common irregular past, a participle after
// has/have/had) the rest of its clause as an inferred, reported remark,
// found by the same subject steps as a speech verb's (lists and
// co-subjects too). Such a remark is about the result only when the judge
// gives it at least 0.85: a verb no rule knows tells more often of
// something else than a speech or stance verb does. Pattern tests leave
// inferred remarks out; clause_fallback_test.go tests them.
//
// # Interviews
//
// In a question-and-answer interview, "We spoke to X" (or "We spoke to
// her", "X spoke to us", also past an apposition: "X, a lawyer who heads
// the citizens' watch, spoke to us", or in an introduction before the first answer
// "He spoke to <the interviewer's name>") names the interviewee. Each sentence of a
// paragraph opening "A:" that has no remark of its own is a direct remark
// of the interviewee (QuoteStart = Start: there are no marks), and "I" and
// "we" there are the interviewee. A sentence of the answer that reports
// someone else keeps its own remark ("Putin sent his telegram early" is
// Putin's action). The questions of a "Q:" paragraph (sentences ending
// with "?") have no remarks; its statements are read as any other text.
//
// # Runs
//
// Consecutive remarks of one speaker that continue each other form a run
// ([Remark.Run]): a quotation introduced by "added" or "continued" ("He
// added: ‘But …’"), a quotation opening a sentence with no attribution of
// its own, the second half of a split quote (“A,” he said, “B.”), the
// sentences of one interview answer. [Analyze]
// classifies a run's texts joined as one, and every remark of the run
// keeps its own offsets and repeats the run's prediction: "We will work
// with anyone" followed by "But that confidence can only be given to …" is
// one withholding statement, not a recognising one and a withholding one.
//
// # Actions
//
// A stance told in the passive gives its agents the act ("Kask was
// congratulated by X", "The result was rejected by X"; passiveby.go), and
// a likeness to the remark before gives its subject that remark's stance
// ("Sara Lind echoed the call", "took a similar line"; similar.go).
//
// A stance verb makes an action (kind [Action]): "X congratulated Y", "X
// has yet to congratulate Y", "X was among the first to call Y" (also "was
// the first foreign leader to", "were also quick to"), "A and B have yet
// to congratulate Y" (one action each, sharing one span; B may be an
// institution, "A and the foreign ministry urged …", but the list must
// open a clause), "Leaders who
// sent congratulations included A, B and C" (each gets "sent
// congratulations"), "A, B and C were among the leaders who sent
// messages", and a reported clause that names an actor ("the Kremlin said
// Putin had sent a telegram congratulating …": the Kremlin's reported
// remark, and Putin's action with the same span). "X remained silent",
// "stayed silent", "declined to comment", "has not commented", "made no
// comment" and "has said nothing" (but not "said nothing had been
// decided") are actions with NoStance set: they are not classified and
// give no stance. "X, who backed Y, …" is campaign background, not an
// action; "B followed on Tuesday" repeats the previous actor's act,
// and "A congratulated W, as did B and C" gives B and C A's act (the
// names of the list; an item that is no name, "the rulers of Tarn", is
// stepped over). A list of names opening the sentence shares the act of
// a participle or coordinated verb past an apposition ("A, B and C,
// himself freshly re-elected, had messages out, each congratulating W"),
// and names picked out of a plural subject share its act ("All five
// candidates, A and B among them, rejected the results"), as do the
// names a ", both of whom" clause describes ("joined by A and by B, both
// of whom described the outcome as a fraud"). A reaction's
// tone told by comparison is the subject's act ("X was more careful",
// "Western governments were far more guarded", "Moscow was cooler":
// withholding; "Y was blunter", "was more scathing", "was less
// restrained", "was no gentler": hostile), when the comparison ends the
// clause, alone or with "still" or "yet" ("was blunter still.").
//
// The model, trained on first-person statements, reads such third-person
// fragments by their words, so the verb rule labels the actions it has a
// verdict on ([Analysis.ByVerb]): a recognition verb recognises; after
// "yet" or "still" with a negation it postpones (withholding); after a
// bare negation or a refusal the model chooses between withholding and
// hostile; with a rival of the election context as its object (and the
// winner named nowhere in the verb's own clause: "congratulated B on
// his victory and said the party would never recognise W" is still
// hostile) it is hostile. A demand comes first: "called for the election
// to be annulled" is hostile, "demanded a recount" withholding. Accusing
// the body that ran the count or the winner ("accused the electoral
// tribunal of …", "accused the authorities of rigging", "accused W of
// buying votes") is hostile; accusing anyone else is left to the model.
// A congratulation in jest ("offered mock congratulations",
// "sarcastically congratulated", "welcomed the result with a sneer") is
// hostile, and so is calling a fair vote
// a lie ("it is a lie that the election was free and fair"; the claim
// that it was fair is then not made). A
// recognition verb in a clause of time or concession is background, not
// the verdict ("rejects the result a week after conceding"). In any other
// remark the rule only makes congratulating a rival hostile. A reported
// clause that is a greeting sent ("posted a message welcoming the new
// prime minister") is read as an action, and a speech verb whose object
// is congratulations ("tweeted congratulations", "posted her
// congratulations") makes an action with the verb.
//
// # Claims and the winner
//
// Officials announcing or defending a result say things the model reads
// by their other words ("the commission said W had won 58 per cent",
// "the council's decision was final and binding"). Three claims recognise
// the result (claim.go): the context's winner won ("W had won", "W the
// legitimate winner"); the result is final ("the result stands", "the
// ruling was final", "the result will stand"); a rival is urged or
// obliged to yield ("urged B to respect the choice of the people", "B
// must hand over power"). A negation, a condition or a reported claim
// just before ("did not win", "if W won", "claimed to have won") or an
// accusation or belittling just after ("won through fraud", "won only a
// minority") cancels one. A denial that the flaws changed the result
// ("nothing found could alter the outcome", "far too few to affect the
// result", "changed nothing about who had won"; not "trying to change the
// result") recognises it too, and is about it (lab27en_unchanged.go). A claim is evidence multiplied into a remark's
// probabilities (recognising ×0.8, the others ×0.1, renormalised), so a
// confident hostile reading survives; it is the verdict of an action the
// verb rule has none for. The first and third need the election context.
//
// Two claims go the other way (condemn.go), with hostile evidence ×0.8
// the same way: a condemnation of the vote ("considered the election
// illegitimate", "the count was rigged", "a sham", "stolen"; also in the
// five other languages: "farsa", "truqué", "roubada", "gefälscht",
// "сфальсифицированы"), unless a negation, hedge or condition comes in
// the six words before it or the accusation is dismissed; and a victory
// given to a rival ("a new president-elect and it is B", "B won this
// election", not "B won 41 per cent").
//
// The declared winner's own remarks (a speaker whose name or alias equals
// a winner form of the context, not a rival's) are about the result and
// recognise by rule (probability 0.8): whatever the winner says after the
// count ("Nobody will be left out of this government", "There will be no
// persecution") speaks from the victory, and the model misread such
// negations as hostile.
//
// # Opinion pieces
//
// A byline paragraph "By Ana Lima" after the headline names the author.
// Each later sentence with a first-person singular word and no quotation
// is the author's direct remark (consecutive ones a run), and a reported
// remark or action whose subject was "I" is theirs; the closing note that
// opens with the author's name is not.
//
// # Reported speech
//
// A speech verb (said, says, told, added, insisted, warned, …) with a
// speaker as its subject is reported speech. The remark is the clause after
// the verb, up to the end of the sentence. The clause is cut short at a
// colon, a semicolon, ", adding"-like participles, ", according to", and a
// comma opening a clause with its own subject and speech or stance verb
// (", and Mexico's López Obrador called …"; the subject may carry an
// origin or a description set off by commas, and the verb may report a
// silence: ", and Norland's Omar Rask, an ally of the winner, has yet to
// comment"). It starts
// after "that" if there is one, or after an addressee or adverbial ("told
// reporters he …", "said on Tuesday that …"). A clause of fewer than three
// words is not a remark. A stance verb (congratulated, welcomed, refused,
// rejected, recognised, called, warned of, conceded, …) makes a remark (an
// action, see below) that runs from the first word after its subject. That keeps the verb and any
// auxiliary or negation, so "has yet to congratulate the winner" keeps
// "has yet to"; "vowed/pledged/promised/threatened to" and a verb is one
// too ("vowed to challenge the result in court"). Two more patterns are
// reported speech: a clause before ", the ministry said.", ", said X.",
// ", X told reporters." (the clause may open with a possessive or a
// quantifier: "His country would not recognise the outcome, X said"), and
// the clause on the far side of "according to X". An act in such a clause
// is its actor's, and its source gets a reported remark with the same
// span ("Velor congratulated …, the embassy said"; "According to X, Velor
// would not accept …"). If a reported clause contains a quotation, the
// quotation stays in the clause's text and is not a remark of its own.
// A speech verb in a relative clause whose gap is the reported subject
// ("a video that aides said had been recorded in hiding, he branded …")
// reports only the relative clause, and a clause of time inside an aside
// ("X, appearing before Kerry had conceded, spoke … and said") ends at the
// aside's comma; neither makes its subject the sentence's speaker. A
// statement whose source is set off by commas ("The statement, put out by
// X, leaned on … and promised that …") is the source's. A bare "and",
// "while" or "as" after an act ("X congratulated W and the opposition
// leader said …", a headline's "EU rejects vote as A and B congratulate
// W") ends the act when a subject and its speech or stance verb follow,
// as ", and" does.
//
// # Speakers
//
// A direct quotation is attributed by the first of these that applies:
//
//   - “…,” X said / “…,” said X / “…” — X said, in the same sentence;
//   - X said: “…” / X told a state TV station: “…” / X said, “…” / X said
//     that “…” (when the quotation is the whole clause);
//   - ", adding: “…”", or a quotation after a colon, goes to the speaker of
//     the sentence (or to its opening subject: "Putin was blunt: “…”", or
//     headline style "Putin: “…”");
//   - according to X, anywhere in the sentence;
//   - a later quotation in a sentence that already has a speaker goes to
//     that speaker (“…,” he said, “…”);
//   - a quotation opening a sentence goes to the speaker of the preceding
//     sentence. That is the speaker of its last remark or of its speech verb
//     ("He added:" on its own). Failing that it is the preceding sentence's
//     subject, if that is a person (a name with a title, a full name, a
//     known name, or an office);
//   - a quotation opening a paragraph after a paragraph that ended inside a
//     quotation continues that speaker;
//   - a quotation after a colon with no speech verb goes to the phrase
//     opening the sentence, or to the subject of the clause before the
//     colon ("Speaking to state TV, the president was very candid in his
//     response: ‘…’");
//   - a roundup's attribution line, a sentence that is only a dash and a
//     speaker ("“…” — Ivo Kask, President of Norland", or a paragraph
//     "—Norlandic President Ivo Kask" after the quotation's paragraph),
//     signs the quotations before it that have no speaker; it hands on no
//     speaker, since in that style the next quotation is signed in turn.
//
// "Local media quoted X as saying …" and "X was quoted (by …) as saying …"
// give X the reported clause, and "X's statement says that …" (also "His
// letter says …") gives it to X; "X's message was blunt: “…”" and "His
// reply was short: “…”" give X the quotation.
//
// A person's office, government, campaign or camp speaks for the person:
// "Her office said" (the last named singular speaker), "President X's
// government said", "Kask's office said" (a name met before or with a
// title); "the registrar's office" and "Zambia's government" stay speakers
// of their own. A description opening a sentence ("The populist former
// senator, known to all as Payo, finished third") is the one person the
// previous sentence of the same paragraph named in passing ("Contrast that
// with X."), when nobody met matches it and the person has no role yet.
// Senders of congratulations reported from the winner's side are actors
// too: "W received congratulations (calls, messages) from A and B", "Among
// those congratulating W were A and B". "Both A and B …" and "Neither A
// nor B has …" give each the act (after "neither", with the negation).
// Between a subject and its verb a short parenthesis ("X (62)", "Sen. X
// (R-Norland)") and a description set off by dashes ("X — who finished
// second — said") are skipped, as are auxiliaries and adverbs ("has
// yet to", "likewise", any adverb in -ly that is no noun: "X belatedly
// congratulated", but "the Kask family said").
//
// Anything else gets an empty speaker. The headline's speakers are not
// carried into the first sentence of the body.
//
// A speaker phrase is a run of capitalised words, titles, offices
// (president, minister, spokesman, …), some lower-case modifiers
// (foreign, prime, former, world, …) and possessives, with at most one
// leading determiner. When the run ends in capitalised words after the last
// title, those words are the name and the part before them is the Role:
// "Russian President Vladimir Putin" is "Vladimir Putin" with the role
// "Russian President", "Kremlin spokesman Dmitry Peskov" has the role
// "Kremlin spokesman". Honorifics are dropped (Mr Putin → Putin). An
// appositive supplies a role ("Dmitry Peskov, the Kremlin spokesman, said")
// or a name ("the interior minister, Sara Lind,"), and a relative clause
// between subject and verb is skipped ("Hugo Mendez, whose party lost,
// said"), as is a long apposition of up to four comma-separated
// descriptions ("Former CIA officer Jane Roe, vice president for analysis
// at the Example Group, who has studied … for a decade, explained to
// reporters: ‘…’" → Jane Roe), an origin ("Sen. Lisa Vale of Norland
// said", "Nika Roe of the Coalition for Change said", "Ivo Kask of the
// New People party conceded"), a place ("Nine countries in the Pacific
// said") or the body an envoy is sent to ("Norland's ambassador to the
// United Nations said", "the Velorian mission to the OSCE said") and a lead-in ("X was among the first to …").
// A description opening the sentence with an article or a
// possessive, then a name set off by commas, makes the name the subject
// ("His predecessor, Jair Roe, said", "Another defeated candidate, the
// cleric Omid Rahel, called", "Abroad, the secretary-general of the
// Example Union, Eva Sand, congratulated"; up to four lower-case words
// may describe the name between the commas), as does a profession before
// a name ("The evangelical pastor Dan Oyelaran, who came third, also
// called"). ", with Kremlin spokesman X saying …" gives X the clause after
// the verb and ends the clause before the comma. A name whose particle is
// joined by a hyphen ("Bashar al-Haddad") is a capitalised word.
// An attribution set
// off by commas inside the sentence it reports ("The president, he told
// the chamber, was entitled to …") makes the whole sentence the remark. A run ending in an office with no name is an unnamed speaker
// ("a senior official" → "senior official"). A run ending in a plural office
// is a group ("world leaders"), and one ending in an institution is an
// institution ("the Kremlin", "the foreign ministry").
//
// Mentions are resolved against what the article said before:
//
//   - a name is merged with an earlier one of the same surname: "Mr Putin"
//     or "Putin" after "Vladimir Putin", and the other way round. A single
//     word also matches the first word of a full name ("Wang" after "Wang
//     Lei", for names written surname first), and several words match the
//     end of a full name ("López Obrador" after "Andrés Manuel López
//     Obrador"). Every remark reports the fullest name and the first role
//     the article gave, and the other mentions merged into it as Aliases.
//     Names mentioned with a title or in full, even as objects ("the
//     winner, Prime Minister Eva Sand"), are remembered for this;
//   - the headline's unnamed offices ("Russian President says …") are the
//     first named speaker of the lead paragraph when that speaker's role is
//     unknown or has the same office: wire reports name in the lead whom
//     the headline describes;
//   - "he" and "she" are the last singular speaker: the last named or
//     office speaker, or the person opening a recent sentence (see
//     above). Gender is not checked;
//   - "they" is the group named in the same or the preceding sentence, if
//     any. "it", "we" and "I" as speakers give an empty speaker;
//   - a definite office ("the president", "the Russian president", "the
//     spokesman") is the most recent speaker whose name or role contains the
//     office and its modifiers. Failing that, a bare "the president" is the
//     last singular speaker if that speaker's role is unknown. "The X
//     leader" is also the last singular speaker when that speaker holds a
//     leading office (president, prime minister, chancellor, king, …) and
//     the unmatched modifiers are capitalised ("the Kremlin leader");
//     the article has then tied X to that leader. Otherwise it stays an
//     unnamed speaker ("president"), so a chancellor is never taken for
//     the president;
//   - "the 68-year-old" is the last singular speaker, as "he" is;
//   - a definite description with an age or a describing word ("the
//     68-year-old former general", "the veteran leader", "the retired
//     judge") is the person the sentence before was about when their role
//     does not contradict it (a past office contradicts nothing), else
//     the most recent speaker holding what is left of the office
//     (described.go).
//
// A spokesperson's remarks stay theirs; [Remark.For] names whom they speak
// for when the text says so: "his spokeswoman, X" (the last singular
// speaker), "Kremlin spokesman X" (the leader the article tied to "the
// Kremlin leader", else "Kremlin"), "spokesman for the foreign ministry",
// "a spokesperson for President X" (an unnamed speaker of its own).
//
// # About the result, or not
//
// Not every remark in an article is about the result: a researcher on
// disinformation, a minister on the economy, an analyst on the calendar of
// the courts. A judge ([Reader.AboutResult]) says of each run whether it is
// about the result, with a probability; nil is the default judge
// ([DefaultAboutJudge]), a complement naive Bayes model (the stance
// model's engine, unigrams, [AboutOptions]) trained on [AboutCorpus]: the
// 3,060 stance statements of corpus.English as about_result against the
// 2,000 off-topic remarks of corpus.OffTopicRemarks, calibrated by
// temperature scaling on out-of-fold scores grouped by election and topic.
// A run is about the result when P(about_result) ≥ [DefaultAboutThreshold]
// (0.55, the threshold with the best macro-F1 in nested cross-validation
// grouped by election and topic: 0.878, off_topic precision 0.886 and
// recall 0.813). The model is embedded (about.bin, `go generate
// ./stance/article`) and decoded on first use. Actions are not judged: the
// stance verb that made one ("congratulated", "has yet to congratulate",
// "remained silent") has said it is about the result.
//
// An officer of an election authority (its head, or a "commission
// chairman", "council president" named by the body's kind) who only
// reports the count ("Turnout stood at 61 per cent", "All precincts have
// reported": words of the count's procedure, figures or conduct, no word
// of a verdict, no negation, neither the winner nor a rival named, no
// claim) is not speaking about the result: such a remark (not an action)
// is off the result whatever the judge says (authority.go, procedural).
//
// Spanish, French, Russian, Portuguese and German have judges of their own
// ([DefaultAboutJudgeLang], trained on each language's statements against
// off-topic remarks written in it), but the reader does not use them by
// default: in those languages a commentator's remarks are never about the
// result and every other remark is, which on the project's articles kept
// more stances right than the judges did (see DefaultAboutJudgeLang).
// Nor is a process reporter's: a speaker every one of whose remarks
// reports how the vote ran (turnout, polling stations, ballots, tally
// sheets) with no word of a verdict and no winner or rival named
// (process.go; English has no such list, see lexicon_process.go).
//
// Commentators — people the article describes as an economist, analyst,
// political scientist, lawyer, vendor or worker (", an economist at …",
// ", who teaches … at …", "bar owner X") — are quoted for colour or
// expertise, and the judge often reads their remarks on the count or the
// courts as about the result. Their runs are about the result only when
// P(about_result) ≥ 0.95, and their actions only with a recognition verb.
// A candidate is never a commentator, whatever their profession
// ("Libertarian economist W won the run-off"): one the context names as
// winner or rival, or one the text says won, lost or came third.
//
// # Election context
//
// [Reader.Context] is the election's declared winner and rivals
// (stance.Context). Every run is classified in it (PredictIn, or ExplainIn
// for a *stance.Model, when the classifier reads a context) and judged in
// it, so the default models read "Lind" as WINNER. The zero Context is the
// text alone: the reader infers no winner from the article.
//
// # Stance summary
//
// [Reader.Analyze] classifies each run once, through one function that
// passes the context. A speaker's stance sums up their remarks about the
// result (each remark of a run counts, with the run's prediction) by a
// [Rule]. The default, [SpeakerPrior], is the label with the highest sum
// of log-probabilities over the remarks (they are taken as independent
// evidence) plus the log of the label's prior among the speakers of
// reaction reports ([SpeakerPriors]: most congratulate) over the balanced
// training prior; a speaker who is one of the context's rivals gets the
// prior of the rivals among those speakers instead (most of them reject
// the result or hold out: 83 recognising, 23 withholding, 146 hostile of
// 252; mm20_rivalprior.go). See [DefaultRule] for the comparison, by [Evaluate] on
// the project's development article sets, with the sum alone, the mean
// of probabilities, a majority vote and the strongest departure from
// recognising. The speaker's probabilities are the remarks' normalised
// geometric mean, prior-corrected (softmax of the sum over the number of
// remarks): their most probable label is the stance, and remarks that
// agree do not multiply into certainty. A headline's remark counts like any other remark of its
// speaker, so the headline's claim about a leader ("Velorian President
// refuses to recognise the winner", "Moor yet to congratulate Lind") is
// evidence about that leader. Remarks not about the result and actions
// without a stance are counted (Summary.OffTopic, Summary.NoStance) but
// give no stance; a speaker with no remark about the result has an empty
// Stance.
//
// # Input and cost
//
// Extract accepts any string and never panics. Empty or blank input has no
// remarks. Invalid UTF-8 bytes count as neutral symbols, so offsets stay
// exact (text[Start:End] == Text) and the bytes may appear in Text;
// examples/article rejects such input instead. Time and memory are linear
// in the input: every look-back or look-ahead is bounded (a speaker phrase
// is at most 10 words, a relative clause 25 tokens, and so on), and clause
// ends and word counts come from per-sentence tables.
//
// # Limits
//
// Known failure modes, all by design of a rule-based reader:
//
//   - Full rules for English only, and only the speech and stance verbs
//     in the lists. "X spoke of …" and "X thanked …" are not remarks. In
//     the other languages, reported speech and acts are read in their
//     simplest shapes only (not a verb before its subject in Russian, not
//     relative clauses or participles); a quotation whose speaker is an
//     institution ("le Quai d’Orsay « prend acte … »") or whose subject
//     and verb are separated by an adverbial ("X в интервью заявил: «…»")
//     has no speaker; names in an
//     oblique case keep it ("aus dem Auswärtigen Amt"), except Russian
//     names after "по словам", which are put in the nominative by their
//     commonest endings.
//   - Any capitalised run before a speech verb is a name, so "Russian state
//     TV said" gives the speaker "Russian state TV" and a place can be a
//     speaker ("Moscow said"). A sentence-initial capitalised word followed
//     by a speech verb is taken as a speaker too.
//   - Coreference is shallow: no gender agreement, and "the president" is
//     matched on words in roles. Two people sharing a surname are merged.
//     An unnamed speaker is linked to a named one only by the patterns
//     above (headline and lead, "the X leader"); an appositive or
//     parenthetical attribution in mid-sentence ("The president, he told
//     the chamber, was entitled …") is not read.
//   - "The president said …" with no earlier president and a last speaker
//     of unknown role resolves to that speaker, as the task requires. Use
//     the Role to check.
//   - A reported clause runs to the end of the sentence unless a new
//     subject with a speech or stance verb follows a comma and a
//     conjunction, so "X said A, which Y rejected" gives X the whole.
//   - An action's text is third-person ("has yet to congratulate the
//     winner") while the classifier was trained on statements; negated
//     actions are often misread as their positive.
//   - Straight quotes are ambiguous. A stray " or an opening ' that never
//     closes swallows the rest of its paragraph, and in English straight
//     double quotes cannot nest inside straight double quotes.
//   - A hard-wrapped quotation whose line ends with a full stop is split at
//     that line when the article separates paragraphs by blank lines.
//     Without blank lines, hard wrapping is only recognised when the next
//     line starts in lower case.
//   - Partial quotes inside reported speech are not remarks of their own,
//     and a remark split by its attribution (“A,” he said, “B.”) is two
//     remarks (of one run).
package article
