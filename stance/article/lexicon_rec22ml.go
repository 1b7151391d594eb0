package article

// rec22mlArticleParticles are the Arabic article as names carry it
// hyphenated before a capital, in the forms nameParticles lacks: the
// Russian transcriptions ("аль-Башир", "эль-Сиси", and the assimilated
// "ас-Сиси", "ан-Нахайян", "ар-Рашид") and the assimilated Latin forms
// ("as-Sisi", "an-Nahyan", "ad-Din"). particleName reads such a word as
// a capitalised name word, as it reads "al-Bashir".
var rec22mlArticleParticles = wordSet(`аль эль ал ас ан ар ат ад аз аш as an ar at ad az ash`)
