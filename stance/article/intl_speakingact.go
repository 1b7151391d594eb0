package article

import "strings"

// Acts of speaking judged for their topic. An act of speaking ("X a
// évoqué la fermeture des écoles", "X sprach von einem Neuanfang", "X
// говорил о ценах на уголь") is the speaker's words summed up, not a deed
// toward the result: it is about the result as a remark is, when the
// judge of the language says so, where any other act is about the result
// by its verb. An act the verb rule read (a recognition, a refusal) keeps
// its verdict; only French, German and Russian are read so.

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
