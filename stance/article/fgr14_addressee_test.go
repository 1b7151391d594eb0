package article

import "testing"

// TestFgr14RuAddressee: the outlet a Russian remark was given to, in the
// bare dative between the speech verb and the speaker, is skipped
// (fgr14_addressee.go); a quoted party inside an office stays in the
// office; a clause after ", а" has a subject of its own. Sentences
// written for the test.
func TestFgr14RuAddressee(t *testing.T) {
	const q = "«Мы не будем комментировать итоги, пока не увидим протоколы», — "
	runLangCases(t, []langCase{
		{"ru сказал ТАСС член …", "ru", q + "сказал ТАСС член политсовета блока Олаф Берг.",
			[]langRemark{{Direct, "Олаф Берг", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		{"ru заявил “Ъ” руководитель …", "ru", q + "заявил “Ъ” руководитель штаба партии Ивар Каск.",
			[]langRemark{{Direct, "Ивар Каск", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		{"ru сказал изданию «…» депутат …", "ru", q + "сказал изданию «Норландские вести» депутат Лена Дал.",
			[]langRemark{{Direct, "Лена Дал", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		{"ru депутат от «…» X", "ru", q + "заявил депутат горсовета от «Новой силы» Ивар Каск.",
			[]langRemark{{Direct, "Ивар Каск", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		{"ru сказал РИА Новости депутат …", "ru", q + "сказал РИА Новости депутат Лена Дал.",
			[]langRemark{{Direct, "Лена Дал", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		// counter-case: the outlet alone after the verb is the source
		{"ru сообщил ТАСС.", "ru", q + "сообщил ТАСС.",
			[]langRemark{{Direct, "ТАСС", "Мы не будем комментировать итоги, пока не увидим протоколы"}}},
		{"ru , а председатель X заявила", "ru", "Министр Олаф Берг назвал выборы нечестными, а председатель парламента Лена Дал заявила, что Каск победил честно.",
			[]langRemark{{Action, "Олаф Берг", "назвал выборы нечестными"}, {Reported, "Лена Дал", "Каск победил честно"}}},
	})
}
