package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestProcessSpeakersAppointment: a vote called an appointment rather
// than an election ("не выборы, а назначение") is a verdict on the
// result, even when the remark names polling stations; a report of
// turnout and polling stations alone stays a process report. Sentences
// written for the test.
func TestProcessSpeakersAppointment(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск", "Каск"}, Rivals: []string{"Олаф Берг", "Берг"}}
	tests := []struct {
		name    string
		text    string
		process bool
	}{
		{"ru appointment, not election", "ещё до закрытия участков называл голосование не выборами, а назначением", false},
		{"ru turnout alone", "явка составила 61 %, участки закрылись вовремя", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rms := []Remark{{Speaker: "Лена Дал", Text: tc.text, Kind: Reported}}
			assert.Equal(t, tc.process, processSpeakers(ctx, "ru", rms)["Лена Дал"])
		})
	}
}
