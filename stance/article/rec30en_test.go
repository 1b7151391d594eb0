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
