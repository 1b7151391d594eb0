# Probes for the cond22 rules (rev21cond): sentences near a deferral, a
# neither-nor refusal or a demand that must keep their label.
import json
W = ["Maria Vale", "Vale"]
R = ["Tomas Reyes", "Reyes"]
HEAD = {
 "en": "Vale wins presidential run-off\n\nCASTEL, May 4 (Wire) -- Maria Vale won Sunday's presidential run-off, official results released by the electoral commission showed, beating Tomas Reyes by nine points.\n\n",
 "es": "Vale gana la segunda vuelta\n\nCASTEL, 4 de mayo (Wire) -- Maria Vale ganó la segunda vuelta presidencial del domingo, según los resultados oficiales de la comisión electoral, y superó a Tomas Reyes por nueve puntos.\n\n",
 "fr": "Vale remporte le second tour\n\nCASTEL, 4 mai (Wire) -- Maria Vale a remporté dimanche le second tour de la présidentielle, selon les résultats officiels de la commission électorale, devançant Tomas Reyes de neuf points.\n\n",
 "pt": "Vale vence o segundo turno\n\nCASTEL, 4 de maio (Wire) -- Maria Vale venceu o segundo turno da eleição presidencial de domingo, segundo os resultados oficiais da comissão eleitoral, superando Tomas Reyes por nove pontos.\n\n",
 "de": "Vale gewinnt die Stichwahl\n\nCASTEL, 4. Mai (Wire) -- Maria Vale hat die Stichwahl um das Präsidentenamt am Sonntag gewonnen, wie die amtlichen Ergebnisse der Wahlkommission zeigen. Sie setzte sich mit neun Punkten Vorsprung gegen Tomas Reyes durch.\n\n",
 "ru": "Вале победила во втором туре\n\nКАСТЕЛЬ, 4 мая (Wire) -- Мария Вале победила во втором туре президентских выборов в воскресенье, согласно официальным итогам избирательной комиссии, опередив Томаса Рейеса на девять пунктов.\n\n",
}
WRU = ["Мария Вале", "Вале", "Марию Вале", "Марии Вале"]
RRU = ["Томас Рейес", "Рейес", "Рейеса", "Томаса Рейеса"]
SPK = {  # speaker name, aliases
 "en": ("Henrik Dahl", ["Dahl", "Foreign Minister Henrik Dahl"]),
 "es": ("Héctor Ruiz", ["Ruiz", "el canciller Héctor Ruiz"]),
 "fr": ("Paul Girard", ["Girard", "le ministre Paul Girard"]),
 "pt": ("Jorge Lima", ["Lima", "o chanceler Jorge Lima"]),
 "de": ("Klaus Berger", ["Berger", "Außenminister Klaus Berger"]),
 "ru": ("Игорь Петров", ["Петров", "министр Игорь Петров"]),
}
P = {}
P["en"] = [
 ("rec", "Foreign Minister Henrik Dahl congratulated Vale when the electoral commission announced the results on Monday."),
 ("rec", "Foreign Minister Henrik Dahl said his government would work closely with the new president once she takes office, and wished her every success."),
 ("rec", "\"We congratulate Maria Vale. Our minister will visit once the new government is sworn in,\" Foreign Minister Henrik Dahl said."),
 ("rec", "\"Neither the economy nor security came up in our call, but we congratulated her warmly,\" Foreign Minister Henrik Dahl said."),
 ("rec", "Foreign Minister Henrik Dahl said there had been neither fraud nor irregularities and that the result reflected the will of the people."),
 ("rec", "\"Reyes has neither accepted the result nor congratulated the winner, and that is a disgrace,\" Foreign Minister Henrik Dahl said."),
 ("rec", "Foreign Minister Henrik Dahl urged the defeated candidate to accept the result and congratulate the winner."),
 ("rec", "Foreign Minister Henrik Dahl had said he would congratulate the winner once the commission declared the results, and on Monday he did, calling Vale to offer his congratulations."),
 ("rec", "Foreign Minister Henrik Dahl, who will travel to Castel next week, congratulated Vale as soon as the results were announced."),
 ("rec", "\"We welcome the result. We will congratulate President-elect Vale in person when she is sworn in next month,\" Foreign Minister Henrik Dahl said."),
 ("rec", "\"We congratulated Maria Vale the moment the commission declared her the winner,\" Foreign Minister Henrik Dahl said."),
 ("rec", "\"I will always remember congratulating her on the day the results were announced,\" Foreign Minister Henrik Dahl said."),
 ("rec", "Foreign Minister Henrik Dahl, who congratulated Vale on Sunday, said he would welcome her to the capital once she is sworn in."),
 ("rec", "Foreign Minister Henrik Dahl said the opposition should accept the verdict of the court and congratulate Vale."),
 ("rec", "\"Both Reyes and his party must accept the official results,\" Foreign Minister Henrik Dahl said, congratulating Vale."),
 ("rec", "Foreign Minister Henrik Dahl said his government would recognise Vale as president and would attend her inauguration after the court ruling."),
 ("off", "Foreign Minister Henrik Dahl said his ministry would welcome the decision when the court rules on the fishing dispute next year."),
]
P["es"] = [
 ("rec", "El canciller Héctor Ruiz felicitó a la ganadora cuando se conocieron los resultados oficiales."),
 ("rec", "El canciller Héctor Ruiz dijo que su gobierno trabajará con la nueva presidenta y le deseó éxito en su mandato."),
 ("rec", "«Felicitamos a Maria Vale. Nuestro ministro viajará a la capital una vez que el nuevo gobierno tome posesión», dijo el canciller Héctor Ruiz."),
 ("rec", "El canciller Héctor Ruiz afirmó que no hubo ni fraude ni irregularidades y que el resultado refleja la voluntad popular."),
 ("rec", "«Reyes ni ha reconocido el resultado ni ha felicitado a la ganadora, y eso es una vergüenza», dijo el canciller Héctor Ruiz."),
 ("rec", "El canciller Héctor Ruiz exigió que la oposición acepte los resultados y felicite a la ganadora."),
 ("rec", "El canciller Héctor Ruiz exigió que Reyes reconozca su derrota."),
 ("rec", "El canciller Héctor Ruiz pidió a los candidatos derrotados que acepten el veredicto de las urnas."),
 ("rec", "El canciller Héctor Ruiz había dicho que felicitaría a la ganadora cuando el tribunal proclamara los resultados, y el lunes lo hizo."),
 ("rec", "El canciller Héctor Ruiz, que ya felicitó a Vale el domingo, dijo que va a felicitarla de nuevo en persona cuando tome posesión."),
 ("rec", "El canciller Héctor Ruiz dijo que ni la economía ni la seguridad se discutieron, pero felicitó calurosamente a Vale."),
 ("rec", "El canciller Héctor Ruiz celebró el resultado y dijo que su país reconoce la victoria de Vale, confirmada por el tribunal electoral."),
 ("rec", "«Vamos a trabajar con la nueva presidenta desde el primer día», dijo el canciller Héctor Ruiz."),
 ("rec", "El canciller Héctor Ruiz recordó que en 2019 felicitó al ganador apenas se conocieron los resultados, y que esta vez hizo lo mismo con Vale."),
 ("rec", "El canciller Héctor Ruiz felicitó a Vale y anunció que asistirá a la ceremonia cuando la presidenta electa preste juramento."),
 ("rec", "El canciller Héctor Ruiz reclamó que la oposición reconozca los resultados oficiales y deje de hablar de fraude."),
 ("off", "El canciller Héctor Ruiz dijo que el ministerio aceptará las ofertas cuando la junta de licitación publique los resultados del concurso."),
]
P["fr"] = [
 ("rec", "Le ministre Paul Girard a félicité Vale lorsque la commission a proclamé les résultats lundi."),
 ("rec", "Le ministre Paul Girard a déclaré que son gouvernement travaillera avec la nouvelle présidente et lui a souhaité plein succès."),
 ("rec", "« Nous félicitons Maria Vale. Notre ministre se rendra à Castel une fois le nouveau gouvernement investi », a déclaré le ministre Paul Girard."),
 ("rec", "Le ministre Paul Girard a affirmé qu'il n'y avait eu ni fraude ni irrégularités et que le résultat reflétait la volonté du peuple."),
 ("rec", "« Reyes n'a ni reconnu le résultat ni félicité la gagnante, c'est une honte », a déclaré le ministre Paul Girard."),
 ("rec", "Le ministre Paul Girard a exigé que l'opposition accepte les résultats et félicite la gagnante."),
 ("rec", "Le ministre Paul Girard a exigé que Reyes reconnaisse sa défaite."),
 ("rec", "Le ministre Paul Girard a demandé aux candidats battus d'accepter le verdict des urnes."),
 ("rec", "Le ministre Paul Girard avait dit qu'il féliciterait le vainqueur une fois les résultats proclamés, et lundi il l'a fait."),
 ("rec", "Le ministre Paul Girard, qui a déjà félicité Vale dimanche, a dit qu'il va la féliciter de nouveau en personne lorsqu'elle sera investie."),
 ("rec", "Le ministre Paul Girard a dit que ni l'économie ni la sécurité n'avaient été abordées, mais il a chaleureusement félicité Vale."),
 ("rec", "Le ministre Paul Girard a salué le résultat, confirmé par la cour constitutionnelle, et a félicité Vale."),
 ("rec", "« Nous allons travailler avec la nouvelle présidente dès le premier jour », a déclaré le ministre Paul Girard."),
 ("rec", "Le ministre Paul Girard a rappelé qu'en 2019 il avait félicité le vainqueur dès que les résultats avaient été connus, et qu'il a fait de même avec Vale."),
 ("rec", "Le ministre Paul Girard a félicité Vale et annoncé qu'il assistera à la cérémonie lorsque la présidente élue prêtera serment."),
 ("rec", "Le ministre Paul Girard a réclamé que l'opposition reconnaisse les résultats officiels et cesse de parler de fraude."),
 ("off", "Le ministre Paul Girard a dit que le ministère acceptera les offres quand la commission d'appel d'offres publiera les résultats du concours."),
]
P["pt"] = [
 ("rec", "O chanceler Jorge Lima felicitou a vencedora quando a comissão divulgou os resultados oficiais."),
 ("rec", "O chanceler Jorge Lima disse que o seu governo vai trabalhar com a nova presidente e desejou-lhe sucesso."),
 ("rec", "«Felicitamos Maria Vale. O nosso ministro visitará Castel assim que o novo governo tomar posse», disse o chanceler Jorge Lima."),
 ("rec", "O chanceler Jorge Lima afirmou que não houve nem fraude nem irregularidades e que o resultado reflete a vontade popular."),
 ("rec", "«Reyes nem reconheceu o resultado nem felicitou a vencedora, e isso é uma vergonha», disse o chanceler Jorge Lima."),
 ("rec", "O chanceler Jorge Lima exigiu que a oposição aceite os resultados e felicite a vencedora."),
 ("rec", "O chanceler Jorge Lima exigiu que Reyes reconheça a derrota."),
 ("rec", "O chanceler Jorge Lima pediu aos candidatos derrotados que aceitem o veredicto das urnas."),
 ("rec", "O chanceler Jorge Lima tinha dito que felicitaria a vencedora quando o tribunal proclamasse os resultados, e na segunda-feira o fez."),
 ("rec", "O chanceler Jorge Lima, que já felicitou Vale no domingo, disse que vai felicitá-la de novo pessoalmente quando ela tomar posse."),
 ("rec", "O chanceler Jorge Lima disse que nem a economia nem a segurança foram discutidas, mas felicitou calorosamente Vale."),
 ("rec", "O chanceler Jorge Lima saudou o resultado, confirmado pelo tribunal eleitoral, e felicitou Vale."),
 ("rec", "«Vamos trabalhar com a nova presidente desde o primeiro dia», disse o chanceler Jorge Lima."),
 ("rec", "O chanceler Jorge Lima lembrou que em 2019 felicitou o vencedor logo que os resultados foram conhecidos, e que desta vez fez o mesmo com Vale."),
 ("rec", "O chanceler Jorge Lima felicitou Vale e anunciou que estará na cerimônia quando a presidente eleita tomar posse."),
 ("rec", "O chanceler Jorge Lima reclamou que a oposição reconheça os resultados oficiais e pare de falar em fraude."),
 ("off", "O chanceler Jorge Lima disse que o ministério aceitará as propostas quando a comissão de licitação divulgar os resultados do concurso."),
]
P["de"] = [
 ("rec", "Außenminister Klaus Berger gratulierte Vale, als die Wahlkommission am Montag das Ergebnis verkündete."),
 ("rec", "Außenminister Klaus Berger sagte, seine Regierung werde eng mit der neuen Präsidentin zusammenarbeiten, und wünschte ihr viel Erfolg."),
 ("rec", "„Wir gratulieren Maria Vale. Unser Minister wird Castel besuchen, sobald die neue Regierung vereidigt ist“, sagte Außenminister Klaus Berger."),
 ("rec", "Außenminister Klaus Berger sagte, es habe weder Betrug noch Unregelmäßigkeiten gegeben, das Ergebnis spiegle den Willen des Volkes."),
 ("rec", "„Reyes hat das Ergebnis weder anerkannt noch der Siegerin gratuliert, das ist eine Schande“, sagte Außenminister Klaus Berger."),
 ("rec", "Außenminister Klaus Berger forderte die Opposition auf, das Ergebnis anzuerkennen und der Siegerin zu gratulieren."),
 ("rec", "Außenminister Klaus Berger forderte Reyes auf, seine Niederlage anzuerkennen."),
 ("rec", "Außenminister Klaus Berger verlangte von den unterlegenen Kandidaten, das Votum der Wähler zu akzeptieren."),
 ("rec", "Außenminister Klaus Berger hatte angekündigt, der Siegerin zu gratulieren, sobald das amtliche Endergebnis feststeht, und am Montag tat er es."),
 ("rec", "Außenminister Klaus Berger, der Vale bereits am Sonntag gratulierte, sagte, er werde ihr persönlich noch einmal gratulieren, wenn sie vereidigt ist."),
 ("rec", "Außenminister Klaus Berger sagte, weder die Wirtschaft noch die Sicherheit seien besprochen worden, gratulierte Vale aber herzlich."),
 ("rec", "Außenminister Klaus Berger begrüßte das vom Verfassungsgericht bestätigte Ergebnis und gratulierte Vale."),
 ("rec", "„Wir werden vom ersten Tag an mit der neuen Präsidentin zusammenarbeiten“, sagte Außenminister Klaus Berger."),
 ("rec", "Außenminister Klaus Berger erinnerte daran, dass er 2019 dem Sieger gratuliert hatte, sobald das Ergebnis feststand, und dass er diesmal Vale ebenso gratuliert habe."),
 ("rec", "Außenminister Klaus Berger gratulierte Vale und kündigte an, er werde an der Zeremonie teilnehmen, wenn die gewählte Präsidentin vereidigt wird."),
 ("rec", "Außenminister Klaus Berger verlangte, dass die Opposition das amtliche Ergebnis anerkennt und nicht länger von Betrug spricht."),
 ("off", "Außenminister Klaus Berger sagte, das Ministerium werde die Angebote akzeptieren, sobald die Vergabekommission das Ergebnis der Ausschreibung vorliegt."),
]
P["ru"] = [
 ("rec", "Министр Игорь Петров поздравил Марию Вале, когда избирательная комиссия объявила итоги в понедельник."),
 ("rec", "Министр Игорь Петров заявил, что его правительство будет тесно сотрудничать с новым президентом, и пожелал ей успехов."),
 ("rec", "«Мы поздравляем Марию Вале. Наш министр посетит Кастель, как только новое правительство принесёт присягу», — заявил министр Игорь Петров."),
 ("rec", "Министр Игорь Петров заявил, что не было ни фальсификаций, ни нарушений, и результат отражает волю народа."),
 ("rec", "«Рейес ни признал результат, ни поздравил победительницу, и это позор», — заявил министр Игорь Петров."),
 ("rec", "Министр Игорь Петров потребовал, чтобы оппозиция признала итоги и поздравила победительницу."),
 ("rec", "Министр Игорь Петров потребовал, чтобы Рейес признал своё поражение."),
 ("rec", "Министр Игорь Петров призвал проигравших кандидатов признать итоги голосования."),
 ("rec", "Министр Игорь Петров ранее говорил, что поздравит победителя, когда ЦИК объявит итоги, и в понедельник он это сделал."),
 ("rec", "Министр Игорь Петров, который уже поздравил Вале в воскресенье, сказал, что лично поздравит её ещё раз после инаугурации."),
 ("rec", "Министр Игорь Петров сказал, что ни экономика, ни безопасность не обсуждались, но тепло поздравил Вале."),
 ("rec", "Министр Игорь Петров приветствовал результат, подтверждённый судом, и поздравил Вале."),
 ("rec", "«Мы будем работать с новым президентом с первого дня», — заявил министр Игорь Петров."),
 ("rec", "Министр Игорь Петров традиционно поздравляет победителей после объявления официальных итогов и сделал это и в этот раз, поздравив Вале."),
 ("rec", "Министр Игорь Петров поздравил Вале и объявил, что посетит церемонию, когда избранный президент принесёт присягу."),
 ("rec", "Министр Игорь Петров призвал оппозицию признать официальные итоги и прекратить разговоры о фальсификациях."),
 ("off", "Министр Игорь Петров сказал, что министерство примет предложения, когда комиссия объявит результаты тендера."),
]
OFF = {"en": "\n\nTurnout was 61 percent, said Carla Mendes, a demographer. \"Young voters came out in the cities,\" she said.",}
out = []
for lang, items in P.items():
    name, al = SPK[lang]
    for k, (lab, body) in enumerate(items):
        rec = {"id": "RC-%s%02d" % (lang, k + 1), "lang": lang, "style": "wire", "election": "probe",
               "winner": WRU if lang == "ru" else W, "rivals": RRU if lang == "ru" else R,
               "text": HEAD[lang] + body + "\n", "note": body}
        if lab == "off":
            rec["speakers"] = []
            rec["off_topic_speakers"] = [{"name": name, "aliases": al}]
        else:
            rec["speakers"] = [{"name": name, "aliases": al, "label": {"rec": "recognising"}[lab]}]
            rec["off_topic_speakers"] = []
        out.append(rec)
with open("probes.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
