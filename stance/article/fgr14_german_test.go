package article

import "testing"

// TestFgr14GermanLassen: speech through "lassen" and an infinitive of
// saying, past a companion or an adverbial, said by every person
// coordinated after the verb (fgr14_lassen.go); perfect participles of
// speech verbs; separable verbs whose particle ends the clause
// (fgr14_separable.go). Sentences written for the test.
func TestFgr14GermanLassen(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ließen X und Y am Montag wissen,", "de", "In einer gemeinsamen Erklärung ließen Bundeskanzlerin Anna Roth und Außenminister Ivo Kask am Montag wissen, man nehme das Ergebnis zur Kenntnis.",
			[]langRemark{{Reported, "Anna Roth", "man nehme das Ergebnis zur Kenntnis"}, {Reported, "Ivo Kask", "man nehme das Ergebnis zur Kenntnis"}}},
		{"de ließ gemeinsam mit … erklären,", "de", "Kommissionspräsident Olaf Berg ließ gemeinsam mit der Außenbeauftragten der Union erklären, man warte den Bericht der Beobachter ab.",
			[]langRemark{{Reported, "Olaf Berg", "man warte den Bericht der Beobachter ab"}}},
		// counter-case: a person after the comma is in the remark, not a speaker
		{"de erklärte X, Y habe gewonnen", "de", "Am Abend erklärte Außenminister Ivo Kask, Lena Dal habe die Wahl klar gewonnen.",
			[]langRemark{{Reported, "Ivo Kask", "Lena Dal habe die Wahl klar gewonnen"}}},
		// counter-case: "lassen" with no infinitive of saying
		{"de ließ die Akten prüfen,", "de", "Der Minister Ivo Kask ließ die Akten prüfen, bevor er abreiste.", nil},
		{"de hat gefordert,", "de", "Die Abgeordnete Lena Dal hat gefordert, die Union solle mit jeder Gratulation warten.",
			[]langRemark{{Reported, "Lena Dal", "die Union solle mit jeder Gratulation warten"}}},
		{"de sprach … ab", "de", "Der Abgeordnete Ivo Kask sprach dem Ergebnis angesichts der Verhaftungen jede Legitimation ab.",
			[]langRemark{{Action, "Ivo Kask", "sprach dem Ergebnis angesichts der Verhaftungen jede Legitimation ab"}}},
		{"de wies … zurück", "de", "Oppositionschefin Lena Dal wies das amtliche Ergebnis entschieden zurück.",
			[]langRemark{{Action, "Lena Dal", "wies das amtliche Ergebnis entschieden zurück"}}},
		{"de wies Zweifel … zurück", "de", "Regierungssprecher Ivo Kask wies Zweifel an der Auszählung zurück.",
			[]langRemark{{Action, "Ivo Kask", "wies Zweifel an der Auszählung zurück"}}},
		// counter-cases: no one denies; the verb with an object off the vote (found probing)
		{"de Niemand spricht … ab", "de", "Niemand spricht dem Ergebnis die Legitimität ab.", nil},
		{"de wies den Antrag zurück", "de", "Der Verteidiger Ivo Kask wies den Antrag des Staatsanwalts zurück.", nil},
		// counter-case: another particle makes another verb ("hinweisen")
		{"de wies … hin", "de", "Der Abgeordnete Ivo Kask wies auf die niedrige Beteiligung in den Städten hin.", nil},
	})
}
