package article

import "testing"

func TestEn21ConditionalRecognition(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"If the court confirms the result, we will recognise Mr Reyna", true},
		{"We will congratulate Mr Reyna once the commission certifies the count", true},
		{"his government would recognise Reyna only if the court upheld the results", true},
		{"Provided the electoral tribunal validates the figures, we will recognise her", true},
		{"we would welcome the winner as soon as the results are official", true},
		{"Even if the opposition appeals the result, we will recognise Mr Reyna as the winner", false},
		{"If you ask me, we will congratulate the winner", false},
		{"We congratulate Mr Reyna and will work with him if the court allows", false},
		{"We will recognise Mr Reyna, and if the economy improves we will celebrate", false},
	}
	for _, c := range cases {
		if got := conditionalRecognition(c.text); got != c.want {
			t.Errorf("conditionalRecognition(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
