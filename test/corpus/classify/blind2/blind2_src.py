#!/usr/bin/env python3
# blind2: 300 hand-written hospital messages (EN/FR) for an independent
# evaluation of the mail classifier.  Written without looking at the lexicons,
# the classifier code or any other classification corpus.  DO NOT TUNE AGAINST IT.
#
# Each entry below was typed individually.  Running this file numbers the
# messages in the order they appear ("b2-000", "b2-001", ...) and writes
# blind2.jsonl next to it, one JSON object a line:
#   {"id","lang","subject","body","category","urgent","note"}
# `urgent` is derived: true exactly when category == "clinical_urgent".
# Notes starting with "tricky" (EN) or "piège" (FR) mark non-urgent messages
# that mention a red-flag term (negated, hypothetical, historical, resolved,
# educational, administrative...).
#
# All names, dates of birth, phone numbers, NIR/SSN/MRN values are invented.

import json
import os
import sys

CATEGORIES = ("appointment", "prescription", "billing",
              "clinical_urgent", "followup", "other")


def D(lang, category, subject, body, note):
    return {"lang": lang, "category": category, "subject": subject,
            "body": body, "note": note}


MESSAGES = []

# ---------------------------------------------------------------- batch 1
MESSAGES += [
D("en", "appointment", "thurs appt",
"""need to move my thursday appt to sometime next week pls, work thing came up. Linda Carver dob 14/02/1958""",
"short SMS-style reschedule request with DOB"),

D("fr", "clinical_urgent", "urgent svp",
"""Bonjour, mon père (78 ans) a une douleur qui lui serre la poitrine depuis une demi heure, il transpire beaucoup et il est tout pâle. Il dit que ça va passer mais je n'y crois pas. On fait quoi ?? On habite à 20 min de l'hôpital.
Sandrine Morel 06 71 22 48 09""",
"family member, current chest pressure with sweating, lay wording ('serre la poitrine')"),

D("en", "prescription", "Refill - metformin and atorvastatin",
"""Hello,

Could you send a new prescription for my metformin 1000 mg twice a day and atorvastatin 20 mg to the Walgreens on Elm St? I have about 5 days left.

Everything is fine otherwise, no chest pain or dizziness like I had before the dose change last winter.

Thanks
George Paulsen
MRN 40028817""",
"tricky: refill with negated + historical chest pain; prescription dominates"),

D("fr", "billing", "Facture consultation du 3 mars",
"""Madame, Monsieur,
J'ai reçu une facture de 46,50 € pour la consultation de rhumatologie du 3 mars alors que j'avais présenté ma carte vitale et mon attestation de mutuelle (tiers payant). Pouvez-vous vérifier et m'envoyer une facture rectifiée ? Ma mutuelle est la MGEN.
Cordialement,
Bernard Lefèvre""",
"tiers payant dispute on an invoice"),

D("en", "clinical_urgent", "Ward 4B - bed 12 deteriorating",
"""Dr Okafor,

Bed 12 (Mr H. Lindqvist, 71, day 2 post right hemicolectomy) is desaturating to 84% on 4L nasal cannula, RR 32, HR 124, BP 96/58. He is more confused than at the start of shift. Have increased O2 to 15L non-rebreather, sats now 89%. Please come and review now, outreach team also paged.

Priya, charge nurse 4B, bleep 4417""",
"clinician-formal ward escalation: desaturation, tachypnoea, post-op patient deteriorating now"),

D("fr", "other", "Session AFGSU niveau 2 - inscriptions ouvertes",
"""Chers collègues,

Le CESU organise deux sessions AFGSU niveau 2 les 14-15 et 21-22 mai. Au programme : reconnaissance de l'arrêt cardio-respiratoire, massage cardiaque et défibrillateur, prise en charge d'un AVC, d'une hémorragie, d'une détresse respiratoire, position latérale de sécurité.

Inscription obligatoire via le portail formation avant le 30 avril. Les agents dont l'attestation expire cette année sont prioritaires.

Le service formation continue""",
"piège: training announcement listing arrêt cardiaque, AVC, hémorragie, détresse respiratoire"),

D("en", "followup", "blood test results?",
"""Hi, I had bloods done last Tuesday at the outpatient lab (the cholesterol and thyroid ones Dr Meyer ordered). I haven't heard anything. Is no news good news or should I chase? Thanks, Ruth""",
"result chase after a test"),

D("fr", "appointment", "Demande de RDV cardiologie",
"""Bonjour,
Je souhaiterais prendre rendez-vous avec le Dr Haddad pour mon contrôle annuel. Pour info j'ai des antécédents d'infarctus (2018, stent) mais tout va bien depuis, pas de douleur.
Je suis disponible les lundis et mardis après-midi.
Merci,
Jean-Claude Bertin, né le 12/09/1951""",
"piège: appointment request with historical myocardial infarction and negated pain"),

D("en", "clinical_urgent", "prescription renewal",
"""Hi,

I'd like to renew my lisinopril and the amlodipine, same pharmacy as last time (CVS on 5th). Also wanted to ask if I can switch to the 90 day supply since it's cheaper with my plan.

Oh and since this morning I've had this crushing feeling in my chest that goes up into my jaw, it comes and goes, probably indigestion. Anyway the renewal is the main thing.

Thanks,
Walter Brennan
(305) 555-0187""",
"red flag buried after a refill request: current crushing chest pain radiating to jaw; urgent overrides prescription"),

D("fr", "followup", "Suite à mon opération",
"""Bonjour Docteur,
Je me permets de vous donner des nouvelles 10 jours après ma cholécystectomie. La cicatrice est belle, pas de rougeur, pas de fièvre. J'ai encore un peu mal à l'épaule droite le soir, est-ce normal ? Faut-il que je revienne vous voir ou est-ce que je peux reprendre le travail lundi ?
Bien à vous,
Mme Lucie Garnier""",
"piège: post-op update with negated warning signs (rougeur, fièvre); followup"),

D("en", "other", "Q3 pricing - AED replacement pads and batteries",
"""Dear Procurement team,

Following our call, please find our updated Q3 pricing for the HeartSafe AED fleet: replacement electrode pads (adult and paediatric) and lithium batteries. As a reminder, pads expire 24 months after manufacture and a defibrillator with expired pads may fail to deliver a shock during cardiac arrest.

We can also offer on-site staff refresher sessions on recognising sudden cardiac arrest.

Kind regards,
Mark Tillman
Account Manager, HeartSafe Medical""",
"tricky: vendor mail about defibrillators mentioning cardiac arrest"),

D("fr", "clinical_urgent", "",
"""ma fille de 4 ans vient de convulser elle a les yeux révulsés et elle tremble de partout ça dure depuis 3 min elle répond pas""",
"no subject, no punctuation: child seizing now, unresponsive"),

D("en", "billing", "Re: Statement #88213",
"""Hi,

I got a statement saying I owe $1,240 for my ER visit in January but my insurance (Aetna) already paid their part according to the EOB. Can someone look at this? I don't want it going to collections.

Member ID W2841-77310
Dana Whitfield

> On Feb 20, Patient Accounts wrote:
> Your balance of $1,240.00 is now past due. Please remit payment
> or contact us to set up a payment plan.""",
"quoted reply, disputed balance after insurer payment; 'ER visit' is historical context only"),

D("fr", "prescription", "renouvellement ordonnance",
"""bonjour est ce que le dr peut me refaire mon ordonnance de levothyrox 75 j'en ai plus que pour 1 semaine. je peux passer la chercher jeudi ou vous l'envoyez a la pharmacie. merci. M. Dubois""",
"short lay refill request, no accents missing but no capitals"),

D("en", "clinical_urgent", "mom",
"""my mom just fell in the kitchen and now she can't get her words out, her mouth looks lopsided and she can't lift her right arm. she's 81. what do i do, should i drive her in??""",
"indirect stroke signs described by family member (speech, facial droop, arm weakness)"),

D("fr", "other", "Planning des gardes juin",
"""Bonjour à tous,
Le planning des gardes et astreintes de juin est en ligne sur l'intranet. Merci de signaler les échanges avant le 25 mai. Rappel : la garde SAU du week-end du 14 reste à pourvoir.
Claire, secrétariat des urgences""",
"staff rota/admin mail from the emergency department secretariat"),

D("en", "followup", "Discharge summary - Mrs P. Adeyemi",
"""Dear Dr Collins,

Re: Mrs Patience Adeyemi, DOB 03/07/1949, MRN 51177204

Mrs Adeyemi was admitted on 2 April with a left MCA territory ischaemic stroke (right arm weakness, expressive dysphasia). She was thrombolysed within the window and made a good recovery; at discharge on 9 April her speech is near normal and power is 4+/5 in the right arm.

Plan: clopidogrel 75 mg daily, atorvastatin 80 mg, outpatient carotid doppler (booked), stroke clinic review in 6 weeks. Please check BP in 2 weeks and titrate ramipril.

Yours sincerely,
Dr S. Nakamura, Stroke Registrar""",
"tricky: discharge summary describing a past stroke; followup to GP"),

D("fr", "clinical_urgent", "TR: résultat critique - potassium",
"""---------- Message transféré ----------
De : Laboratoire de biochimie
Objet : VALEUR CRITIQUE

Patient : ROUSSEL Henri, né le 22/11/1944, IPP 0048812
Service : Néphrologie, chambre 214
Kaliémie : 7,2 mmol/L (contrôlée sur second prélèvement, non hémolysé)
Appel au service sans réponse à 14h05.

Merci de prévenir le médecin du patient immédiatement.""",
"forwarded lab alert with critical value (hyperkalaemia) for an inpatient; needs immediate action"),

D("en", "appointment", "Referral - Mr Tom Hargreaves, ?carpal tunnel",
"""Dear colleague,

I would be grateful if you could see Mr Tom Hargreaves (DOB 19/10/1966) in your hand clinic. He has a 4 month history of numbness and tingling in the right thumb, index and middle finger, worse at night, positive Phalen's. No weakness, no wasting. Nerve conduction studies not yet done.

Many thanks,
Dr A. Pillai
Riverside Medical Practice""",
"GP referral asking for a clinic appointment; 'no weakness' is negated"),

D("fr", "billing", "dépassement d'honoraires ?",
"""Bonjour
On m'a facturé 80 euros de dépassement pour l'anesthésiste alors qu'on m'avait dit secteur 1. Je voudrais un devis détaillé et savoir si ma mutuelle peut le prendre en charge.
Merci
Patricia Noël
NIR 2 49 07 84 050 075 73""",
"fee supplement question with NIR"),

D("en", "clinical_urgent", "",
"""I've taken all my pills. I'm sorry. I just wanted someone to know.""",
"very short, indirect overdose / suicidal act"),

D("fr", "prescription", "Question sur mon traitement",
"""Bonjour docteur,
Depuis que j'ai commencé l'amlodipine il y a deux semaines j'ai les chevilles un peu gonflées le soir. Ce n'est pas douloureux et ça disparaît la nuit. Est-ce que c'est l'effet secondaire dont vous m'aviez parlé ? Faut-il changer de médicament ou attendre ?
Merci
Hélène Rivière""",
"medication side-effect question, no emergency"),

D("en", "other", "Join our study: heart health after 60",
"""The Cardiology Research Unit is recruiting adults aged 60-80 with NO history of heart attack or stroke for a 2-year study on exercise and blood pressure. Participants receive a free fitness assessment and £50 per visit.

To find out more, reply to this email or call 0161 555 0199.""",
"tricky: research recruitment mentioning heart attack and stroke"),

D("fr", "followup", "compte rendu IRM",
"""Bonjour,
J'ai fait mon IRM du genou le 12 et le radiologue m'a dit que le compte rendu serait envoyé au Dr Marchand. Est-ce que vous l'avez reçu ? Je dois le revoir en consultation mais je ne sais pas s'il faut attendre le CR avant de prendre RDV.
Merci
Yannick""",
"result/report chase; mentions an appointment but the purpose is the report follow-up"),

D("en", "clinical_urgent", "Fwd: my son",
"""Sending this to you because the pediatric line isn't picking up.

My son Eli is 7 weeks old and his temperature is 39.1 (rectal). He's been really sleepy and not feeding much since lunchtime. His DOB is 2 March. What should we do?

Mark & Jenna Ostrowski
555-0143""",
"high fever in a young infant, lethargic, feeding poorly"),

D("fr", "appointment", "annulation rdv",
"""Bonjour, je dois annuler mon rendez-vous de demain 10h30 en ophtalmo (Mme Perret Josiane). Je rappellerai pour en reprendre un. Désolée du délai""",
"simple cancellation"),

D("en", "billing", "Prior authorization denied - claim 4471920",
"""To: Patient Financial Services

Our review of the claim for CPT 93306 (transthoracic echocardiogram) for member Raymond Cole, DOB 08/21/1955, found that prior authorization was not obtained. The claim has been denied. The provider may submit a retro-authorization request with supporting clinical documentation (e.g. history of chest pain, abnormal ECG) within 30 days.

UnitedCare Health Plan, Claims Department""",
"tricky: insurer denial that mentions chest pain as documentation example"),

D("fr", "clinical_urgent", "Re: RDV du 15",
"""Bonjour,
Je voulais confirmer le rendez-vous du 15 avec le Dr Simon pour mon mari.
Par contre depuis cette nuit il crache du sang, pas beaucoup mais à chaque fois qu'il tousse, et il a du mal à respirer quand il monte l'escalier. Il a 67 ans et il fume. Est-ce qu'on attend le 15 ?
Martine Caron

> Le 2 mai, Secrétariat pneumologie a écrit :
> Votre rendez-vous est confirmé le 15 mai à 9h15.""",
"appointment confirmation with current haemoptysis and dyspnoea in husband; urgent overrides"),

D("en", "prescription", "Rx transfer request",
"""Hello, this is Kendra at Bayside Pharmacy (NCPDP 4412097). We have a transfer request for patient Oliver Grant, DOB 05/30/1972, for sertraline 100 mg, 0 refills remaining. The prescriber listed is Dr Leung at your clinic. Could you please send a new e-script or fax authorization to 555-0122?

Thanks, Kendra Liu, PharmD""",
"pharmacy asking for a new prescription"),

D("fr", "other", "Journée mondiale de l'AVC - stand dans le hall",
"""Le 29 octobre, à l'occasion de la journée mondiale de l'AVC, l'équipe de neurologie tiendra un stand dans le hall principal de 10h à 16h.
Savoir reconnaître un AVC : Visage paralysé, Inertie d'un membre, Trouble de la parole = appelez le 15 !
Venez nombreux, dépistage gratuit de l'hypertension.""",
"piège: awareness campaign with imperative hypothetical red flags"),

D("en", "followup", "after my colonoscopy",
"""Dr Rasheed,

Thank you for doing my colonoscopy on Monday. The nurse said you removed two polyps and that the pathology would come back in about 10 days. I had a tiny bit of blood on the tissue the day after, which she told me could happen, and it's stopped completely now. When will I hear about the biopsy, and do I need another scope in 3 or 5 years?

Best,
Andrew Kimball""",
"tricky: post-procedure followup with minor, resolved bleeding; asks about pathology"),

D("fr", "clinical_urgent", "hemorragie",
"""bonsoir je suis opérée d une amygdalectomie il y a 8 jours et la je saigne beaucoup de la gorge, j ai rempli un verre de sang en crachant, qu est ce que je dois faire""",
"post-op haemorrhage now, no accents/apostrophes"),

D("en", "appointment", "Booking for my dad - memory clinic",
"""Hi there,

My father, Frank Delgado (DOB 11/04/1943), has a referral from his GP to the memory clinic. We got a letter saying to call to book but the line is always busy. He's been getting more forgetful over the last year, nothing sudden, just slowly. Could you book him in, preferably a morning since he's better then? My number is (617) 555-0164.

Thank you,
Maria Delgado""",
"carer booking; gradual memory loss (not sudden confusion)"),

D("fr", "billing", "",
"""Bonjour, pouvez-vous m'envoyer un duplicata de la facture de l'hospitalisation de ma mère (Mme Colette Bruneau, séjour du 4 au 9 janvier) ? La mutuelle le demande pour rembourser le forfait journalier. Merci, Alain Bruneau""",
"no subject, invoice duplicate for insurer reimbursement"),

D("en", "other", "Vacancy: Emergency Department Staff Nurse (Band 5)",
"""We are looking for enthusiastic Band 5 nurses to join our busy Emergency Department. You will triage and care for patients presenting with chest pain, stroke, sepsis, trauma and acute breathing problems. Full training in ALS and our rapid assessment pathway provided.

Closing date: 30 June. Apply via the careers portal, ref ED-2291.""",
"tricky: job ad for emergency nurses listing red flags"),

D("fr", "prescription", "Pharmacie du Marché - ordonnance illisible",
"""Bonjour,
Nous avons une ordonnance du Dr Vasseur pour Mme Anne Leclerc (née le 17/06/1960) dont la posologie du Kardegic est illisible (75 ou 160 mg ?). Pouvez-vous nous confirmer par retour de mail ou au 03 20 55 41 12 ?
Merci,
Pharmacie du Marché, Lille""",
"pharmacy clarifying a prescription"),

D("en", "clinical_urgent", "Husband acting strange",
"""Hello, I'm not sure who to contact. My husband Paul (DOB 7/19/1959, MRN 33019472) came home from golf about an hour ago and he's suddenly very confused, he doesn't know what day it is and he called me by his sister's name. His speech is a bit slurred too and he's not a drinker. He had his knee surgery with you last month. Should I bring him in to you or go to the ER?""",
"sudden confusion plus slurred speech in spouse, phrased as a question about where to go"),

D("fr", "followup", "Transmission - sortie de Mme Ferrand",
"""Bonjour,
Pour info Mme Ferrand (ch. 308) est sortie ce matin à domicile avec l'HAD. Pansement de l'ulcère tous les 2 jours par l'IDE libérale, prochain contrôle en consultation plaie dans 3 semaines. Elle a fait un malaise vagal mercredi dernier, bilan négatif, rien depuis.
Bonne journée,
Stéphanie, IDE 3e étage""",
"piège: nurse handover on discharge, past resolved malaise; followup/coordination"),

D("en", "billing", "payment plan",
"""Can I set up a payment plan for the $3,400? I can do about $150 a month. Account 7719-2203. Thanks, J. Moreno""",
"short payment-plan request"),

D("fr", "clinical_urgent", "mon frère",
"""Bonjour, je vous écris parce que mon frère m'a envoyé un message ce soir où il dit qu'il veut en finir, qu'il a tout préparé et qu'il nous remercie pour tout. Il est suivi chez vous en psychiatrie par le Dr Laurent. Il ne répond plus au téléphone. Je suis à Lyon, lui à Grenoble. Aidez-moi svp.
Romain Pichon 07 62 18 33 40""",
"current suicidal intent reported by a sibling"),

D("en", "appointment", "Re: Re: MRI slot",
"""Tuesday at 7:40am works, thank you. Do I need to stop eating beforehand?

-- 
Greg Holt
Sent from my phone

> > Could you do Tuesday 7:40 or Thursday 18:20?
> > Radiology Bookings""",
"quoted thread, confirming imaging appointment with prep question"),

D("fr", "other", "Newsletter Santé+ : l'hiver et votre coeur",
"""Santé+ | La lettre d'information de votre hôpital

Le froid augmente le risque d'infarctus. Douleur dans la poitrine qui irradie dans le bras ou la mâchoire, essoufflement, sueurs : ce sont des signes qui doivent vous faire appeler le 15 sans attendre.

Aussi dans ce numéro : la grippe, faut-il se faire vacciner ? Recette : soupe de potiron. Se désinscrire""",
"piège: health newsletter describing infarction signs"),

D("en", "followup", "Quick update on Mrs Ng",
"""Hi team, just an update from home visits: Mrs Wendy Ng (MRN 62210934) is managing well with the new walker, BP 138/82, no falls since discharge. Her daughter asked whether the physio referral has gone through. Could someone confirm? - Jess, community nurse""",
"tricky: community nurse update, negated falls; asks about referral status"),

D("fr", "clinical_urgent", "",
"""Mon bébé a 2 mois il a 39,4 de fièvre depuis ce matin et il veut plus boire son biberon. On peut venir directement ?""",
"infant with high fever, refusing feeds"),

D("en", "prescription", "inhaler",
"""hi can i get another blue inhaler sent over, lost mine at the beach lol. asthma is fine just want a spare. thx - Tyler Banks 08/02/2001""",
"SMS-style refill; 'asthma is fine'"),

D("fr", "appointment", "Demande de consultation - Dr Morin, médecin traitant",
"""Cher confrère,
Je vous adresse M. Kevin Barbier, 42 ans, pour avis gastro-entérologique devant des épigastralgies évoluant depuis 3 mois, sans hématémèse ni méléna, sans amaigrissement. Une fibroscopie me paraît indiquée. Merci de lui proposer un rendez-vous.
Confraternellement,
Dr P. Morin""",
"piège: GP referral with negated haematemesis/melaena; asks for an appointment"),

D("en", "clinical_urgent", "bee sting - throat",
"""My coworker got stung by a bee at lunch and now her lips and tongue are swelling and she says her throat feels tight and she's wheezing. She has an epipen in her bag but she's panicking, should we use it? We are in building C next to your clinic.""",
"anaphylaxis in a coworker now"),

D("fr", "billing", "Remboursement trop-perçu",
"""Bonjour,
J'ai payé deux fois la même facture (n° 2024-118734) par carte, une fois en ligne et une fois à l'accueil. Pouvez-vous me rembourser le trop-perçu de 27 € ? Je joins mon RIB : FR76 3000 6000 0112 3456 7890 189.
Cordialement, Sophie Tran""",
"double payment refund with IBAN-like number"),

D("en", "other", "Parking permit renewal",
"""All staff: annual car park permits expire on 31 March. Renew via the Estates portal. Blue badge holders must re-upload documentation. Questions to estates@example-hospital.org""",
"admin mail, no clinical content"),

D("fr", "followup", "résultats prise de sang",
"""Bonjour, j'ai reçu mes résultats sur le portail, le fer est à 8 et c'est marqué en rouge. Est ce que c'est grave ? Le Dr Lambert voulait que je refasse une prise de sang dans 1 mois mais la je m'inquiète un peu. Merci. Nadia""",
"worried about an abnormal but non-critical lab result; followup"),
]

# ---------------------------------------------------------------- batch 2
MESSAGES += [
D("en", "appointment", "cancel",
"""cancel my appt tomorrow pls""",
"five-word cancellation"),

D("fr", "prescription", "Ordonnance pour ma mère - EHPAD",
"""Bonjour,
Je suis infirmière coordinatrice à l'EHPAD Les Tilleuls. L'ordonnance de Mme Germaine Vidal (née le 02/01/1932) arrive à échéance le 10. Pourriez-vous la renouveler à l'identique (Eliquis 2,5 mg x2, Lasilix 40, Inexium 20) et l'envoyer par messagerie sécurisée ? Pas d'évènement particulier ce mois-ci, pas de chute, pas de saignement.
Merci,
Corinne Masson, IDEC""",
"piège: nursing home requests renewal; negated falls/bleeding on anticoagulant"),

D("en", "clinical_urgent", "Re: your question about the new pills",
"""Thanks for getting back to me about the dosage, I'll take it with food like you said.

One other thing, I didn't want to bother you but my left leg went weak this afternoon and I dropped my cup, and when I looked in the mirror one side of my face looked droopy. It's been about 40 minutes. I'm sure it's just tiredness.

Barbara

> Hi Barbara, yes take the naproxen with food, no more than twice a day.
> Nurse Helen""",
"red flag buried in a reply thread: current leg weakness and facial droop, patient minimising"),

D("fr", "billing", "Devis chirurgie réfractive",
"""Bonjour,
Suite à ma consultation avec le Dr Nguyen, j'aimerais recevoir le devis détaillé pour l'opération LASIK des deux yeux afin de le transmettre à ma mutuelle (Harmonie). Est-il possible de payer en plusieurs fois ?
Merci d'avance
Julien Fabre""",
"quote and payment-in-instalments request"),

D("en", "other", "IT outage Saturday 02:00-06:00",
"""Planned maintenance: the EPR will be read-only on Saturday from 02:00 to 06:00. Downtime packs (paper prescription charts, obs charts, sepsis screening tools) are in each ward office. Please print your patient lists before 01:30.

IT Service Desk""",
"tricky: IT downtime notice mentions sepsis screening tools; admin"),

D("fr", "clinical_urgent", "Appel - Mme Lopez ch 12",
"""Interne de garde,
Mme Lopez ch 12 (J3 prothèse de hanche) : douleur thoracique brutale à 16h, dyspnée, SpO2 88% AA, FC 118, TA 105/60. ECG fait. Suspicion EP. Merci de venir rapidement, je lui ai mis 6L d'O2.
Aurélie, IDE ortho, poste 5521""",
"nurse calling on-call intern: acute chest pain and hypoxia in post-op patient (suspected PE)"),

D("en", "followup", "Letter from Neurology clinic",
"""Dear Dr Fairbanks,

Re: Ms Chloe Ramirez, DOB 22/05/1994

I reviewed Ms Ramirez in the first seizure clinic today. She had a single generalised tonic-clonic seizure on 3 February in the context of sleep deprivation. Examination and MRI brain are normal; EEG shows no epileptiform discharges. We have not started an antiseizure medication. I have advised her not to drive for 6 months and informed her of DVLA rules.

I will see her again in 4 months.

Dr Imran Qureshi, Consultant Neurologist""",
"tricky: clinic letter about a past single seizure; followup"),

D("fr", "appointment", "RDV echo",
"""bjr c possible d avancer mon echo du 28 ? jsuis dispo toute la semaine pro. merci. Ines B 06 45 90 12 77""",
"SMS-style request to bring forward an ultrasound"),

D("en", "prescription", "Question about warfarin and antibiotics",
"""Hello,

My dentist prescribed amoxicillin for a tooth infection and I'm on warfarin 5 mg. The leaflet says antibiotics can affect INR and increase the risk of bleeding. Should I get my INR checked sooner, or change the warfarin dose? I have no bleeding or bruising at the moment.

Thanks,
Harold Finch""",
"tricky: drug interaction question, hypothetical/negated bleeding"),

D("fr", "clinical_urgent", "",
"""Elle ne répond plus quand on lui parle, elle respire mais elle a les yeux fermés. Ma grand-mère, 89 ans, elle est diabétique. On est au 12 rue des Lilas à Vannes. Le 15 ne décroche pas.""",
"unresponsive elderly relative, indirect wording"),

D("en", "billing", "Insurance change",
"""Hi,
As of 1 January I switched from BlueShield to Kaiser. My next appointment is on the 14th for my diabetes check. Can you update my insurance on file so I don't get billed for it? New member ID K88-402-1175, group 55123.
Thanks,
Michelle Okoye
DOB 04/11/1980""",
"mixed: insurance update for an upcoming appointment; billing dominant"),

D("fr", "other", "Vente de matériel - pousse-seringues",
"""Bonjour,
Dans le cadre du renouvellement de votre parc, MediPompe vous propose une reprise de vos anciens pousse-seringues pour l'achat de notre nouveau modèle, avec alarmes d'occlusion et protocoles de sédation et d'arrêt cardiaque préprogrammés.
Démonstration possible dans votre service de réanimation.
Bien cordialement,
Thierry Blanc, Délégué commercial""",
"piège: supplier mail mentioning arrêt cardiaque"),

D("en", "clinical_urgent", "bleeding wont stop",
"""Cut my hand on a broken glass about 20 minutes ago, it's a deep cut on the palm and it's still pouring blood through three towels even though I'm pressing hard. I feel lightheaded. Is the walk-in open or do I go to emergency?""",
"severe ongoing bleeding with lightheadedness"),

D("fr", "followup", "Re: suivi tension",
"""Bonjour docteur,
Comme convenu voici mes relevés de tension de la semaine (matin / soir) :
lun 142/88 - 138/85
mar 135/84 - 140/90
mer 130/82 - 133/80
jeu 128/79 - 131/83
ven 129/80 - 127/78
Pas de maux de tête ni de vertiges depuis l'augmentation du traitement. On garde la même dose ?
Cordialement, Patrick Aubert

> Envoyez-moi vos auto-mesures dans une semaine. Dr Gauthier""",
"piège: home BP diary sent back as requested; negated headache/dizziness"),

D("en", "appointment", "Prenatal appointment",
"""Hi, I'm 11 weeks pregnant and I just moved to the area. My midwife back home said I need to book my 12 week scan and my first appointment with a new team. Can you help me set this up? I'm Aisha Rahman, DOB 09/03/1996, phone 555-0198. Everything has been normal so far, just some morning sickness.""",
"new pregnancy booking"),

D("fr", "clinical_urgent", "suite opé - cicatrice",
"""Bonjour,
Je suis sortie samedi après mon opération de l'appendicite (Dr Petit). Depuis hier la cicatrice est chaude, toute rouge et il y a du pus jaune qui coule, et ce matin j'ai 39,2 de fièvre avec des frissons. Je ne sais pas si je dois attendre mon RDV de contrôle de la semaine prochaine.
Amandine Roche, née le 30/08/1988""",
"post-operative warning signs now: hot red oozing wound with fever"),

D("en", "prescription", "Prior auth for Ozempic",
"""Dear Dr Chen's office,

CVS Caremark needs a prior authorization for semaglutide 0.5 mg for your patient Denise Powell (DOB 12/12/1967). Her plan requires documentation of type 2 diabetes and an HbA1c above 7% within the last 6 months. Please complete the attached form.

CVS Caremark Prior Authorization Team""",
"PA request for a medication (prescription dominates over billing: it's about getting the drug prescribed/approved)"),

D("fr", "billing", "Re: Avis de somme à payer",
"""Bonjour
Je conteste cet avis de somme à payer de 312 €. J'étais hospitalisé aux urgences le 5 juin pour une douleur thoracique et finalement c'était musculaire, mais je suis en ALD pour mon diabète donc tout devrait être pris en charge à 100%, non ?
Merci de me répondre rapidement, le Trésor public me relance.
Gérard Lemoine
NIR 1 34 02 56 429 072 61

> Madame, Monsieur, vous restez redevable de la somme de 312,00 €...""",
"piège: billing dispute citing past ER visit for chest pain (resolved, benign)"),

D("en", "other", "Grand Rounds Thursday: Sepsis in the elderly",
"""Medical Grand Rounds this Thursday, 12:30, Lecture Theatre 2. Dr Amelia Hart will present 'Missed sepsis in older adults: confusion, falls and the absent fever'. Lunch provided. CME credit available.""",
"tricky: educational event mentioning sepsis/confusion"),

D("fr", "clinical_urgent", "ma mère a avalé des médicaments",
"""Bonjour, ma mère a avalé une plaquette entière de Doliprane 1000 et des comprimés de Lexomil il y a environ une heure, je l'ai trouvée sur le canapé elle est somnolente. Elle est suivie chez vous en psychiatrie. Que faire en attendant ?""",
"paracetamol + benzodiazepine overdose in a parent"),

D("en", "followup", "how long off work after hernia repair?",
"""Hi, I had my inguinal hernia repaired 2 weeks ago by Mr Sandhu. The wound looks good and I'm off the painkillers. How long before I can lift at work (I'm a warehouse picker)? And do I need a fit note for another 2 weeks? Cheers, Liam O'Connell""",
"post-op followup: return to work and fit note"),

D("fr", "appointment", "Prise de RDV pour mon fils",
"""Bonjour,
Je souhaiterais prendre un rendez-vous en ORL pour mon fils Léo (6 ans) qui ronfle beaucoup et fait des pauses respiratoires la nuit d'après sa maîtresse d'école... enfin d'après moi, pardon. Le pédiatre nous a conseillé de consulter pour les amygdales. Nous sommes disponibles le mercredi.
Merci,
Camille Jourdan, 06 33 21 48 90""",
"piège: appointment for snoring with sleep pauses (chronic, not acute respiratory distress)"),

D("en", "clinical_urgent", "URGENT: critical lab value",
"""CRITICAL RESULT NOTIFICATION

Patient: MORALES, Javier   MRN 20938841   DOB 01/17/1962
Location: ED Bay 7
Test: Hemoglobin  Result: 5.8 g/dL (previous 11.2 g/dL on 03/02)
Called to: unable to reach ordering provider (Dr Kim) at 09:42

Please acknowledge and act immediately.
Core Laboratory""",
"lab alert with critical value (acute Hb drop) for a patient in ED"),

D("fr", "prescription", "patch",
"""Bonjour, la pharmacie n'a plus mes patchs de nicotine 21 mg, ils proposent du 14 + du 7. C'est pareil ? Faut une nouvelle ordonnance ? Merci, Fred""",
"short pharmacy substitution question"),

D("en", "billing", "Itemized bill request for HSA",
"""Hello,

I need an itemized bill (with CPT codes) for my daughter's visits on 02/14, 03/06 and 03/27 so I can get reimbursed from my HSA. The summary statement I got only shows totals.

Patient: Emma Schultz, DOB 06/25/2012
Guarantor: Kurt Schultz
Account #: 3306-1148

Thank you!""",
"itemized bill request"),

D("fr", "other", "Recrutement IDE urgences - poste à pourvoir",
"""Le service des urgences adultes recrute 3 IDE en CDI. Vous serez amené(e) à prendre en charge des patients en détresse vitale : arrêt cardiaque, polytraumatisme, AVC, détresse respiratoire, intoxications. Formation IOA assurée. Prime urgences + NBI.
Candidatures : drh-recrutement@example-hospital.org""",
"piège: job ad for emergency nurses listing red flags"),

D("en", "clinical_urgent", "He's breathing weird",
"""My 3 yr old has croup again but this time it's different, he's pulling in under his ribs when he breathes, making a loud noise breathing IN even when he's calm and his lips look a bit blue-ish. The steroid from last time is gone. Please someone tell me what to do""",
"child in respiratory distress (stridor at rest, recession, cyanosis)"),

D("fr", "followup", "Courrier de sortie - M. Benali",
"""Cher confrère,

Votre patient M. Rachid Benali, 58 ans, a été hospitalisé du 12 au 16 mars dans notre service pour un syndrome coronarien aigu ST+ inférieur, traité par angioplastie primaire de la coronaire droite avec pose d'un stent actif. Les suites ont été simples, sans récidive douloureuse.

Traitement de sortie : aspirine 75 mg, ticagrelor 90 mg x2 pendant 12 mois, bisoprolol 2,5 mg, atorvastatine 80 mg, ramipril 2,5 mg.

Rendez-vous de réadaptation cardiaque programmé. Consultation de contrôle dans 6 semaines.

Bien confraternellement,
Dr E. Fontaine, cardiologie""",
"piège: discharge letter describing a past STEMI; followup to GP"),

D("en", "appointment", "Physio appointments",
"""Hi, I was told to book 6 physio sessions after my ACL reconstruction. Can I do them all Fridays? I'm at college the rest of the week. Thanks, Jordan Pike""",
"booking series of appointments"),

D("fr", "clinical_urgent", "Re: Re: ordonnance kiné",
"""Merci pour l'ordonnance de kiné, je l'ai bien reçue.
Autre chose, je ne sais pas si c'est lié mais depuis 2h j'ai une douleur au ventre horrible, à droite en bas, je suis pliée en deux, j'ai vomi deux fois et je ne peux plus marcher droit. J'ai 23 ans.
Lola

> Bonjour, voici votre ordonnance de kinésithérapie. Cordialement, secrétariat""",
"buried red flag: severe acute abdominal pain with vomiting in a reply about a physio prescription"),

D("en", "prescription", "Can I take ibuprofen with my blood thinner?",
"""Quick question - I'm on Eliquis for AFib and I've got a sore back from gardening. Is it ok to take Advil or should I stick with Tylenol? Thanks, Nancy""",
"medication question, no emergency"),

D("fr", "billing", "Prise en charge ambulance",
"""Bonjour
Je voudrais savoir qui paie le transport en ambulance de mon père entre l'hôpital et le centre de rééducation après son AVC du mois dernier. La société d'ambulance nous réclame 187 €. Il a un bon de transport signé par le médecin du service. 
Merci
Sylvie Marchetti""",
"piège: billing question about ambulance transport after a past stroke"),

D("en", "other", "Thank you to the 3rd floor nurses",
"""I just wanted to say thank you to all the nurses on the 3rd floor who looked after my wife Gloria in March. You were so kind when she was so sick. She is home and doing great, gardening again. Please pass this on.
Warmly,
Ed Sullivan""",
"thank-you note, no request"),

D("fr", "clinical_urgent", "SMS transféré du portail",
"""[Message patient via portail]
jai une douleur dans la poitrine depuis 1h qui part dans le bras gauche et j ai la nausée, je suis seul a la maison. Ça fait comme un poids. Jean-Luc Moreau ne le 03/05/1955""",
"patient portal message: current chest pain radiating to left arm, no accents"),

D("en", "followup", "Re: pathology result",
"""Thank you Dr Abbott. Relieved it's benign. So I don't need anything else until the next mammogram in a year? And is the lump going to stay there forever?

Karen

> Dear Karen, I'm pleased to tell you the core biopsy showed a fibroadenoma,
> which is benign. No further treatment is needed.""",
"reply about a benign result; next steps"),

D("fr", "appointment", "report consultation",
"""Madame,
Suite à une hospitalisation imprévue (fracture du poignet, tout va bien), je ne pourrai pas me rendre à la consultation de dermatologie du 22 avril. Pourriez-vous me proposer une autre date en mai ?
Avec mes remerciements,
Odile Chevalier""",
"reschedule after an unrelated past event"),

D("en", "clinical_urgent", "my sister",
"""Please, my sister texted me 'goodbye, I'm sorry, I can't do this anymore' and she's been talking about killing herself for weeks. She's a patient in your outpatient psychiatry clinic (Rebecca Stein, DOB 10/10/1990). She isn't answering. I've called the police to check on her. Is there anything you can do from your side?""",
"family reports current suicidal intent"),

D("fr", "other", "Enquête de satisfaction",
"""Madame, Monsieur,
Vous avez récemment séjourné dans notre établissement. Afin d'améliorer la qualité de nos services, nous vous remercions de prendre 5 minutes pour répondre à notre questionnaire e-Satis en cliquant sur le lien ci-dessous.
La direction de la qualité""",
"satisfaction survey"),

D("en", "prescription", "Pharmacy query - amoxicillin allergy",
"""Hi, Rite Aid here. We received an Rx for amoxicillin 500 mg TID for Carlos Mendez, DOB 02/09/1978, but his profile lists a penicillin allergy (hives, 2015). Please advise on an alternative or confirm you want to proceed.

Thanks,
Ben, pharmacy technician""",
"tricky: pharmacy flagging a historical allergy; prescription"),

D("fr", "followup", "Holter",
"""Bonjour, j'ai rendu le holter ECG lundi. Quand est-ce que j'aurai les résultats ? Les palpitations ont disparu depuis que je bois moins de café. Cordialement, Thomas Guérin""",
"result chase, symptom resolved"),

D("en", "clinical_urgent", "Community nurse - urgent",
"""Dr Hollis,

I'm with Mr Arthur Pemberton (DOB 14/08/1938, MRN 70441283) at home. He's vomiting fresh red blood, about a cupful twice in the last hour, and he's clammy with a pulse of 118. He's on rivaroxaban. Ambulance called, ETA 25 min. Can you let the ED know he's coming and advise on anything meanwhile?

Sue Barnes, District Nurse, 07700 900412""",
"clinician reporting haematemesis on anticoagulant now"),

D("fr", "prescription", "",
"""Bonjour docteur, pouvez vous me faire une ordonnance pour la pilule (Optilova) pour 1 an ? Je n'ai plus de plaquette après celle là. Merci, Manon Blanchet""",
"contraceptive renewal, no subject"),

D("en", "appointment", "request for second opinion appointment",
"""Dear Sir/Madam,

I was diagnosed with prostate cancer (Gleason 3+4) at another hospital and offered surgery. Before deciding, I'd like a second opinion from one of your urologists about active surveillance versus radiotherapy. I can bring my MRI images and biopsy report on a disc.

Please let me know how to arrange an appointment.

Regards,
David Thornton
DOB 30/06/1957
Tel 0113 496 0871""",
"second-opinion appointment request"),

D("fr", "billing", "Facture pédiatre",
"""Rebonjour, je n'ai toujours pas reçu la facture acquittée de la consultation de mon fils aux urgences pédiatriques du 2 février (il avait fait une convulsion fébrile, il va très bien maintenant). La CAF me la demande. Merci. Aurélie Simon""",
"piège: invoice request mentioning a past, resolved febrile seizure"),

D("en", "other", "Fwd: Fire drill and evacuation training",
"""---------- Forwarded message ---------
From: Health & Safety
Subject: Fire drill and evacuation training

Mandatory fire safety training for all ward staff, including horizontal evacuation of patients who cannot walk, on oxygen or on monitors. Sessions every Tuesday at 14:00 in the Education Centre.""",
"forwarded safety training notice"),

D("fr", "clinical_urgent", "",
"""Mon mari vient de faire un malaise dans la cuisine il est tombé, il est revenu à lui mais il est tout gris et il dit qu'il a mal dans la poitrine. Il a 62 ans. Qu'est-ce que je fais ?""",
"syncope with chest pain in spouse now"),

D("en", "followup", "Weight check after starting diuretic",
"""Hi Nurse Patel,

As you asked, here are my weights since starting the furosemide:
Mon 82.4 kg, Tue 81.9, Wed 81.3, Thu 81.0, Fri 80.8.
Ankles less puffy, breathing fine lying flat now, no more waking up short of breath at night like before. Do you still want daily weights?

Thanks,
Ronald Baptiste""",
"tricky: heart failure diary with resolved breathlessness; followup"),

D("en", "clinical_urgent", "",
"""chest pain. cant breathe. help""",
"three-word urgent message"),
]

# ---------------------------------------------------------------- batch 3
MESSAGES += [
D("en", "followup", "Long story, sorry - questions after Dad's hospital stay",
"""Hi,

I'm sorry this is long, I've been trying to write it for a few days. My dad, Leonard Price (DOB 02/28/1940, MRN 11820467), was in your hospital from the 3rd to the 11th after he had what they said was a mini-stroke, a TIA. At the time his speech went funny for about twenty minutes and his right hand was clumsy, and then it all came back. They did scans and a heart monitor and said his neck artery on the left was narrowed, and that he'd see the vascular surgeons.

Since he's been home he's been pretty good honestly. He's walking the dog again, speech is totally normal, he's doing the crossword. No new episodes, we've been watching him like hawks. My mom is 83 and she is the one who's with him most, I live 2 hours away, so I'm trying to coordinate from here.

My questions are:
1. He was told the vascular surgeon would call within two weeks about the carotid operation. It's been 12 days. Is there a way to check he's on the list? I don't want him to fall through the cracks, they said sooner is better.
2. The discharge sheet says clopidogrel 75 mg but the pharmacy gave him something called Plavix. My mom thinks he's now on two blood thinners. I think they're the same thing? Can someone confirm?
3. He's allowed to drive again when? The sheet says one month but he's itching to get back in the car.
4. Who do we call if it happens again? The sheet says 911 for any stroke symptoms, face, arm, speech, and we've stuck it on the fridge.

Thanks so much for everything you did for him. The nurses on the stroke unit were wonderful.

Best regards,
Caroline Price-Whitman
(503) 555-0121""",
"tricky: long rambling carer message after TIA; past event, instructions, no current symptoms; followup (coordination, pending surgery referral)"),

D("fr", "appointment", "RDV anesthésie",
"""Bonjour,
Mon intervention (prothèse de genou, Dr Mercier) est prévue le 18 juin. Je n'ai pas encore de date pour la consultation d'anesthésie, qui doit avoir lieu au moins 48h avant. Pouvez-vous m'en fixer une ?
Je précise que je suis sous Kardegic depuis mon AVC il y a 4 ans, l'anesthésiste voudra sûrement le savoir.
Roger Duval, 04 76 33 21 09""",
"piège: pre-op anaesthesia appointment; historical stroke"),

D("en", "clinical_urgent", "Rapid response - Ward 7",
"""RRT called 03:12 to Ward 7 bed 3: 54M, day 1 post lap chole, NEWS2 9. Temp 39.4, HR 132, BP 84/50, RR 28, new confusion, abdomen rigid. Lactate 4.6. Fluids running, cultures sent. Surgical registrar please attend urgently, ICU outreach informed.""",
"clinician-formal: post-op sepsis/peritonitis, patient deteriorating now"),

D("fr", "prescription", "Re: ordonnance insuline",
"""Bonjour,
La pharmacie me dit que l'ordonnance pour mes stylos de Lantus n'est plus valable (plus de 3 mois pour une partie). Pouvez-vous m'en refaire une avec aussi les aiguilles et les bandelettes ? Je suis à la fin de mes stylos.
Merci beaucoup
Yvette Ménard

> Voici votre ordonnance, Dr Brun.""",
"insulin supplies renewal in a reply"),

D("en", "billing", "Wrong patient on my bill??",
"""Hello,

The bill I just received lists a procedure (upper endoscopy, 04/03) that I never had. I think it belongs to someone else with a similar name. My name is Jennifer L. Adams, DOB 07/15/1985. The account number is 55210-87. Please correct this and send me a corrected statement. I'm also concerned about my privacy, since I can see someone else's procedure.

Jennifer Adams""",
"billing error, possibly another patient's charge"),

D("fr", "other", "Plan blanc - exercice du 12",
"""À l'ensemble des personnels,
Un exercice plan blanc (afflux massif de victimes) aura lieu le 12 juin entre 9h et 12h. Des victimes simulées (brûlés, traumatisés, intoxiqués aux fumées) seront acheminées aux urgences. Merci de ne pas appeler le 15 si vous croisez une victime maquillée dans le hall.
Direction des soins""",
"piège: mass-casualty exercise notice with simulated victims"),

D("en", "clinical_urgent", "",
"""hi its kayla from 2 days ago, the allergy thing. my throat is closing up again and i used my epipen 10 mins ago but its getting worse. my face is huge. i'm at home alone""",
"anaphylaxis recurrence now, EpiPen not working"),

D("fr", "followup", "Bilan post cure",
"""Bonjour Docteur,
Je reviens vers vous comme convenu 1 mois après la fin de ma cure de radiothérapie. La fatigue diminue, la peau du sein a bien cicatrisé. Je voudrais savoir quand aura lieu la mammographie de contrôle et si je dois revoir l'oncologue avant.
Bien cordialement,
Françoise Lemaire""",
"post-treatment check-in"),

D("en", "appointment", "Telehealth link doesn't work",
"""My video visit with Dr Nguyen is in 15 minutes and the link in my confirmation email says 'expired'. Can you send a new one or can we do it by phone instead? 555-0176. Thanks, Arthur Ling""",
"appointment logistics, telehealth"),

D("fr", "clinical_urgent", "mon copain",
"""svp aidez moi mon copain a pris de la drogue a une soirée (il sait pas quoi) il respire super lentement et on arrive pas a le réveiller, ses levres sont bleues""",
"unknown intoxication, respiratory depression, unresponsive"),

D("en", "prescription", "Out of stock - Adderall XR 20",
"""Hello Dr Greene,

Our pharmacy and the two nearby ones are out of Adderall XR 20 mg due to the national shortage. Could you send a prescription for the IR version (10 mg twice daily) or an alternative for my son Noah Fitzgerald (DOB 03/22/2010)? He has school exams next week.

Thanks,
Lisa Fitzgerald""",
"stimulant shortage, needs alternative script"),

D("fr", "billing", "question mutuelle chambre seule",
"""Bonjour, est-ce que la chambre particulière est remboursée par la mutuelle ? On me demande de signer un papier pour 75 €/nuit pour l'hospitalisation de la semaine prochaine. Je voudrais savoir avant de signer. Merci, Mr Pires""",
"billing query before admission"),

D("en", "other", "Policy update: handover of deteriorating patients",
"""Colleagues,

Attached is version 4.2 of the Recognition and Response to the Deteriorating Adult Patient policy. Key changes: NEWS2 of 7 or more now triggers an immediate call to the rapid response team; new escalation flowchart for suspected sepsis; documentation of DNACPR discussions in the EPR.

Please read and sign off by 30 September.

Clinical Governance Team""",
"tricky: policy update on deterioration/sepsis; no patient"),

D("fr", "clinical_urgent", "Transmission urgente USC",
"""Dr Lemaire,
M. Garcia, lit 4 de l'USC, a fait une crise convulsive généralisée à 22h40 qui dure depuis plus de 5 minutes malgré 1 mg de Rivotril IV. SpO2 90% sous 6L. Je vous attends au lit, l'anesthésiste est prévenu.
Julie, IDE USC, poste 6123""",
"status epilepticus in inpatient, nurse calling doctor"),

D("en", "followup", "Sleep study results",
"""Hi Dr Mehta, I got a notification that my sleep study results are in. It says AHI 28. What does that mean and what happens next? My wife says I still stop breathing at night sometimes, same as always. Happy to come in. - Victor Ruiz""",
"tricky: result query; chronic apnoea observed by wife, not acute"),

D("fr", "appointment", "Consultation mémoire pour maman",
"""Bonjour,
Ma mère, Mme Josette Rey (née le 14/04/1939), a un rendez-vous en consultation mémoire le 5 juillet mais elle est hospitalisée en gériatrie en ce moment pour une infection urinaire. Elle sera sortie d'ici là normalement. Faut-il garder le rendez-vous ou le décaler ?
Merci de votre aide,
Nathalie Rey""",
"appointment question by carer; patient currently hospitalised for something else"),

D("en", "billing", "Re: Good faith estimate",
"""Thanks. The estimate says $2,800 for the MRI with contrast, but my insurance's website says $950 at your facility. Which is right? I don't want to be surprised.

- Sam

> Please find attached your Good Faith Estimate for the scheduled service.""",
"price estimate dispute"),

D("fr", "prescription", "Pharmacie - interaction",
"""Bonjour Docteur,
Pharmacie Centrale de Rennes. M. Alain Texier (né le 09/12/1950) présente une ordonnance de clarithromycine alors qu'il est sous simvastatine 40 mg (interaction contre-indiquée, risque de rhabdomyolyse). Souhaitez-vous une alternative (azithromycine ?) ou la suspension de la statine pendant le traitement ?
Merci de nous rappeler au 02 99 31 44 56.""",
"pharmacy interaction query"),

D("en", "clinical_urgent", "need advice",
"""Hello nurse line,

I'm 34 weeks pregnant with my second baby. I've had a bad headache since this morning that paracetamol won't touch, I'm seeing flashing lights and my face and hands have suddenly swollen up. My BP on my home monitor is 168/112. The antenatal clinic is closed today.

Sara Whitaker, DOB 19/01/1991, hospital number 61044872""",
"pregnancy with severe hypertension symptoms (pre-eclampsia signs) now; needs immediate attention"),

D("fr", "other", "Congrès SFMU - appel à communications",
"""Le congrès Urgences 2025 se tiendra à Paris du 4 au 6 juin. Thèmes : douleur thoracique et troponine ultrasensible, filière AVC et thrombectomie, intoxications, sepsis aux urgences. Date limite de soumission des résumés : 15 janvier.""",
"piège: conference call for abstracts listing red-flag topics"),

D("en", "other", "Lost property - reading glasses",
"""Hi, I think I left my reading glasses (tortoiseshell, in a blue case) in the waiting room of the orthopaedic clinic yesterday afternoon. Has anyone handed them in? Many thanks, Margaret Ellis""",
"lost property, non-clinical"),

D("fr", "followup", "",
"""Bonjour, je voulais vous dire que les anciens symptômes (vertiges, oppression dans la poitrine) n'ont pas recommencé depuis l'arrêt du traitement que vous avez suspendu. Je garde le rendez-vous de septembre ? Merci. G. Ferreira""",
"piège: resolved symptoms reported after medication stop; followup"),

D("en", "clinical_urgent", "RE: Appointment reminder - Tuesday 10:00",
"""I'll have to miss Tuesday, sorry. I'm in a bad place. I've been stockpiling my sleeping tablets and I've written letters for my kids. I don't think I'll be around on Tuesday.

> This is a reminder of your appointment with the Community Mental Health
> Team on Tuesday at 10:00. Reply to cancel.""",
"cancellation reply disclosing a current suicide plan; urgent overrides appointment"),

D("fr", "prescription", "Renouvellement traitement épilepsie",
"""Bonjour,
Je souhaiterais le renouvellement de mon ordonnance de Keppra 500 mg (1 matin 1 soir). Aucune crise depuis plus de 2 ans. Je ne peux pas venir avant la consultation de novembre, est-ce possible de l'envoyer à ma pharmacie ?
Merci, Anthony Leroy, 06 98 21 45 33""",
"piège: antiepileptic refill with negated seizures"),

D("en", "appointment", "Referral: ?DVT clinic",
"""Dear DVT clinic,

Please see Ms Orla Kennedy, 45, with a 3-day history of left calf swelling and tenderness after a long-haul flight. Wells score 2. D-dimer sent today. No chest pain, no breathlessness, no haemoptysis. I have given a first dose of apixaban as per pathway.

Dr H. Gallagher, Westside Surgery""",
"tricky: GP referral to DVT clinic; PE red flags negated"),

D("fr", "billing", "Prélèvement rejeté",
"""Madame, Monsieur,
Le prélèvement pour l'échéancier de ma facture d'hospitalisation a été rejeté ce mois-ci car j'ai changé de banque. Voici mes nouvelles coordonnées : IBAN FR14 2004 1010 0505 0001 3M02 606. Pouvez-vous relancer le prélèvement ?
Merci, Jérôme Caillaud""",
"direct debit change"),

D("en", "followup", "INR this week",
"""INR today was 3.4 at the pharmacy clinic (target 2-3). I'm on 6 mg a day. No bleeding, gums fine. Should I change the dose? Next check due in 1 week. - Phyllis""",
"tricky: anticoagulation monitoring with negated bleeding"),

D("fr", "clinical_urgent", "Demande RDV + autre souci",
"""Bonjour,
Je voulais prendre un rendez-vous pour mon contrôle de diabète (Dr Klein).
Autre souci : depuis ce matin j'ai le bras gauche et la jambe gauche tout engourdis et faibles, je tiens mal debout et ma femme dit que je parle bizarrement. Je pense que c'est le sucre. 
Michel Dumas, 71 ans, 06 11 49 87 20""",
"appointment request with current hemiparesis and speech change; urgent overrides"),

D("en", "billing", "Workers comp claim",
"""To whom it may concern,

I am the claims adjuster for Maxwell Roofing's workers' compensation carrier. Your facility treated our insured employee, Daniel Ortiz (SSN 312-54-8876, DOI 05/02), for a fall from a ladder. Please send all bills and records to the address below; do not bill the employee directly.

Regards,
Patricia Huang, Liberty Workers Comp""",
"workers comp billing with SSN"),

D("fr", "other", "Don du sang - collecte au self",
"""L'EFS organise une collecte de sang dans le hall du self le jeudi 14 de 11h à 15h. Chaque don peut aider à sauver des patients victimes d'hémorragie, d'accident ou en traitement pour un cancer. Pensez à bien manger avant de venir !""",
"piège: blood drive mentions hémorragie"),

D("en", "prescription", "New pharmacy",
"""Please send my prescriptions to the new Costco pharmacy instead of Walgreens from now on. Fax 555-0133. Thank you. Eleanor Voss DOB 08/08/1948""",
"pharmacy change request"),

D("fr", "appointment", "Prise de rdv vaccination voyage",
"""Bonjour, je pars au Mali en septembre et j'aimerais prendre RDV au centre de vaccinations internationales pour la fièvre jaune et les conseils paludisme. Quelles sont vos disponibilités en juillet ? Merci, Issa Konaté""",
"travel vaccine booking; 'fièvre jaune' is a disease name, not a symptom"),

D("en", "clinical_urgent", "Fwd: message from my elderly neighbour",
"""FYI - my neighbour (Mrs Dorothy Hale, 84, your patient) left this on my voicemail and I've typed it up because she's not answering her door:

'Jane, it's Dot, I'm on the floor in the bathroom, I fell and I can't get up, my hip is awful and I've been here since last night... I don't know... what day is it...' and then she just trailed off mid-sentence.

I've called 999 and I'm trying to get in with the spare key. Please flag her GP.""",
"forwarded voicemail: elderly neighbour on the floor since last night, confused and trailing off; not answering the door"),

D("fr", "followup", "Suivi diabétologie - carnet",
"""Bonjour Dr Klein,
Voici mes glycémies de la semaine : à jeun entre 1,20 et 1,45, après repas jusqu'à 2,10. J'ai eu une petite hypo à 0,62 mardi après le sport, resucrée, tout est rentré dans l'ordre. Est-ce que je baisse la Lantus de 2 unités comme vous aviez dit ?
Cordialement
Sébastien Gaillard""",
"piège: glucose diary with a resolved mild hypo; followup"),

D("en", "followup", "Letter - Cardiology outpatient",
"""Dear Dr Morris,

Re: Mr Neil Jacobs, DOB 11/11/1961

Thank you for referring Mr Jacobs with exertional chest tightness. His exercise tolerance test was positive at stage 3 and CT coronary angiography shows a 70% proximal LAD stenosis. He has been started on bisoprolol and aspirin and listed for elective PCI in the next 4 weeks. He knows to call 999 if he develops chest pain at rest or pain lasting more than 15 minutes.

Yours sincerely,
Dr F. Osei, Consultant Cardiologist""",
"tricky: clinic letter, stable angina, hypothetical safety-netting; followup"),

D("fr", "clinical_urgent", "",
"""Je suis à la maison avec mon fils de 15 ans qui s'est fait une scarification profonde au bras, ça saigne beaucoup et il dit qu'il voulait mourir. Il est suivi à la Maison des Ados. J'ai fait un garrot avec un torchon. Je fais quoi ?""",
"self-harm with severe bleeding and suicidal statement in a teenager"),

D("en", "other", "Press enquiry - new MRI scanner",
"""Hi, I'm a reporter with the Valley Herald. We'd like to do a short piece on the hospital's new MRI scanner opening next month. Is there someone in communications who could arrange a photo and a quote? Thanks, Jamie Rhodes""",
"press enquiry"),

D("fr", "prescription", "Ordonnance kiné + antalgiques",
"""Bonjour Dr Royer,
Le kiné me dit qu'il faut une nouvelle ordonnance pour 15 séances (la première est finie). Et aussi, je n'ai plus de Doliprane codéiné, est-ce que je peux en avoir encore une boîte ? Le dos va mieux mais pas encore ça.
Merci
Karine""",
"physio and analgesic prescription renewal"),

D("en", "appointment", "Post-discharge follow-up not booked",
"""Hi, I was discharged from cardiology last week after my pacemaker was fitted. The letter said I'd get a pacemaker check appointment in 6 weeks but nothing has come through. Could you book it? Also I'm fine, no dizziness or fainting since it went in. Thank you, Mr Frederick Hayes, hospital no. 80135529""",
"tricky: asks to book a device check; negated fainting/dizziness; appointment dominant"),

D("en", "billing", "Facture urgences étranger",
"""Hello, I'm writing in English sorry. I was treated at your emergency department in Nice on 2 August for a broken ankle while on holiday. I'm from the UK and have a GHIC card. I received an invoice of 420 € — should my card cover this? Can you bill the NHS directly?
Thanks, Emily Carter""",
"English-speaking tourist writing to a French hospital (French subject, English body); EHIC/GHIC billing question"),
]

# ---------------------------------------------------------------- batch 4
MESSAGES += [
D("fr", "followup", "Des nouvelles de mon mari et plein de questions",
"""Bonjour Madame, Bonjour Monsieur,

Je me permets de vous écrire car je ne sais plus trop à qui m'adresser et on m'a donné cette adresse à la sortie. Mon mari, Bernard Tessier, né le 17/03/1946, a été hospitalisé chez vous en cardiologie du 2 au 10 février pour une insuffisance cardiaque. Il était arrivé aux urgences très essoufflé, il ne pouvait plus s'allonger, il avait les jambes énormes. Ils lui ont retiré beaucoup d'eau avec les diurétiques et il est rentré à la maison beaucoup mieux.

Depuis, ça va plutôt bien. Il se pèse tous les matins comme l'infirmière l'a expliqué, il a perdu encore un kilo, il dort avec deux oreillers et il n'est plus essoufflé pour aller jusqu'à la boîte aux lettres. Il marche un peu tous les jours avec le déambulateur. Je fais attention au sel, ce n'est pas facile, il râle beaucoup, il trouve que tout est fade.

Mes questions :
- sur l'ordonnance de sortie il y a le furosémide 40 le matin, mais le cardiologue de ville (Dr Aubry) a dit au téléphone qu'on pouvait peut-être le diminuer. Qui décide ? On attend la consultation ?
- la prise de sang de contrôle (ionogramme, créatinine) a été faite le 20 au laboratoire de la rue Pasteur, est-ce que vous avez les résultats ? Le laboratoire dit qu'il les a envoyés.
- la consultation de contrôle en cardiologie : on nous avait dit « dans un mois » mais on n'a pas reçu de convocation.
- il a le droit de reprendre le jardinage ? Il ne tient pas en place.

Sur la feuille qu'on nous a donnée il est écrit qu'il faut appeler le 15 s'il a une douleur dans la poitrine, s'il a du mal à respirer la nuit ou s'il prend plus de 2 kilos en 3 jours. Pour l'instant rien de tout ça, heureusement, je croise les doigts.

Je vous remercie d'avance pour votre réponse et pour tout ce que vous avez fait pour lui, les infirmières ont été formidables.

Bien cordialement,
Monique Tessier
05 56 44 12 98
NIR de mon mari : 1 46 03 33 063 210 ??  (je n'ai pas la carte sous la main)""",
"piège: long rambling carer message after heart-failure stay; past dyspnoea, discharge instructions, negated; followup (results, dose, next consultation)"),

D("en", "appointment", "Reschedule colonoscopy - prep question",
"""Hi, my colonoscopy is booked for 6/3 but I'll be traveling. Can we move it to later in June? Also, do I get the prep kit mailed or do I pick it up? Thanks, Howard Blum, 555-0150""",
"reschedule with a prep logistics question"),

D("en", "prescription", "Missed dose",
"""I forgot my evening dose of Eliquis last night, just realized. Should I take 2 this morning or just carry on? No symptoms, feel fine. - Ray""",
"missed-dose medication question"),

D("fr", "clinical_urgent", "Douleur + fievre apres cesarienne",
"""Bonjour, jai accouché par cesarienne il y a 9 jours. Depuis hier jai de la fievre 39,5 avec frissons, la cicatrice est rouge chaude et ca coule un liquide qui sent mauvais, et jai tres mal au ventre. Je dois aller aux urgences ou a la maternité ? Merci. Mélanie Da Silva""",
"post-operative warning signs after C-section: fever, hot red oozing wound, abdominal pain; no accents"),

D("en", "billing", "Fwd: Final notice - collections",
"""Can someone please help with this? I've been trying to call for weeks. I was told by your financial counselor in February that I qualify for charity care and the balance would be written off.

Marcus Webb
Acct 99021-45

---------- Forwarded message ---------
From: Apex Recovery Services
Subject: FINAL NOTICE

This account has been referred to our agency. Balance: $4,870.15. Contact us within 10 days to avoid further action.""",
"forwarded collections notice, financial assistance"),

D("fr", "other", "Campagne vaccination grippe personnel",
"""Chères et chers collègues,
La campagne de vaccination antigrippale du personnel démarre lundi. Le service de santé au travail passera dans les unités avec un chariot mobile. La grippe peut être grave chez nos patients fragiles (pneumopathie, détresse respiratoire, décès) : se faire vacciner, c'est les protéger.
Santé au travail""",
"piège: vaccination campaign mentioning détresse respiratoire"),

D("en", "clinical_urgent", "CT head - critical finding",
"""Radiology critical finding communication

Patient: THOMPSON, Irene  MRN 48810267  DOB 03/09/1951
Exam: CT head non-contrast, 14:22, ED
Finding: acute left subdural haematoma, 14 mm, with 6 mm midline shift.
Attempted to reach ED attending by phone at 14:35 without success.

Dr L. Varga, Radiology""",
"radiology critical result for a current ED patient (intracranial bleed)"),

D("fr", "prescription", "Ordonnance bas de contention",
"""Bonjour docteur, il me faut une nouvelle ordonnance pour les bas de contention classe 2, les miens sont usés. Taille M. Merci, Christiane Fournier""",
"short renewal of compression stockings"),

D("en", "followup", "Physical therapy progress note",
"""Dr Alvarez,

Progress note for Mr Kenji Watanabe, s/p right TKA 6 weeks ago. ROM 5-110 degrees, ambulating with a single-point cane, pain 2/10. Incision well healed, no erythema, warmth or drainage; afebrile. Recommend continuing PT 2x/week for 4 more weeks. Please sign the updated plan of care.

Thanks,
Rachel Kim, DPT""",
"tricky: PT note with negated post-op wound warning signs; followup"),

D("fr", "appointment", "IRM - prise de rendez-vous",
"""Bonjour,
Mon médecin m'a prescrit une IRM lombaire pour une sciatique qui traîne depuis 2 mois. Je n'ai pas de perte de force ni de problème pour uriner, c'est juste douloureux. Quand pouvez-vous me prendre ? Je joins la prescription.
Damien Colin, 06 27 81 55 14""",
"piège: imaging booking with negated cauda equina / weakness signs"),

D("en", "other", "Volunteer drivers needed",
"""The Friends of St Mary's are looking for volunteer drivers to bring elderly patients to outpatient appointments. Mileage reimbursed. If you have a clean licence and a few hours a week, please get in touch!""",
"volunteer recruitment"),

D("fr", "clinical_urgent", "Ehpad les Glycines - résidente",
"""Bonjour,
Je suis l'infirmière de nuit à l'EHPAD les Glycines. Mme Suzanne Perrin (91 ans, votre patiente) présente depuis 1h une hémiplégie droite et ne parle plus, alors qu'elle était bien au coucher à 21h. Glycémie 1,10. Le SAMU est appelé. Pouvez-vous transmettre son dossier aux urgences ?
Cordialement,
Farida, IDE""",
"nursing home nurse: acute stroke signs in a resident now"),

D("en", "prescription", "Re: Refill request",
"""Hi, any news on this? Still waiting, down to my last 2 tablets of the levetiracetam. I really can't run out, last time I ran out I had a seizure. Please send to Kroger pharmacy. - Tom Abernathy

> Received your refill request. Allow 3 business days.""",
"tricky: chasing an antiepileptic refill; historical seizure when ran out; prescription"),

D("fr", "billing", "Attestation de paiement pour impôts",
"""Bonjour,
Pour ma déclaration d'impôts j'ai besoin d'une attestation des sommes payées en 2024 pour l'hébergement de ma mère en USLD. Pouvez-vous me l'envoyer par mail ?
Merci
Hervé Lacroix""",
"tax certificate for long-term care fees"),

D("en", "clinical_urgent", "",
"""He's 2 and he swallowed one of those button batteries from the remote about 20 min ago, I saw him do it. He seems ok right now but drooling a lot. Do we go to A&E now??""",
"button battery ingestion in toddler (poisoning/ingestion emergency)"),

D("fr", "followup", "Résultat biopsie",
"""Bonjour, cela fait 3 semaines que j'ai eu la biopsie de la thyroïde et je n'ai pas de nouvelles. Je commence à stresser. Pouvez-vous me dire si le résultat est arrivé ? Merci. Élodie Marchal, née le 08/08/1979""",
"biopsy result chase"),

D("en", "other", "Code Blue drill next week",
"""Heads up: simulation team will run an unannounced in-situ Code Blue drill on one of the medical wards next week. The mannequin will be 'unresponsive, not breathing'. Please respond as you would for a real cardiac arrest, and don't call the real switchboard arrest line - use ext 3333 for drills.""",
"tricky: simulation drill with a mannequin 'unresponsive, not breathing'"),

D("en", "appointment", "Audiology - hearing aid fitting",
"""Hello, I'd like to book the hearing aid fitting. My audiogram was done on the 3rd. Mornings are best. My daughter can drive me Tues or Wed. Regards, Walter Osgood, DOB 22/04/1936""",
"appointment booking"),

D("fr", "clinical_urgent", "Re: Votre demande de RDV",
"""Merci pour la date du 20 mais je crois que je ne pourrai pas attendre. Depuis cette nuit je vomis du sang noir comme du marc de café et j'ai des selles noires. Je suis très fatigué, la tête me tourne quand je me lève.
Pierre Vincent

> Bonjour, nous pouvons vous proposer un rendez-vous en gastro-entérologie le 20 à 14h.""",
"reply to appointment offer: current haematemesis and melaena with dizziness"),

D("en", "prescription", "GP request - repeat prescription",
"""Dear Pharmacy team,

Please could Mrs Beryl Thornton (DOB 05/05/1944) have her repeat of bendroflumethiazide 2.5 mg and amlodipine 5 mg issued for collection at Boots, High Street. Her last BP was 134/78.

Regards,
Practice Nurse, Elm Tree Surgery""",
"repeat prescription request from practice"),

D("fr", "other", "Alerte ANSM - rappel de lots",
"""Information de sécurité : rappel de lots de seringues pré-remplies d'adrénaline 0,3 mg (lots 23B14 à 23B19) en raison d'un risque de défaut de délivrance de la dose. En cas de choc anaphylactique, utiliser un autre dispositif. Merci de vérifier les chariots d'urgence et les trousses d'urgence des services.
Pharmacie à usage intérieur""",
"piège: device/drug recall mentioning choc anaphylactique"),

D("en", "followup", "Re: Re: Stitches removal",
"""Perfect, I'll get the practice nurse to take them out Monday then. Wound looks clean, no redness, not hot, no discharge. Thanks for your help!

Kate

> > Stitches can come out at 10-14 days, your GP practice nurse can do it.
> > If the wound becomes red, hot or starts oozing with a fever, contact us.""",
"tricky: post-op followup with negated and hypothetical wound warning signs"),

D("fr", "appointment", "Prise de RDV post-urgences",
"""Bonjour,
Je suis passée aux urgences samedi pour une entorse de la cheville. Le médecin m'a dit de prendre rendez-vous en consultation d'orthopédie sous 10 jours. Pouvez-vous me donner une date ?
Laure Henry, née le 19/02/1992, tél 07 81 42 33 60""",
"appointment after ED visit"),

D("en", "billing", "Medicare question",
"""Hello,
I turned 65 last month and now have Medicare Part A and B (MBI 1EG4-TE5-MK73). Can you update my file so my cardiology visits go to Medicare first and my retiree plan second? Thank you.
Gloria Nakamura""",
"insurance coordination with MBI"),

D("fr", "clinical_urgent", "",
"""mon fils de 8 ans est tombé de vélo sans casque il a vomi 3 fois et il est tout endormi, on arrive à le réveiller mais il se rendort tout de suite""",
"head injury in child with repeated vomiting and drowsiness (declining consciousness)"),

D("fr", "prescription", "Question pilule et antibiotique",
"""Bonjour,
On m'a donné de l'amoxicilline pour une angine. Est-ce que ça diminue l'efficacité de ma pilule ? Et est-ce que je peux boire un verre samedi ? Merci, Jade""",
"medication interaction question"),

D("en", "other", "Re: Canteen menu",
"""Can we please have more vegetarian options in the staff canteen on night shifts? The only hot option after 8pm is a burger. - several night nurses from Ward 9""",
"staff suggestion"),

D("fr", "followup", "Lettre de liaison SSR",
"""Chère consœur,
Votre patiente Mme Yolande Barre, 76 ans, a séjourné dans notre SSR du 3 au 28 avril au décours d'un AVC ischémique sylvien gauche survenu le 21 mars. À la sortie, elle marche avec une canne, l'aphasie a nettement régressé, elle reste aidée pour la toilette. Poursuite de l'orthophonie en libéral 3 fois par semaine. Elle sera revue en consultation neurovasculaire le 15 juin.
Bien confraternellement,
Dr C. Roussel, MPR""",
"piège: rehab discharge letter about a past stroke; followup"),

D("en", "clinical_urgent", "Post-op patient - wound",
"""Hi, this is the home health nurse for Mr Alberto Ruiz (DOB 09/14/1958), who had a right femoral bypass with Dr Stone 8 days ago. Today the groin incision is hot, red and swollen with purulent drainage, temp 38.9, HR 110, and he's a bit confused. Please advise urgently, I'm with him now at 555-0107.""",
"clinician reporting post-op wound infection with fever and confusion now"),

D("en", "appointment", "Interpreter for appointment",
"""Hello, my mother has an appointment in the rheumatology clinic on 14 May at 11:00 (Mrs Fatima Begum, DOB 01/06/1950). She only speaks Sylheti. Can you book an interpreter? If not, can we move the appointment to a day I can come with her (Fridays)? Thanks, Rahima""",
"appointment logistics: interpreter/reschedule"),

D("fr", "billing", "Mutuelle - refus de prise en charge",
"""Bonjour,
Ma mutuelle refuse de rembourser les lunettes prescrites par le Dr Lebrun car l'ordonnance date de plus d'un an. Pouvez-vous me délivrer une copie de l'ordonnance de mars 2025 avec le compte rendu d'examen ? 
Merci
Patrice Morin""",
"mixed: insurer refusal needing a prescription copy; billing dominant (reimbursement)"),

D("en", "followup", "Echo results and next steps",
"""Dear Dr Singh, I saw on MyChart that my echocardiogram showed 'mild mitral regurgitation, EF 55%'. Is this something to worry about? I'd had palpitations in the spring but they settled. Do I need another echo later? Thanks, Beatrice Lowe""",
"result interpretation question; resolved palpitations"),

D("fr", "other", "Formation hypnose - places disponibles",
"""Il reste 4 places pour la formation hypnose conversationnelle en soins (3 jours, octobre). Public : IDE, AS, manipulateurs radio. Inscription auprès de la formation continue, poste 4410.""",
"training announcement, no red flags"),

D("en", "clinical_urgent", "my dad wont wake up properly",
"""Hi, my dad has type 1 diabetes and he's really sweaty and shaky and now he's not making any sense and can barely keep his eyes open. I can't get him to drink juice. His meter says 1.9. What do I do??""",
"severe hypoglycaemia with reduced consciousness in a parent"),

D("fr", "prescription", "Demande de renouvellement - anticoagulant",
"""Bonjour Dr Faure,
Pouvez-vous me renouveler le Xarelto 20 mg ? Il me reste 5 comprimés. Je n'ai pas eu de saignement, juste quelques bleus. Je suis à jour de ma prise de sang.
Cordialement, Lucien Girard, 06 59 12 47 38""",
"piège: anticoagulant refill with negated bleeding"),

D("en", "billing", "",
"""how much is a self pay visit for a sore throat? no insurance rn""",
"short self-pay price query"),

D("fr", "clinical_urgent", "Votre patient M. Hamon",
"""Cher confrère,
Je vous écris depuis le cabinet : M. Hamon, votre patient opéré d'une prothèse totale de hanche il y a 12 jours, est devant moi avec une douleur thoracique et une dyspnée brutale depuis ce matin, FC 120, SpO2 89%. Je suspecte une embolie pulmonaire. Il est transféré aux urgences par le SAMU, merci de prévenir l'équipe d'orthopédie.
Dr Y. Bonnet, médecin généraliste""",
"GP reporting suspected PE with hypoxia in a post-op patient now"),

D("en", "prescription", "",
"""Hi can I get my sertraline increased? It's helping a bit but not enough. Not having any dark thoughts or anything, just still low. Thanks, Priya""",
"tricky: antidepressant dose question with negated suicidal thoughts"),

D("fr", "appointment", "Confirmation présence",
"""Je confirme ma présence au rendez-vous du 3 juin à 15h pour la coloscopie. Est-ce que quelqu'un doit venir me chercher après ? Merci. A. Besson""",
"appointment confirmation with logistics question"),

D("en", "other", "Unsubscribe",
"""Please remove me from this mailing list. I'm not a patient at your hospital and never have been.""",
"unsubscribe request"),

D("fr", "followup", "Transmission IDE libérale",
"""Bonjour,
Je suis l'IDE libérale de Mme Roussel (pansement post-mastectomie). La cicatrice évolue bien, pas d'écoulement, pas de signe infectieux, le drain a été retiré hier comme prévu. Prochaine réfection dans 48h. Le Dr Blanc souhaite-t-il la revoir avant la consultation du 12 ?
Sandrine Poulain, IDEL, 06 47 88 21 05""",
"piège: home nurse wound update with negated infection signs"),

D("en", "followup", "Holter results - Dr Young",
"""Dr Young, quick one: my Holter monitor report says 'frequent PVCs, no sustained arrhythmia'. You mentioned you'd call me if it needed anything. Nobody called, so is it fine? I still get the odd flutter but nothing like before. - Aaron""",
"result query"),

D("fr", "clinical_urgent", "Urgence - allergie",
"""Bonjour
Ma fille (10 ans, allergique à l'arachide) a mangé un gâteau à un anniversaire, elle a des plaques partout, les lèvres gonflées et elle tousse et siffle en respirant. On lui a donné l'antihistaminique. Faut-il faire l'adrénaline ? On est à 30 km.
Vincent Garnier 06 12 77 49 03""",
"anaphylaxis in child with respiratory signs"),

D("en", "other", "Research ethics committee - agenda",
"""REC meeting 12 March: items include (1) amendment to the STROKE-REHAB trial, (2) new submission: early warning score app for deteriorating patients, (3) annual report of the sepsis biomarker study. Papers on SharePoint.""",
"tricky: research committee agenda listing stroke/sepsis studies"),

D("fr", "billing", "Forfait urgences",
"""Bonjour, on m'a facturé le forfait patient urgences de 19,61 € alors que j'ai été hospitalisé ensuite. Normalement il n'est pas dû dans ce cas ? Merci de vérifier. Kevin Roche, dossier 2025-44817""",
"billing query about ED fee"),

D("en", "appointment", "Well child visit",
"""Hi! Need to book Ava's 12 month well visit and shots. She's doing great. Any Saturday slots? - Jess Romero""",
"paediatric routine booking"),

D("fr", "prescription", "Pharmacie - rupture",
"""Bonjour,
La Ritaline LP 20 mg de mon fils est en rupture dans toutes les pharmacies du quartier. Le pharmacien propose un autre dosage mais il faut une nouvelle ordonnance sécurisée. Pouvez-vous la faire au nom de Hugo Martin, né le 14/05/2012 ?
Merci, Sophie Martin""",
"shortage, new secure prescription needed"),
]

# ---------------------------------------------------------------- batch 5
MESSAGES += [
D("en", "clinical_urgent", "",
"""took like 30 of my tramadol about an hour ago. feeling really sleepy and sick. i dont know why i did it""",
"overdose disclosed by the patient, lower case"),

D("fr", "clinical_urgent", "je n'en peux plus",
"""Bonjour,
Je suis suivie par le Dr Marchal au CMP. Je n'arrive plus à tenir. Ce soir je pense à me jeter sous le train, j'ai regardé les horaires. Je voulais juste que quelqu'un le sache. Désolée de vous déranger.
C.""",
"current suicidal plan disclosed by a patient"),

D("en", "appointment", "Annual cardiology review",
"""Hello,

I'm due my annual review with Dr Bhatt. I had a heart attack five years ago and have been fine since - no chest pain, walking 5 km a day. Last year's letter said to book in spring. Could I have a morning slot in April or May?

Best wishes,
Graham Whitfield
DOB 16/12/1954
07700 900385""",
"tricky: appointment booking, historical MI and negated chest pain"),

D("fr", "appointment", "rdv dermato grain de beauté",
"""Bonjour je voudrais un rdv en dermato pour faire controler un grain de beaute qui a change de couleur. Mon medecin m a dit pas urgent mais dans le mois. Merci. Julie Perrot 06 58 44 17 92""",
"booking, no accents"),

D("en", "prescription", "GTN spray",
"""Could I have a new GTN spray please, mine's expired. I haven't actually needed it in months, the angina's been quiet since the stent. Thanks, Derek Moss""",
"tricky: refill of a rescue medication with quiet angina (past)"),

D("fr", "prescription", "Notice du médicament",
"""Bonjour,
Le Dr Chauvin m'a prescrit du Périndopril. Sur la notice c'est écrit d'arrêter et d'appeler un médecin en cas de gonflement du visage, de la langue ou de la gorge. Ça m'a fait peur, est-ce que c'est fréquent ? Je ne l'ai pas encore commencé.
Merci, Gisèle Arnaud""",
"piège: medication question quoting hypothetical angioedema warning from the leaflet"),

D("en", "billing", "Ambulance bill",
"""Hi, I got a bill for $1,850 from the ambulance service for when my husband had his seizure at the mall in March. They say your hospital should have sent them our insurance info. Can your billing office send it to them? Policy #HMO-55218876, Anthem. Thanks, Carol Jennings""",
"tricky: billing about a past seizure ambulance ride"),

D("fr", "billing", "facture SAMU",
"""Bonjour, j'ai reçu une facture pour l'intervention du SMUR en novembre quand ma femme a fait son arrêt cardiaque (elle va bien aujourd'hui grâce à vous). Je croyais que c'était pris en charge à 100 %. Pouvez-vous m'expliquer ? Merci, Daniel Hubert""",
"piège: billing question about a past cardiac arrest (resolved)"),

D("en", "other", "Free CPR class for parents",
"""Learn what to do if your child is choking, unresponsive or not breathing. Our paediatric emergency nurses run a free 2-hour CPR and first aid class for parents and carers on the first Saturday of every month. Book at the main reception.""",
"tricky: community class announcement with hypothetical red flags"),

D("fr", "other", "Semaine de prévention du suicide",
"""Du 5 au 10 février, semaine de prévention du suicide. L'équipe de psychiatrie de liaison animera des ateliers pour les soignants : repérer la crise suicidaire, parler des idées suicidaires avec un patient, orienter. Numéro national : 3114.""",
"piège: prevention week announcement mentioning idées suicidaires"),

D("en", "followup", "Seizure diary",
"""Dear Dr Qureshi,
Just a quick update: no further seizures since the levetiracetam was increased to 750 mg twice daily in January. I'm a bit irritable on it but manageable. Is the plan still to review in June?
Chloe Ramirez""",
"tricky: update with no further seizures; followup"),

D("fr", "followup", "Consignes post-opératoires - chirurgie digestive",
"""Madame,
Suite à votre intervention du 14 mars, voici les consignes pour votre retour à domicile :
- Douche autorisée à J2, pas de bain pendant 3 semaines.
- Pansement à refaire tous les 2 jours par l'IDE.
- Consultez en urgence en cas de fièvre supérieure à 38,5°C, de cicatrice rouge, chaude ou qui coule, de douleur abdominale intense ou de vomissements.
- Rendez-vous de contrôle avec le Dr Petit le 4 avril à 10h.
Le secrétariat de chirurgie viscérale""",
"piège: post-op instruction sheet listing warning signs conditionally; followup"),

D("en", "clinical_urgent", "ICU - post extubation",
"""To ICU registrar on call: Bed 6, Mrs Kovacs, extubated at 15:00, now audible stridor, accessory muscle use, SpO2 falling 95 -> 86% on 40% FiO2 over the last 10 min. Nebulised adrenaline given. Please attend now. - Marta, ICU RN""",
"ICU nurse: post-extubation stridor and desaturation now"),

D("fr", "clinical_urgent", "Pharmacie - client en malaise",
"""Bonjour,
Je suis pharmacienne à la Pharmacie de la Gare. Un de vos patients, M. Serge Lambert (né le 03/06/1949), est dans l'officine : il a subitement la bouche déviée, il n'arrive plus à tenir son portefeuille de la main droite et ses mots sont incompréhensibles. Nous avons appelé le 15. Je vous préviens pour son dossier.
Hélène Faure, 02 40 12 88 31""",
"pharmacist reporting acute stroke signs in a customer now"),

D("en", "clinical_urgent", "insurance paperwork + my daughter",
"""Hello billing,

I'm filling in the FMLA forms and need the dates of Lily's admissions last year plus an itemized statement for each.

Honestly I'm writing this with one hand because she's had three seizures since 6am today, each about 2 minutes, and she's not really coming round properly in between. Her neurologist's office isn't answering. Should I be bringing her in?

Rachel Obi
DOB (Lily) 04/18/2015""",
"billing request with buried current cluster seizures and not recovering consciousness; urgent overrides"),

D("fr", "clinical_urgent", "",
"""mon fils de 3 ans a bu de l'eau de javel dans la bouteille du placard, il tousse et il pleure, il en a vomi. Qu'est-ce qu'on fait on est à la maison""",
"child poisoning with bleach"),

D("en", "appointment", "Can't make it - weather",
"""Snowed in, can't make the 9am diabetic eye screening. Please rebook. Pete Larsen""",
"short cancellation/rebook"),

D("fr", "appointment", "Consultation pré-greffe",
"""Bonjour,
Je suis en dialyse depuis 2 ans et mon néphrologue (Dr Rossi) m'a inscrit pour le bilan pré-greffe. On m'a dit que c'est vous qui organisez les consultations (cardio, anesthésie, urologie). Pouvez-vous me dire comment ça se passe et me donner les dates ? Je dialyse lundi mercredi vendredi matin donc je ne suis libre que l'après-midi ces jours-là ou mardi et jeudi.
Merci d'avance
Ousmane Diallo, né le 11/11/1975""",
"complex appointment coordination"),

D("en", "prescription", "Pharmacy callback - methotrexate",
"""This is Gina from Lakeside Pharmacy. We received a prescription for methotrexate 10 mg DAILY for Mr Henry Cho (DOB 10/02/1952). We believe this should be WEEKLY. Please confirm before we dispense. Call 555-0172.""",
"pharmacy safety query on a prescription"),

D("fr", "other", "Défibrillateurs - contrat de maintenance",
"""Monsieur,
Le contrat de maintenance des 42 défibrillateurs automatisés externes de votre établissement arrive à échéance le 31 décembre. Nous vous proposons sa reconduction aux conditions jointes, incluant le remplacement des électrodes et la vérification annuelle. Un DAE non entretenu peut ne pas fonctionner lors d'un arrêt cardiaque.
CardioServices SAS""",
"piège: vendor maintenance contract for defibrillators"),

D("en", "billing", "Charity care application",
"""Hello, I was told I might qualify for financial assistance. I lost my job in March and have two kids. How do I apply and can you put my bills on hold while it's processed? Account 40018-23. Maria Gonzalez""",
"financial assistance"),

D("fr", "followup", "Nouvelles de papa",
"""Bonjour Dr Morel,
Juste pour vous dire que papa n'a plus refait de convulsions depuis la sortie, il a bien récupéré, il remarche seul. Il prend bien sa Dépakine. On se voit à la consultation de juin ?
Bonne journée
Aline Perret""",
"piège: family update, no further seizures; followup"),

D("en", "other", "Phishing warning",
"""IT Security: we are seeing emails claiming to be from 'HR Payroll' asking you to confirm your bank details. Do not click the link. Report suspicious messages using the Report Phish button.""",
"IT security notice"),

D("fr", "prescription", "Ordonnance oxygène",
"""Bonjour,
Le prestataire d'oxygène (Air Liquide Santé) demande le renouvellement de la prescription d'oxygénothérapie de longue durée de ma mère, Mme Paulette Girard (née le 12/02/1938), 2 L/min 15h/jour. Elle va bien, pas plus essoufflée que d'habitude. Pouvez-vous la faire parvenir au prestataire ?
Merci, Dominique Girard""",
"piège: oxygen prescription renewal, chronic breathlessness at baseline"),

D("en", "clinical_urgent", "Re: Thank you",
"""Thank you again for last week. Sorry to bother you on a Sunday but since this afternoon Mum's breathing has got really bad, she's gasping even sitting still, her lips look grey and she can only say a couple of words at a time. Her inhalers aren't helping at all.

Tom

> It was a pleasure to meet you and your mother. Best, Dr Evans""",
"buried in a thank-you reply: severe breathing difficulty now"),

D("fr", "clinical_urgent", "Chirurgie - drain",
"""Interne de garde chir dig,
M. Lefort ch 22, J1 gastrectomie : le redon a ramené 800 mL de sang en 1h, TA 85/50, FC 125, il est marbré. Remplissage en cours, bilan sanguin envoyé. Merci de venir tout de suite.
Nadège IDE, poste 4418""",
"post-op haemorrhage with shock, nurse to on-call"),

D("en", "followup", "Re: your son's ER visit follow-up",
"""Thanks for calling. He's much better, fever gone since yesterday, eating and playing. The rash has faded. We'll see the pediatrician Friday as you suggested.

Amy

> Calling to check on Jacob after his ER visit on Sunday for fever. Please reply
> with an update or call if the fever returns, he becomes drowsy or has trouble breathing.""",
"tricky: ED callback reply; resolved fever, hypothetical safety-net; followup"),

D("fr", "billing", "Facture dentiste hôpital",
"""Bonjour,
Je voudrais payer la facture de soins dentaires (n° FD-88213) en 3 fois. Est-ce possible ? Montant 540 €.
Merci
Agathe Renaud""",
"payment in instalments"),

D("en", "appointment", "Please book - urgent referral 2WW",
"""Dear Breast Clinic,

Two-week-wait referral for Mrs Sonia Patel, 52, DOB 14/07/1972: new 2 cm hard lump in the left breast, noticed 3 weeks ago, with skin tethering. Please offer a one-stop clinic appointment.

Dr T. Green, Oakfield Practice""",
"urgent cancer referral is an appointment request, not a clinical emergency"),

D("fr", "other", "Réunion CLIN",
"""Rappel : réunion du CLIN mardi 14h salle du conseil. Ordre du jour : BMR, audit hygiène des mains, bilan des infections de site opératoire 2024.""",
"committee meeting notice"),

D("en", "prescription", "Can I crush these?",
"""My father (he's 88) struggles to swallow his tablets. Can his metoprolol and atorvastatin be crushed and mixed with yogurt, or is there a liquid version? His pharmacy said to ask the prescriber. Thanks, Daniel Wu""",
"medication administration question"),

D("fr", "clinical_urgent", "Douleur ventre papa",
"""Bonjour, mon père 72 ans a depuis 3 heures une douleur atroce dans le ventre et le dos, il est tout blanc et il transpire, il a le ventre dur. Il a un anévrisme de l'aorte surveillé chez vous (Dr Moreau). On appelle le 15 ou on vient ?""",
"severe abdominal pain in a patient with known aortic aneurysm"),

D("en", "other", "Donation in memory",
"""Hello, my mother passed away in your hospice in January and the family would like to make a donation in her memory to the palliative care unit. Who should I contact? Thank you, Helen Marsh""",
"donation enquiry"),

D("fr", "appointment", "",
"""bonjour, il me faut un certificat de non contre indication au sport pour le club de foot de mon fils, vous avez un créneau mercredi ? merci. Karim""",
"short booking for a sports certificate"),

D("en", "billing", "Double charged",
"""My card was charged twice for the $35 copay on 3/12. Please refund one. Last 4 digits 4417. - Beth""",
"short refund request"),

D("fr", "followup", "Compte rendu consultation pneumo",
"""Cher confrère,
J'ai revu ce jour Mme Annie Lebon, 64 ans, pour le suivi de sa BPCO. Pas d'exacerbation depuis la dernière consultation, dyspnée stade 2 mMRC stable, pas d'hémoptysie. EFR stables. Je poursuis le traitement inhalé et l'ai adressée en réhabilitation respiratoire. Je la reverrai dans 6 mois.
Dr G. Vidal, pneumologue""",
"piège: clinic letter with negated haemoptysis and stable dyspnoea; followup"),

D("en", "clinical_urgent", "5 week old baby",
"""Hi, my baby girl is 5 weeks old, temp 38.6 under the arm, she's floppy and her cry is weak. She was born at 37 weeks at your hospital. Do I bring her to the ER or the children's ward?""",
"infant fever with lethargy"),

D("fr", "other", "Stagiaires IFSI - accueil",
"""Bonjour aux cadres,
Les étudiants infirmiers de 2e année arrivent lundi 8h en stage. Merci de prévoir un tuteur par étudiant et de leur présenter les chariots d'urgence et la conduite à tenir en cas d'arrêt cardiaque dans votre unité dès le premier jour.
Coordination des stages""",
"piège: student placement admin mentioning arrêt cardiaque procedure"),

D("en", "followup", "Lab report - Vitamin D",
"""Hi, my vitamin D came back at 14. The portal says 'low'. Should I take supplements and how much? Dr Reyes hasn't messaged yet. Thanks, Olivia""",
"result question"),

D("fr", "prescription", "Demande pour ma femme",
"""Bonjour, ma femme est alitée avec une grosse grippe, pas de gêne respiratoire, juste de la fièvre à 38 et des courbatures. Le médecin l'a vue hier. Pouvez-vous faxer l'ordonnance de Tamiflu à la pharmacie Lafayette ? Ils ne l'ont pas reçue. Merci, Antoine Leduc""",
"piège: prescription transmission; negated respiratory distress, moderate fever in an adult"),

D("en", "other", "Conference: Advances in stroke thrombectomy",
"""Regional Stroke Network annual meeting, 18 October. Sessions: time is brain, pre-hospital recognition of large vessel occlusion, thrombectomy outcomes. Registration free for network staff.""",
"tricky: conference on stroke"),

D("fr", "appointment", "Décaler la séance de chimio ?",
"""Bonjour,
Ma cure de chimiothérapie est prévue le 22 mais c'est le mariage de ma fille le 21. Est-il possible de la décaler de 2-3 jours ? Je ne voudrais pas compromettre le traitement, je préfère avoir l'avis du Dr Leroux.
Cordialement
Brigitte Lemoine""",
"rescheduling a chemo session"),

D("en", "prescription", "Question on the new inhaler technique",
"""The new Trelegy inhaler is a dry powder one and I'm not sure I'm doing it right, there's no puff feeling. Can someone show me or send a video? Breathing is about the same as usual. - Mr Peters""",
"inhaler technique question"),

D("fr", "followup", "Retour après hospitalisation de jour",
"""Bonjour,
Je suis rentrée de mon hôpital de jour pour l'infusion de fer. Tout s'est bien passé, un peu de fatigue. On m'a dit qu'on me rappellerait pour le contrôle de la ferritine dans 6 semaines. Est-ce que je dois prendre le RDV moi-même au labo ?
Merci
Isabelle Noël""",
"followup after day-case"),

D("fr", "clinical_urgent", "Mon père a du mal à respirer",
"""Bonjour, je suis avec mon père (81 ans, BPCO, suivi par Dr Vidal). Depuis ce midi il n'arrive plus à respirer, il est assis penché en avant, il est bleu autour des lèvres et il ne peut plus parler. Son oxygène est à fond. On attend le SAMU mais je voulais prévenir son médecin.""",
"severe respiratory distress in COPD parent now"),

D("en", "billing", "Statement question - what is 'facility fee'?",
"""Hi, my statement for my dermatology visit has a $210 'facility fee' on top of the doctor's charge. Nobody told me about this. Why is there a facility fee for a 10-minute visit in an outpatient office? Is it negotiable?
Thanks,
Greg Holloway, acct 77312-09""",
"billing query"),

D("fr", "other", "Objet trouvé",
"""Bonjour, j'ai perdu mon alliance hier lors de ma visite en radiologie (j'ai dû l'enlever pour la radio). Quelqu'un l'a-t-elle trouvée ? Merci infiniment. Mme Gauthier""",
"lost property"),

D("en", "followup", "Pre-op bloods done",
"""Had my pre-op bloods and ECG done this morning as requested for the hip replacement on the 28th. Is there anything else I need to do before surgery? - Bill Hastings""",
"pre-op coordination"),

D("fr", "billing", "Attestation de séjour",
"""Bonjour, pour mon employeur et ma mutuelle j'ai besoin d'un bulletin de situation / attestation d'hospitalisation du 3 au 7 mai. Merci de me l'envoyer. Théo Vasseur, NIR 1 80 01 29 048 571 42""",
"admin certificate for insurer, with NIR"),

D("en", "appointment", "Moving my MRI - claustrophobia",
"""Hello, I have an MRI on Thursday but I'm very claustrophobic. Can I be rescheduled to the open MRI at the other site, or be given something to calm me down? Thanks, Lorraine""",
"reschedule with a sedation question"),

D("fr", "prescription", "ordonnance sécurisée morphine",
"""Bonjour,
Je suis l'infirmière de soins palliatifs à domicile de M. Joly. Son ordonnance de Skenan arrive à terme vendredi et la douleur est bien contrôlée à la dose actuelle. Le Dr Blanc peut-il refaire l'ordonnance sécurisée pour 14 jours ?
Merci, Aurore, IDE HAD""",
"opioid prescription renewal by palliative nurse"),
]

# ---------------------------------------------------------------- batch 6
MESSAGES += [
D("en", "billing", "Very frustrated - billing mess from my surgery",
"""To whom it may concern,

I am writing because I have now spent over six hours on the phone with your billing department, my insurance company and the anesthesia group, and I am getting nowhere, so I'm putting it all in writing.

I had a laparoscopic gallbladder removal at your hospital on January 9th. Before the surgery I specifically called to confirm that the hospital, the surgeon and the anesthesiologist were all in-network with my plan (Cigna Open Access, member ID U7731-0024, group 3340012). I was told yes, all three. I have the date and the name of the person I spoke to (Brenda, January 2nd, around 3pm).

Since then I have received:
1. A hospital bill for $2,140, which my EOB says should be $480 after my deductible.
2. A separate bill from 'Summit Anesthesia Partners' for $3,600 marked out-of-network.
3. A bill for a 'pathology interpretation' for $390 from a lab I have never heard of.

I understand that under the No Surprises Act I should not be balance-billed for out-of-network anesthesia at an in-network facility. Can you please (a) correct the hospital bill to reflect the EOB, (b) confirm in writing that the anesthesia group was out of network without my consent, and (c) place my account on hold so it does not go to collections while this is sorted out?

For what it's worth, the surgery itself went great. Recovery was smooth, no fever, no problems with the incisions, and I'm back at work. The care was excellent, it's only the billing that has been a nightmare.

My details: Andrea Kowalski, DOB 06/02/1983, SSN 219-33-4471 (the billing office asked for it on the phone, hope that's okay to put in email), phone (412) 555-0139.

Thank you for your help,
Andrea Kowalski""",
"tricky: long, angry billing complaint (No Surprises Act) with negated post-op warning signs and an SSN"),

D("fr", "appointment", "Prise de rendez-vous et question sur les frais",
"""Bonjour,

Je me permets de vous contacter pour prendre rendez-vous en consultation d'endocrinologie pour ma fille Chloé (née le 27/09/2008), qui vient d'être diagnostiquée d'une hypothyroïdie par notre médecin traitant. Il nous a dit qu'il fallait voir un spécialiste dans les deux ou trois mois, rien d'urgent. Elle est fatiguée, elle a pris un peu de poids, mais elle va au lycée normalement.

Nous habitons à 45 minutes, donc si possible un rendez-vous le mercredi après-midi ou pendant les vacances scolaires (du 19 avril au 4 mai) nous arrangerait beaucoup.

J'ai aussi une question pratique : le Dr Giraud est-il en secteur 2 ? La dernière fois, pour mon fils, nous avions eu un dépassement d'honoraires que la mutuelle n'avait pas tout remboursé. Si c'est le cas, est-ce qu'il y a un autre endocrinologue en secteur 1 ?

Je vous joins le courrier du médecin traitant et les résultats de la prise de sang (TSH 9,8).

Merci beaucoup,
Stéphanie Aubert
06 84 22 19 57""",
"mixed appointment + fee question; appointment dominates"),

D("en", "clinical_urgent", "Update and a few things",
"""Hi Dr Patel,

Hope you're well. A few updates since my last visit:

- The new blood pressure pill seems to be working, readings are mostly in the 130s over 80s now.
- I started the walking program the physio gave me, 20 minutes a day.
- My insurance changed, I'll bring the new card next time.
- I still need the referral letter for the eye doctor, if you could send that when you get a chance.

Also, this is probably nothing, but for the last hour or so I've had a tight heavy pressure in the middle of my chest, like someone sitting on me, and I feel sweaty and a bit sick. I took an antacid and it hasn't helped. I'm home alone until my wife gets back at 6.

Thanks,
Ken Adebayo
DOB 02/14/1960
555-0169""",
"red flag buried at the end of a long routine update: current chest pressure with sweating and nausea"),

D("fr", "clinical_urgent", "",
"""ma femme saigne enormement depuis l accouchement a la maison y a 20 min, le lit est plein de sang elle est toute blanche elle dit quelle va tomber dans les pommes. la sage femme est partie""",
"postpartum haemorrhage now, no punctuation/accents"),

D("en", "appointment", "Group session booking",
"""Hi, I'd like to sign up for the diabetes education group sessions (DESMOND) that my GP mentioned. Are there evening sessions? - Raj Malhotra, DOB 05/09/1971""",
"booking an education session"),

D("fr", "appointment", "RDV sage-femme",
"""Bonjour, je suis enceinte de 6 mois et je voudrais prendre rendez-vous pour les cours de préparation à l'accouchement et l'entretien prénatal. Tout va bien pour la grossesse. Merci, Laura Petit""",
"prenatal booking"),

D("en", "prescription", "Rx for travel",
"""Going to Peru for 3 weeks in July. Could Dr Liu prescribe altitude sickness tablets (acetazolamide) and some antibiotics for traveler's diarrhea? Happy to do a quick telehealth if needed. - Maya""",
"travel prescription request"),

D("fr", "prescription", "Renouvellement ordonnance EpiPen",
"""Bonjour,
Mon fils Nathan (allergique aux noix de cajou) doit avoir 2 stylos d'adrénaline à l'école et 2 à la maison. Ceux de l'école périment le mois prochain. Pouvez-vous refaire une ordonnance ? Il n'a pas fait de réaction depuis 3 ans, heureusement.
Merci, Émilie Bonnet""",
"piège: adrenaline auto-injector renewal; past reactions only"),

D("en", "billing", "Re: Your invoice",
"""I already paid this in full on the 3rd, confirmation number PMT-8827341. Please update your records.

> Invoice INV-2025-33019: amount due $145.00""",
"payment already made, quoted invoice"),

D("fr", "billing", "Aide médicale d'État",
"""Bonjour,
Je suis assistante sociale au CCAS. M. Abdoulaye S. a reçu une facture de 1 200 € pour une hospitalisation en mars alors que son dossier d'AME était en cours et a été accepté avec effet rétroactif. Pouvez-vous annuler la facture et la refacturer à la CPAM ? Je vous transmets l'attestation.
Cordialement
Mme Legrand, CCAS de Saint-Denis""",
"social worker billing correction"),

D("en", "other", "Newsletter: Know the signs of a heart attack",
"""Your Health - Spring edition

Heart attacks don't always look like the movies. Women especially may feel nausea, jaw or back pain, shortness of breath or extreme tiredness rather than crushing chest pain. If you or someone you're with has these symptoms, call 911 immediately - don't drive yourself.

Also inside: allergy season tips, and meet our new orthopaedic surgeons.""",
"tricky: health newsletter describing heart attack symptoms"),

D("fr", "other", "Protocole - mise à jour",
"""Bonjour,
La nouvelle version du protocole de prise en charge de l'hémorragie du post-partum est disponible dans la GED. Principales modifications : délai d'administration de l'acide tranexamique, kit HPP dans chaque salle. Merci aux sages-femmes d'en prendre connaissance.
Cadre de la maternité""",
"piège: protocol update about postpartum haemorrhage"),

D("en", "followup", "Post-hospital check-in call summary",
"""Transitional care note: spoke with Mr Louis Grant (MRN 39201574) 48 h after discharge following admission for pneumonia. Reports improving cough, no fever, breathing easier, completing oral antibiotics. Aware to seek urgent care if shortness of breath worsens or fever returns. PCP follow-up booked for 6/14.
- Nina, RN care transitions""",
"tricky: transitional care note with negated/hypothetical red flags; followup"),

D("fr", "followup", "Suite consultation - questions",
"""Bonjour Dr Simon,
Suite à notre consultation de lundi, j'ai oublié de vous demander : combien de temps dois-je garder l'attelle ? Et le kiné peut-il commencer avant le contrôle radio ?
Merci
Romane Leblanc""",
"post-consultation questions"),

D("en", "clinical_urgent", "Nursing home - resident",
"""Dr Haines,

Resident Mr Cyril Pope (Room 14, DOB 07/03/1934) became unresponsive at lunch about 10 min ago, he's breathing but only groans to pain, BM 6.2, left side seems floppy. We've called 999. His advance care plan says for hospital transfer. Letting you know as his GP.

Angela, senior carer, Willow House""",
"care home reports unresponsive resident with left-sided weakness now"),

D("fr", "clinical_urgent", "réponse au questionnaire",
"""Bonjour, vous m'avez demandé de remplir le questionnaire avant la consultation de mardi. Question 9 « avez-vous des idées suicidaires » : oui. Depuis plusieurs jours je pense à me tuer et j'ai gardé tous mes médicaments de côté pour ça. Je ne sais pas si je serai encore là mardi.
Kevin""",
"pre-consultation questionnaire reply disclosing current suicidal plan"),

D("en", "other", "Fwd: Staff wellbeing - mental health first aid course",
"""---------- Forwarded message ---------
Mental Health First Aid course (2 days): learn to recognise when a colleague may be in crisis, including suicidal thoughts or self-harm, and how to signpost support. Free for staff, places limited.""",
"tricky: forwarded course on suicidal thoughts/self-harm for staff"),

D("fr", "other", "Offre d'emploi - médecin régulateur SAMU",
"""Le SAMU 44 recrute un médecin régulateur (temps partiel possible). Missions : régulation des appels (douleurs thoraciques, AVC, détresses respiratoires, intoxications), engagement des moyens SMUR. Contact : secrétariat du SAMU.""",
"piège: job ad listing red flags"),

D("en", "appointment", "Change of address + appointment",
"""Hi, I've moved to 42 Cedar Lane, Springfield. Please update my address so my appointment letters reach me. I think I missed one for the bone density scan, could you rebook it? Thanks, Frances Doyle, DOB 09/09/1956""",
"address update + missed appointment rebook; appointment dominant"),

D("fr", "appointment", "Certificat médical - RDV",
"""Bonjour, j'ai besoin d'un certificat d'aptitude pour reprendre le travail après mon arrêt (hernie discale). La médecine du travail demande qu'il soit fait par le chirurgien. Est-il possible d'avoir un RDV rapide avec le Dr Fontaine ? Merci. Mathieu Renard""",
"appointment for a fitness certificate"),

D("en", "prescription", "Side effect - metformin",
"""Hi, since starting metformin 2 weeks ago I've had loose stools and an upset stomach most days. No blood, no fever, just annoying. Is there a slow-release version I could switch to? - Linda Park""",
"tricky: side-effect question with negated blood/fever"),

D("fr", "prescription", "Pansements - ordonnance",
"""Bonjour,
Pour les soins de l'ulcère de jambe de Mme Perrin, il nous faut une ordonnance de pansements hydrocellulaires 10x10 (30 unités) et de bandes de compression. La plaie est propre, pas de signe d'infection.
Cordialement,
Cabinet infirmier des Halles, 03 85 22 14 66""",
"piège: nurses requesting dressing prescription; negated infection"),

D("en", "followup", "Re: CT results",
"""Thank you for explaining. So the nodule is 4 mm and you want another CT in 12 months? Should I be doing anything in the meantime? I quit smoking 10 years ago. - Philip

> Dear Philip, your CT showed a small 4 mm lung nodule which is very likely
> benign. We recommend a follow-up scan in 12 months.""",
"result followup with quoted reply"),

D("fr", "followup", "Suivi grossesse - résultats",
"""Bonjour, j'ai fait le test de glycémie (HGPO) hier comme demandé. Je n'ai pas encore les résultats, vous les recevez directement ? Je vois la sage-femme dans 10 jours. Merci, Sarah Benoît""",
"result chase in pregnancy"),

D("en", "clinical_urgent", "ED - incoming",
"""Pre-alert from ambulance crew: 19F, collapsed at a festival, GCS 8, pinpoint pupils, RR 6, suspected opioid overdose, naloxone given x2 with partial response. ETA 10 minutes, resus bay please.""",
"pre-hospital pre-alert: overdose with respiratory depression, patient incoming"),

D("fr", "other", "Travaux parking",
"""Information : le parking P2 sera fermé du 3 au 14 mars pour travaux de réfection. Les patients pourront se garer sur le parking P4. Navette toutes les 15 minutes. Service logistique""",
"admin notice"),

D("en", "billing", "Estimate for knee surgery",
"""Hi, I'm self-pay and considering a knee arthroscopy with Dr Morgan. Could you send me a cash-price estimate including surgeon, anesthesia and facility? Thanks, Chris Dunn""",
"price estimate request"),

D("fr", "followup", "Courrier - Consultation de suivi post-AVC",
"""Cher confrère,
J'ai revu en consultation M. Patrice Gomez, 69 ans, 3 mois après un AVC ischémique du territoire sylvien droit. Pas de récidive, pas de nouveau déficit. Persistance d'une légère maladresse de la main gauche. Le holter n'a pas retrouvé de fibrillation atriale. Maintien de l'aspirine et de la statine. Je le reverrai dans 6 mois.
Dr N. Hamon, neurologue""",
"piège: neurology letter about a past stroke, no current deficit change; followup"),

D("en", "other", "Supplier: pulse oximeters recall notice",
"""URGENT FIELD SAFETY NOTICE - Model PX-200 fingertip pulse oximeters may over-read oxygen saturation by up to 4% in patients with low perfusion, potentially masking hypoxia. Please quarantine affected units (serial numbers attached) and return the acknowledgement form.""",
"tricky: 'URGENT' device safety notice, no patient; other"),

D("fr", "other", "Demande de stage d'observation",
"""Bonjour, je suis en classe de 3e et je voudrais faire mon stage d'observation d'une semaine dans votre hôpital (j'aimerais devenir infirmière aux urgences). Est-ce possible ? Merci. Léa, 14 ans""",
"work-experience request"),

D("en", "clinical_urgent", "Re: Re: follow-up after knee replacement",
"""Sorry to message again so soon. The knee itself is ok, but my calf on that side is swollen, and since about an hour ago I suddenly can't catch my breath and it hurts in my chest when I breathe in. My heart is racing.

Joan

> > Swelling around the knee is normal for a few weeks. Keep icing it.""",
"post-op followup thread turning into current chest pain and dyspnoea (suspected PE)"),

D("fr", "billing", "Remboursement consultation annulée",
"""Bonjour, j'avais prépayé en ligne la téléconsultation du 8 avril (30 €) mais le médecin n'est jamais venu dans la salle virtuelle. Pouvez-vous me rembourser ? Référence TC-445120. Merci, Noémie""",
"refund of a paid but not delivered teleconsultation"),

D("fr", "clinical_urgent", "mon fils fait une crise",
"""bonjour mon fils de 17 ans est asthmatique et la il fait une crise tres forte, la ventoline ne marche pas, il n arrive plus a parler, il est tout pale et ses ongles sont bleus""",
"severe asthma attack now, no accents"),

D("en", "followup", "Referral status?",
"""Hi, Dr Kim said she'd refer me to the sleep clinic at my visit on 2/10. I haven't heard anything. Can you check if it was sent? Thanks, Omar Haddad""",
"referral status chase"),

D("fr", "prescription", "",
"""Bonjour, pouvez-vous faxer l'ordonnance de ma mère à la pharmacie (Mme Jacqueline Roux, Pharmacie du Centre, fax 04 72 18 55 30) ? Merci""",
"short pharmacy transmission request"),

D("en", "other", "Clinical audit results - sepsis six",
"""Team, the Q2 audit showed 78% compliance with the Sepsis Six bundle within 1 hour (target 90%). Main gap: lactate not repeated. Slides from the M&M meeting attached.""",
"tricky: audit results about sepsis care"),

D("fr", "followup", "Questions après la pose du pacemaker",
"""Bonjour,
Ça fait une semaine qu'on m'a posé le pacemaker. Plus aucun malaise, je ne suis plus tombé depuis. Est-ce que je peux lever le bras gauche au-dessus de l'épaule maintenant ? Et pour le portique à l'aéroport ?
Merci, Raymond Collet""",
"piège: post-procedure questions; resolved syncope/falls"),

D("en", "prescription", "Pharmacy - controlled drug",
"""Hello, this is Hillcrest Pharmacy. The oxycodone prescription for Ms Janet Frye (DOB 12/01/1961) is missing the total quantity in words and figures, so we can't legally dispense it. Could the prescriber issue a corrected one today? Thanks.""",
"pharmacy legal query on controlled drug script"),

D("fr", "appointment", "Pour mon papa",
"""Bonjour, mon papa a 90 ans et doit voir le cardiologue pour son pacemaker (contrôle annuel). Il ne peut plus se déplacer facilement, est-ce que la consultation peut se faire à distance ? Sinon il faudra un transport assis. Merci, Véronique""",
"appointment for elderly parent, telehealth or transport"),

D("en", "appointment", "",
"""Can I book a flu jab for me and my husband? Both over 65. Any day next week. Thanks, Joyce""",
"short flu vaccine booking"),

D("fr", "clinical_urgent", "Patient en salle d'attente",
"""Accueil consultation cardio : le patient de 14h30, M. Marchand, vient de s'effondrer dans la salle d'attente, il ne répond pas, respiration bizarre. On a appelé l'équipe de réa. Un médecin peut-il venir immédiatement ?""",
"collapse and unresponsive patient in a waiting room, reported by receptionist"),

D("en", "clinical_urgent", "",
"""My 16 yo son just told me he's been cutting himself and tonight he cut deep on his thigh, it won't stop bleeding and he says he wishes he was dead""",
"self-harm with ongoing bleeding and suicidal statement"),

D("fr", "other", "Remerciements",
"""Bonjour, je voulais remercier l'équipe de la maternité pour la naissance de notre petit Gabriel. Tout le monde a été adorable. Merci du fond du coeur. Famille Moreau""",
"thank-you note"),

D("fr", "followup", "Résultats doppler",
"""Bonjour, je voudrais avoir le compte rendu de mon écho-doppler des jambes fait le 10. La phlébite d'il y a un mois a disparu d'après l'échographiste, mais le Dr Roy doit décider si j'arrête l'anticoagulant. Merci. Marcel Fabre""",
"piège: result request; past DVT resolved; followup"),

D("en", "followup", "Post-vaccination question",
"""Hi, my daughter had her 4-year shots yesterday and her arm is a bit red and sore at the injection site. No fever, she's playing normally. Is that expected? - Kim""",
"tricky: vaccine reaction question with negated fever"),

D("fr", "other", "Invitation - soirée des bénévoles",
"""L'association des bénévoles de l'hôpital vous convie à sa soirée annuelle le vendredi 20 juin à 19h à la cafétéria. Buffet offert. Merci de confirmer votre présence.""",
"invitation"),

D("en", "billing", "Insurance card front and back",
"""As requested, my new insurance details: Humana Gold Plus, member ID H4471-22018, group none. Please update before my 5/20 appointment. - Stan Kowalczyk""",
"insurance update"),

D("fr", "prescription", "ordo",
"""salut c est pour le renouvellement de mon traitement pour la tension, jpeux passer demain ? merci""",
"very short, informal renewal request"),

D("en", "other", "Visiting hours question",
"""What are the visiting hours on the maternity ward? Can siblings visit? Thanks""",
"short visiting-hours question"),

D("fr", "billing", "Erreur de facturation",
"""Bonjour, la facture que j'ai reçue mentionne une IRM que je n'ai jamais passée, c'était un scanner. Pouvez-vous corriger ? N° facture 25-009812. Merci, Paul Vidal, 06 22 48 71 90""",
"billing error"),

D("fr", "appointment", "report de l'opération",
"""Bonjour, j'ai attrapé le covid, test positif ce matin. Mon opération de la cataracte est prévue jeudi. Je suppose qu'il faut la reporter ? Juste un peu de toux, rien de grave. Quand pourrait-on la reprogrammer ? Merci. Yvonne Blanc""",
"reschedule surgery because of a mild infection"),

D("fr", "other", "Pot de départ",
"""Venez nombreux au pot de départ à la retraite de Martine, secrétaire de cardiologie depuis 32 ans ! Jeudi 17h, salle de pause du 4e.""",
"social admin mail"),

D("fr", "followup", "Compte rendu opératoire ?",
"""Bonjour, mon chirurgien (Dr Lambert) m'avait dit que je recevrais le compte rendu opératoire de ma prothèse d'épaule. Je ne l'ai pas reçu et mon kiné en a besoin. Pouvez-vous me l'envoyer ? Merci, Alain Perrin, né le 06/06/1952""",
"document request after surgery"),
]

# ---------------------------------------------------------------- batch 7
MESSAGES += [
D("fr", "prescription", "Mon traitement - beaucoup de questions, désolée",
"""Bonjour Docteur,

Je m'excuse d'avance pour ce long message mais je préfère tout écrire, au téléphone j'oublie la moitié et la secrétaire est toujours pressée (ce n'est pas un reproche, elle est très gentille).

Je suis Mme Renée Castel, née le 21/10/1947, vous me suivez pour ma fibrillation auriculaire et ma tension. Depuis la dernière consultation en janvier, vous avez remplacé le Préviscan par l'Eliquis 5 mg matin et soir et vous avez augmenté le Bisoprolol à 5 mg.

1) L'ordonnance que vous m'avez faite était pour 3 mois et elle se termine le 15. Est-ce que vous pouvez m'en refaire une pour 6 mois ? Le pharmacien dit que c'est possible si vous l'écrivez.

2) Ma voisine prend aussi de l'Eliquis et elle m'a dit qu'il ne fallait plus jamais prendre d'ibuprofène à cause du risque d'hémorragie. C'est vrai ? J'en prenais de temps en temps pour mon arthrose du genou. Je n'en ai pas pris depuis, par précaution. Qu'est-ce que je peux prendre à la place, le Doliprane suffit ?

3) Avec le Bisoprolol à 5 mg, je me sens un peu plus fatiguée l'après-midi et j'ai les mains froides. Pas de malaise, pas de perte de connaissance, la tension est à 12/7 le matin. Mon pouls est autour de 62. Est-ce normal ou faut-il revenir à 2,5 ?

4) Je dois me faire arracher une dent le mois prochain. Le dentiste veut que j'arrête l'Eliquis avant. Combien de jours ? Il m'a dit de vous demander, et que s'il y avait un saignement qui ne s'arrête pas après l'extraction il faudrait aller aux urgences. Ça m'inquiète un peu.

5) Enfin, est-ce que je peux boire un verre de vin le dimanche ? Mon mari dit que non, moi je dis que oui !

Je vous remercie beaucoup pour votre patience. Vous pouvez me répondre par mail ou me rappeler au 04 93 55 12 87 (plutôt le matin, l'après-midi je vais chez ma sœur).

Bien respectueusement,
Renée Castel

PS : j'ai bien noté pour la prise de sang de contrôle des reins, je la fais la semaine prochaine.""",
"piège: long rambling medication message (renewal + interactions + dental plan) with negated malaise and hypothetical haemorrhage; prescription dominates"),

D("en", "prescription", "Re: Re: Lisinopril cough",
"""The cough is still there, dry and tickly, especially at night. It's not affecting my breathing, just annoying. You said we could switch to losartan if it didn't settle - can you send that to the pharmacy?

Thanks, Doreen

> > Some people get a dry cough on lisinopril. Give it 2 more weeks.""",
"tricky: medication side effect, negated breathing problem; switch request"),

D("en", "prescription", "Naloxone kit",
"""Hi, my son is on methadone through your addiction clinic. Can we get a naloxone kit prescribed to keep at home, just in case? He's doing really well. - Patricia Lane""",
"tricky: precautionary naloxone request, hypothetical overdose"),

D("en", "appointment", "RE: Your appointment has been cancelled",
"""Why was my appointment cancelled? I've waited 4 months for this. Please reinstate it or give me the next available one. I can come at short notice.

Jonathan Meyers
DOB 03/30/1969

> We regret to inform you that your appointment with Gastroenterology on 5/8
> has been cancelled due to clinician unavailability.""",
"angry reply to a clinic cancellation"),

D("fr", "appointment", "Demande de RDV neuro",
"""Bonjour, mon médecin m'a conseillé de consulter un neurologue pour des migraines avec aura qui sont plus fréquentes (2 par mois). Il n'y a pas d'urgence. Quels sont vos délais ? Merci, Céline Vaillant, 06 71 58 23 44""",
"routine neurology booking, chronic migraine"),

D("fr", "billing", "Facture des soins de mon père décédé",
"""Bonjour, mon père est décédé dans votre service le 2 février. Nous recevons des factures à son nom. À qui devons-nous nous adresser pour la succession ? Le notaire est Maître Dubreuil. Merci, Sylvain Marchetti""",
"billing after a patient's death"),

D("en", "clinical_urgent", "",
"""I think my husband is having a stroke, his face is drooping on the left and he can't lift his arm. We're at 14 Birch Road, ambulance is on its way but I want his cardiologist to know. Frank Mills, MRN 22718406""",
"explicit stroke signs in spouse now"),

D("en", "clinical_urgent", "Fwd: pt message received after hours",
"""Forwarding from the after-hours inbox for triage:

'hi its Marcus Lee, had my wisdom teeth out on monday, now my whole jaw and neck is swollen and hot, its hard to swallow and breathe and i have a fever of 39. is this normal?'

Received 23:48. Phone on file 555-0114.""",
"forwarded post-operative infection with airway compromise and fever"),

D("fr", "clinical_urgent", "RE: Bilan annuel",
"""Bonjour,
Pour le bilan annuel je peux venir le 14 oui.
Par contre aujourd'hui ma mère (elle aussi votre patiente, Mme Odette Faure) n'est pas bien du tout : depuis midi elle est très confuse, elle ne me reconnaît pas, elle a 39,8 de fièvre et elle respire vite. Elle a 86 ans. Je l'emmène où ?
Catherine""",
"mixed reply: routine appointment plus current sudden confusion, high fever and fast breathing in mother"),

D("en", "followup", "Discharge follow-up: wound care",
"""Hi Dr Chen, two weeks out from my C-section. Incision is healing well, a little itchy. I had a small fever on day 3 at home but it went away the same day and hasn't come back. Should I still come to the 6-week postpartum visit or is the 2-week check enough? - Dana Li""",
"tricky: postpartum followup with a resolved transient fever"),

D("fr", "followup", "Dialyse - transmission",
"""Bonjour,
Pour info, M. Diallo a bien fait sa séance de dialyse ce matin, poids sec atteint, pas de malaise en séance, fistule fonctionnelle. Il demande si le bilan pré-greffe avance. Pouvez-vous voir avec le Dr Rossi ?
L'équipe du centre de dialyse""",
"piège: dialysis centre handover with negated malaise; coordination followup"),
]


def main():
    out = []
    for i, m in enumerate(MESSAGES):
        assert m["lang"] in ("en", "fr"), m
        assert m["category"] in CATEGORIES, m
        assert m["body"].strip(), m
        assert m["note"].strip(), m
        out.append({
            "id": "b2-%03d" % i,
            "lang": m["lang"],
            "subject": m["subject"],
            "body": m["body"],
            "category": m["category"],
            "urgent": m["category"] == "clinical_urgent",
            "note": m["note"],
        })
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind2.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d messages to %s" % (len(out), path), file=sys.stderr)


if __name__ == "__main__":
    main()
