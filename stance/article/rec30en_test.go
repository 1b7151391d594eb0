package article

import "testing"

// TestRec30enWatcherTie: a commentator's title tied by the description to
// the vote's watchers is no commentator (rec30en_watcher.go); a title
// tied to something else, or to the study of watching, still is.
func TestRec30enWatcherTie(t *testing.T) {
	cases := []struct {
		text, name, role string
		want             bool
	}{
		{"Sami Okoro, a Lagos lawyer who volunteered as an election monitor, said he would wait.", "Sami Okoro", "", false},
		{"Rita Vance, a retired teacher who served as a poll watcher in Tarn, said the sheets were missing.", "Rita Vance", "", false},
		{"Omar Feld, an engineer with a civic election-monitoring coalition, said the tallies did not add up.", "Omar Feld", "", false},
		{"Lena Marsh, an economist who worked as an observer for the regional bloc, said the count was slow.", "Lena Marsh", "", false},
		{"Ivo Brun said so.", "Ivo Brun", "lawyer for a church-backed poll-watching network", false},
		{"Pavel Ost, a farmer and scrutineer for the independents, said so.", "Pavel Ost", "", false},
		{"Sara Lind, a consultant who coordinates the civic watchdog's volunteers, said so.", "Sara Lind", "", false},
		// near-misses: still commentators
		{"Sami Okoro, a Lagos lawyer who studies election monitoring, said the law was unclear.", "Sami Okoro", "", true},
		{"Rita Vance, an analyst at the Open Networks Monitor, said traffic fell.", "Rita Vance", "", true},
		{"Omar Feld, an economist who watches the currency markets, said the naira held.", "Omar Feld", "", true},
		{"Lena Marsh, a teacher who voted as soon as the polls opened, said she was tired.", "Lena Marsh", "", true},
		{"Ivo Brun said so.", "Ivo Brun", "lawyer for a shipping firm", true},
		{"Pavel Ost, an economist and keen observer of Tarn politics, said so.", "Pavel Ost", "", true},
		{"Sara Lind, a consultant who coordinates the health ministry's volunteers, said so.", "Sara Lind", "", true},
	}
	for _, c := range cases {
		if got := isCommentator(c.text, []string{c.name, c.role}); got != c.want {
			t.Errorf("isCommentator(%q, role %q) = %v, want %v", c.text, c.role, got, c.want)
		}
	}
}

// TestRec30enTooEarly: a verdict on the result called too early or
// premature (rec30en_early.go); timing denied, or something other than a
// verdict called too early, is none.
func TestRec30enTooEarly(t *testing.T) {
	cases := []struct {
		run  string
		want bool
	}{
		{"it was much too early for any capital to speak of a victory", true},
		{"it is too early to send congratulations to anyone", true},
		{"any claim of a win at this stage is premature", true},
		{"talk of fraud was premature while the sheets were still being counted", true},
		{"it would be premature to call the vote fair", true},
		// near-misses
		{"it is not too early to congratulate Lima", false},
		{"it is too early to say whether the new cabinet can govern", false},
		{"it would be premature to talk of rate cuts before the budget", false},
		{"the rains came too early for the harvest", false},
	}
	for _, c := range cases {
		if got := rec30enTooEarly(c.run); got != c.want {
			t.Errorf("rec30enTooEarly(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}
