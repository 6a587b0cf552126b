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
