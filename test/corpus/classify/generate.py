#!/usr/bin/env python3
"""Generate the labelled classification corpus (corpus.jsonl).

Messages are assembled from hand-written English and French sentence pools:
patients' lay wording and clinicians' terms, several experiencers, negated,
hypothetical and historical red flags inside non-urgent mail, newsletters
and health-education mail that mention symptoms. A fixed seed makes the
output reproducible: `python3 generate.py > corpus.jsonl`.

Each line: {"id", "lang", "category", "urgent", "kind", "subject", "body"}.
"""
import json
import random
import sys

R = random.Random(20261129)

GREET = {
    "en": ["Hello,", "Hi,", "Dear Doctor,", "Good morning,", "Hi there,", "Dear team,", "Hello Dr Smith,", "To whom it may concern,", "", "Hey,"],
    "fr": ["Bonjour,", "Bonjour Docteur,", "Madame, Monsieur,", "Bonsoir,", "Bonjour à toute l'équipe,", "Cher Docteur,", "", "Salut,"],
}
CLOSE = {
    "en": ["Thanks,", "Thank you,", "Regards,", "Best wishes,", "Many thanks", "Sent from my phone", "Cheers", "Kind regards,\nJohn", "Sincerely,"],
    "fr": ["Merci,", "Cordialement,", "Bien à vous,", "Merci d'avance", "Bonne journée", "Envoyé de mon téléphone", "Salutations distinguées,", "Merci beaucoup"],
}
FILLER = {
    "en": ["My date of birth is 03/14/1962.", "My patient number is 4471239.", "You can reach me on my mobile.", "I am a patient of Dr Patel.",
           "Sorry for the long message.", "I tried calling but nobody picked up.", "My wife usually handles this.", "I hope this is the right address."],
    "fr": ["Je suis née le 12/04/1958.", "Mon numéro de dossier est le 5520931.", "Vous pouvez me joindre sur mon portable.", "Je suis suivie par le Dr Martin.",
           "Désolé pour ce long message.", "J'ai essayé d'appeler sans succès.", "C'est ma femme qui s'occupe de ça d'habitude.", "J'espère que c'est la bonne adresse."],
}

# ---- urgent (red flags, affirmed; various experiencers) ------------------
URGENT = {
    "en": [
        ("chest pain", "I have had a crushing pain in my chest for the last hour and it is going down my left arm."),
        ("Please help", "My dad is sweating and says his chest feels tight, like something heavy is sitting on it."),
        ("urgent", "I've got this pressure in my chest and I feel sick and clammy. What should I do?"),
        ("my husband", "My husband's face is drooping on one side and his words are all slurred. He was fine an hour ago."),
        ("Mum", "Mum suddenly can't lift her right arm and she is talking nonsense, she seems really confused."),
        ("help please", "My mother woke up and her speech is garbled, one side of her mouth is pulled down."),
        ("breathing", "I can't breathe properly, I'm gasping even sitting still and my lips look a bit blue."),
        ("son asthma", "My son's inhaler isn't helping, he is struggling to breathe and can't finish a sentence."),
        ("urgent - breathing", "Patient reports severe shortness of breath at rest since this morning, SpO2 86%."),
        ("I can't go on", "I don't want to be here anymore. I have been thinking about ending my life and I have the pills ready."),
        ("worried about my daughter", "My daughter told me she has been cutting herself and says she wants to die."),
        ("please read", "I keep thinking about killing myself. I don't know who else to tell."),
        ("overdose", "My flatmate took a whole box of paracetamol about two hours ago and now she's being sick."),
        ("child swallowed", "My toddler swallowed a button battery from the remote, what do I do??"),
        ("tablets", "My father has taken too many of his sleeping pills and we can't get a proper answer from him."),
        ("seizure", "My wife just had a seizure, she was shaking all over for about five minutes and is now very drowsy."),
        ("fit", "Our son had a fit at school today, his eyes rolled back and he was jerking, first time ever."),
        ("collapsed", "My grandfather collapsed in the kitchen and he is not responding when we talk to him."),
        ("passed out", "I passed out twice this morning and I feel like I'm going to faint again."),
        ("unconscious", "Found my brother unconscious on the floor, he won't wake up properly."),
        ("bleeding", "I cut my hand on glass and the bleeding won't stop, there is blood everywhere even with pressure."),
        ("vomiting blood", "I've been throwing up blood since last night and my stools are black."),
        ("coughing blood", "Dad is coughing up blood, quite a lot, and he looks very pale."),
        ("pregnant and bleeding", "I'm 10 weeks pregnant and I'm bleeding heavily with cramps."),
        ("allergic reaction", "My son ate something with peanuts, his lips and tongue are swelling and he's wheezing."),
        ("reaction", "After the new antibiotic my throat feels like it is closing and I've got hives everywhere."),
        ("bee sting", "My husband was stung and now his face is swollen and he says he can't breathe well. We have his EpiPen."),
        ("baby fever", "My 6 week old baby has a temperature of 38.4 and is very sleepy, not feeding well."),
        ("newborn", "Our newborn feels really hot, 38.6 on the thermometer, and she is floppy."),
        ("rash", "My little boy has a fever and a rash that doesn't fade when I press a glass on it."),
        ("stomach pain", "I have the worst stomach pain of my life, on the right side, I can't stand up straight."),
        ("abdominal pain", "My wife is doubled over in pain, her belly is hard and she keeps vomiting."),
        ("after my operation", "Since my operation last week the wound has gone red and hot, there is pus coming out and I have a fever of 38.9."),
        ("wound", "The incision looks swollen and is oozing yellow stuff, and since yesterday I've had chills and a high temperature."),
        ("headache", "I suddenly got the worst headache of my life, like being hit on the back of the head, and I threw up."),
        ("head injury", "My father fell and hit his head, now he is confused and has vomited twice. He takes blood thinners."),
        ("help", "My daughter is having an asthma attack and her inhaler is not working."),
        ("chest", "Radiating chest pain to the jaw, diaphoretic, started 40 minutes ago. Please advise urgently."),
        ("stroke?", "I think my neighbour is having a stroke, his arm is weak and his face looks lopsided."),
        ("not breathing right", "my baby is breathing really fast and sucking in under the ribs, he's gone a grey colour"),
        ("emergency", "My husband has chest pain and shortness of breath, we are waiting for the ambulance."),
        ("suicidal", "Patient expressed suicidal thoughts with a plan during today's phone call."),
    ],
    "fr": [
        ("douleur poitrine", "J'ai une douleur dans la poitrine qui serre très fort et qui descend dans le bras gauche depuis une heure."),
        ("Urgent", "Mon père transpire beaucoup et dit qu'il a comme un étau sur la poitrine."),
        ("aidez-moi", "J'ai une oppression dans la poitrine et je me sens très mal, j'ai des sueurs froides."),
        ("mon mari", "Mon mari a la bouche de travers et il parle bizarrement depuis ce matin."),
        ("ma mère", "Ma mère ne peut plus lever son bras droit et elle a du mal à trouver ses mots."),
        ("urgent avc ?", "Ma grand-mère a le visage qui tombe d'un côté et elle est confuse tout à coup."),
        ("respiration", "Je n'arrive plus à respirer correctement, je suis essoufflé même assis et mes lèvres sont bleues."),
        ("mon fils", "Mon fils fait une crise d'asthme, la ventoline ne fait aucun effet et il a du mal à respirer."),
        ("patient dyspnéique", "Patient présentant une détresse respiratoire avec saturation à 85 %."),
        ("je n'en peux plus", "Je n'ai plus envie de vivre, je pense à mettre fin à mes jours."),
        ("ma fille", "Ma fille de 15 ans se scarifie et elle m'a dit qu'elle voulait mourir."),
        ("idées noires", "J'ai des idées noires et j'ai peur de me faire du mal ce soir."),
        ("médicaments", "Mon colocataire a avalé toute une boîte de Doliprane il y a deux heures."),
        ("enfant a avalé", "Mon fils de 2 ans a avalé de l'eau de javel, il tousse et pleure."),
        ("surdosage", "Ma mère a pris trop de comprimés pour dormir, elle est très somnolente et difficile à réveiller."),
        ("convulsions", "Mon mari a fait une crise d'épilepsie, il a convulsé pendant plusieurs minutes."),
        ("crise", "Ma fille a fait des convulsions à la crèche, c'est la première fois."),
        ("malaise", "Mon grand-père s'est effondré dans le salon et il ne répond plus."),
        ("évanouie", "Je me suis évanouie deux fois ce matin et j'ai encore la tête qui tourne."),
        ("inconscient", "Mon frère est inconscient par terre, impossible de le réveiller."),
        ("saignement", "Je me suis coupé profondément avec un couteau et ça saigne abondamment, ça ne s'arrête pas."),
        ("vomi du sang", "J'ai vomi du sang cette nuit et mes selles sont noires."),
        ("sang", "Mon père crache du sang depuis ce matin, il est tout pâle."),
        ("enceinte", "Je suis enceinte de 9 semaines et je saigne beaucoup avec des douleurs."),
        ("allergie", "Mon fils a mangé des cacahuètes, ses lèvres gonflent et il respire mal."),
        ("réaction", "Depuis le nouvel antibiotique j'ai la gorge qui se serre et de l'urticaire partout."),
        ("piqûre de guêpe", "Mon mari s'est fait piquer par une guêpe, son visage a gonflé et il a du mal à respirer."),
        ("bébé fièvre", "Mon bébé de 5 semaines a 38,5 de fièvre et il ne boit plus son biberon."),
        ("nourrisson", "Notre nourrisson de 2 mois est brûlant, 38,7, et il est tout mou."),
        ("taches", "Mon petit garçon a de la fièvre et des taches violacées qui ne s'effacent pas."),
        ("mal au ventre", "J'ai une douleur atroce au ventre, en bas à droite, je suis pliée en deux."),
        ("douleur abdominale", "Ma femme a une douleur abdominale violente, son ventre est tout dur et elle vomit."),
        ("après mon opération", "Depuis mon opération, la cicatrice est rouge et chaude, elle suinte et j'ai 39 de fièvre."),
        ("cicatrice", "La plaie est gonflée avec du pus et depuis hier j'ai des frissons et de la température."),
        ("mal de tête", "J'ai eu d'un coup un mal de tête violent, le pire de ma vie, et j'ai vomi."),
        ("chute", "Mon père est tombé et s'est cogné la tête, il est confus et a vomi deux fois. Il prend des anticoagulants."),
        ("asthme", "Ma fille fait une crise d'asthme et son inhalateur ne marche pas, elle étouffe."),
        ("douleur thoracique", "Douleur thoracique constrictive irradiant à la mâchoire, sueurs, début il y a 30 minutes."),
        ("AVC ?", "Je crois que mon voisin fait un AVC, il a le bras tout faible et le visage déformé."),
        ("respire vite", "mon bébé respire très vite et il devient tout gris, aidez moi"),
        ("urgence", "Mon mari a mal à la poitrine et du mal à respirer, nous attendons le SAMU."),
        ("risque suicidaire", "Patiente ayant exprimé des idées suicidaires avec un scénario lors de l'appel de ce jour."),
    ],
}

# ---- non-urgent categories ----------------------------------------------
CAT = {
    "appointment": {
        "en": [
            ("Appointment request", "I would like to book an appointment with the dermatology clinic, any time next week works for me."),
            ("Reschedule", "Could I move my appointment on Thursday to the following week? Something came up at work."),
            ("cancel", "I need to cancel my visit tomorrow at 10am, sorry for the short notice."),
            ("can't make it", "I can't make my appointment on Monday, is there another slot available?"),
            ("booking", "Is there anything free for a cardiology consultation before the end of the month?"),
            ("MRI slot", "I was told to book an MRI scan, when is the earliest available date?"),
            ("new patient", "I'm a new patient and would like to see a doctor about my knee. How do I get an appointment?"),
            ("Re: your appointment", "Thanks for the reminder, I confirm I will attend on the 14th at 2pm."),
            ("running late", "I'm stuck in traffic and will be about 20 minutes late for my appointment."),
            ("waiting list", "Could you put me on the waiting list in case an earlier slot opens up?"),
            ("checkup", "I'd like to schedule my yearly check-up with Dr Lee, mornings are best."),
            ("time change", "Can we change the appointment time from morning to afternoon?"),
            ("my mother's appointment", "I am writing on behalf of my mother, she needs to rebook her eye clinic appointment."),
            ("vaccination", "Can I book my son in for his vaccinations during the school holidays?"),
        ],
        "fr": [
            ("Demande de rendez-vous", "Je souhaiterais prendre rendez-vous en dermatologie, je suis disponible la semaine prochaine."),
            ("Report", "Serait-il possible de décaler mon rendez-vous de jeudi à la semaine suivante ?"),
            ("annulation", "Je dois annuler ma consultation de demain 10h, désolé de prévenir tard."),
            ("empêchement", "Je ne pourrai pas venir lundi, auriez-vous un autre créneau ?"),
            ("rdv cardio", "Avez-vous une disponibilité pour une consultation de cardiologie avant la fin du mois ?"),
            ("IRM", "On m'a demandé de prendre rendez-vous pour une IRM, quelle est la première date possible ?"),
            ("nouveau patient", "Je suis nouveau patient et je voudrais voir un médecin pour mon genou."),
            ("confirmation", "Merci pour le rappel, je confirme ma présence le 14 à 14h."),
            ("retard", "Je suis dans les bouchons, j'aurai environ 20 minutes de retard à mon rendez-vous."),
            ("liste d'attente", "Pouvez-vous m'inscrire sur la liste d'attente si un créneau se libère plus tôt ?"),
            ("bilan annuel", "Je voudrais fixer un rendez-vous pour mon bilan annuel, plutôt le matin."),
            ("changement d'horaire", "Peut-on changer l'heure du rendez-vous pour l'après-midi ?"),
            ("rdv de ma mère", "J'écris pour ma mère qui doit reprogrammer sa consultation d'ophtalmologie."),
            ("vaccins", "Puis-je prendre un rendez-vous pour les vaccins de mon fils pendant les vacances ?"),
        ],
    },
    "prescription": {
        "en": [
            ("Refill", "I'm running low on my blood pressure tablets, could you send a repeat prescription to my pharmacy?"),
            ("prescription renewal", "My prescription for levothyroxine has expired, can Dr Brown renew it?"),
            ("inhaler", "I need a new inhaler, I've used up the last one. Can you send it to the chemist on Main Street?"),
            ("insulin", "I'll run out of insulin pens at the end of the week, please renew my prescription."),
            ("pharmacy issue", "The pharmacy says they didn't receive my e-prescription, could you resend it?"),
            ("medication question", "Can I take ibuprofen with my new blood thinner or should I stick to paracetamol?"),
            ("dose", "The pharmacist gave me 20mg instead of 10mg, which dose should I be on?"),
            ("generic", "Is there a generic version of my cholesterol medication? The brand is expensive."),
            ("side effects", "The new tablets make me a bit dizzy in the morning, should I take them at night instead?"),
            ("repeat meds", "Please could I have my usual repeat meds: metformin and atorvastatin."),
            ("antibiotics", "I finished the antibiotics but still have a cough, do I need another course?"),
            ("travel", "I'm going abroad for two months, can I get a longer supply of my medication?"),
        ],
        "fr": [
            ("Renouvellement", "Je suis presque à court de mes comprimés pour la tension, pourriez-vous renouveler mon ordonnance ?"),
            ("ordonnance", "Mon ordonnance de Levothyrox est expirée, le Dr Bernard peut-il la renouveler ?"),
            ("inhalateur", "J'ai besoin d'un nouvel inhalateur, pouvez-vous l'envoyer à la pharmacie ?"),
            ("insuline", "Je n'aurai plus de stylos d'insuline à la fin de la semaine, merci de renouveler l'ordonnance."),
            ("pharmacie", "La pharmacie n'a pas reçu mon ordonnance électronique, pourriez-vous la renvoyer ?"),
            ("question traitement", "Puis-je prendre de l'ibuprofène avec mon anticoagulant ou plutôt du paracétamol ?"),
            ("posologie", "Le pharmacien m'a délivré du 20 mg au lieu de 10 mg, quelle posologie dois-je suivre ?"),
            ("générique", "Existe-t-il un générique pour mon médicament contre le cholestérol ?"),
            ("effets secondaires", "Le nouveau traitement me donne un peu de vertiges le matin, puis-je le prendre le soir ?"),
            ("traitement habituel", "Pourriez-vous me faire l'ordonnance de mon traitement habituel : metformine et statine ?"),
            ("antibiotique", "J'ai fini les antibiotiques mais je tousse encore, faut-il continuer ?"),
            ("voyage", "Je pars deux mois à l'étranger, est-il possible d'avoir une ordonnance pour trois mois ?"),
        ],
    },
    "billing": {
        "en": [
            ("Invoice question", "I received an invoice for a visit that my insurance should have covered. Can you check?"),
            ("Charged twice", "My credit card was charged twice for the same appointment, please refund one payment."),
            ("payment plan", "I can't pay the full balance at once, is a payment plan possible?"),
            ("insurance claim", "Could you resubmit the claim to my insurer with the correct policy number?"),
            ("refund", "I overpaid my copay last month and would like a refund."),
            ("statement", "I don't understand the statement I got, what is the outstanding amount for?"),
            ("receipt", "Could you send me a receipt for my payment so I can claim it back?"),
            ("billing error", "The bill lists a procedure I never had, I think there's a billing error."),
            ("cost estimate", "How much will the procedure cost if I'm paying out of pocket?"),
            ("direct debit", "I'd like to set up a direct debit for my monthly payments."),
            ("Medicare", "Is this test covered by Medicare or will I get a bill?"),
        ],
        "fr": [
            ("Question facture", "J'ai reçu une facture pour une consultation qui devait être prise en charge par ma mutuelle."),
            ("Débité deux fois", "Ma carte bancaire a été débitée deux fois pour le même rendez-vous, merci de me rembourser."),
            ("échéancier", "Je ne peux pas régler la totalité en une fois, un paiement en plusieurs fois est-il possible ?"),
            ("mutuelle", "Pourriez-vous renvoyer la demande de prise en charge à ma mutuelle ?"),
            ("remboursement", "J'ai payé deux fois le dépassement d'honoraires, je souhaiterais un remboursement."),
            ("relance", "J'ai reçu une relance mais je pensais avoir déjà réglé ce montant."),
            ("feuille de soins", "Pouvez-vous m'envoyer la feuille de soins pour que l'assurance maladie me rembourse ?"),
            ("erreur de facturation", "La facture mentionne un acte que je n'ai jamais eu, il doit y avoir une erreur."),
            ("devis", "Pourriez-vous m'envoyer un devis pour l'intervention, avec le reste à charge ?"),
            ("prélèvement", "Je souhaite mettre en place un prélèvement pour mes paiements mensuels."),
            ("tiers payant", "Le tiers payant n'a pas été appliqué, j'ai dû avancer les frais."),
        ],
    },
    "followup": {
        "en": [
            ("After my discharge", "I was discharged on Friday after my hip replacement. When should I come back for the follow-up visit?"),
            ("stitches", "When can the stitches be taken out? It has been ten days since the procedure."),
            ("results", "Have my blood test results come back yet? I had them done last Tuesday."),
            ("wound care", "How often should I change the dressing on my wound, and can I shower?"),
            ("biopsy results", "I'm anxious to hear about my biopsy results, is there any news?"),
            ("physio", "After my knee surgery I was told I'd get physiotherapy, who do I contact?"),
            ("recovery", "Recovery is going well, the scar looks clean. Do I still need the follow-up appointment?"),
            ("discharge letter", "My GP hasn't received the discharge summary from my stay, could you send it?"),
            ("x-ray results", "Could someone go over my x-ray results with me over the phone?"),
            ("staples", "The nurse said the staples come out after two weeks, should I book that with you?"),
            ("post-op check", "I have my post-op check next week, should I bring anything?"),
        ],
        "fr": [
            ("Suivi après ma sortie", "Je suis sorti vendredi après ma prothèse de hanche, quand dois-je revenir pour le contrôle ?"),
            ("points de suture", "Quand peut-on retirer les points de suture ? Cela fait dix jours."),
            ("résultats", "Mes résultats de prise de sang sont-ils arrivés ? Je l'ai faite mardi dernier."),
            ("pansement", "À quelle fréquence dois-je changer le pansement et puis-je me doucher ?"),
            ("résultats biopsie", "J'attends avec inquiétude les résultats de ma biopsie, avez-vous des nouvelles ?"),
            ("rééducation", "Après mon opération du genou on m'a parlé de rééducation, qui dois-je contacter ?"),
            ("convalescence", "La convalescence se passe bien, la cicatrice est propre. Ai-je encore besoin du rendez-vous de suivi ?"),
            ("compte-rendu", "Mon médecin traitant n'a pas reçu le compte-rendu d'hospitalisation, pouvez-vous l'envoyer ?"),
            ("résultats radio", "Quelqu'un pourrait-il m'expliquer les résultats de ma radio par téléphone ?"),
            ("agrafes", "L'infirmière a dit que les agrafes seraient retirées après deux semaines, dois-je prendre rendez-vous ?"),
            ("contrôle post-opératoire", "J'ai mon contrôle post-opératoire la semaine prochaine, dois-je apporter quelque chose ?"),
        ],
    },
    "other": {
        "en": [
            ("Parking", "Where can visitors park at the weekend? The car park barrier didn't accept my ticket."),
            ("visiting hours", "What are the visiting hours on the maternity ward?"),
            ("thank you", "I just wanted to say thank you to the nurses on ward 5 for looking after my father."),
            ("job application", "I'm interested in the nursing vacancy advertised on your website."),
            ("lost property", "I think I left my glasses in the waiting room yesterday, do you have a lost and found?"),
            ("volunteering", "How can I volunteer at the hospital a few hours a week?"),
            ("wifi", "Is there wifi for patients in the day surgery unit?"),
            ("records", "I'd like a copy of my medical records for my new GP."),
            ("complaint", "I want to make a complaint about the rude receptionist at the front desk."),
        ],
        "fr": [
            ("Parking", "Où peut-on se garer le week-end ? La barrière du parking n'a pas accepté mon ticket."),
            ("horaires de visite", "Quels sont les horaires de visite en maternité ?"),
            ("remerciements", "Je voulais remercier les infirmières du service 5 pour leur gentillesse avec mon père."),
            ("candidature", "Je suis intéressée par l'offre d'emploi d'infirmière publiée sur votre site."),
            ("objet perdu", "J'ai oublié mes lunettes dans la salle d'attente hier, avez-vous un service des objets trouvés ?"),
            ("bénévolat", "Comment devenir bénévole à l'hôpital quelques heures par semaine ?"),
            ("wifi", "Y a-t-il le wifi pour les patients en chirurgie ambulatoire ?"),
            ("dossier médical", "Je souhaiterais obtenir une copie de mon dossier médical pour mon nouveau médecin."),
            ("réclamation", "Je souhaite faire une réclamation concernant l'accueil au standard."),
        ],
    },
}

# ---- context sentences that must NOT make mail urgent --------------------
NEGATED = {
    "en": ["No fever, no chest pain and no shortness of breath.", "I don't have any chest pain or trouble breathing.",
           "The wound looks clean and there is no bleeding.", "He denies chest pain.", "She has not had any seizures since the new dose.",
           "I haven't had any bleeding, just some bruising.", "There's no swelling of the lips or throat.", "No vomiting blood, just mild nausea.",
           "Chest pain has been ruled out by the cardiologist.", "No increase in pain, it's about the same, and no fever.",
           "The fainting spells have gone away since I changed tablets."],
    "fr": ["Pas de fièvre, pas de douleur thoracique ni d'essoufflement.", "Je n'ai pas de douleur dans la poitrine ni de difficulté à respirer.",
           "La cicatrice est propre, aucun saignement.", "Il ne présente pas de douleur thoracique.", "Elle n'a pas refait de convulsions depuis le changement de dose.",
           "Je n'ai eu aucun saignement, juste un bleu.", "Pas de gonflement des lèvres ni de la gorge.", "Sans fièvre ni vomissements de sang.",
           "La douleur thoracique a été écartée par le cardiologue.", "Pas de doute que ça va mieux, et pas de fièvre.",
           "Les malaises ont disparu depuis le changement de traitement."],
}
HYPOTHETICAL = {
    "en": ["If you have chest pain or difficulty breathing before your visit, call 911.", "If you notice any signs of a stroke, such as face drooping, call 999 immediately.",
           "Should you develop a high fever or heavy bleeding after the procedure, go to the emergency department.",
           "In case of severe allergic reaction, use your EpiPen and call an ambulance.", "Watch for signs of wound infection like redness, pus or fever.",
           "If the pain gets severe or you start vomiting blood, seek urgent care."],
    "fr": ["Si vous avez une douleur thoracique ou du mal à respirer avant la consultation, appelez le 15.",
           "En cas de signes d'AVC, comme une paralysie du visage, appelez immédiatement le 15.",
           "Si vous présentez une fièvre ou un saignement abondant après l'examen, rendez-vous aux urgences.",
           "En cas de réaction allergique grave, utilisez votre stylo d'adrénaline.", "Surveillez les signes d'infection de la cicatrice : rougeur, pus, fièvre.",
           "Si la douleur devient violente ou si vous vomissez du sang, consultez en urgence."],
}
HISTORICAL = {
    "en": ["I have a history of stroke, which is why I take apixaban.", "My father had a heart attack years ago and is on aspirin.",
           "She had seizures as a child but nothing since.", "Past medical history of pulmonary embolism in 2015."],
    "fr": ["J'ai des antécédents d'AVC, c'est pour ça que je prends un anticoagulant.", "Mon père a fait un infarctus il y a 10 ans et prend du Kardegic.",
           "Elle a fait des convulsions quand elle était petite, plus rien depuis.", "Antécédents d'embolie pulmonaire en 2015."],
}

NEWSLETTERS = {
    "en": [
        ("Heart Health Month newsletter", "This month's newsletter: know the signs of a heart attack. Chest pain, shortness of breath and pain spreading to the arm are warning signs. Learn more on our website.\n\nYou are receiving this email because you subscribed. Unsubscribe here."),
        ("Stroke awareness week", "Stroke awareness week: remember FAST. Face drooping, Arm weakness, Speech difficulty, Time to call 999. Join our free webinar on Thursday.\n\nManage your preferences or unsubscribe."),
        ("Your health tips: summer edition", "Health tips for the heat: dehydration can cause fainting and confusion in older people. Did you know that children can also suffer heatstroke? Read more in our summer edition."),
        ("Patient education: asthma", "Patient education leaflet: an asthma attack can cause breathlessness and wheezing. Read more about your action plan. To unsubscribe from this mailing list, click here."),
        ("Mental health awareness", "World Mental Health Day: talking about suicidal thoughts saves lives. Our workshop on Friday covers warning signs and support. Learn more and register."),
        ("Newsletter: allergy season", "Allergy season is here. Severe allergic reactions such as throat swelling need emergency care. Did you know most reactions are mild? Read more in this issue."),
        ("Flu campaign", "Our flu vaccination campaign starts next week. High fever in infants should always be checked. Learn more about the campaign on our site.\n\nUnsubscribe"),
        ("Seminar invitation", "Free public talk on epilepsy: what to do when someone has a seizure. Health education seminar, Tuesday 6pm, main hall. Learn more online."),
    ],
    "fr": [
        ("Lettre d'information - cœur", "Dans cette lettre d'information : reconnaître l'infarctus. Une douleur dans la poitrine, un essoufflement ou une douleur dans le bras sont des signes d'alerte. En savoir plus sur notre site.\n\nPour vous désabonner, cliquez ici."),
        ("Semaine de l'AVC", "Campagne de sensibilisation AVC : visage paralysé, bras inerte, trouble de la parole, appelez le 15. Inscrivez-vous à notre webinaire de jeudi.\n\nSe désabonner"),
        ("Conseils santé de l'été", "Conseils santé : la chaleur peut provoquer des malaises et une confusion chez les personnes âgées. Le saviez-vous ? Les enfants aussi sont à risque. Lire la suite."),
        ("Éducation thérapeutique asthme", "Atelier d'éducation thérapeutique : une crise d'asthme peut entraîner un essoufflement important. En savoir plus sur le plan d'action. Pour vous désinscrire de cette liste, cliquez ici."),
        ("Journée mondiale de la santé mentale", "Journée mondiale de la santé mentale : parler des idées suicidaires sauve des vies. Notre conférence de vendredi aborde les signes d'alerte. En savoir plus."),
        ("Newsletter allergies", "La saison des allergies commence. Un gonflement de la gorge nécessite une prise en charge en urgence. Le saviez-vous ? La plupart des réactions sont bénignes. Lire la suite dans ce numéro."),
        ("Campagne de vaccination", "Notre campagne de vaccination contre la grippe commence. La fièvre chez le nourrisson doit toujours être surveillée. En savoir plus sur la campagne.\n\nSe désabonner"),
        ("Conférence épilepsie", "Conférence grand public : que faire face à une crise d'épilepsie ? Soirée d'éducation à la santé, mardi 18h. En savoir plus en ligne."),
    ],
}


# ---- held-out set: written after the lexicons were tuned on the corpus
# above and measured once; `generate.py --holdout > holdout.jsonl`.
HOLDOUT = [
    ("en", "clinical_urgent", True, "Dad", "Dad is grey and sweaty and keeps rubbing his chest, says it feels like a band tightening."),
    ("en", "clinical_urgent", True, "", "my girlfriend took a load of her antidepressants after we argued, she's really drowsy"),
    ("en", "clinical_urgent", True, "help!!", "Grandma's speech went funny all of a sudden and she dropped her cup, her right hand won't grip."),
    ("en", "clinical_urgent", True, "question", "Is it normal to cough up bright red blood after the biopsy? It's quite a lot."),
    ("en", "clinical_urgent", True, "son", "My 8 week old son has felt hot all evening, thermometer says 38.2"),
    ("en", "clinical_urgent", True, "", "I feel like I can't get enough air and my heart is racing, I'm scared."),
    ("en", "clinical_urgent", True, "wife", "My wife fainted in the shower and hit her head, she's awake now but confused."),
    ("en", "clinical_urgent", True, "after surgery", "Ten days after my C-section the scar is red, hot and leaking, and I'm shivering with a fever."),
    ("en", "clinical_urgent", True, "", "He's been having fits one after another for the last 10 minutes."),
    ("en", "clinical_urgent", True, "RE: appointment", "I have an appointment on Friday but since lunch I've had terrible pain in my belly and I can't stop being sick."),
    ("en", "clinical_urgent", True, "", "I just want it all to end. I've written letters to my kids."),
    ("en", "clinical_urgent", True, "peanut", "The kids' friend had a cookie with nuts and now her face is puffing up and she's wheezing."),
    ("en", "appointment", False, "Next week", "Would Tuesday afternoon work for my daughter's ENT visit instead of Monday?"),
    ("en", "appointment", False, "", "Please cancel my mammogram booking for the 3rd, I'll rebook later."),
    ("en", "prescription", False, "meds", "Could the doctor send a new script for my ventolin? I'm on my last one."),
    ("en", "prescription", False, "", "My chemist is out of stock of my sertraline, can you prescribe an alternative?"),
    ("en", "billing", False, "bill", "Why was I charged a late fee? I paid the invoice on time by bank transfer."),
    ("en", "billing", False, "", "My insurer rejected the claim, could you send me an itemised bill?"),
    ("en", "followup", False, "", "It's been a week since my discharge and the wound is healing nicely, no redness. When are the staples removed?"),
    ("en", "followup", False, "results", "Any update on my MRI results from last week?"),
    ("en", "followup", False, "", "No chest pain since the stent was put in, just some tiredness. Is that expected during recovery?"),
    ("en", "prescription", False, "", "I had a stroke in 2019 and take clopidogrel. Can I get a refill before I travel?"),
    ("en", "appointment", False, "your visit", "Your appointment is confirmed for 3 May. If you experience chest pain or shortness of breath before then, call 911."),
    ("en", "other", False, "Community health bulletin", "Spring edition: learn how to spot sepsis and what to do if someone collapses. Free workshop in the library. Unsubscribe at any time."),
    ("en", "other", False, "", "Could you tell me where the chapel is and whether visitors can use the cafeteria?"),
    ("fr", "clinical_urgent", True, "papa", "Papa est tout gris, il transpire et se tient la poitrine, il dit que ça serre."),
    ("fr", "clinical_urgent", True, "", "ma copine a pris plein de cachets après notre dispute, elle dort à moitié"),
    ("fr", "clinical_urgent", True, "vite", "Mamie parle bizarrement d'un coup et sa main droite ne tient plus rien."),
    ("fr", "clinical_urgent", True, "question", "Est-ce normal de cracher du sang rouge après la biopsie ? Il y en a pas mal."),
    ("fr", "clinical_urgent", True, "bébé", "Mon fils de 7 semaines est chaud depuis ce soir, 38,3 au thermomètre."),
    ("fr", "clinical_urgent", True, "", "J'ai l'impression de manquer d'air et mon cœur s'emballe, j'ai peur."),
    ("fr", "clinical_urgent", True, "ma femme", "Ma femme s'est évanouie dans la douche et s'est cogné la tête, elle est réveillée mais confuse."),
    ("fr", "clinical_urgent", True, "après la césarienne", "Dix jours après ma césarienne la cicatrice est rouge, chaude et coule, et j'ai de la fièvre avec des frissons."),
    ("fr", "clinical_urgent", True, "", "Il enchaîne les convulsions depuis dix minutes."),
    ("fr", "clinical_urgent", True, "RE : rendez-vous", "J'ai rendez-vous vendredi mais depuis midi j'ai une douleur atroce au ventre et je vomis sans arrêt."),
    ("fr", "clinical_urgent", True, "", "Je veux que tout s'arrête. J'ai écrit des lettres à mes enfants."),
    ("fr", "clinical_urgent", True, "arachide", "La copine de ma fille a mangé un gâteau aux noix et maintenant son visage gonfle et elle respire mal."),
    ("fr", "appointment", False, "semaine prochaine", "Mardi après-midi serait-il possible pour la consultation ORL de ma fille au lieu de lundi ?"),
    ("fr", "appointment", False, "", "Merci d'annuler ma mammographie du 3, je reprendrai rendez-vous plus tard."),
    ("fr", "prescription", False, "médicaments", "Le médecin peut-il me refaire une ordonnance de Ventoline ? J'en suis à ma dernière."),
    ("fr", "prescription", False, "", "Ma pharmacie est en rupture de sertraline, pouvez-vous prescrire autre chose ?"),
    ("fr", "billing", False, "facture", "Pourquoi des frais de retard ? J'ai payé la facture à temps par virement."),
    ("fr", "billing", False, "", "Ma mutuelle a refusé le remboursement, pourriez-vous m'envoyer une facture détaillée ?"),
    ("fr", "followup", False, "", "Une semaine après ma sortie, la cicatrice est belle, pas de rougeur. Quand retire-t-on les agrafes ?"),
    ("fr", "followup", False, "résultats", "Avez-vous du nouveau pour les résultats de mon IRM de la semaine dernière ?"),
    ("fr", "followup", False, "", "Plus de douleur thoracique depuis la pose du stent, juste de la fatigue. Est-ce normal pendant la convalescence ?"),
    ("fr", "prescription", False, "", "J'ai fait un AVC en 2019 et je prends du clopidogrel. Puis-je avoir mon renouvellement avant de partir ?"),
    ("fr", "appointment", False, "votre rendez-vous", "Votre rendez-vous est confirmé le 3 mai. En cas de douleur thoracique ou d'essoufflement d'ici là, appelez le 15."),
    ("fr", "other", False, "Bulletin santé du quartier", "Édition de printemps : savoir reconnaître un sepsis et que faire si quelqu'un fait un malaise. Atelier gratuit à la médiathèque. Se désabonner à tout moment."),
    ("fr", "other", False, "", "Pourriez-vous m'indiquer où se trouve la chapelle et si les visiteurs ont accès à la cafétéria ?"),
]

# ---- second held-out set, written after the first one had been used for
# tuning; measured once, not tuned on: `generate.py --holdout2`.
HOLDOUT2 = [
    ("en", "clinical_urgent", True, "", "Mum keeps saying her chest is burning and she's gone really pale and clammy, she's 78."),
    ("en", "clinical_urgent", True, "urgent pls", "My brother's mouth is twisted and he can't get his words out properly."),
    ("en", "clinical_urgent", True, "", "I'm wheezing and can barely breathe, my inhaler does nothing."),
    ("en", "clinical_urgent", True, "worried", "My teenage son said he wants to kill himself and locked himself in his room."),
    ("en", "clinical_urgent", True, "", "The toddler got into the cupboard and drank some drain cleaner."),
    ("en", "clinical_urgent", True, "seizure", "My partner is convulsing on the floor right now and won't respond."),
    ("en", "clinical_urgent", True, "", "Found Dad slumped in his chair, we can't wake him."),
    ("en", "clinical_urgent", True, "", "There's blood pouring from the cut on his leg and it won't stop."),
    ("en", "clinical_urgent", True, "allergy", "I think I'm having an anaphylactic reaction to the shellfish, my tongue is swollen."),
    ("en", "clinical_urgent", True, "", "Our 4 week old has a fever and is hardly feeding."),
    ("en", "clinical_urgent", True, "", "Severe pain in my lower right abdomen since this morning, can't walk straight."),
    ("en", "clinical_urgent", True, "knee op wound", "The wound from my knee op is oozing pus and red all around, and my temperature is 39."),
    ("en", "appointment", False, "", "Hi, could I get an earlier slot with the physio? The current one is in six weeks."),
    ("en", "prescription", False, "", "Please renew my blood pressure medication, I only have three days left."),
    ("en", "billing", False, "", "I still haven't received the refund for the cancelled procedure."),
    ("en", "followup", False, "", "Just checking in after my gallbladder operation, the wound looks fine and I have no fever."),
    ("en", "followup", False, "", "Can you tell me if my biopsy came back okay?"),
    ("en", "other", False, "", "Is there a cash machine in the hospital?"),
    ("en", "other", False, "Heart month tips", "Did you know? Chest pain is not the only heart attack symptom. Read more in our newsletter. Unsubscribe."),
    ("en", "appointment", False, "", "If you feel short of breath on the day, please call us before coming to your appointment."),
    ("fr", "clinical_urgent", True, "", "Maman dit que sa poitrine brûle et elle est devenue toute pâle et moite, elle a 78 ans."),
    ("fr", "clinical_urgent", True, "urgent svp", "Mon frère a la bouche tordue et il n'arrive pas à sortir ses mots."),
    ("fr", "clinical_urgent", True, "", "Je siffle et j'arrive à peine à respirer, mon inhalateur ne fait rien."),
    ("fr", "clinical_urgent", True, "inquiète", "Mon fils ado a dit qu'il voulait se tuer et s'est enfermé dans sa chambre."),
    ("fr", "clinical_urgent", True, "", "Le petit a ouvert le placard et a bu du déboucheur."),
    ("fr", "clinical_urgent", True, "crise", "Mon conjoint convulse par terre en ce moment et ne répond pas."),
    ("fr", "clinical_urgent", True, "", "On a trouvé papa affalé dans son fauteuil, impossible de le réveiller."),
    ("fr", "clinical_urgent", True, "", "Le sang coule à flots de la coupure à sa jambe et ça ne s'arrête pas."),
    ("fr", "clinical_urgent", True, "allergie", "Je crois que je fais un choc anaphylactique aux fruits de mer, ma langue a gonflé."),
    ("fr", "clinical_urgent", True, "", "Notre bébé de 4 semaines a de la fièvre et ne boit presque plus."),
    ("fr", "clinical_urgent", True, "", "Douleur intense en bas à droite du ventre depuis ce matin, je ne peux pas marcher droit."),
    ("fr", "clinical_urgent", True, "plaie genou", "La plaie de mon opération du genou suinte du pus, c'est rouge tout autour, et j'ai 39 de température."),
    ("fr", "appointment", False, "", "Bonjour, pourrais-je avoir un créneau plus tôt avec le kiné ? L'actuel est dans six semaines."),
    ("fr", "prescription", False, "", "Merci de renouveler mon traitement pour la tension, il ne me reste que trois jours."),
    ("fr", "billing", False, "", "Je n'ai toujours pas reçu le remboursement de l'intervention annulée."),
    ("fr", "followup", False, "", "Je donne des nouvelles après mon opération de la vésicule, la plaie est belle et je n'ai pas de fièvre."),
    ("fr", "followup", False, "", "Pouvez-vous me dire si ma biopsie est revenue normale ?"),
    ("fr", "other", False, "", "Y a-t-il un distributeur de billets dans l'hôpital ?"),
    ("fr", "other", False, "Conseils cœur du mois", "Le saviez-vous ? La douleur thoracique n'est pas le seul signe d'infarctus. Lire la suite dans notre lettre d'information. Se désabonner."),
    ("fr", "appointment", False, "", "Si vous êtes essoufflé le jour J, merci de nous appeler avant de venir à votre rendez-vous."),
]


# ---- third held-out set, written before the lexicon broadening from
# published triage guidance and measured before and after it only, never
# tuned on: `generate.py --holdout3 > holdout3.jsonl`. Lay and SMS wording,
# missing accents, other experiencers, and non-urgent traps (negated,
# hypothetical and historical red flags, leaflets, vendors, EpiPen refills).
HOLDOUT3 = [
    ("en", "clinical_urgent", True, "", "It feels like an elephant is sitting on my chest and my left arm is tingling."),
    ("en", "clinical_urgent", True, "husband", "My husband has had a heavy squeezing in the middle of his chest for 30 mins, he's sweating buckets and his spray didn't help."),
    ("en", "clinical_urgent", True, "", "pain in chest wont go away n its going into my jaw what do i do"),
    ("en", "clinical_urgent", True, "mum", "my mums face has dropped on one side and shes dribbling, she cant lift her left arm"),
    ("en", "clinical_urgent", True, "", "Dad woke up and his words are all jumbled, he's talking but nothing he says makes sense."),
    ("en", "clinical_urgent", True, "", "Got the worst headache of my life out of nowhere while lifting weights and now I'm throwing up."),
    ("en", "clinical_urgent", True, "eye", "I suddenly can't see out of my right eye, it's like a curtain came down over it."),
    ("en", "clinical_urgent", True, "", "cant breathe properly lips going blue pls help"),
    ("en", "clinical_urgent", True, "my son", "My 2yo is struggling to breathe, you can see his ribs sucking in with every breath."),
    ("en", "clinical_urgent", True, "", "i dont see the point anymore. ive saved up my pills and im going to take them all tonight"),
    ("en", "clinical_urgent", True, "flatmate", "My flatmate just texted me goodbye and said she's sorry for everything, she isn't answering her phone."),
    ("en", "clinical_urgent", True, "", "My 3 year old got into grandma's bag and ate some of her heart tablets, we don't know how many."),
    ("en", "clinical_urgent", True, "", "I took about 30 paracetamol last night and now I'm scared."),
    ("en", "clinical_urgent", True, "help", "My daughter is shaking all over and her eyes have rolled back, it's been going on for 5 minutes."),
    ("en", "clinical_urgent", True, "", "Grandad collapsed in the garden and he's not responding to us."),
    ("en", "clinical_urgent", True, "pregnant", "I'm 10 weeks pregnant and bleeding heavily with bad cramps."),
    ("en", "clinical_urgent", True, "", "Been throwing up since this morning and it looks like coffee grounds."),
    ("en", "clinical_urgent", True, "wasp", "Got stung by a wasp and now my throat feels tight and I'm covered in hives."),
    ("en", "clinical_urgent", True, "", "my 6 week old is burning up, temp 38.6 and very sleepy"),
    ("en", "clinical_urgent", True, "", "Agonising pain in my stomach, I can't stand up straight, it's been going on for 3 hours."),
    ("en", "clinical_urgent", True, "hip", "Had my hip replaced 2 weeks ago and now my calf is swollen and really painful."),
    ("en", "clinical_urgent", True, "", "Since the op my wound is hot and weeping yellow stuff and I'm feverish and shivery."),
    ("en", "appointment", False, "Thursday", "Hi, can I move my appointment on Thursday to next week? Something's come up at work."),
    ("en", "appointment", False, "", "I need to book in for my smear test, do you have anything in the evenings?"),
    ("en", "appointment", False, "", "Just to confirm I'm coming to my cardiology appointment on Monday. No chest pains since I started the new tablets."),
    ("en", "prescription", False, "", "can u send my repeat prescription to Boots on the high street pls, running out of my inhaler"),
    ("en", "prescription", False, "insulin", "The pharmacy says my insulin prescription has expired, can the doctor renew it?"),
    ("en", "prescription", False, "", "The leaflet for my new tablets says to stop them if I get swelling of the lips or tongue. Is it ok to take them with ibuprofen?"),
    ("en", "billing", False, "invoice", "I got an invoice for 85 pounds but my insurance should have covered it, can you check?"),
    ("en", "billing", False, "", "How do I pay my bill online? The link in the letter doesn't work."),
    ("en", "billing", False, "", "I was charged twice for the same consultation, please refund one of them."),
    ("en", "followup", False, "", "When will my blood test results be back? I had them done last Tuesday."),
    ("en", "followup", False, "stitches", "My stitches are due out on Friday, do I go to the practice nurse or the hospital?"),
    ("en", "followup", False, "", "Two weeks post-op, the wound looks clean, no fever, no redness or discharge. Should I keep the dressing on?"),
    ("en", "followup", False, "", "I had a heart attack three years ago and the cardiologist wants a follow-up echo, has it been arranged?"),
    ("en", "other", False, "Heart Month newsletter", "Know the signs of a heart attack: chest pain, breathlessness, a cold sweat. Call 999 if you notice them. Read more on our website. Unsubscribe here."),
    ("en", "other", False, "", "Where can I park for the outpatient clinic? Is the multi-storey free for blue badge holders?"),
    ("en", "other", False, "", "I'm applying for the staff nurse vacancy on ward 7, who should I send my CV to?"),
    ("en", "other", False, "portal", "The patient portal won't let me log in, it keeps saying my password is wrong."),
    ("en", "other", False, "Infusion pumps", "Dear procurement team, please find attached our offer for replacement infusion pumps and a demo date."),
    ("en", "other", False, "", "Thank you to the nurses who looked after my dad when he had his stroke last year, you were amazing."),
    ("en", "prescription", False, "", "Can we get a second EpiPen prescribed for school? He has a peanut allergy and they want one in case he has a reaction."),
    ("en", "prescription", False, "", "My chest infection isn't getting better after the antibiotics, can I have a different course?"),
    ("en", "prescription", False, "", "Mum had a fall last week but didn't hit her head and wasn't knocked out. Can her GP review her blood pressure tablets?"),
    ("fr", "clinical_urgent", True, "", "g mal a la poitrine sa serre fort et sa descend dans le bras gauche"),
    ("fr", "clinical_urgent", True, "mon mari", "Mon mari a une douleur dans la poitrine comme un étau depuis 20 minutes, il est en sueur."),
    ("fr", "clinical_urgent", True, "", "Ma mère a la bouche de travers depuis ce matin et elle n'arrive plus à lever le bras droit."),
    ("fr", "clinical_urgent", True, "", "mon pere parle plus normalement, il melange les mots et on comprend rien"),
    ("fr", "clinical_urgent", True, "", "J'ai eu d'un coup le pire mal de tête de ma vie et je vois flou."),
    ("fr", "clinical_urgent", True, "", "j'arrive plus a respirer, j'ai les levres qui deviennent bleues"),
    ("fr", "clinical_urgent", True, "mon fils", "Mon fils de 3 ans respire très vite et on voit ses côtes se creuser."),
    ("fr", "clinical_urgent", True, "", "je veux en finir, j'ai préparé les médicaments pour ce soir"),
    ("fr", "clinical_urgent", True, "ma soeur", "Ma sœur m'a écrit qu'elle n'avait plus envie de vivre et depuis elle ne décroche plus."),
    ("fr", "clinical_urgent", True, "", "Mon fils de 2 ans a avalé des médicaments de sa grand-mère, on ne sait pas combien."),
    ("fr", "clinical_urgent", True, "", "j'ai pris toute la boite de somniferes il y a une heure"),
    ("fr", "clinical_urgent", True, "vite", "Ma fille tremble de partout, elle a les yeux révulsés et ne répond pas."),
    ("fr", "clinical_urgent", True, "", "Mon grand-père est tombé dans le jardin et il ne se réveille pas."),
    ("fr", "clinical_urgent", True, "", "il bave et ne répond plus, il est tout mou"),
    ("fr", "clinical_urgent", True, "enceinte", "Je suis enceinte de 8 semaines et je saigne beaucoup avec des caillots."),
    ("fr", "clinical_urgent", True, "", "J'ai vomi du sang deux fois ce matin."),
    ("fr", "clinical_urgent", True, "guêpe", "Piquée par une guêpe, ma langue gonfle et j'ai du mal à avaler."),
    ("fr", "clinical_urgent", True, "", "Mon bébé de 2 mois a 38,5 et ne veut plus boire son biberon."),
    ("fr", "clinical_urgent", True, "", "douleur atroce dans le ventre depuis 3h, je n'arrive plus a me lever"),
    ("fr", "clinical_urgent", True, "genou", "Opérée du genou il y a 10 jours, mon mollet est gonflé, chaud et très douloureux."),
    ("fr", "clinical_urgent", True, "", "La cicatrice de mon opération est rouge, chaude, il y a du pus qui sort et j'ai 39 de fièvre."),
    ("fr", "clinical_urgent", True, "", "Mon fils s'est ouvert la main, le sang gicle et ça ne s'arrête pas."),
    ("fr", "appointment", False, "", "Bonjour, serait-il possible de décaler mon rendez-vous de jeudi à la semaine prochaine ?"),
    ("fr", "appointment", False, "", "je voudrais prendre rdv pour un bilan sanguin, vous avez de la place samedi ?"),
    ("fr", "appointment", False, "", "Je confirme ma venue lundi au rendez-vous chez le cardiologue. Aucune douleur dans la poitrine depuis le nouveau traitement."),
    ("fr", "prescription", False, "", "Pouvez-vous envoyer mon ordonnance à la pharmacie du centre, je n'ai plus de Levothyrox."),
    ("fr", "prescription", False, "insuline", "Mon ordonnance pour l'insuline est périmée, le docteur peut-il la renouveler ?"),
    ("fr", "prescription", False, "", "La notice dit d'arrêter en cas de gonflement du visage ou de la gorge. Puis-je le prendre avec du Doliprane ?"),
    ("fr", "billing", False, "", "J'ai reçu une facture de 60 euros alors que je suis en tiers payant, pouvez-vous vérifier ?"),
    ("fr", "billing", False, "mutuelle", "Ma mutuelle me demande une facture acquittée pour le remboursement."),
    ("fr", "billing", False, "", "J'ai été prélevé deux fois pour la même consultation, merci de me rembourser."),
    ("fr", "followup", False, "", "Quand aurai-je les résultats de ma prise de sang de mardi ?"),
    ("fr", "followup", False, "fils", "Mes points de suture doivent être retirés vendredi, dois-je venir à l'hôpital ou voir l'infirmière ?"),
    ("fr", "followup", False, "", "Deux semaines après l'opération, la cicatrice est propre, pas de fièvre, ni rougeur ni écoulement. Dois-je garder le pansement ?"),
    ("fr", "followup", False, "", "J'ai fait un infarctus il y a 3 ans et le cardiologue veut une échographie de contrôle, est-ce programmé ?"),
    ("fr", "other", False, "Lettre d'information", "Reconnaître les signes de l'AVC : visage paralysé, bras faible, trouble de la parole. Appelez le 15. En savoir plus sur notre site. Se désabonner."),
    ("fr", "other", False, "", "Où peut-on se garer pour les consultations externes ? Le parking est-il payant ?"),
    ("fr", "other", False, "", "Je souhaite postuler au poste d'aide-soignante, à qui dois-je envoyer mon CV ?"),
    ("fr", "other", False, "", "Je n'arrive pas à me connecter au portail patient, mon mot de passe ne marche pas."),
    ("fr", "other", False, "Pompes à perfusion", "Madame, Monsieur, veuillez trouver ci-joint notre proposition commerciale pour le renouvellement de vos pompes à perfusion."),
    ("fr", "other", False, "", "Merci à toute l'équipe qui s'est occupée de mon père lors de son AVC l'an dernier."),
    ("fr", "prescription", False, "", "Mon fils est allergique à l'arachide, l'école demande un deuxième stylo d'adrénaline au cas où il ferait une réaction. Pouvez-vous le prescrire ?"),
    ("fr", "prescription", False, "", "Ma bronchite ne s'améliore pas malgré les antibiotiques, puis-je avoir un autre traitement ?"),
    ("fr", "prescription", False, "", "Ma mère est tombée la semaine dernière mais ne s'est pas cogné la tête et n'a pas perdu connaissance. Son médecin peut-il revoir son traitement pour la tension ?"),
]


# ---- fourth held-out set: precision traps from the blind-set failure
# classes (past events in bills, EOBs, discharge summaries, rehab and staff
# mail; negated and coordinated post-op signs; discharge-sheet
# hypotheticals; follow-up results, casts, readings, teleconsultations;
# questionnaires of negated symptoms) and, as many, truly urgent mail
# phrased near them. Written before the precision work, measured before and
# after it only: `generate.py --holdout4 > holdout4.jsonl`.
HOLDOUT4 = [
    # -- not urgent, EN
    ("en", "billing", False, "Explanation of Benefits - claim 88213", "THIS IS NOT A BILL. Explanation of Benefits for services on 02/11/2026: emergency room visit for seizure, CT head, labs. Amount billed $2,340.00, plan paid $1,980.00, your responsibility $360.00."),
    ("en", "billing", False, "Your statement", "Your statement for the admission of 14 March (chest pain, troponin negative, observation stay) is attached. Balance due: $125. Pay online through the payment portal."),
    ("en", "billing", False, "Invoice 44120", "Invoice 44120: ambulance transport on 3 January for shortness of breath. Please pay within 30 days or call the billing office to set up a payment plan."),
    ("en", "billing", False, "", "Could you send me a quote for the follow-up MRI? My insurer wants an estimate before they approve it. I had a TIA in the spring."),
    ("en", "billing", False, "claim denied", "My insurance denied the claim for my overdose admission in May, saying it was self-inflicted. Can you resubmit it with the right codes?"),
    ("en", "billing", False, "", "My EOB lists anaphylaxis for the ER visit last month but it was only hives. Can the coding be corrected before I pay?"),
    ("en", "followup", False, "Discharge summary", "Discharge summary: Mr J. was admitted on 12/02 for chest pain. Troponin negative x2, ECG normal. Discharged home on 14/02 with GP follow-up in 2 weeks."),
    ("en", "followup", False, "Discharge letter", "Your daughter was admitted overnight for a febrile seizure and discharged the next morning. Please book a review with the paediatric clinic in 6 weeks."),
    ("en", "followup", False, "Community rehab group", "Following your stroke last year, we would like to invite you to the community rehab group on Wednesdays. Please let us know if you can attend."),
    ("en", "followup", False, "Checking in", "Since your overdose in May, how are you doing? Dr Kerr would like a follow-up call this month to review how things are going."),
    ("en", "followup", False, "Holter results", "After your collapse at the station in June, the cardiology team reviewed your Holter monitor results: no arrhythmia found. No further tests are needed."),
    ("en", "other", False, "Incident review Friday", "Team, a reminder that the incident review for the cardiac arrest on ward 4 last Tuesday is on Friday at 2pm in the seminar room. Please bring your statements."),
    ("en", "other", False, "Thanks all", "Hi all, thanks to everyone who helped during the major haemorrhage call in theatre 2 last night. Debrief at 8am on Monday, coffee provided."),
    ("en", "followup", False, "", "Day 5 after my appendix op: no fever, the wound isn't red or hot and there's no discharge. Is it ok to shower?"),
    ("en", "followup", False, "staples", "Neither redness nor swelling around the scar, temperature normal. The nurse said to email you to confirm the staples can come out on Monday."),
    ("en", "appointment", False, "Your baby's appointment", "Your baby's check is booked for Tuesday at 10am. If your baby develops a fever over 38, becomes floppy or stops feeding before then, call us or go to A&E."),
    ("en", "followup", False, "Wound care", "Wound care instructions: keep the dressing dry for 48 hours. If the wound becomes red, hot or starts oozing, or you get a temperature, call the ward."),
    ("en", "followup", False, "Blood results", "Your blood results from Monday are back and your INR is 2.6, within range. Keep the same warfarin dose and recheck in 4 weeks."),
    ("en", "followup", False, "", "My son's cast is coming off next week. Do we need another x-ray first to check the fracture has healed?"),
    ("en", "followup", False, "BP readings", "Here are this week's blood pressure readings from my home monitor: 132/84, 128/80, 135/86. The nurse asked me to send them in."),
    ("en", "followup", False, "Video follow-up", "Reminder: your video follow-up with Dr Osei is on Thursday at 3pm. The link will be sent an hour before."),
    ("en", "appointment", False, "Pre-op assessment booking", "I'd like to book the pre-op assessment. Questionnaire answers: chest pain - no; shortness of breath - no; fainting - no; seizures - no; bleeding problems - no."),
    ("en", "appointment", False, "", "Booking request for my annual review. On the form: no chest pain, no palpitations, no breathlessness, no swollen ankles."),
    ("en", "prescription", False, "", "Since my heart attack in 2024 I've been on ticagrelor; the pharmacy says I need a new prescription for another 12 months."),
    ("en", "other", False, "", "I'm writing a thank-you card to the team who looked after my husband after his cardiac arrest in April. Could you tell me the ward name?"),
    ("en", "billing", False, "corrected invoice", "The invoice says emergency treatment: suspected stroke, but it was a migraine in the end. Can I get a corrected invoice for my insurer?"),
    ("en", "followup", False, "Echo results", "Echo results: your ejection fraction has improved to 50% since the heart attack. Dr Lee will discuss them at your next review."),
    ("en", "followup", False, "", "Sending the glucose readings as requested: fasting 6.1, 5.8, 6.4. No hypos this week."),
    ("en", "followup", False, "After discharge", "After your child's discharge: if he has another fit lasting more than 5 minutes, call 999. Otherwise we will see him in clinic in 3 months."),
    ("en", "other", False, "bay 3", "FYI, the patient in bay 3 who was admitted with an overdose yesterday has been transferred to the psychiatric liaison team. Please update the board."),
    ("en", "billing", False, "", "Following your hospital stay for a pulmonary embolism in February, please find attached the invoice for the daily room charge."),
    ("en", "followup", False, "", "Dr Ross has received the ER report from your asthma attack last week and will see you for a check in two weeks."),
    ("en", "billing", False, "Payment notice", "Payment notice: admission 5-8 May for GI bleed. Remaining balance $54. You can pay online."),
    # -- not urgent, FR
    ("fr", "billing", False, "Votre facture", "Facture n° 2026-0412 pour la prise en charge de votre AVC en mars : montant 180 €, reste à charge 36 € après remboursement de la mutuelle."),
    ("fr", "billing", False, "Relevé de remboursements", "Relevé de vos remboursements : passage aux urgences du 12 février pour douleur thoracique, 25,00 € remboursés par l'Assurance Maladie."),
    ("fr", "billing", False, "", "Pourriez-vous m'envoyer un devis pour l'IRM de contrôle ? Ma mutuelle le demande. J'ai fait un AIT l'an dernier."),
    ("fr", "billing", False, "", "Ma mutuelle refuse de rembourser l'hospitalisation pour ma tentative de suicide de janvier. Pouvez-vous m'envoyer le bulletin de situation ?"),
    ("fr", "billing", False, "facture ambulance", "J'ai reçu une facture pour le transport en ambulance du 3 janvier (malaise), alors que c'était pris en charge à 100 %. Merci de vérifier."),
    ("fr", "followup", False, "Compte rendu", "Compte rendu d'hospitalisation : patient admis le 02/03 pour douleur thoracique, troponine négative, ECG normal. Sortie le 04/03, consultation de suivi chez le cardiologue dans un mois."),
    ("fr", "followup", False, "Rééducation", "Suite à votre AVC de l'an dernier, nous vous proposons une séance de rééducation de groupe le mercredi. Merci de nous confirmer votre participation."),
    ("fr", "followup", False, "", "Depuis votre surdosage en mai, comment allez-vous ? Le Dr Morel souhaiterait faire le point par téléphone."),
    ("fr", "followup", False, "Holter", "Après votre malaise à la gare en juin, le Holter n'a montré aucun trouble du rythme. Pas d'autre examen nécessaire."),
    ("fr", "other", False, "RMM jeudi", "Pour info, la RMM concernant l'arrêt cardiaque du service de cardiologie aura lieu jeudi à 14h en salle de staff."),
    ("fr", "followup", False, "", "J+4 après l'opération : pas de fièvre, la cicatrice n'est ni rouge ni chaude, pas d'écoulement. Puis-je prendre une douche ?"),
    ("fr", "followup", False, "Consignes de sortie", "Consignes de sortie : en cas de fièvre chez votre bébé (38 °C ou plus), s'il devient mou ou refuse de boire, consultez aux urgences. Consultation de contrôle le 12 à 10h."),
    ("fr", "followup", False, "Fiche de sortie", "Fiche de sortie : si la plaie devient rouge, chaude ou suintante, ou si vous avez de la fièvre, appelez le service."),
    ("fr", "followup", False, "Vos résultats", "Vos résultats de prise de sang sont arrivés : INR à 2,5, dans la cible. Continuez la même dose de Préviscan."),
    ("fr", "followup", False, "", "Le plâtre de ma fille doit être retiré mardi, faut-il refaire une radio avant ?"),
    ("fr", "followup", False, "relevés", "Voici mes relevés de tension de la semaine comme demandé : 13/8, 12/8, 13,5/8,5."),
    ("fr", "followup", False, "Téléconsultation", "Rappel : votre téléconsultation de suivi avec le Dr Benali est prévue jeudi à 15h. Le lien vous sera envoyé par SMS."),
    ("fr", "appointment", False, "", "Je souhaite prendre rendez-vous pour la consultation d'anesthésie. Questionnaire : douleur thoracique : non ; essoufflement : non ; malaise : non ; convulsions : non."),
    ("fr", "appointment", False, "", "Demande de rendez-vous pour mon bilan annuel. Je n'ai ni douleur dans la poitrine, ni palpitations, ni essoufflement."),
    ("fr", "prescription", False, "", "Depuis mon infarctus en 2023 je prends du Kardégic ; la pharmacie me demande une nouvelle ordonnance."),
    ("fr", "other", False, "", "Je voudrais remercier l'équipe de réanimation qui a pris en charge mon mari après son arrêt cardiaque en avril."),
    ("fr", "billing", False, "", "La facture indique « prise en charge urgente : suspicion d'AVC » mais c'était une migraine. Pourriez-vous la corriger pour ma mutuelle ?"),
    ("fr", "followup", False, "Échographie", "Résultats de l'échographie : la fraction d'éjection est remontée à 50 % depuis l'infarctus. Le Dr Lemaire en discutera à votre prochaine consultation de contrôle."),
    ("fr", "followup", False, "", "Je vous envoie mes glycémies comme convenu : à jeun 1,10, 1,05, 1,20. Pas d'hypoglycémie cette semaine."),
    ("fr", "followup", False, "", "Après la sortie de votre enfant : s'il refait une convulsion de plus de 5 minutes, appelez le 15. Sinon, nous le reverrons en consultation dans 3 mois."),
    ("fr", "other", False, "box 3", "Pour info, le patient du box 3 admis hier pour intoxication médicamenteuse a été transféré en psychiatrie. Merci de mettre à jour le tableau."),
    ("fr", "billing", False, "", "Suite à votre hospitalisation pour embolie pulmonaire en février, vous trouverez ci-joint la facture du forfait journalier."),
    ("fr", "followup", False, "", "Le Dr Roux a bien reçu le compte rendu de votre passage aux urgences pour crise d'asthme la semaine dernière ; il vous reverra en contrôle dans 15 jours."),
    ("fr", "billing", False, "Avis de paiement", "Avis de paiement : hospitalisation du 5 au 8 mai pour hémorragie digestive. Montant restant dû : 54 €. Paiement en ligne possible."),
    ("fr", "followup", False, "", "Suite à l'ablation des fils hier, la cicatrice est propre, ni rougeur ni gonflement ni chaleur. Dois-je continuer les soins infirmiers ?"),
    # -- urgent, EN, phrased near the traps
    ("en", "clinical_urgent", True, "", "I had a stroke last year and now my face is drooping again and my speech is slurred."),
    ("en", "clinical_urgent", True, "wound", "post-op day 3, wound red, hot and oozing and 39.5 fever, feeling shivery"),
    ("en", "clinical_urgent", True, "", "My father fell and won't wake up."),
    ("en", "clinical_urgent", True, "Re: your invoice 44120", "I'll pay the invoice later, right now my husband is having chest pain again and he's grey and sweaty. What do we do?"),
    ("en", "clinical_urgent", True, "", "Following my discharge last week for chest pain, the pain is back this morning and it's going down my left arm."),
    ("en", "clinical_urgent", True, "", "Since my overdose in May I've been doing better, but tonight I've swallowed all my sleeping pills."),
    ("en", "clinical_urgent", True, "EOB question", "About the EOB for her seizure ER visit: she's having another seizure right now, it's been 6 minutes and she's not responding."),
    ("en", "clinical_urgent", True, "", "Discharged yesterday after a heart attack, and now I have crushing chest pain again and I'm sweating."),
    ("en", "clinical_urgent", True, "wound", "Your wound care leaflet says to call if the wound becomes red and hot. It is now red, hot and oozing pus, and I have a fever of 39."),
    ("en", "clinical_urgent", True, "baby", "My baby is 6 weeks old and has a fever of 38.4 tonight. The discharge sheet said to call if this happens."),
    ("en", "clinical_urgent", True, "annual review", "I have a booking for my annual review on Monday, but since this morning I have tightness in my chest and I'm short of breath at rest."),
    ("en", "clinical_urgent", True, "results", "Chasing my blood results. Also I'm vomiting blood since this morning, should I come in?"),
    ("en", "clinical_urgent", True, "URGENT bay 4", "Patient in bay 4 is unresponsive and not breathing, crash team to ward 7 now."),
    ("en", "clinical_urgent", True, "", "Two years after my stroke, my left arm went weak and numb half an hour ago and I can't lift it."),
    ("en", "clinical_urgent", True, "cast", "My son's cast was put on yesterday and now his fingers are blue and cold and he's screaming with pain."),
    ("en", "clinical_urgent", True, "BP readings", "Home BP readings as requested, but today it's 220/130 and I have the worst headache of my life."),
    ("en", "clinical_urgent", True, "", "I was treated for sepsis last year and I feel the same way now: fever 39.8, shaking and confused."),
    ("en", "clinical_urgent", True, "mum", "My mum had a heart attack in 2020. Right now she has crushing chest pain and she's clammy."),
    ("en", "clinical_urgent", True, "questionnaire", "The questionnaire asks about chest pain: yes, I have it right now, it's crushing and spreading to my jaw."),
    ("en", "clinical_urgent", True, "", "No fever yesterday, but tonight he's 39.5, floppy and has a rash that doesn't fade under a glass."),
    ("en", "clinical_urgent", True, "", "Since my hospital stay for a clot in February, I'm now coughing up blood and short of breath."),
    ("en", "clinical_urgent", True, "billing", "Sorry to email billing, I couldn't get through: my wife has just collapsed and isn't breathing properly."),
    ("en", "clinical_urgent", True, "teleconsultation", "Teleconsultation tomorrow, but my daughter's lips are going blue and she can't breathe right now."),
    ("en", "clinical_urgent", True, "", "After my overdose last year you said to email if things got bad again. They have. I've got the pills in front of me and I want to die tonight."),
    ("en", "clinical_urgent", True, "", "I had a TIA in March; this morning I suddenly can't speak properly and my right hand won't grip."),
    ("en", "clinical_urgent", True, "C-section wound", "Discharged on Monday after my C-section, the wound is now hot, red and leaking and I'm shivering with a fever."),
    ("en", "clinical_urgent", True, "", "Neither my husband nor I noticed anything yesterday, but now he's confused, slurring his words and his face is drooping."),
    ("en", "clinical_urgent", True, "", "Not feeling great. No fever, but my chest is crushing and my left arm is numb."),
    ("en", "clinical_urgent", True, "", "Not sure if this is the right address: my dad collapsed and he isn't breathing."),
    ("en", "clinical_urgent", True, "son", "My son had a febrile seizure last year and he's fitting again now, it's been going for 5 minutes."),
    ("en", "clinical_urgent", True, "Re: statement", "Statement received, thanks. Separate matter: my mother has taken an overdose of her heart tablets this afternoon and is very drowsy."),
    # -- urgent, FR
    ("fr", "clinical_urgent", True, "", "J'ai fait un AVC l'an dernier et là mon visage retombe encore d'un côté et je n'arrive plus à parler."),
    ("fr", "clinical_urgent", True, "cicatrice", "J+3 après l'opération, la cicatrice est rouge, chaude, elle suinte et j'ai 39,5 de fièvre."),
    ("fr", "clinical_urgent", True, "", "Mon père est tombé et il ne se réveille pas."),
    ("fr", "clinical_urgent", True, "RE : facture", "Je réglerai la facture plus tard, là mon mari a de nouveau une douleur dans la poitrine, il est gris et en sueur."),
    ("fr", "clinical_urgent", True, "", "Sorti la semaine dernière après une douleur thoracique, la douleur est revenue ce matin et descend dans le bras gauche."),
    ("fr", "clinical_urgent", True, "", "Depuis mon surdosage en mai j'allais mieux, mais ce soir j'ai avalé toute ma boîte de somnifères."),
    ("fr", "clinical_urgent", True, "relevé", "À propos du relevé pour sa crise d'épilepsie : en ce moment elle refait une crise depuis 6 minutes et ne répond pas."),
    ("fr", "clinical_urgent", True, "", "Sorti hier après un infarctus, j'ai de nouveau une douleur qui serre la poitrine et je transpire."),
    ("fr", "clinical_urgent", True, "plaie", "La fiche de sortie dit d'appeler si la plaie devient rouge et chaude : elle est maintenant rouge, chaude, avec du pus, et j'ai 39 de fièvre."),
    ("fr", "clinical_urgent", True, "bébé", "Mon bébé de 6 semaines a 38,4 de fièvre ce soir ; la feuille de sortie disait d'appeler si ça arrivait."),
    ("fr", "clinical_urgent", True, "bilan lundi", "J'ai rendez-vous lundi pour mon bilan, mais depuis ce matin j'ai une oppression dans la poitrine et je suis essoufflé au repos."),
    ("fr", "clinical_urgent", True, "résultats", "Je relance pour mes résultats. Et je vomis du sang depuis ce matin, dois-je venir ?"),
    ("fr", "clinical_urgent", True, "URGENT box 4", "Le patient du box 4 ne répond plus et ne respire plus, équipe de réanimation en cardiologie immédiatement."),
    ("fr", "clinical_urgent", True, "", "Deux ans après mon AVC, mon bras gauche est devenu faible et engourdi il y a une demi-heure, je ne peux plus le lever."),
    ("fr", "clinical_urgent", True, "plâtre", "Le plâtre de mon fils a été posé hier et maintenant ses doigts sont bleus et froids, il hurle de douleur."),
    ("fr", "clinical_urgent", True, "relevés de tension", "Relevés de tension comme demandé, mais aujourd'hui j'ai 22/13 et le pire mal de tête de ma vie."),
    ("fr", "clinical_urgent", True, "", "J'ai été soignée pour un sepsis l'an dernier et je ressens la même chose en ce moment : 39,8 de fièvre, frissons et confusion."),
    ("fr", "clinical_urgent", True, "maman", "Ma mère a fait un infarctus en 2020. En ce moment elle a une douleur écrasante dans la poitrine et elle est moite."),
    ("fr", "clinical_urgent", True, "questionnaire", "Au questionnaire, douleur thoracique : oui, en ce moment même, ça serre et ça irradie dans la mâchoire."),
    ("fr", "clinical_urgent", True, "", "Pas de fièvre hier, mais ce soir il a 39,5, il est tout mou et il a des taches qui ne s'effacent pas à la vitre."),
    ("fr", "clinical_urgent", True, "", "Depuis mon hospitalisation pour une phlébite en février, là je crache du sang et je suis essoufflée."),
    ("fr", "clinical_urgent", True, "facturation", "Désolée d'écrire à la facturation, je n'arrive pas à joindre le service : ma femme vient de s'effondrer et respire mal."),
    ("fr", "clinical_urgent", True, "téléconsultation", "Téléconsultation demain, mais ma fille a les lèvres qui deviennent bleues et n'arrive plus à respirer."),
    ("fr", "clinical_urgent", True, "", "Après mon surdosage l'an dernier vous m'aviez dit d'écrire si ça n'allait pas. Ça ne va pas : j'ai les cachets devant moi et je veux en finir ce soir."),
    ("fr", "clinical_urgent", True, "", "J'ai fait un AIT en mars ; ce matin d'un coup je n'arrive plus à parler et ma main droite ne serre plus."),
    ("fr", "clinical_urgent", True, "césarienne", "Sortie lundi après ma césarienne, la cicatrice est maintenant chaude, rouge, elle coule et j'ai de la fièvre avec des frissons."),
    ("fr", "clinical_urgent", True, "", "Ni mon mari ni moi n'avions rien remarqué hier, mais maintenant il est confus, il parle mal et sa bouche est de travers."),
    ("fr", "clinical_urgent", True, "", "Pas de fièvre, mais ça m'écrase la poitrine et mon bras gauche est engourdi."),
    ("fr", "clinical_urgent", True, "", "Je ne sais pas si c'est le bon service : mon père s'est effondré et il ne respire plus."),
    ("fr", "clinical_urgent", True, "mon fils", "Mon fils a fait une convulsion fébrile l'an dernier et il convulse de nouveau maintenant, depuis 5 minutes."),
    ("fr", "clinical_urgent", True, "RE : relevé", "Relevé bien reçu, merci. Autre chose : ma mère a pris trop de ses comprimés pour le cœur cet après-midi et elle est très somnolente."),
]


# ---- fifth held-out set: precision traps from the blind-set failure
# classes after round 2 ("other" mail that lists red flags without anyone
# having them: job adverts, training and CPR courses, conference
# programmes, awareness campaigns, defibrillator vendors; vendor invoices
# and purchase orders; discharge summaries, rehab programmes and post-op
# "watch for" instructions; pre-op, confirmation and teleconsultation
# bookings) and, as many, truly urgent mail phrased near them (a staff
# member or reader who reports a present emergency). Written before the
# lexicon work, measured before and after it only:
# `generate.py --holdout5 > holdout5.jsonl`.
HOLDOUT5 = [
    # -- not urgent, EN
    ("en", "other", False, "Job opening: ED triage nurse", "We are hiring! Band 6 Emergency Department triage nurse, full time. Essential: experience with chest pain and stroke pathways, recognition of sepsis and the deteriorating patient, ALS certificate. Closing date 30 June. Apply via our careers page."),
    ("en", "other", False, "Vacancy - Acute Medical Unit", "Vacancy: Staff Nurse, Acute Medical Unit. You will care for patients presenting with shortness of breath, chest pain, overdose and seizures. Salary band 5. For an informal chat contact the ward manager."),
    ("en", "other", False, "BLS refresher course", "Basic Life Support refresher course, Tuesday 9am-12pm, Education Centre room 2. The session covers recognising cardiac arrest, choking, the unconscious casualty who is not breathing, and use of the AED. Book your place on the learning portal."),
    ("en", "other", False, "First aid at work - course dates", "First aid at work course: 3 days. Topics: severe bleeding, heart attack, stroke (FAST), anaphylaxis and the EpiPen, seizures, burns. Places are limited, please register by Friday."),
    ("en", "other", False, "Emergency Medicine Symposium - programme", "Programme, Regional Emergency Medicine Symposium, 12 May\n09:00 Chest pain in the ED: who needs a troponin?\n10:30 Acute stroke: thrombolysis and thrombectomy\n11:30 The child with fever and a non-blanching rash\n14:00 Massive haemorrhage workshop\nRegistration includes lunch. CPD points available."),
    ("en", "other", False, "Know the signs of stroke", "Stroke Awareness Month. Know the signs of stroke - act FAST:\n- Face drooping\n- Arm weakness\n- Speech difficulty\n- Time to call 999\nShare this message with your family. To stop receiving these emails, click here."),
    ("en", "other", False, "Heart health newsletter - June", "In this issue: the warning signs of a heart attack. Chest pain or pressure, pain spreading to the arm or jaw, shortness of breath, cold sweats. Women may also feel nausea and tiredness. Our cardiologists explain what to do."),
    ("en", "other", False, "AED offer for your clinic", "Dear practice manager, sudden cardiac arrest can strike anyone: a person collapses, stops breathing and has no pulse. Our automated external defibrillator is easy to use. Order this month and get a free wall cabinet and staff training session."),
    ("en", "other", False, "Invoice INV-20931 - Medline supplies", "Invoice INV-20931 for the delivery to Ward 7 on 3 June: 40 boxes of nitrile gloves, 12 suction catheters, 6 oxygen masks. Total 1,284.50 GBP, payment terms 30 days net. Please forward to accounts payable."),
    ("en", "other", False, "Purchase order PO-55120", "Please find attached purchase order PO-55120 for 2 crash trolleys and 4 resuscitation kits for the Emergency Department. Kindly confirm the delivery date and send the invoice to procurement."),
    ("en", "other", False, "Grand round this Thursday", "Medical grand round, Thursday 12:30, lecture theatre: 'Sudden collapse in the young athlete: syncope, arrhythmia and cardiac arrest'. Sandwiches provided. All welcome."),
    ("en", "other", False, "Sepsis awareness webinar", "Join our free webinar for care home staff: spotting sepsis early. Signs include high fever or low temperature, fast breathing, confusion, mottled skin. Register now, places are limited."),
    ("en", "other", False, "Mental health first aid training", "Mental Health First Aid training for managers: how to recognise someone who is having suicidal thoughts, how to ask about self-harm, and where to signpost. Two-day course, 14-15 October. Sign up with HR."),
    ("en", "other", False, "Locum paediatric registrar wanted", "Locum paediatric registrar required for nights in our children's ED. You must be confident managing the febrile infant, bronchiolitis, status epilepticus and anaphylaxis. Competitive hourly rate, contact the medical staffing team."),
    ("en", "followup", False, "Discharge summary - ward 12", "Discharge summary. Reason for admission: acute chest pain with shortness of breath. Investigations: CTPA showed a small pulmonary embolism. Treated with apixaban. Discharged on day 3, stable. Follow-up: anticoagulation clinic in 3 months."),
    ("en", "followup", False, "Cardiac rehabilitation programme", "Welcome to the cardiac rehabilitation programme. After your heart attack, the 8-week programme combines supervised exercise and education sessions every Tuesday and Thursday. Please bring your medication list to the first session."),
    ("en", "followup", False, "After your knee replacement", "After your knee replacement: watch for redness, swelling, fever, or discharge from the wound, and call us if you notice any of these. Keep doing your exercises and we will see you in clinic in 6 weeks."),
    ("en", "followup", False, "Post-op instructions", "Post-operative instructions. Warning signs to look out for: increasing pain, bleeding through the dressing, fever over 38, pus from the wound, calf pain or shortness of breath. If any occur contact the surgical ward. Stitches out at day 10."),
    ("en", "followup", False, "Stroke rehab - next steps", "Following the stroke you had in January, the early supported discharge team will visit twice a week for speech therapy and arm strengthening exercises. Your next review is on 4 March."),
    ("en", "followup", False, "Re: discharge paperwork", "Thanks for sending the discharge letter. It says I was admitted with a seizure and confusion, but I've been fine since. When is my follow-up with neurology?"),
    ("en", "followup", False, "Pulmonary rehab", "You have been referred to pulmonary rehabilitation after your admission for breathing difficulty. The 6-week course starts on Monday at the community hospital."),
    ("en", "appointment", False, "Pre-op assessment", "I have been listed for a hernia repair. Could you book me in for the pre-op assessment clinic? I'm free on Tuesdays and Wednesdays."),
    ("en", "appointment", False, "Re: appointment confirmation", "I confirm my appointment with Dr Singh on 14 March at 11:20. Should I bring my previous ECGs, or do you have them already?"),
    ("en", "appointment", False, "Teleconsultation booking", "Please book me a teleconsultation with the diabetes nurse next week, any afternoon. Will I get the video link by email?"),
    ("en", "appointment", False, "Confirmation - colonoscopy", "Confirming the colonoscopy on 2 April at 8am. Do I need to stop my iron tablets beforehand, and when should I start the bowel prep?"),
    ("en", "appointment", False, "video appointment", "Can I have a video appointment instead of coming in for my results discussion? Any day next week is fine."),
    # -- not urgent, FR
    ("fr", "other", False, "Offre d'emploi IDE urgences", "Le CH recrute un(e) infirmier(ère) pour son service des urgences (poste en CDI, temps plein). Profil : expérience de l'accueil et de l'orientation, prise en charge de la douleur thoracique, de l'AVC et de l'arrêt cardiaque. Candidature à adresser à la DRH."),
    ("fr", "other", False, "Poste à pourvoir : IOA", "Poste à pourvoir : infirmier organisateur de l'accueil (IOA). Missions : tri des patients, repérage des détresses vitales (détresse respiratoire, douleur thoracique, troubles de conscience). Rémunération selon grille. Envoyer CV et lettre de motivation."),
    ("fr", "other", False, "Formation AFGSU niveau 2", "Formation AFGSU niveau 2 les 5 et 6 juin : prise en charge de l'arrêt cardio-respiratoire, de l'hémorragie, de l'obstruction des voies aériennes et du malaise. Inscription auprès du service formation continue avant le 20 mai."),
    ("fr", "other", False, "PSC1 - session de samedi", "Session de formation PSC1 samedi de 9h à 17h : alerter, masser, défibriller. La victime ne respire plus, elle saigne abondamment, elle s'étouffe : les bons gestes. Il reste 3 places."),
    ("fr", "other", False, "Reconnaître un AVC", "Journée mondiale de l'AVC. Reconnaître un AVC : visage paralysé, inertie d'un membre, trouble de la parole. Au moindre signe, appelez le 15. Partagez ce message autour de vous."),
    ("fr", "other", False, "Lettre santé du mois", "Au sommaire ce mois-ci : les signes de l'infarctus. Douleur dans la poitrine qui serre, qui irradie dans le bras ou la mâchoire, essoufflement, sueurs. Chez la femme, les signes peuvent être plus discrets. Pour vous désabonner, cliquez ici."),
    ("fr", "other", False, "Programme du congrès", "Programme du congrès régional de médecine d'urgence\n9h : douleur thoracique aux urgences\n10h30 : prise en charge de l'AVC à la phase aiguë\n14h : l'enfant fébrile avec purpura\n15h30 : intoxications médicamenteuses\nInscription en ligne."),
    ("fr", "other", False, "Défibrillateur pour votre cabinet", "Madame, Monsieur, chaque année 40 000 personnes font un arrêt cardiaque : la victime s'effondre, ne respire plus. Équipez votre cabinet d'un défibrillateur automatique : offre spéciale ce mois-ci, formation incluse."),
    ("fr", "other", False, "Facture fournisseur F-8812", "Veuillez trouver ci-joint la facture F-8812 pour la livraison au bloc opératoire du 3 juin : 20 kits de perfusion, 10 masques à oxygène. Montant 842,30 € TTC, règlement à 30 jours. Merci de transmettre au service comptabilité."),
    ("fr", "other", False, "Bon de commande n° 4471", "Bon de commande n° 4471 : deux chariots d'urgence et un défibrillateur pour le service de cardiologie. Merci de confirmer la date de livraison."),
    ("fr", "other", False, "Staff du jeudi", "Staff de formation jeudi 13h : présentation de cas, « malaise et perte de connaissance chez le sujet jeune ». Ouvert aux internes et aux externes."),
    ("fr", "other", False, "Campagne prévention suicide", "Campagne de prévention du suicide : savoir repérer une personne en crise, qui parle de mettre fin à ses jours ou se scarifie. Le 3114 répond 24h/24. Affiches disponibles auprès du service communication."),
    ("fr", "other", False, "Webinaire sepsis", "Webinaire pour les EHPAD : reconnaître les signes du sepsis (fièvre, frissons, respiration rapide, confusion, marbrures). Inscription gratuite sur notre site."),
    ("fr", "followup", False, "Compte rendu d'hospitalisation", "Compte rendu d'hospitalisation. Motif : douleur thoracique et dyspnée. Angioscanner : embolie pulmonaire segmentaire. Traitement par apixaban. Sortie à J3, état stable. Suivi : consultation de pneumologie dans 3 mois."),
    ("fr", "followup", False, "Réadaptation cardiaque", "Bienvenue dans le programme de réadaptation cardiaque. Après votre infarctus, les séances d'entraînement à l'effort et d'éducation ont lieu le mardi et le jeudi pendant 8 semaines."),
    ("fr", "followup", False, "Après votre opération", "Après votre opération : surveillez l'apparition d'une rougeur, d'un gonflement, d'un écoulement ou de fièvre, et consultez si l'un de ces signes apparaît. Les fils seront retirés à J10 par votre infirmière."),
    ("fr", "followup", False, "Consignes post-opératoires", "Consignes post-opératoires : en cas de saignement important, de fièvre au-delà de 38,5 °C, de douleur au mollet ou d'essoufflement, contactez le service. Prochain contrôle dans 6 semaines."),
    ("fr", "followup", False, "Suivi après votre AVC", "Suite à votre AVC de janvier, l'équipe mobile de rééducation passera deux fois par semaine pour l'orthophonie et la kinésithérapie du bras. Prochain bilan le 4 mars."),
    ("fr", "followup", False, "RE : lettre de sortie", "Merci pour la lettre de sortie. Elle mentionne une crise convulsive avec confusion à l'admission, mais tout va bien depuis. Quand est mon rendez-vous de suivi en neurologie ?"),
    ("fr", "appointment", False, "Consultation pré-anesthésie", "Je dois me faire opérer de la vésicule le 12 mai. Pouvez-vous me donner un rendez-vous pour la consultation de pré-anesthésie ?"),
    ("fr", "appointment", False, "Confirmation de rendez-vous", "Je confirme mon rendez-vous du 14 mars à 11h20 avec le Dr Lefèvre. Dois-je apporter mes anciens électrocardiogrammes ?"),
    ("fr", "appointment", False, "Téléconsultation", "Je voudrais réserver une téléconsultation avec l'infirmière de diabétologie la semaine prochaine, plutôt l'après-midi. Recevrai-je le lien par mail ?"),
    ("fr", "appointment", False, "confirmation coloscopie", "Je confirme la coloscopie du 2 avril à 8h. Dois-je arrêter mon fer avant, et quand commencer la préparation ?"),
    ("fr", "appointment", False, "rdv en visio", "Est-il possible d'avoir le rendez-vous en visio plutôt qu'en présentiel pour le résultat de mes examens ?"),
    # -- urgent, EN (near the classes above)
    ("en", "clinical_urgent", True, "Re: BLS refresher course", "Sorry I can't make the course today - actually, a visitor just collapsed in the main lobby and isn't breathing, we've started CPR. Please send the crash team to main reception now."),
    ("en", "clinical_urgent", True, "Re: Know the signs of stroke", "I got your newsletter this morning and my husband has these exact signs right now: his face is drooping on the left and he can't lift his arm. What do we do?"),
    ("en", "clinical_urgent", True, "Re: Heart health newsletter", "Reading your article on heart attack signs and I have that crushing chest pain going into my jaw as I type, and I'm sweating."),
    ("en", "clinical_urgent", True, "Care home - resident", "Dear Sir/Madam, I am writing on behalf of Oakfield Care Home. One of our residents has ingested a quantity of cleaning fluid this afternoon and is now drowsy and vomiting. Please advise urgently."),
    ("en", "clinical_urgent", True, "Resident poisoning", "Staff at Meadow View report that a resident was found having taken an unknown number of another resident's tablets at 14:00. She is now difficult to rouse. Ambulance requested."),
    ("en", "clinical_urgent", True, "Re: Post-op instructions", "You told me to watch for redness, fever or discharge: the wound is now red and hot, pus is coming out and I have a temperature of 39.2."),
    ("en", "clinical_urgent", True, "After my knee replacement", "My calf is swollen and painful since last night and now I'm suddenly short of breath and my chest hurts when I breathe in."),
    ("en", "clinical_urgent", True, "Re: Cardiac rehabilitation programme", "I was at the rehab session this morning and since then I've had chest pain again, the same as my heart attack, and it's not going away with my spray."),
    ("en", "clinical_urgent", True, "Re: discharge summary", "Mum was discharged yesterday after her seizure and she is fitting again right now, it has been going on for six minutes."),
    ("en", "clinical_urgent", True, "Re: Vacancy - Acute Medical Unit", "Hi, I'm applying for the post but first - my dad has just collapsed at home and is breathing strangely, I can't wake him."),
    ("en", "clinical_urgent", True, "Re: Emergency Medicine Symposium", "Can you tell the organisers: a delegate collapsed in the conference hall during the first session, he is unresponsive and we have started chest compressions."),
    ("en", "clinical_urgent", True, "Re: Sepsis awareness webinar", "After the webinar I checked Mr Davies on room 4: he has a fever of 39.6, he's confused, breathing fast and his skin is mottled. We think it's sepsis, what should we do?"),
    ("en", "clinical_urgent", True, "Re: AED offer", "Not interested in your offer. But while I was reading it a patient in our waiting room collapsed and is not breathing, we are using the AED now."),
    ("en", "clinical_urgent", True, "Re: Teleconsultation booking", "My teleconsultation isn't until Thursday but my lips are swelling and my throat is closing after the new tablets."),
    ("en", "clinical_urgent", True, "pre-op question", "I'm booked for my pre-op assessment next week, but since an hour ago I have crushing chest pain and my left arm is numb."),
    ("en", "clinical_urgent", True, "Re: appointment confirmation", "I confirm the appointment, but should I come now instead? I'm vomiting blood and feel faint."),
    ("en", "clinical_urgent", True, "Mental health first aid", "I did your mental health first aid course and I'm worried about my colleague: she told me she has taken an overdose of her antidepressants an hour ago and wants to die."),
    ("en", "clinical_urgent", True, "Re: Stroke rehab - next steps", "The therapist is here now and says Dad's speech has suddenly become slurred and his face is drooping again, worse than before."),
    ("en", "clinical_urgent", True, "Invoice query - urgent", "I was calling about the invoice but never mind: my wife has suddenly collapsed and is breathing very badly. Who do I call?"),
    ("en", "clinical_urgent", True, "Re: Grand round", "Can't come to grand round, I'm with my son in the car park - he has been stung and his face is swelling, he's wheezing and can't breathe properly."),
    ("en", "clinical_urgent", True, "Re: First aid course", "We learnt about severe bleeding on your course and now I need it: my colleague cut his arm on a saw, blood is spurting and won't stop."),
    ("en", "clinical_urgent", True, "Staff report - ward 3", "Healthcare assistant on ward 3 reports that the patient in bed 6 has a new onset of slurred speech and right arm weakness, started 20 minutes ago."),
    ("en", "clinical_urgent", True, "Re: Purchase order", "Please hold the delivery, the ward is in the middle of a cardiac arrest - the patient in bay 2 has no pulse. Crash team please."),
    ("en", "clinical_urgent", True, "Re: Locum registrar", "Not about the job: my 5 week old baby has a temperature of 38.5 and is floppy and not feeding."),
    ("en", "clinical_urgent", True, "post-op", "I had my gallbladder out on Monday and now the wound is bleeding through the dressing, it's soaked, and I feel dizzy and cold."),
    ("en", "clinical_urgent", True, "Re: Pulmonary rehab", "I can't do the course on Monday, I can't breathe even sitting still and my lips look blue."),
    ("en", "clinical_urgent", True, "Re: Know the signs", "Thank you for the stroke leaflet. My neighbour is showing these signs now - slurred speech and her arm is weak - I've called 999."),
    # -- urgent, FR
    ("fr", "clinical_urgent", True, "RE : Formation AFGSU", "Je ne pourrai pas venir à la formation : un visiteur vient de s'effondrer dans le hall, il ne respire plus, nous avons commencé le massage cardiaque. Envoyez l'équipe de réanimation."),
    ("fr", "clinical_urgent", True, "RE : Reconnaître un AVC", "J'ai lu votre message et mon mari a exactement ces signes en ce moment : le visage paralysé d'un côté et il n'arrive plus à parler."),
    ("fr", "clinical_urgent", True, "RE : Lettre santé du mois", "En lisant votre article sur l'infarctus : j'ai en ce moment une douleur qui serre dans la poitrine et qui descend dans le bras gauche, je transpire."),
    ("fr", "clinical_urgent", True, "EHPAD - résident", "Madame, Monsieur, l'EHPAD Les Tilleuls vous signale qu'une résidente a ingéré un produit ménager cet après-midi ; elle est somnolente et vomit. Merci de nous indiquer la conduite à tenir."),
    ("fr", "clinical_urgent", True, "Intoxication résident", "Le personnel de nuit signale qu'un résident a absorbé une quantité inconnue de comprimés d'un autre résident vers 22h. Il est difficile à réveiller. Le 15 a été appelé."),
    ("fr", "clinical_urgent", True, "RE : Après votre opération", "Vous m'aviez dit de surveiller l'apparition d'une rougeur : la cicatrice est maintenant rouge, chaude, il y a du pus et j'ai 39 de fièvre."),
    ("fr", "clinical_urgent", True, "après ma prothèse", "Depuis hier soir mon mollet est gonflé et douloureux et maintenant je suis essoufflé d'un coup avec une douleur dans la poitrine."),
    ("fr", "clinical_urgent", True, "RE : Réadaptation cardiaque", "Après la séance de réadaptation ce matin, j'ai de nouveau une douleur dans la poitrine comme lors de mon infarctus, et la trinitrine ne fait rien."),
    ("fr", "clinical_urgent", True, "RE : Compte rendu d'hospitalisation", "Ma mère est sortie hier après sa crise d'épilepsie et elle convulse de nouveau en ce moment, depuis cinq minutes."),
    ("fr", "clinical_urgent", True, "RE : Offre d'emploi IDE urgences", "Je voulais postuler mais mon père vient de s'effondrer à la maison, il respire bizarrement et ne se réveille pas."),
    ("fr", "clinical_urgent", True, "RE : Programme du congrès", "Un congressiste a fait un malaise dans l'amphithéâtre, il est inconscient et ne respire plus, nous faisons le massage cardiaque."),
    ("fr", "clinical_urgent", True, "RE : Webinaire sepsis", "Suite au webinaire, j'ai vérifié M. Durand chambre 4 : 39,7 de fièvre, confus, il respire très vite et il a des marbrures. Que faire ?"),
    ("fr", "clinical_urgent", True, "RE : Défibrillateur", "Pendant que je lisais votre offre, un patient s'est effondré dans la salle d'attente et ne respire plus, nous utilisons le défibrillateur."),
    ("fr", "clinical_urgent", True, "RE : Téléconsultation", "Ma téléconsultation n'est que jeudi mais mes lèvres gonflent et j'ai la gorge qui se serre depuis le nouveau médicament."),
    ("fr", "clinical_urgent", True, "consultation pré-anesthésie", "J'ai rendez-vous pour la consultation de pré-anesthésie la semaine prochaine, mais depuis une heure j'ai une douleur écrasante dans la poitrine et le bras gauche engourdi."),
    ("fr", "clinical_urgent", True, "RE : Confirmation de rendez-vous", "Je confirme le rendez-vous, mais dois-je venir maintenant ? Je vomis du sang et je me sens partir."),
    ("fr", "clinical_urgent", True, "RE : Campagne prévention suicide", "Je viens de voir votre affiche. Mon fils m'a dit ce soir qu'il veut mettre fin à ses jours et il s'est enfermé avec des médicaments."),
    ("fr", "clinical_urgent", True, "RE : Suivi après votre AVC", "L'orthophoniste est là et dit que papa parle d'un coup très mal et que sa bouche est de nouveau de travers."),
    ("fr", "clinical_urgent", True, "facture", "Je vous écrivais pour la facture mais ma femme vient de faire un malaise, elle respire très mal. Qui dois-je appeler ?"),
    ("fr", "clinical_urgent", True, "RE : PSC1", "On a vu les hémorragies en formation, et là mon collègue s'est coupé le bras avec une scie, le sang gicle et ça ne s'arrête pas."),
    ("fr", "clinical_urgent", True, "Signalement aide-soignante", "L'aide-soignante du service signale que la patiente du lit 6 présente depuis 20 minutes une parole difficile et une faiblesse du bras droit."),
    ("fr", "clinical_urgent", True, "RE : Bon de commande", "Merci de différer la livraison, le service est en pleine réanimation : le patient du box 2 est en arrêt cardiaque."),
    ("fr", "clinical_urgent", True, "RE : Poste à pourvoir", "Rien à voir avec le poste : mon bébé de 5 semaines a 38,5 de fièvre, il est tout mou et ne boit plus."),
    ("fr", "clinical_urgent", True, "opération", "Opérée de la vésicule lundi, le pansement est maintenant imbibé de sang, ça saigne beaucoup et j'ai la tête qui tourne."),
    ("fr", "clinical_urgent", True, "RE : Consignes post-opératoires", "Vous aviez dit de contacter le service en cas d'essoufflement : je suis très essoufflée au repos depuis ce matin et j'ai mal au mollet."),
    ("fr", "clinical_urgent", True, "RE : Reconnaître un AVC", "Merci pour le message sur l'AVC. Ma voisine a ces signes maintenant : elle parle mal et son bras est faible. J'ai appelé le 15."),
]


def wrap(text, width):
    """Hard-wrap like a mail client, so patterns must cross line breaks."""
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


def compose(lang, core, extra=(), fillers=1):
    parts = []
    g = R.choice(GREET[lang])
    if g:
        parts.append(g)
    sentences = [core] + list(extra)
    for _ in range(fillers):
        sentences.insert(R.randrange(len(sentences) + 1), R.choice(FILLER[lang]))
    body = " ".join(sentences)
    if R.random() < 0.4:
        body = wrap(body, R.choice([60, 72, 76]))
    parts.append(body)
    parts.append(R.choice(CLOSE[lang]))
    sep = "\n\n" if R.random() < 0.7 else "\n"
    return sep.join(parts)


def subj(lang, s):
    r = R.random()
    if r < 0.15:
        return ("Re: " if lang == "en" else "RE : ") + s
    if r < 0.25:
        return s.upper()
    if r < 0.35:
        return ""
    return s


def holdout(pool, prefix):
    for i, (lang, cat, urgent, subject, body) in enumerate(pool):
        rec = {"id": "%s%04d" % (prefix, i), "lang": lang, "category": cat, "urgent": urgent,
               "kind": "holdout", "subject": subject, "body": body}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    if sys.argv[1:] == ["--holdout"]:
        holdout(HOLDOUT, "h")
        return
    if sys.argv[1:] == ["--holdout2"]:
        holdout(HOLDOUT2, "k")
        return
    if sys.argv[1:] == ["--holdout3"]:
        holdout(HOLDOUT3, "m")
        return
    if sys.argv[1:] == ["--holdout4"]:
        holdout(HOLDOUT4, "q")
        return
    if sys.argv[1:] == ["--holdout5"]:
        holdout(HOLDOUT5, "r")
        return
    out = []
    n = 0

    def add(lang, cat, urgent, kind, subject, body):
        nonlocal n
        out.append({"id": "c%04d" % n, "lang": lang, "category": cat, "urgent": urgent,
                    "kind": kind, "subject": subject, "body": body})
        n += 1

    for lang in ("en", "fr"):
        # every urgent sentence twice: plain, and mixed with a routine topic
        for s, core in URGENT[lang]:
            add(lang, "clinical_urgent", True, "urgent", subj(lang, s), compose(lang, core, fillers=R.randint(0, 2)))
        for s, core in URGENT[lang]:
            cat = R.choice(["appointment", "prescription", "billing", "followup"])
            _, routine = R.choice(CAT[cat][lang])
            add(lang, "clinical_urgent", True, "urgent+routine", subj(lang, s),
                compose(lang, routine, [core], fillers=R.randint(0, 1)))
        # plain category mail, each sentence once, some twice with fillers
        for cat, pools in CAT.items():
            for s, core in pools[lang]:
                add(lang, cat, False, "plain", subj(lang, s), compose(lang, core, fillers=R.randint(0, 2)))
        # negated / hypothetical / historical red flags in routine mail
        for kind, pool in (("negated", NEGATED), ("hypothetical", HYPOTHETICAL), ("historical", HISTORICAL)):
            for ctx in pool[lang]:
                cat = R.choice(["appointment", "prescription", "followup", "billing"]) if kind != "negated" else R.choice(["followup", "followup", "prescription", "appointment"])
                s, core = R.choice(CAT[cat][lang])
                add(lang, cat, False, kind, subj(lang, s), compose(lang, core, [ctx], fillers=R.randint(0, 1)))
        for s, body in NEWSLETTERS[lang]:
            add(lang, "other", False, "newsletter", s, body)
    for rec in out:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sys.stderr.write("%d messages\n" % len(out))


if __name__ == "__main__":
    main()
