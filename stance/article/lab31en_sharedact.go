package article

// lab31enSharedAct gives a reported remark the verdict of the act it
// reports (GUIDELINES rules 11 and 17: reported speech is labelled by the
// reported act): "Foreign minister Ivo Brand said Chancellor Ute Rahm
// would send Dal a congratulatory letter that would address the
// challenges ahead" is Rahm's act (embeddedActor, tailAttribution: an
// action with the same span) and Brand's remark. The verb rule read
// Rahm's act as a congratulation while the model read Brand's words by
// "challenges" as withholding. The remark takes the act's prediction
// when the act has a verb-rule verdict and a stance, is another
// speaker's, has exactly the remark's span, and the remark is a run of
// its own (a longer run is read as a whole).
func lab31enSharedAct(remarks []Analysis) {
	for i := range remarks {
		a := &remarks[i]
		if a.Kind != Reported || a.ByVerb || a.Run != i || i+1 < len(remarks) && remarks[i+1].Run == i {
			continue
		}
		for j := range remarks {
			b := remarks[j]
			if j == i || b.Kind != Action || b.NoStance || !b.ByVerb || !b.AboutResult || b.Speaker == a.Speaker || b.Start != a.Start || b.End != a.End {
				continue
			}
			a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = b.Prediction, true, true, 1
			break
		}
	}
}
