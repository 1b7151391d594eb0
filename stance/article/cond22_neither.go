package article

// Refusal by a negative correlative pair: "kündigte an, den Sieg weder
// anzuerkennen noch ihm zu gratulieren", "ni reconoce ni felicita", "ni
// reconnaître ni féliciter", "nem reconhecer nem felicitar", "ни
// признавать, ни поздравлять", "will neither recognise nor congratulate".
// Both members are recognitions refused: no recognition at all is hostile
// (GUIDELINES rule 1); a word of delay or condition after the opener
// ("ni ha reconocido ni felicitado aún") makes it withholding. A pair of
// subjects ("weder Merkel noch Macron gratulierten") has no recognition
// between opener and closer and is left to the other rules.

// cond22Neither returns the verdict of a refusal by a correlative pair in
// words, or verdictNone.
func cond22Neither(code string, words []string) actionVerdict {
	pair, ok := cond22Pairs[code]
	if !ok {
		return verdictNone
	}
	for i, w := range words {
		if w != pair[0] {
			continue
		}
		first := -1
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if cond22Recognition(code, words[j]) {
				first = j
				break
			}
		}
		if first < 0 {
			continue
		}
		for c := first + 1; c < len(words) && c <= first+6; c++ {
			if words[c] != pair[1] {
				continue
			}
			for k := c + 1; k < len(words) && k <= c+4; k++ {
				if cond22Recognition(code, words[k]) {
					return cond22NeitherVerdict(code, words[i:])
				}
			}
			break
		}
	}
	return verdictNone
}

// cond22NeitherVerdict is hostile, or withholding when a delay word
// follows the pair's opener.
func cond22NeitherVerdict(code string, words []string) actionVerdict {
	for _, w := range words {
		if cond22Delays[code][w] {
			return verdictWithholding
		}
	}
	return verdictHostile
}
