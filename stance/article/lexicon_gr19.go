package article

// gr19RuLeave are the forms of Russian "оставить" (to leave) that, with
// gr19RuOpen within three words, leave a question open ("оставил вопрос
// открытым", "оставила без ответа"; gr19_leftopen.go).
var gr19RuLeave = wordSet(`оставил оставила оставили оставило оставляет оставляют оставлял оставляла оставляли`)

// gr19RuOpen are the complements of gr19RuLeave that leave a question
// unanswered: "открытым" (open), "без ответа" is read by its noun.
var gr19RuOpen = wordSet(`открытым открытой открытыми ответа`)

// gr19RuProcessVerdicts are Russian verdict stems the process lexicon
// lacked: the genitive plural of "оценка" after a negation ("никаких
// оценок давать не будем", "воздержался от оценок"), whose stem is not
// "оценк": a speaker who withholds an assessment until the tally sheets
// are checked speaks of the result, not only of the process.
var gr19RuProcessVerdicts = []string{"оценок"}

func init() {
	pl := processWords["ru"]
	pl.verdict = append(pl.verdict, gr19RuProcessVerdicts...)
	processWords["ru"] = pl
}
