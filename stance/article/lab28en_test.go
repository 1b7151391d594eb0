package article

import "testing"

func TestLab28enSettledBefore(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the result had been fixed well before anyone voted", true},
		{"the race was settled weeks before polling day", true},
		{"the contest was compromised before a single ballot was cast", true},
		{"the figures were written long before the polls opened", true},
		// near-misses: a negation, a "before" that is only a time, no result.
		{"the result was not decided before anyone voted", false},
		{"the result was decided before the court ruled on the appeal", false},
		{"the date was fixed before the campaign opened", false},
		{"the committee decided before voting began to keep its seat", false},
	}
	for _, c := range cases {
		if got := lab28enSettledBefore(actionWords(c.text)); got != c.want {
			t.Errorf("lab28enSettledBefore(%q) = %v, want %v", c.text, got, c.want)
		}
		if got := preDecided(c.text); got != c.want {
			t.Errorf("preDecided(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
