package article

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmptyInput(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n\t\r\n", "...", "“”", `""`} {
		assert.Empty(t, Extract(s), "%q", s)
		res := Analyze(s, fixed{})
		assert.Empty(t, res.Remarks, "%q", s)
		assert.Empty(t, res.Speakers, "%q", s)
	}
}

func TestInvalidUTF8(t *testing.T) {
	// Invalid bytes are neutral symbols: the remarks around them are still
	// found and their offsets still index the original bytes.
	text := "Putin said: “We will \xffwait.”\n\n\xfe\xff Merkel said: “We are ready to work together.”"
	got := Extract(text)
	checkOffsets(t, text, got)
	require.Len(t, got, 2)
	assert.Equal(t, "We will \xffwait.", got[0].Text)
	assert.Equal(t, "Putin", got[0].Speaker)
	assert.Equal(t, "Merkel", got[1].Speaker)
}

func TestKindText(t *testing.T) {
	for _, k := range []Kind{Direct, Reported} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := Kind(0).MarshalText()
	assert.Error(t, err)
	var k Kind
	assert.Error(t, k.UnmarshalText([]byte("quoted")))
	assert.Equal(t, "Kind(7)", Kind(7).String())
}

// TestLinearTime runs inputs of a few megabytes built to defeat the
// heuristics' look-ups (one endless sentence, thousands of open quotes,
// thousands of speakers); a quadratic step would take hours.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const size = 1 << 20
	inputs := map[string]string{
		"article":          repeatTo("Russian President Vladimir Putin said he was not ready. “We will wait,” he added. ‘There’s nothing left to spoil,’ the president said.\n\n", size),
		"endless sentence": repeatTo("Merkel said that Putin congratulated Biden and the minister, who said, ", size),
		"open quotes":      repeatTo("“‘\"'", size),
		"closing marks":    repeatTo("voters’ s’ ’ ' ”", size),
		"speakers":         manySpeakers(size),
		"commas":           repeatTo(", ", size) + " said Putin.",
		"no spaces":        strings.Repeat("a", size),
		"lines":            repeatTo("Putin\n", size),
		"coordination":     repeatTo("Premier Lena Dal and Norland’s Omar Rask and ", size) + "Karl Abel have yet to congratulate the winner.",
		"lists":            "Leaders who sent congratulations included " + repeatTo("Chancellor Anna Berg, President Tom Hale of Marossa, ", size) + "and Petra Holm.",
		"appositions":      repeatTo("Former navy officer Jana Roe, vice president for research at the Example Institute, who has studied elections, ", size) + "explained: ‘No.’",
		"lead-ins":         repeatTo("Omar Rask was among the first to call the winner, and leaders who wrote ", size),
		"headline offices": repeatTo("Velorian President says he waits\n", size) + "\nIvo Kask said he would wait for the courts.",
	}
	for name, text := range inputs {
		start := time.Now()
		rs := Extract(text)
		el := time.Since(start)
		t.Logf("%s: %d bytes, %d remarks, %v", name, len(text), len(rs), el)
		assert.Less(t, el, 60*time.Second, name)
		checkOffsets(t, text, rs)
	}
}

func repeatTo(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }

func manySpeakers(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		name := strings.ToUpper(string(rune('A'+i%26))) + strings.Repeat("x", 1+i%7) + " " + strings.ToUpper(string(rune('A'+(i/26)%26))) + strings.Repeat("y", 1+(i/7)%5)
		b.WriteString("The minister " + name + " said the result was fair. The president said he agreed.\n")
	}
	return b.String()
}
