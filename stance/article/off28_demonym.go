package article

import "strings"

// Russian vox-pop reports open a sentence with the speaker's town as a
// noun before the name ("Москвичка Анна Орлова рассказала, что …",
// "Киевлянин Петр Иванов признался …"): capitalised at the start, the
// demonym would be read as the first word of the name. off28DemonymAt
// reads it as a modifier, as demonymAt reads "le Kényan X", and the
// demonyms are occupations (offTopicSpeakers): a town's resident quoted
// on their day is off the result unless their remark names it.

// off28RuDemonyms are Russian nouns for a city's residents (and the
// generic "горожанин"), masculine and feminine.
const off28RuDemonymList = `москвич москвичка петербуржец петербурженка киевлянин киевлянка
	минчанин минчанка горожанин горожанка тбилисец ереванец казанец новосибирец
	одессит одесситка харьковчанин харьковчанка львовянин львовянка рижанин рижанка
	бакинец бакинка кишиневец кишиневка`

func init() {
	addWords(map[string][]string{"ru": strings.Fields(off28RuDemonymList)}, func(l *langLexicon) map[string]bool { return l.occupations })
}

// off28DemonymAt reports whether toks[k], the first word of a Russian
// phrase, is a listed demonym followed by two capitalised words (a name).
func (ix *intl) off28DemonymAt(toks []token, k int, first bool) bool {
	if ix.lx.code != "ru" || !first || k+2 >= len(toks) || !off28RuDemonyms[toks[k].lower] {
		return false
	}
	return toks[k+1].word() && toks[k+1].cap && toks[k+2].word() && toks[k+2].cap
}

// A Russian voter's own vote told in reported words ("рассказал, что
// узнал о голосовании из газеты", "признался, что голосовал по
// привычке") is their day, not a verdict, as in Spanish and Portuguese
// (ownVoteOnly, lexicon_ibero14.go). Only the stems of casting a vote
// and of the polling station count there: the elections themselves
// ("выборы", "избирательный") told in a reported clause are the topic
// ("рассказал, что выборы были нечестными").
func init() { reportedOwnVote["ru"] = true }
