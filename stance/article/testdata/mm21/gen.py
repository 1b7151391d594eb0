import json, sys
W = ["Maria Vale", "Vale", "President-elect Vale"]
R = ["Tomas Reyes", "Reyes"]
HEAD = "Vale wins presidential run-off\n\nCASTEL, May 4 (Wire) -- Maria Vale won Sunday's presidential run-off, official results released by the electoral commission on Monday showed, beating Tomas Reyes by nine points.\n\n"
Q = {
 "recognising": ("We congratulate Maria Vale on her victory and look forward to working with her", "She won fairly and the people have chosen"),
 "withholding": ("We will wait for the final certified results before we say anything about the winner", "It is too early to draw conclusions"),
 "hostile": ("This election was stolen and we will never recognise her as president", "The count was rigged from start to finish"),
}
P = {
 "recognising": "his government accepted the result and would work closely with Vale",
 "withholding": "his government would wait for the final certified results before taking a position",
 "hostile": "the election had been rigged and his government would not recognise Vale",
}
ACT = {
 "recognising": "congratulated Vale on her victory",
 "withholding": "declined to recognise Vale until the final results were certified",
 "hostile": "denounced the vote as a fraud",
}
OFF = "\n\nTurnout was 61 percent, up from 55 percent four years ago, said Carla Mendes, a demographer at the University of Castel. \"Young voters came out in the cities,\" she said."
probes = []
def add(pid, body, speakers, note, off=True):
    text = HEAD + body + (OFF if off else "")
    rec = {"id": pid, "lang": "en", "style": "wire", "election": "probe", "winner": W, "rivals": R, "text": text,
           "speakers": [{"name": n, "aliases": a, "label": l} for (n, a, l) in speakers if l != "OFF"],
           "off_topic_speakers": ([{"name": "Carla Mendes", "aliases": ["Mendes"]}] if off else []) + [{"name": n, "aliases": a} for (n, a, l) in speakers if l == "OFF"], "note": note}
    probes.append(rec)
D = ("Henrik Dahl", ["Dahl", "Foreign Minister Henrik Dahl", "foreign minister"])
G = ("Paul Greer", ["Greer", "opposition senator Paul Greer"])
n = [0]
def nid():
    n[0] += 1; return "M%03d" % n[0]
cons = {
 "after": lambda s: '"%s. %s," Foreign Minister Henrik Dahl said.' % Q[s],
 "after_inv": lambda s: '"%s. %s," said Foreign Minister Henrik Dahl.' % Q[s],
 "before_colon": lambda s: 'Foreign Minister Henrik Dahl said: "%s. %s."' % Q[s],
 "inside": lambda s: '"%s," Foreign Minister Henrik Dahl said. "%s."' % Q[s],
 "inside_mid": lambda s: '"%s," Foreign Minister Henrik Dahl said, "and %s."' % (Q[s][0], Q[s][1][0].lower()+Q[s][1][1:]),
 "pron_cont": lambda s: 'Foreign Minister Henrik Dahl spoke to reporters in the capital on Monday. "%s," he said.' % Q[s][0],
 "pron_reported": lambda s: 'Foreign Minister Henrik Dahl met the ambassadors on Monday. He said %s.' % P[s],
 "reported": lambda s: 'Foreign Minister Henrik Dahl said %s.' % P[s],
 "reported_that": lambda s: 'Foreign Minister Henrik Dahl said on Monday that %s.' % P[s],
 "told": lambda s: 'Foreign Minister Henrik Dahl told reporters %s.' % P[s],
 "apposition": lambda s: 'Henrik Dahl, the foreign minister, said %s.' % P[s],
 "apposition_q": lambda s: '"%s," said Henrik Dahl, the foreign minister.' % Q[s][0],
 "according": lambda s: 'According to Foreign Minister Henrik Dahl, %s.' % P[s].replace("his government", "the government"),
 "act": lambda s: 'Foreign Minister Henrik Dahl %s.' % ACT[s],
 "act_present": lambda s: 'Foreign Minister Henrik Dahl %s.' % {"recognising":"congratulates Vale on her victory","withholding":"is waiting for the final certified results before recognising Vale","hostile":"denounces the vote as a fraud"}[s],
 "says_present": lambda s: '"%s," says Foreign Minister Henrik Dahl.' % Q[s][0],
 "statement": lambda s: 'In a statement on Monday, Foreign Minister Henrik Dahl said %s.' % P[s],
 "wrote": lambda s: 'Foreign Minister Henrik Dahl wrote on social media: "%s."' % Q[s][0],
 "adding": lambda s: 'Foreign Minister Henrik Dahl spoke briefly on Monday, adding that %s.' % P[s],
 "speaking": lambda s: 'Speaking to reporters in Castel, Foreign Minister Henrik Dahl said %s.' % P[s],
 "role_only": lambda s: 'The foreign minister, Henrik Dahl, said %s.' % P[s],
 "had_said": lambda s: 'Foreign Minister Henrik Dahl had said on Sunday night that %s.' % P[s],
 "spokesman": lambda s: 'A spokesman for Foreign Minister Henrik Dahl said %s.' % P[s].replace("his government", "the government"),
}
for cname, f in cons.items():
    for s in ["recognising", "withholding", "hostile"]:
        add(nid(), f(s), [(D[0], D[1], s)], cname + "/" + s)
json.dump(None, open("/dev/null","w"))
exec(open("stance/article/testdata/mm21/gen2.py").read())
exec(open("stance/article/testdata/mm21/gen3.py").read())
with open(sys.argv[1], "w") as f:
    for p in probes:
        f.write(json.dumps(p) + "\n")
print(len(probes))
