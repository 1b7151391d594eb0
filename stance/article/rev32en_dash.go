package article

import "strings"

// Dash signatures. An en or em dash opening an English paragraph is a
// list marker before a roundup header ("– Lena Dal, foreign minister of
// Norland:"), but the same dash also opens the signature line under a
// quotation ("“We respect the choice of the voters.”" then "— Lena Dal,
// foreign minister of Norland"), which signature (sentence.go) reads by
// its dash: with the dash dropped the quotation had no speaker, and the
// next one went to the line's speaker. rev32enDashMarker drops the en or
// em dash only before a header ending in a colon; the hyphen stays a
// marker in every item.

// rev32enDashMarker reports whether the list marker r opening the
// paragraph para is dropped.
func rev32enDashMarker(r rune, para string) bool {
	return r == '-' || strings.HasSuffix(strings.TrimSpace(para), ":")
}
