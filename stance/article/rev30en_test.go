package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev30enTooEarly: rec30enTooEarly declines a forecast, winning or
// losing something other than the vote, "final" of something else, and a
// timing denied with "no longer" or "hardly" (rev30en_early.go); the
// verdicts called too early still count.
func TestRev30enTooEarly(t *testing.T) {
	cases := []struct {
		run  string
		want bool
	}{
		{"it was too early to say who would win the race for the finance portfolio", false},
		{"it was too early to say whether the coalition deal would win a majority", false},
		{"she had arrived too early and lost an hour of her shift", false},
		{"it was too early to tell whether the farmers' lobby had won any promises", false},
		{"it was too early to give a final list of ministers", false},
		{"it was premature to talk of a final decision on the pension reform", false},
		{"it was no longer too early to congratulate Lima", false},
		{"it was hardly premature to congratulate Lima", false},
		{"it was too early to say whether the ruling party had lost ground in the cities", false},
		{"it was premature to talk of a clean break with the old budget rules", false},
		{"it was too early to say whether the new ministers had clean records", false},
		{"it would be premature to call the vote fair", true},
		// still verdicts called too early
		{"it was too early to talk about a victory while observers questioned the count", true},
		{"any talk of the result as final was premature while the courts sat", true},
		{"it was far too early for her candidate to concede defeat", true},
		{"it is too early to say who won the race", true},
		{"talk of fraud was premature while the sheets were still being counted", true},
	}
	for _, c := range cases {
		if got := rec30enTooEarly(c.run); got != c.want {
			t.Errorf("rec30enTooEarly(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestRev30enTooEarlyRun: a run that recognises the result and calls a
// challenge premature is no verdict put off (rev30en_early.go).
func TestRev30enTooEarlyRun(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		run  string
		want bool
	}{
		{"Lima had won fairly and any talk of a recount was premature and irresponsible", false},
		{"talk of fraud was premature while the sheets were still being counted", true},
		{"any talk of the result as final was premature while the courts were hearing complaints", true},
	}
	for _, c := range cases {
		if got := rev30enTooEarlyRun(ctx, c.run); got != c.want {
			t.Errorf("rev30enTooEarlyRun(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestRev30enWatcherTie: a verb of study or advice in any tense, or a
// watch verb over something other than the vote's watchers, ties no
// commentator to the watchers (rev30en_watcher.go); the watchers still
// are none.
func TestRev30enWatcherTie(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Igor Brandt, a political scientist who has advised observer missions on election law, said so.", "Igor Brandt", true},
		{"Jan Rucek, a pollster whose firm monitors voting intentions for two newspapers, said so.", "Jan Rucek", true},
		{"Mila Sorn, an economist who has written on election monitoring, said so.", "Mila Sorn", true},
		{"Jiri Blok, a historian who is regarded as the country's closest observer of its politics, said so.", "Jiri Blok", true},
		{"Kurt Weiss, a lawyer who acts as a compliance monitor for two banks, said so.", "Kurt Weiss", true},
		{"Paul Dorn, a columnist for the magazine Election Watch, said so.", "Paul Dorn", true},
		{"Ida Renk, a lawyer and human rights observer, said so.", "Ida Renk", true},
		{"Ida Renk, an analyst who served as an observer in Moldova last year, said so.", "Ida Renk", true},
		{"Mark Toll, an economist and former observer for the regional bloc, said so.", "Mark Toll", true},
		{"Ada Fink, an economist and longtime Kestrava watcher at a Vienna bank, said so.", "Ada Fink", true},
		{"Piotr Lem, a historian who is known as a veteran Kremlin watcher, said so.", "Piotr Lem", true},
		// still watchers
		{"Nora Veld, a retired teacher who served as a poll watcher last Sunday, said so.", "Nora Veld", false},
		{"Lena Marsh, an economist who served as an observer of the presidential vote, said so.", "Lena Marsh", false},
		{"Ivo Brun, a lawyer for a network of election monitors in the south, said so.", "Ivo Brun", false},
		{"Sara Lind, a consultant who coordinates the civic watchdog's volunteers, said so.", "Sara Lind", false},
		{"Dina Roz, an architect who volunteered as a polling-station monitor, said so.", "Dina Roz", false},
	}
	for _, c := range cases {
		if got := isCommentator(c.text, []string{c.name, ""}); got != c.want {
			t.Errorf("isCommentator(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
