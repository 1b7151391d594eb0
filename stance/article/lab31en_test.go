package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var lab31enCtx = stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}

// lab31enHas reports whether Extract gives speaker a remark of kind whose
// text contains part.
func lab31enHas(text, speaker string, kind Kind, part string) bool {
	for _, r := range Extract(text) {
		if r.Speaker == speaker && r.Kind == kind && strings.Contains(r.Text, part) {
			return true
		}
	}
	return false
}

func TestLab31enPendingAct(t *testing.T) {
	cases := []struct {
		text string
		want bool // Arno Vask gets an action
	}{
		{"Moscow will wait until the result is declared before President Arno Vask acknowledges Dal as president-elect, the Kremlin spokesman said.", false},
		{"The bloc will say nothing until President Arno Vask has congratulated Dal, the spokesman said.", false},
		{"The party will stay silent unless President Arno Vask recognises Dal, its leader said.", false},
		// near-misses: a past act happened
		{"The Kremlin waited a day before President Arno Vask congratulated Dal, the spokesman said.", true},
		{"President Arno Vask congratulated Dal on Monday.", true},
	}
	for _, c := range cases {
		if got := lab31enHas(c.text, "Arno Vask", Action, ""); got != c.want {
			t.Errorf("Vask's action in %q = %v, want %v", c.text, got, c.want)
		}
	}
	// speech stays read: "before he says anything" tells his own holding back
	if !lab31enHas(`"Ivo Brand wants the tallies before he says anything about the result," Lenz said.`, "Lenz", Direct, "") {
		t.Error("the quotation lost its speaker")
	}
}

func TestLab31enDoSoText(t *testing.T) {
	cases := []struct {
		before, run string
		want        actionVerdict
	}{
		{"Most leaders have congratulated Dal, but the Velorian president ", "refuses to do so", verdictNotRecognising},
		{"Most leaders have congratulated Dal; Brand ", "has yet to do so", verdictWithholding},
		{"Ute Rahm congratulated Dal at noon, and Brand ", "did so within the hour", verdictRecognising},
		// near-misses
		{"Asked to comment on the turnout, the minister ", "declined to do so", verdictNone},            // no recognition verb before
		{"Leaders congratulated Dal.\nAsked about the budget, Brand ", "refused to do so", verdictNone}, // another paragraph
	}
	for _, c := range cases {
		text := c.before + c.run + "."
		run := lab31enDoSoText(text, len(c.before), c.run)
		if got := actionStance(lab31enCtx, run); got != c.want {
			t.Errorf("actionStance(%q from %q) = %v, want %v", run, c.run, got, c.want)
		}
	}
}

func TestLab31enTimeLead(t *testing.T) {
	cases := []struct {
		text string
		part string
		want bool // Otto Kell has a reported remark with part
	}{
		{`Otto Kell responded long before the final results were due to be announced, saying on his channel: "We will fight on."`, "long before", false},
		{`Otto Kell reacted minutes after the count closed, saying: "We will fight on."`, "minutes after", false},
		{`Otto Kell spoke two hours before the commission announced the tally, saying: "We will fight on."`, "two hours", false},
		// near-misses: the verb's clause is what was said
		{"Otto Kell said long queues had kept voters away.", "long queues", true},
		{"Otto Kell said hours of waiting had kept voters away.", "hours of waiting", true},
	}
	for _, c := range cases {
		if got := lab31enHas(c.text, "Otto Kell", Reported, c.part); got != c.want {
			t.Errorf("reported %q in %q = %v, want %v", c.part, c.text, got, c.want)
		}
	}
}

func TestLab31enSharedAct(t *testing.T) {
	r := defaultReader(t)
	r.Context = lab31enCtx
	cases := []struct {
		text, speaker string
		want          corpus.Label
	}{
		{`Foreign minister Ivo Brand said Chancellor Ute Rahm would send Dal a congratulatory letter that would "address the challenges we face."`, "Ivo Brand", corpus.Recognising},
		// near-miss: the remark is not the act's span
		{"Foreign minister Ivo Brand said the challenges ahead were grave and the count still open.", "Ivo Brand", corpus.Withholding},
	}
	for _, c := range cases {
		res := r.Analyze(c.text)
		found := false
		for _, a := range res.Remarks {
			if a.Speaker == c.speaker && a.Kind == Reported {
				found = true
				if a.Prediction.Label != c.want {
					t.Errorf("%q: %s's remark = %s, want %s", c.text, c.speaker, a.Prediction.Label, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reported remark of %s", c.text, c.speaker)
		}
	}
}

func TestLab31enRejectionScorned(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"denounced the Western rejection of the vote and said the count was orderly", true},
		{"it is unacceptable of the neighbours not to recognise the presidential election", true},
		{"Last night the northern bloc refused to recognise it and called on others to follow suit. We believe this is unacceptable.", true},
		{"condemned Kell's refusal to concede", true},
		// near-misses
		{"refused to recognise the result, and the bloc condemned the arrests", false},   // the actor's own refusal
		{"we will not recognise this result and condemn the arrests", false},             // a refusal in the first person
		{"denounced the rejection of the opposition's candidates by the courts", false},  // not a rejection of the result
		{"condemned the rejection of the vote as a fraud", false},                        // a fraud charge
		{"announced its refusal to recognise the result, condemning the arrests", false}, // its own refusal
	}
	for _, c := range cases {
		if got := lab31enRejectionScorned(actionWords(c.text)); got != c.want {
			t.Errorf("lab31enRejectionScorned(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab31enOwnGreeting(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The kingdom lauds the voters for their patience and resilience. We congratulate the President Elect, Lena Dal.", true},
		{"I would like to congratulate Dal on a clear victory.", true},
		{"We extend our warmest congratulations to the president-elect.", true},
		// near-misses
		{"We congratulate the people of Tarn on a calm vote.", false},       // the people alone (rule 6)
		{"We congratulate Otto Kell on his victory.", false},                // a rival: the rival rule's
		{"They congratulated Dal on her victory.", false},                   // not the first person
		{"I congratulated Dal in 2019, when she won the mayoralty.", false}, // a past act told
	}
	for _, c := range cases {
		if got := lab31enOwnGreeting(lab31enCtx, actionWords(c.text)); got != c.want {
			t.Errorf("lab31enOwnGreeting(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	mocks := []struct {
		text        string
		noes, scare bool
	}{
		{"I congratulate Dal on her landslide victory in an election that starts today. No opposition. No choice.", true, false},
		{"Vask, Rahm and Brand have congratulated Dal on her ‘victory’. That is real legitimacy.", false, true},
		{"They called this 'election' a festival.", false, true},
		// near-misses
		{"No opposition party took part. The choice was narrow.", false, false},
		{"He called it a “clear and convincing victory for all of us”.", false, false},
	}
	for _, c := range mocks {
		if got := lab31enBareNoes(c.text); got != c.noes {
			t.Errorf("lab31enBareNoes(%q) = %v, want %v", c.text, got, c.noes)
		}
		if got := lab31enScare(c.text); got != c.scare {
			t.Errorf("lab31enScare(%q) = %v, want %v", c.text, got, c.scare)
		}
	}
}

func TestLab31enQuickTo(t *testing.T) {
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"were quick to condemn the elections as a naked power grab", verdictHostile},
		{"was first to reject the result", verdictHostile},
		{"rushed to denounce the vote", verdictHostile},
		// near-miss: someone else's act
		{"urged them to reject the result", verdictNone},
	}
	for _, c := range cases {
		if got := rejectionVerdict(actionWords(c.text)); got != c.want {
			t.Errorf("rejectionVerdict(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab31enConcern(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"We have serious concerns that the result announced does not reflect the will of the voters", true},
		{"have expressed concern over the vote count, which set off riots and charges of fraud", true},
		{"expressed his distrust towards the results", true},
		{"the need for transparent and accurate results that reflect the will of the people", true},
		// near-misses
		{"had serious misgivings about the conduct of the vote and could not regard the result as democratic", false}, // a denial added
		{"have serious concerns about a vote rigged from the start", false},                                           // a fraud charge
		{"expressed concern over the economy and the price of bread", false},                                          // not the vote or its result
		{"said the economy would need years to recover", false},
	}
	for _, c := range cases {
		w := actionWords(lab31enAsideCut(c.text))
		got := lab31enConcernOpens(w) && !hasStem(w, lab25Accusations) && !hasStem(w, lab31enRejectStems) && !lab31enOwnRefusal(w) && !lab31enDeniedToo(w)
		if got != c.want {
			t.Errorf("concern(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab31enResultCredible(t *testing.T) {
	cases := []struct {
		text string
		want actionVerdict
	}{
		{`the official result was "a credible indication that the voters back Dal"`, verdictRecognising},
		{"the results are credible and reflect the will of the voters", verdictRecognising},
		{"the outcome was legitimate", verdictRecognising},
		// near-misses
		{"the result was not credible", verdictNone},
		{"asked whether the result was credible", verdictNone},
		{"the decision to recount was fair", verdictNone},
	}
	for _, c := range cases {
		if got := claimStance(lab31enCtx, c.text); got != c.want {
			t.Errorf("claimStance(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab31enGreetingFirst(t *testing.T) {
	r := defaultReader(t)
	r.Context = lab31enCtx
	head := "Tarn votes\n\nTARN, May 4 — Lena Dal won the run-off, the election commission said.\n\n"
	cases := []struct {
		text string
		want corpus.Label
	}{
		{head + "\"Norland congratulates the people of Tarn and president-elect Dal,\" spokesman Jon Roe said.\n\n\"We understand that many voters have voiced frustration about the way the count was run,\" he said.\n\n\"Voters are within their rights to have such concerns,\" Roe said. \"We call on all parties to refrain from violence.\"", corpus.Recognising},
		// near-misses: a wait, a greeting taken back
		{head + "\"Norland congratulates the people of Tarn and president-elect Dal,\" spokesman Jon Roe said.\n\n\"We will await the certified figures before we say more about the count,\" he said.", corpus.Withholding},
		{head + "\"Norland congratulates president-elect Dal,\" spokesman Jon Roe said on Monday.\n\nOn Tuesday Roe withdrew his congratulations.", corpus.Withholding},
	}
	for _, c := range cases {
		for _, s := range r.Analyze(c.text).Speakers {
			if s.Speaker == "Jon Roe" && s.Stance != c.want {
				t.Errorf("%q: Jon Roe = %s, want %s", c.text, s.Stance, c.want)
			}
		}
	}
}
