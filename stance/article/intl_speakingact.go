package article

import "strings"

// Acts of speaking judged for their topic. An act of speaking ("X a
// évoqué la fermeture des écoles", "X sprach von einem Neuanfang", "X
// говорил о ценах на уголь") is the speaker's words summed up, not a deed
// toward the result: it is about the result as a remark is, when the
// judge of the language says so, where any other act is about the result
// by its verb. An act the verb rule read (a recognition, a refusal) keeps
// its verdict; only French, German and Russian are read so.

// speakingActVerbs open an act of speaking, per language: besides the
// verbs of talking, the acts of speech the lexicons read as acts (a
// denunciation, an accusation, a reproach, a demand, a call, a naming, a
// rejection: "X призывает граждан сделать прививку" is off the result).
var speakingActVerbs = map[string]map[string]bool{
	"fr": wordSet(`évoque évoqué évoquait évoquant évoquent évoquaient parle parlé parlait parlant parlent mentionné mentionne abordé aborde
		dénoncé dénonce dénonçait`),
	"de": wordSet(`sprach spricht sprachen sprechen redete`),
	"ru": wordSet(`говорил говорила говорили говорит говорят упомянул упомянула
		обвинил обвинила обвинили упрекнул упрекнула упрекнули требует требовал требовала
		призывает призывал призывала называет называл называла отвергает отвергал отвергала`),
}

// speakingActLead are the words an act's text may open with before its
// verb (auxiliaries, negations, adverbs, clitics).
var speakingActLead = wordSet(`a ont avait avaient n'a n'avait ne n' pas aussi également lui hat hatte auch также тоже`)

// judgeSpeakingAct makes an act of speaking in run, with no verdict of the
// verb rule, about the result only as the judge reads it; with no judge of
// the language (unjudged), only when it has a word of the election or
// names the winner or a rival, as offTopicSpeakers reads remarks.
func (r Reader) judgeSpeakingAct(code string, a *Analysis, run string, unjudged bool) {
	verbs, ok := speakingActVerbs[code]
	if !ok || a.Kind != Action || a.ByVerb || a.NoStance || r.AboutResult == nil {
		return
	}
	for _, w := range strings.Fields(strings.ToLower(run)) {
		w = strings.Trim(w, ",.;:«»\"“”„")
		if speakingActLead[w] {
			continue
		}
		if !verbs[w] {
			return
		}
		break
	}
	if !unjudged {
		a.AboutResult, a.AboutResultProbability = r.AboutResult(r.Context, run)
		return
	}
	words := actionWords(run)
	if w, rv := mentionsIn(r.Context, words); !w && !rv && !lexicons[code].topical(words) {
		a.AboutResult, a.AboutResultProbability = false, 0
	}
}
