package benchmark

import "github.com/stancekit/stancekit/stance"

// tweetSpec returns a single-model spec with tweet tokenizing, stemming and
// negation marking, the settings every candidate of SemEvalGrid shares.
func tweetSpec(k Kind, alpha float64, binary bool, words, chars [2]int, hashtagWords bool) Spec {
	o := stance.DefaultOptions()
	o.Labels = nil
	o.Alpha, o.Binary = alpha, binary
	t := &o.Tokenizer
	t.NGramMin, t.NGramMax = words[0], words[1]
	t.CharNGramMin, t.CharNGramMax = chars[0], chars[1]
	t.Tweet, t.HashtagWords, t.Stem, t.Negation, t.StopWords = true, hashtagWords, true, true, false
	// The grid was searched, and its published figure measured, without
	// sentence bounds; tweets have no election context to mask.
	t.SentenceBounds, t.MaskNames = false, false
	s := Spec{Kind: k, Options: o}
	s.Options.Kind = stance.Multinomial
	if k == Complement {
		s.Options.Kind = stance.Complement
	}
	return s
}

// tweetNBSVM returns a binarised NBSVM of SemEvalGrid on word 1–2-grams
// and the given character n-grams, α = 1, intercept interpolated with the
// prior.
func tweetNBSVM(beta, c float64, chars [2]int, joint bool) Spec {
	s := tweetSpec(NBSVM, 1, true, [2]int{1, 2}, chars, false)
	s.Beta, s.C, s.Prior, s.Joint = beta, c, true, joint
	return s
}

// SemEvalGrid is the search of the SemEval-2016 Task 6 benchmark: a small
// grid over the naive Bayes family, one model per target. Every candidate
// tokenizes tweet-aware (hashtag segmentation, #SemST dropped, elongations
// cut, emoticons), stems and marks negation scopes unless its name says
// otherwise. With joint, joint NBSVMs (one model for all targets, with
// target features) are added.
//
//   - multinomial NB: word 1–3-gram counts with α = 1; binarised with
//     α = 0.5 and hashtag words; binarised with character 3–6-grams on word
//     1–3- or 1–2-grams, α ∈ {0.5, 0.25};
//   - complement NB, binarised, α = 0.5, on word 1–3-grams, with and
//     without character 3–6-grams;
//   - NBSVM, binarised, word 1–2-grams plus character 2–5- or 3–6-grams,
//     β ∈ {0.25, 0.5, 1}, C ∈ {0.1, 1}, intercept interpolated with the
//     prior; plus the paper's NBSVM (SVM intercept) and one without the
//     tweet options, to measure both.
//
// The ranges were narrowed by earlier cross-validation on the training file
// only (for NBSVM word 1–2 beat 1–3 and character 3–6 beat 1–4, 2–4 and
// 4–6; replacing @handles by one token lost about 0.8); the test file
// played no part.
func SemEvalGrid(joint bool) []Spec {
	w12, w13, c36, none := [2]int{1, 2}, [2]int{1, 3}, [2]int{3, 6}, [2]int{}
	g := []Spec{
		tweetSpec(Multinomial, 1, false, w13, none, false),
		tweetSpec(Multinomial, 0.5, true, w13, none, true),
		tweetSpec(Multinomial, 0.5, true, w13, c36, true),
		tweetSpec(Multinomial, 0.5, true, w12, c36, true),
		tweetSpec(Multinomial, 0.25, true, w12, c36, true),
		tweetSpec(Complement, 0.5, true, w13, none, true),
		tweetSpec(Complement, 0.5, true, w13, c36, true),
	}
	for _, chars := range [][2]int{{2, 5}, c36} {
		for _, beta := range []float64{0.25, 0.5, 1} {
			for _, c := range []float64{0.1, 1} {
				g = append(g, tweetNBSVM(beta, c, chars, false))
			}
		}
	}
	paper := tweetNBSVM(0.25, 1, c36, false)
	paper.Prior = false
	plain := tweetNBSVM(0.25, 1, c36, false)
	plain.Options.Tokenizer.Tweet = false
	g = append(g, paper, plain)
	if joint {
		for _, beta := range []float64{0.5, 1} {
			for _, c := range []float64{0.1, 1} {
				g = append(g, tweetNBSVM(beta, c, c36, true))
			}
		}
	}
	return g
}

// EnsembleGrid lists the ensembles that can be added to SemEvalGrid: the
// best per-target NBSVM of the grid (character 2–5-grams, β = 0.25,
// C = 0.1) with a little of binarised multinomial NB (weights 0.01, 0.03,
// 0.1: NB's log-probabilities are on a far larger scale), and per-target
// NBSVMs averaged with the joint one. Cross-validated on the SemEval
// training file only (5 folds × 2 repeats, seeds 1–5), adding them raised
// the nested estimate of the search by 0.56 F_avg on average (from 0.08 to
// 1.27), within the noise between seeds, so they are not in SemEvalGrid.
func EnsembleGrid() []Spec {
	s25, s36 := tweetNBSVM(0.25, 0.1, [2]int{2, 5}, false), tweetNBSVM(0.25, 0.1, [2]int{3, 6}, false)
	joint := tweetNBSVM(0.5, 0.1, [2]int{3, 6}, true)
	var g []Spec
	for _, w := range []float64{0.01, 0.03, 0.1} {
		nb := tweetSpec(Multinomial, 0.5, true, [2]int{1, 2}, [2]int{3, 6}, true)
		nb.Weight = w
		g = append(g, Spec{Members: []Spec{s25, nb}})
	}
	return append(g,
		Spec{Members: []Spec{s25, joint}},
		Spec{Members: []Spec{s36, joint}},
		Spec{Members: []Spec{s25, s36, joint}})
}
