#!/usr/bin/env python3
"""Labelled training messages for the medmilter classifier: boundary cases.

Focus: messages that touch two non-urgent purposes (results vs booking, refills after a
follow-up visit, INR dose questions, physio updates, pre-op questionnaires, fees, quotes,
prior authorisations, certificates, records requests, complaints, thanks, GP referrals vs
GP reports), plus red flags buried inside such routine exchanges.

Run it to write train_bounds.jsonl next to this file (via .part then rename).
"""
import json
import os
import random
from collections import Counter

MSGS = []


def m(lang, category, subject, body, note):
    MSGS.append({"lang": lang, "subject": subject, "body": body.strip("\n"),
                 "category": category, "note": note})


# ---------------------------------------------------------------- appointment / en
m("en", "appointment", "Re: Your echocardiogram results", """
Dear Dr Okafor's office,

Thank you for the letter about my echo. Glad to read the valve leak is still only mild and nothing has changed since last year.

The letter says you have booked me in for the review on 14 March at 9.40. I'm afraid I'm away that whole week at my daughter's in Aberdeen. Is there anything the following week, ideally an afternoon?

Kind regards
Margaret Holloway
DOB 02/11/1948
""", "appointment: result letter is only context; the ask is to move the review date it proposed")

m("en", "appointment", "Appointment reminder - Orthopaedics", """
This is a reminder of your appointment:

Orthopaedic Clinic - Mr J. Whitfield
Tuesday 4 June, 10:15
Outpatients Building C, Level 2

Reply C to confirm or R to reschedule. Please bring a list of your current medicines.

If you develop chest pain or difficulty breathing before your appointment, do not wait for it: call 911.
""", "appointment: automated reminder; trap: hypothetical chest pain/breathing instruction")

m("en", "appointment", "Re: thursday", """
yes confirmed for thursday 2pm. will bring my INR book like last time. no bleeding problems since the dose change so hopefully a quick one

Dennis
""", "appointment: confirmation of a slot; INR book is just something to bring, no dose question; trap: negated bleeding")

m("en", "appointment", "Referral: cardiology opinion - Mr Daniel Reyes", """
Dear Colleague,

I would be grateful if you could see Mr Daniel Reyes (DOB 19/05/1966, NHS no. 485 777 3456) in your cardiology clinic.

He is a 58-year-old builder with a three-month history of breathlessness on exertion, worse on hills. No chest pain at rest and no syncope. His father had an MI at 60. BP 148/92, ECG shows LBBB (new compared with 2019, copy attached). Bloods including BNP are pending.

I would appreciate your assessment and advice on further investigation. Routine appointment please, unless you feel otherwise from the ECG.

Yours sincerely
Dr Helen Marsh
Riverside Medical Practice
""", "appointment: GP referral asking for a consultation (not a report on a past event); trap: negated chest pain, family history MI")

m("en", "appointment", "pre-op questionnaire - knee replacement 22 May", """
Hello,

Please find attached my completed pre-anaesthetic questionnaire for my knee replacement on 22 May with Mr Bhatt. I've also typed my answers below in case the scan is hard to read, my printer isn't great.

1. Have you had an anaesthetic before? Yes - appendix 1988, wisdom teeth 1995, no problems.
2. Do you get chest pain or breathlessness climbing two flights of stairs? No, I'm limited by the knee, not my chest.
3. Have you ever had a heart attack or stroke? No.
4. Have you ever had a seizure or fit? Yes - I had a febrile convulsion as a toddler, my mum says. Nothing since.
5. Do you have diabetes? No.
6. Do you snore or have sleep apnoea? Yes, sleep apnoea, I use a CPAP machine every night.
7. Allergies: elastoplast (rash).
8. Medicines: amlodipine 5 mg, omeprazole 20 mg, co-codamol when the knee is bad.
9. Do you drink alcohol? About 10 units a week.
10. Do you smoke? Gave up 2011.

Two questions: should I bring the CPAP machine on the day, and is there anything about the febrile convulsion that needs a separate letter? Hope none of this holds anything up, I've been waiting 14 months.

Thanks
Graham Pugh
MRN 00318842
""", "appointment: long questionnaire returned before a booked surgery; trap: form questions (chest pain, stroke, seizures) answered negative or historical")

m("en", "appointment", "6 week check by video?", """
Hi there,

Is it possible to do my 6-week check after the hernia operation as a video call instead of coming in? It's a 90-minute drive each way and I don't drive yet. Healing well, no problems at all, just a small lump of scar tissue which the nurse said was normal.

Appointment is on the 19th at 11:20.

Thanks, Owen Price
""", "appointment: asks to change the format of an existing review to teleconsultation; recovery details are background")

m("en", "appointment", "cancel colonoscopy", """
Please cancel my colonoscopy on the 9th, I have had it done privately in the meantime. The bleeding I was referred for turned out to be piles and stopped weeks ago.

Thanks,
R. Patel
MRN 00482291
""", "appointment: cancellation; trap: resolved rectal bleeding")

m("en", "appointment", "missed appointment yesterday", """
Dear Sir/Madam

I'm so sorry I missed my appointment with the rheumatology nurse yesterday morning. It has been one of those weeks. My car broke down on the A38 just past the Marsh Mills roundabout, and of course my phone was dead because I'd been up half the night with my grandson who is staying with us while his mum is in hospital having the baby. By the time the recovery van came and I found a phone that worked it was nearly twelve and I thought there was no point ringing, you'd have closed the list.

I know how hard it is to get these appointments, I waited four months for this one. My hands are getting worse, especially first thing in the morning, I can't open jars or do up the buttons on my cardigan, and my right knee has been swollen on and off since Christmas. The methotrexate helped at first but I'm not sure it's doing much now. I had a small heart attack back in 2020 so my GP is a bit cautious about anti-inflammatories, which is why she wanted the nurse to look at everything.

Could I please have another appointment? Any day except Thursdays as that's my husband's dialysis day and I drive him. I understand if there is a charge for the missed one, I'm not writing about that, I just really need to be seen.

Again, my apologies for wasting the slot.

Yours faithfully
Bernadette Coyle
""", "appointment: long rambling rebooking after a no-show; fee only acknowledged, not disputed (billing would be the fee); trap: historical heart attack")

m("en", "appointment", "physio after ACL surgery", """
Hello, my surgeon (Ms Adeyemi) said I need physio after the ACL repair and gave me the referral form, which I've attached. How do I book the first session? Ideally Mon or Wed late afternoon, I'm back at work.

Thanks
Josh
""", "appointment: physio referral already issued; the ask is booking a session, not a new prescription")

m("en", "appointment", "", """
hi need 2 change my sons asthma review from mon to wed if poss. hes been fine no attacks since jan. thx Kelly (mum of Tyler Reed)
""", "appointment: reschedule, SMS style, empty subject; trap: resolved/negated asthma attacks")

m("en", "appointment", "INR clinic booking for discharge", """
Hi anticoag team,

Could you book Mrs Nasreen Ahmed (MRN 7719034, DOB 11/08/1952) into the anticoagulation clinic early next week for an INR check? She's being discharged tomorrow from Ward 22 on warfarin for new AF. Loading doses are written up on the TTO and the dose plan has been agreed by the team, so this is just for the appointment.

Her daughter drives her, mornings preferred. Mobile for daughter: 07700 900218.

Thanks
Sian, ward clerk, Ward 22
""", "appointment: internal booking request for INR check; dose explicitly already decided so not prescription")

m("en", "appointment", "Fwd: Your MRI appointment", """
---------- Forwarded message ---------
From: Radiology Bookings <radiology.bookings@example-hospital.org>
Subject: Your MRI appointment

Your MRI lumbar spine is booked for Saturday 8 March at 16:45, MRI Suite 2. Please arrive 30 minutes early to complete the safety questionnaire.

---

Hi, three questions about this. Do I need to stop eating before? Can my husband come in the room with me, I'm quite claustrophobic. And the safety form asks if I've ever had a seizure or a head injury - I had concussion from a fall in 2015, does that matter?
Thanks
Lorraine
""", "appointment: preparation/logistics questions about a booked scan; trap: form question, historical head injury")

m("en", "appointment", "Re: Blood test results", """
> Your blood tests were all within normal limits. Dr Fenwick suggests a follow-up ultrasound in three months; a provisional slot has been reserved for 3 June at 10:00. Please let us know if this is convenient.

Got the letter, thanks, good news about the bloods. Yes the 3rd of June at 10 is fine, I'll be there.

Peter Lam
""", "appointment: result letter proposed a date and asked for a reply; the reply confirms the slot")

m("en", "appointment", "pre-op assessment - gallbladder", """
Good morning

The surgeon's secretary told me to contact you to arrange my pre-op assessment before my gallbladder removal on 30 April. I can do any morning except Fridays. I no longer have the pain attacks since I changed my diet, so I'm in no rush, but I don't want to lose the surgery date.

Many thanks
Clare Donnelly
07911 123456
""", "appointment: booking pre-op assessment before a scheduled operation; trap: resolved pain attacks")

m("en", "appointment", "Your appointment has been brought forward", """
Dear Mr Lindqvist,

Following your recent blood test, Dr Ansari would like to see you sooner than originally planned. We have offered you an appointment on Monday 12 May at 11:00 in Clinic 4, Renal Outpatients.

Please call 020 7946 0321 or reply to this email to confirm, or to arrange another time if this is not convenient. There is nothing to worry about; this is to review your kidney function results in person.

Renal Outpatients Booking Team
""", "appointment: hospital letter mentions results but its ask is confirming an offered date")

m("en", "appointment", "20 week scan booking", """
Hi, the community midwife said to email you to book my 20 week anomaly scan. EDD 14/09, first baby. No bleeding or pain, everything has been fine so far touch wood. Any day works except Tuesdays.

Thank you!
Amy Chen
""", "appointment: booking antenatal scan; trap: negated bleeding/pain")

m("en", "appointment", "endo", """
Can't make Friday's endo appt (work trip). Any chance of next Tues or Weds?
Sent from my iPhone
""", "appointment: very short reschedule")

m("en", "appointment", "Interpreter for memory clinic appointment", """
Hello,

My mother, Maria da Silva (DOB 23/01/1944), has an appointment at the memory clinic on 5 November. She only speaks Portuguese. Could an interpreter be booked for that appointment please?

She had a small stroke two years ago and gets tired in the afternoons, so if there is any chance of a morning slot instead that would be better.

Thank you
Ana da Silva (daughter)
""", "appointment: interpreter and slot change for an existing appointment; trap: historical stroke")

m("en", "appointment", "Reminder: fasting blood test tomorrow", """
Reminder: you are booked for a fasting blood test at the Phlebotomy Unit tomorrow at 07:45.

- Do not eat after midnight. You may drink water.
- Take your usual medicines unless told otherwise.
- If you take insulin or gliclazide and you feel shaky, sweaty or confused while fasting, eat something sugary and tell the staff when you arrive. Do not stay fasting.

To change this appointment call 0161 496 0800.
""", "appointment: reminder with preparation; trap: hypoglycaemia symptoms as instructions")

m("en", "appointment", "2WW referral - breast", """
Two week wait referral - suspected breast cancer

Patient: Mrs Lorna Betts, DOB 30/06/1971
Presenting: 2 cm hard irregular lump left breast upper outer quadrant, noticed 3 weeks ago. No nipple discharge. No previous breast history.

Please book into the rapid access breast clinic within 14 days. Patient informed of referral and reason, contact number 07700 900771.

Dr S. Ogunleye, Parkside Surgery
""", "appointment: fast-track referral asking for a clinic slot; no acute red flag")

m("en", "appointment", "Can I be seen sooner?", """
Hi,

I received my results letter saying my cholesterol and liver tests were a bit high and that Dr Burke will go through them with me at my appointment in August. That feels like a long time to wait with it on my mind. Could I be seen sooner, even by a nurse or on the phone?

I feel completely well, no chest pain or anything like that, I'm just anxious.

Tom Gallagher
MRN 5519023
""", "appointment: results are the trigger, but the ask is an earlier slot; trap: negated chest pain")

m("en", "appointment", "Dad's cataract op questionnaire", """
Hi,

Attached is Dad's (Frank Morrow, DOB 09/12/1939) health questionnaire for his cataract operation on the 17th.

Question 12, "Do you get chest pain on exertion?", we've answered no. He had angina years ago but had a stent in 2016 and has been fine since.

The form says someone from pre-assessment will phone to go through his blood thinners. Is that call still happening, and when? I'd like to be there for it.

Thanks,
Karen Morrow
""", "appointment: returning pre-op questionnaire before booked surgery and asking about the pre-assessment call; trap: negated/historical angina")

m("en", "appointment", "video consultation link not working", """
The link for my video consultation at 3pm with Dr Rao doesn't open, it just says "session expired". Can you resend it or phone me instead? 07700 900461. I'm waiting by the phone.

Jan Kowalski
""", "appointment: problem joining a teleconsultation slot, patient-specific (not a general IT notice)")

m("en", "appointment", "ENT referral - waiting", """
Good afternoon,

I was referred to ENT by my GP in January for my hearing and constant ringing. I still haven't heard anything. The GP checked me over and said there's no facial weakness or dizziness, so it's routine, but can you tell me where I am on the waiting list and roughly when I'll get an appointment?

Regards
Stuart Kerr
""", "appointment: waiting list query for a first consultation; trap: negated facial weakness")

m("en", "appointment", "Transport for Dad's clinic appointment", """
Hi, Dad (Leonard Fisk) has his neurology appointment on 14/06 at 9:30. He's been in a wheelchair since his stroke in 2019 and patient transport can't get him there before 10:30. Could we move it to later in the morning or early afternoon?

Thanks
Julie Fisk
""", "appointment: moving a slot to fit transport; trap: historical stroke")

m("en", "appointment", "RE: Appointment reminder", """
Y

but can i come 15 min later? school run. if not no worries ill be there at 9

> Reply Y to confirm your appointment on Wed 2 Oct 09:00 with the Diabetes Specialist Nurse.
> Reply N to cancel.
""", "appointment: confirmation reply with a timing request, quoted reminder")

m("en", "appointment", "Haematology opinion - long term anticoagulation", """
Dear Haematology team,

Could you please see Mrs Joan Pike (DOB 04/04/1958, MRN 2290341) for advice on long-term anticoagulation?

She has had two unprovoked DVTs (2019 and 2023), the second with a small PE, and is currently on rivaroxaban 20 mg daily. She is tolerating it well with no bleeding problems and no breathlessness now. She would like to discuss whether she should stay on it indefinitely.

Not urgent - a routine clinic appointment is fine.

Kind regards
Dr Tim Ashworth, GP
""", "appointment: GP asks for a consultation; anticoagulant mentioned but no dose change requested; trap: historical PE, negated bleeding/breathlessness")

m("en", "appointment", "stitches out - can I book with the nurse here?", """
Hi, I had a mole removed from my back last Tuesday (Dr Ferreira). The discharge sheet says stitches out at 10-14 days. Can I book that with the dressing clinic at the hospital or do I have to go to my GP practice? Wound looks fine, dry, no redness, no fever.

Alex Novak
""", "appointment: asks where/how to book stitch removal; wound status is background; trap: negated fever")

m("en", "appointment", "Missing page - pre-operative questionnaire", """
Dear Ms Hartley,

Thank you for returning your pre-operative health questionnaire. Unfortunately page 3 (current medicines and allergies) was not included.

Please complete and return this page before your admission on 8 July, either by email to this address or by hand at the Pre-Assessment Unit. Without it we may have to postpone your operation.

Kind regards
Pre-Assessment Unit, Day Surgery
""", "appointment: outgoing request to complete pre-op questionnaire before booked surgery")

m("en", "appointment", "second opinion - carpal tunnel", """
Hello,
I would like to book a consultation with one of your hand surgeons for a second opinion on carpal tunnel surgery that's been recommended elsewhere. My GP's letter and the nerve conduction report are attached. I can travel any day.
Regards,
Priya Nair
""", "appointment: self-referral for a consultation")

m("en", "appointment", "diabetes nurse next wed - phone instead?", """
Hi, my follow up with the diabetes nurse is next Wednesday at 10. Could it be a phone call instead? My sugars have been good, HbA1c came back at 52 last week and no hypos at all, so I don't think I need to come in, and parking is a nightmare.

Cheers, Martin Dale
""", "appointment: changing a follow-up visit to a phone call; HbA1c only context; trap: negated hypoglycaemia")

m("en", "appointment", "Appointment confirmation - Rheumatology", """
Your appointment is confirmed.

Clinician: Dr S. Mensah, Rheumatology
Date: Tuesday 21 October, 14:20
Location: Outpatients Department, Clinic 6

Please bring your medication list and any recent blood results.

IMPORTANT: If before your appointment you develop sudden severe headache, facial weakness or slurred speech, call 999 immediately. Do not email this address.
""", "appointment: automated confirmation; trap: stroke-sign instructions in a template")

m("en", "appointment", "two appointments same day?", """
I've got the INR clinic on Monday 3rd and the cardiology follow up on Thursday 6th. Is there any way of doing both on the same day? I live an hour away and my son has to take time off work each time.

Thank you
Gwen Harris, MRN 8812005
""", "appointment: combining two visits; INR mentioned without dose question")

m("en", "appointment", "sleep study", """
Sorry I didn't turn up for my sleep study last night, I tested positive for covid in the afternoon. Can we rebook for a few weeks' time?

Nadia Rahman
""", "appointment: rebook after missed test, no fee question")

m("en", "appointment", "", """
need an appointment for my knee please. GP says see ortho. thanks
""", "appointment: very short booking, empty subject")

m("en", "appointment", "Mr Havel - next available consultation", """
Good morning,

Could you let me know Mr Havel's next available new-patient consultation? I'll be self-funding. Evenings or Saturdays would suit best.

Best regards
Daniel Moss
""", "appointment: booking a private consultation; self-funding mentioned but no cost question")

m("en", "appointment", "GTT on Friday", """
Hi, I'm booked in for the glucose tolerance test this Friday at 8am. Can I bring my 2 year old with me? I don't have childcare and I know it takes 2 hours.

Thanks, Zoe
""", "appointment: logistics for a booked test")

m("en", "appointment", "CT chest - surveillance, please confirm attendance", """
Dear Ms Quinn,

Your CT scan showed that the small nodule in your right lung is unchanged in size, which is reassuring. Dr Ali has therefore booked a repeat CT in 12 months, on 3 March at 08:30.

Please reply to this email to confirm that you can attend, or call 0113 496 0077 to change the date. If before then you cough up blood or become more breathless, contact your GP promptly.

Thoracic Radiology Secretaries
""", "appointment: result letter, but the only thing asked of the patient is to confirm the booked date; trap: hypothetical haemoptysis")

# ---------------------------------------------------------------- appointment / fr
m("fr", "appointment", "Re: vos résultats de prise de sang", """
Bonjour,

J'ai bien reçu le courrier avec mes résultats, tout est normal d'après le Dr Lemoine, l'anémie après mon hémorragie digestive de l'an dernier est corrigée, tant mieux.

Le courrier me propose un rendez-vous de contrôle le 12 juin à 10h mais je travaille ce jour-là et je ne peux pas me libérer. Serait-il possible de le décaler à la semaine suivante, de préférence en fin de journée ?

Cordialement,
Sylvie Marchand
""", "appointment: courrier de résultats = contexte; la demande est de déplacer la date proposée; piège: hémorragie ancienne")

m("fr", "appointment", "Rappel de rendez-vous", """
Rappel : RDV consultation de cardiologie le 03/04 à 14h30, Hôpital Saint-Louis, bâtiment B, 2e étage.
Merci de vous présenter 15 min avant avec votre carte Vitale, votre carte de mutuelle et vos ordonnances en cours.
Pour annuler ou déplacer : 01 42 49 49 49 (du lundi au vendredi 9h-17h).
""", "appointment: rappel automatique de rendez-vous")

m("fr", "appointment", "RE: votre rdv", """
ok je confirme pour jeudi 9h. cordialement
M. Besnard
""", "appointment: confirmation très courte")

m("fr", "appointment", "Demande d'avis rhumatologique - Mme Benali", """
Cher confrère,

Je vous adresse Mme Fatima Benali, 67 ans, pour avis rhumatologique concernant des douleurs articulaires des deux mains, d'horaire inflammatoire, avec dérouillage matinal d'une heure, évoluant depuis 4 mois.

Les douleurs touchent les MCP 2 et 3 et les IPP de façon bilatérale et symétrique, avec un gonflement intermittent des poignets. Elle a dû arrêter la couture, qui était son activité principale depuis sa retraite. Les AINS (ibuprofène 400 mg x3 pendant 10 jours) l'ont partiellement soulagée mais ont été mal tolérés sur le plan digestif.

Pas de fièvre, pas d'altération de l'état général, pas de syndrome sec franc, pas de psoriasis personnel ni familial. Pas de douleur thoracique ni de dyspnée.

Biologie du 12/02 : CRP à 24, VS 38, facteur rhumatoïde négatif, anti-CCP en cours, NFS et bilan hépatique normaux. Radiographies des mains et des pieds : pas d'érosion visible.

Antécédents : HTA sous amlodipine, cholécystectomie en 2010. Pas d'allergie connue.

Je vous remercie de bien vouloir lui proposer une consultation dans les meilleurs délais ; elle est disponible tous les jours sauf le mercredi et sa fille pourra l'accompagner.

Je vous remercie de bien vouloir lui proposer une consultation dans les meilleurs délais.

Confraternellement,
Dr Paul Girard
Médecin généraliste, Villeurbanne
""", "appointment: longue lettre d'adressage du MT demandant une consultation; piège: fièvre et douleur thoracique niées")

m("fr", "appointment", "questionnaire pré-anesthésique - PTH 14 mai", """
Bonjour,

Veuillez trouver ci-joint le questionnaire pré-anesthésique rempli pour mon intervention du 14 mai (prothèse totale de hanche, Dr Aubry).

À la question "Avez-vous déjà fait un infarctus ?" j'ai coché oui : c'était en 2015, j'ai eu deux stents et je suis suivi tous les ans par le Dr Moreau, cardiologue. Je n'ai plus eu de douleur depuis.

Je reste à disposition pour la consultation d'anesthésie.

Bien cordialement,
Gérard Lenormand
né le 17/09/1950
""", "appointment: questionnaire renvoyé avant une chirurgie programmée; piège: infarctus ancien sur le formulaire")

m("fr", "appointment", "consultation anesthésie avant cataracte", """
Bonjour, ma consultation d'anesthésie est prévue le 2 mai mais le chirurgien a avancé l'opération de la cataracte au 29 avril. Faut-il avancer aussi la consultation d'anesthésie ? Merci de me recontacter au 06 71 22 48 19.
Mme Colette Fabre
""", "appointment: coordination de deux rendez-vous avant une chirurgie")

m("fr", "appointment", "annulation IRM", """
Bonjour,
Je souhaite annuler mon rdv d'IRM du 15/03 à 18h, je l'ai fait en cabinet de ville entre-temps.
Merci.
M. Dupuis, IPP 20194471
""", "appointment: annulation")

m("fr", "appointment", "suivi post-op en téléconsultation ?", """
Bonjour,

Est-ce que la consultation de suivi post-opératoire du 23 peut se faire en téléconsultation ? Tout va bien, la cicatrice est propre, pas de fièvre, j'ai repris la marche, mais j'habite à 2 heures de route et je ne peux pas encore conduire.

Merci d'avance,
Laurent Mercier
""", "appointment: demande de changer le format du rdv; récupération en contexte; piège: fièvre niée")

m("fr", "appointment", "", """
bjr c pour decaler le rdv de ma fille en pediatrie du 12 au 19 svp elle a ecole le 12. Lina Haddad 3 ans. merci
""", "appointment: report, style SMS sans accents, objet vide")

m("fr", "appointment", "programmation consultation AVK", """
Salut,

Peux-tu programmer M. Moussa Traoré (IPP 30082215) à la consultation des anticoagulants la semaine prochaine pour le contrôle d'INR ? Il sort demain sous Préviscan, la posologie est déjà fixée par l'équipe, pas de saignement pendant le séjour, c'est juste pour le créneau.

Merci !
Aurélie, secrétariat cardio 3e
""", "appointment: demande interne de créneau; posologie déjà décidée donc pas prescription; piège: saignement nié")

m("fr", "appointment", "relance demande de consultation ORL", """
Madame, Monsieur,

Mon médecin traitant m'a adressé en consultation d'ORL il y a trois mois (courrier du Dr Vidal du 4 janvier) pour des vertiges et une baisse d'audition. Je n'ai toujours reçu aucune date.

Pouvez-vous me dire où en est ma demande ?

Salutations,
Jacques Pelletier
""", "appointment: relance sur une demande de premier rendez-vous")

m("fr", "appointment", "Votre rendez-vous a été avancé", """
Madame,

Suite à votre bilan sanguin du 18 septembre, le Dr Haddad souhaite vous revoir plus tôt que prévu. Un rendez-vous vous est proposé le lundi 7 octobre à 11h00, consultation de néphrologie, niveau 1.

Merci de nous confirmer votre présence par retour de mail ou au 04 72 11 00 00. Il n'y a pas lieu de vous inquiéter.

Le secrétariat de néphrologie
""", "appointment: courrier mentionnant le bilan mais dont la demande est de confirmer une date")

m("fr", "appointment", "séances de rééducation à l'hôpital ?", """
Bonjour,

J'ai une ordonnance pour 10 séances de rééducation après mon opération de l'épaule (Dr Castel). Est-ce que je peux prendre rendez-vous au service de kiné de l'hôpital ou je dois aller en ville ? Si c'est possible chez vous je suis dispo les matins.

Merci
Nathalie Roy
""", "appointment: ordonnance déjà faite; la demande est un rendez-vous de kiné")

m("fr", "appointment", "horaire rdv neurologie de mon père", """
Bonjour,
Mon père, M. Raymond Giraud, a rendez-vous en neurologie le 20 novembre à 8h30. Il est en fauteuil depuis son AVC de 2020 et l'ambulance ne peut pas le prendre avant 10h. Serait-il possible d'avoir un créneau en fin de matinée ou en début d'après-midi ?
Merci beaucoup,
Sandrine Giraud
""", "appointment: changement d'horaire pour le transport; piège: AVC ancien")

m("fr", "appointment", "Rappel : votre coloscopie du 18/02", """
Madame, Monsieur,

Nous vous rappelons votre coloscopie le 18/02 à 8h00, service d'endoscopie, niveau -1.

Préparation : régime sans résidu 3 jours avant, puis préparation colique selon la fiche jointe. Venez accompagné : vous ne pourrez pas conduire après l'examen.

Après l'examen, en cas de douleurs abdominales intenses, de fièvre ou de saignement abondant, appelez le 15.

Pour toute modification : 02 40 08 33 33.
""", "appointment: rappel avec consignes; piège: signes d'alerte hypothétiques")

m("fr", "appointment", "Re: confirmation de votre rendez-vous", """
Oui je serai là. Est ce que je peux venir avec mon mari ? il conduit.

> Merci de confirmer votre présence à la consultation du Dr Rousseau le 14/05 à 16h20.
""", "appointment: confirmation avec question logistique, citation")

m("fr", "appointment", "regrouper mes rendez-vous", """
Bonjour,

J'ai rendez-vous en endocrinologie le 4 et en ophtalmologie le 11. Serait-il possible de tout regrouper le même jour ? J'habite à 80 km et je dépends de mon fils pour venir.

Merci,
Mme Josiane Leclerc
""", "appointment: regrouper deux consultations")

m("fr", "appointment", "Dossier de pré-admission incomplet", """
Madame,

Nous avons bien reçu votre dossier de pré-admission. Il manque toutefois la page 2 du questionnaire (traitements en cours, allergies) et la copie de votre carte de groupe sanguin.

Merci de nous retourner ces documents avant votre hospitalisation du 3 juillet, faute de quoi l'intervention pourrait être reportée.

Rappel : si vous présentez de la fièvre, une douleur thoracique ou un malaise dans les jours précédant l'intervention, prévenez le service avant de vous déplacer.

Le bureau des admissions
""", "appointment: documents et questionnaire à renvoyer avant une chirurgie programmée; piège: signes d'alerte hypothétiques")

m("fr", "appointment", "possible d'être vu avant septembre ?", """
Bonjour,

J'ai reçu le courrier du Dr Benoît disant que mon scanner montre un petit nodule au poumon "à surveiller" et qu'on en reparlera au rdv de septembre. C'est loin et ça m'angoisse. Est-ce possible d'être vu avant ?

Je ne suis pas essoufflé, je ne tousse pas, je vais bien physiquement, c'est surtout moralement.

Merci
Christophe Aubert
""", "appointment: le résultat est le déclencheur mais la demande est un rdv plus tôt; piège: essoufflement nié")

m("fr", "appointment", "interprète LSF", """
Bonjour, mon fils est sourd, il a rendez-vous au CMP le 6 à 14h. Est-ce qu'un interprète en langue des signes peut être prévu pour ce rendez-vous ? Merci de me répondre par mail.
Mme Perrin
""", "appointment: organisation d'un rendez-vous existant")

m("fr", "appointment", "Confirmation de votre intervention", """
Monsieur,

Nous vous confirmons votre intervention (cure de hernie inguinale) le 24/09 en ambulatoire, avec le Dr Lambert.

La consultation d'anesthésie est obligatoire au moins 48 heures avant : merci de prendre rendez-vous au 01 45 17 50 00 si ce n'est pas déjà fait.

Le jour de l'intervention, présentez-vous à 7h00 à jeun, douché à la Bétadine selon la fiche jointe. En cas de fièvre, de toux ou de saignement inhabituel dans les 48h précédentes, contactez le secrétariat.

Secrétariat de chirurgie viscérale
""", "appointment: confirmation de programmation opératoire et rdv d'anesthésie; piège: consignes hypothétiques")

m("fr", "appointment", "rdv", """
Bonjour je voudrais un rendez vous avec le Dr Cohen pour mon genou. Merci
""", "appointment: demande de rdv très courte")

m("fr", "appointment", "Avis chirurgical - M. Lucas Fontaine", """
Cher confrère,

Je vous adresse M. Lucas Fontaine, 45 ans, pour avis chirurgical concernant une hernie inguinale droite symptomatique à l'effort, réductible, sans signe d'étranglement.

Antécédents notables : embolie pulmonaire en 2018, sous anticoagulant au long cours (apixaban 5 mg x2), bien toléré.

Merci de lui proposer une consultation ; il est joignable au 06 33 19 84 20.

Bien confraternellement,
Dr Isabelle Roche
""", "appointment: demande de consultation par le MT; piège: antécédent d'embolie pulmonaire")

m("fr", "appointment", "rdv manqué hier", """
Bonjour,

Désolée, je n'ai pas pu venir hier à la consultation de 10h avec le Dr Meyer, mon fils était malade et je n'ai pas pu prévenir. Est-ce possible d'avoir un autre rendez-vous ? Si des frais s'appliquent je comprends, ce n'est pas le sujet.

Cordialement,
Émilie Garnier
""", "appointment: nouvelle date après absence; les frais sont seulement évoqués")

m("fr", "appointment", "lien téléconsultation", """
Le lien de la téléconsultation de 15h ne marche pas, message "salle introuvable". Pouvez vous m'appeler au 06 12 48 73 90 à la place ? Merci
Bruno Carré
""", "appointment: problème d'accès à une téléconsultation programmée")

m("fr", "appointment", "bilan pré-op labo", """
Bonjour, le chirurgien m'a dit de faire une prise de sang avant l'opération du 10 mars. Faut-il prendre rendez-vous au labo de l'hôpital ou je peux y aller sans rdv ? Et combien de temps avant ?
Merci
""", "appointment: organisation d'un prélèvement pré-opératoire")

m("fr", "appointment", "échographie T2", """
Bonjour,

Je voudrais prendre rendez-vous pour l'échographie du deuxième trimestre, je suis à 20 SA (DPA 02/09). Pas de saignement, pas de contractions, tout va bien. Je suis disponible le mardi et le jeudi.

Mme Caroline Roux
""", "appointment: prise de rdv échographie; piège: saignement nié")

m("fr", "appointment", "retrait des fils", """
Pouvez-vous me donner un rendez-vous pour enlever les fils ? J'ai été opéré le 2 (Dr Simon, genou), le chirurgien a dit 10 à 12 jours. La cicatrice est nickel, pas de fièvre, ça ne coule pas.
Merci
Kevin Lopez
""", "appointment: demande de créneau pour ablation des fils, pas de question sur la plaie; piège: fièvre niée")

m("fr", "appointment", "consultation mémoire pour ma mère", """
Bonjour,

Je souhaiterais prendre rendez-vous à la consultation mémoire pour ma mère, Mme Yvette Moreau, 82 ans. Son médecin traitant a fait un courrier (ci-joint). Elle oublie beaucoup de choses depuis un an, ça s'est installé doucement, rien de brutal.

Je peux l'accompagner tous les jours sauf le lundi.

Merci,
Pascale Moreau
""", "appointment: premier rdv; piège: installation progressive, pas de confusion brutale")

m("fr", "appointment", "report opération canal carpien", """
Bonjour,
Je dois décaler mon opération du canal carpien prévue le 15, je suis en déplacement professionnel toute la semaine. Quelles sont les prochaines dates possibles ?
Cordialement
Olivier Blanc
""", "appointment: report d'une intervention programmée")

m("fr", "appointment", "Consultation de suivi gériatrique - Mme Blanc", """
Madame, Monsieur,

L'EHPAD Les Tilleuls souhaite organiser la consultation de suivi gériatrique de notre résidente Mme Odette Blanc (née le 12/03/1935), comme demandé dans le dernier compte rendu. Pour rappel, elle a chuté en janvier avec un traumatisme crânien léger, scanner normal, sans suite depuis.

Merci de nous proposer des créneaux le matin, l'aide-soignante accompagnatrice étant disponible avant 12h.

Cordialement,
Infirmière coordinatrice, EHPAD Les Tilleuls
""", "appointment: l'EHPAD demande des créneaux pour un suivi, pas de compte rendu clinique; piège: traumatisme crânien ancien")

m("fr", "appointment", "Re: vos résultats", """
Merci. Par contre pour ce rdv "dans 3 mois" je n'ai reçu aucune date. Dois-je appeler ou c'est vous qui m'envoyez la convocation ?

> Vos résultats sont disponibles sur le portail patient. Le Dr Nguyen vous reverra dans 3 mois.
""", "appointment: le message de résultats est cité; la question porte sur la date du rdv")

m("fr", "appointment", "perfusion de fer HDJ", """
Bonjour,
Ma séance de perfusion de fer à l'hôpital de jour est prévue le 5 à 9h. Je ne pourrai pas venir (enterrement). Pouvez-vous la reprogrammer la semaine suivante ?
Merci
Mme Sarah Benhamou
""", "appointment: reprogrammer une séance d'hôpital de jour")

m("fr", "appointment", "enregistrement du sommeil le 22", """
Bonjour, je confirme ma nuit d'enregistrement du sommeil le 22. Dois-je apporter mon pyjama et mes médicaments du soir ? À quelle heure arriver ?
Merci, Thierry Gauthier
""", "appointment: confirmation et logistique d'un examen")

m("fr", "appointment", "Questionnaire à remplir avant votre consultation d'allergologie", """
Madame, Monsieur,

Avant votre consultation du 14/11 en allergologie, merci de remplir le questionnaire en ligne (lien personnel ci-dessous) au plus tard 48h avant.

Exemples de questions : Avez-vous déjà fait un choc anaphylactique ? Avez-vous déjà eu un gonflement des lèvres ou de la gorge après un aliment ou un médicament ? Possédez-vous un stylo d'adrénaline ?

Sans questionnaire rempli, la consultation pourra être reprogrammée.

Service d'allergologie
""", "appointment: questionnaire à remplir avant une visite; piège: anaphylaxie en questions de formulaire")

m("fr", "appointment", "rdv plus tot dermato", """
bonjour, est ce quil serait possible davoir un rdv plus tot pour mon fils en dermato (Noah Lefebvre, 6 ans), rdv actuel le 28 mars. il a de l eczema partout et il se gratte jusqu au sang la nuit, personne dort. merci
""", "appointment: demande d'avancer un rdv; piège: 'jusqu'au sang' = grattage, pas une hémorragie")

m("fr", "appointment", "second avis chirurgie du dos", """
Bonjour,

Je souhaite un second avis sur l'indication opératoire pour mon dos (hernie discale L5-S1). Comment obtenir une consultation avec le Pr Lambert ? J'ai tous mes examens (IRM, EMG) et le courrier de mon chirurgien actuel. Pas de faiblesse dans la jambe, donc pas d'urgence selon mon médecin.

Cordialement,
Frédéric Masson
""", "appointment: demande de consultation pour second avis; piège: faiblesse niée")

# ---------------------------------------------------------------- prescription / en
m("en", "prescription", "repeat after follow-up", """
Hello,

I saw Dr Kwan last Thursday for my follow-up and she said to carry on with the amlodipine 10 mg and that she'd send the repeat prescription to my pharmacy. Boots on the High Street say nothing has arrived yet and I've got three tablets left.

Could you resend it please? BP has been fine at home, about 128/80 on average, and no chest pain since the angiogram.

Thanks
Colin Barker, DOB 14/02/1957
""", "prescription: follow-up visit is past; the ask is the missing repeat prescription; trap: negated chest pain")

m("en", "prescription", "INR 3.8 - dose?", """
INR today 3.8 (target 2-3) at the GP surgery.
Currently on warfarin 5 mg daily.
No bleeding, no bruising, no black stools.
Please advise what dose to take this week.

Ray Collins, MRN 6600214
""", "prescription: anticoagulant dose adjustment request, not just monitoring; trap: negated bleeding")

m("en", "prescription", "INR low", """
Hi, my INR was 1.6 this morning at the pharmacy. I take 4mg Mon-Fri and 3mg at weekends. Do I need to increase? Next check is in a week. I've not missed any doses that I know of. No bruising or bleeding.

Thanks, Sheila
""", "prescription: warfarin dose question after an INR result; trap: negated bleeding")

m("en", "prescription", "Prior Authorization Request - adalimumab", """
PRIOR AUTHORIZATION REQUEST

Member: Tyler Brooks
DOB: 07/22/1990
Member ID: XKH448812903
Medication: Humira (adalimumab) 40 mg/0.4 mL pen, every other week
Diagnosis: Crohn's disease (K50.90)

The plan requires documentation of inadequate response or intolerance to at least one conventional therapy (e.g., azathioprine, methotrexate) before approval. Please complete the attached clinical criteria form and return by fax to 1-888-555-0192 within 14 days.

Pharmacy Benefit Services
""", "prescription: drug prior authorisation from a payer (prescription per rules, not billing)")

m("en", "prescription", "Ozempic refill denied", """
My insurance denied my Ozempic refill today saying it needs a prior authorization now (new plan year). Can Dr Patel's office submit it? I have 3 doses left so about 3 weeks.

Thank you!
Lisa Moreno
""", "prescription: patient asks the office to submit a drug prior authorisation")

m("en", "prescription", "Physio update - request for further physiotherapy prescription", """
Dear Mr Clarke,

Re: Mr Gordon Finch, MRN 5520417, right rotator cuff repair 12/02.

Mr Finch has now completed all 8 sessions on his current physiotherapy referral. He has been very engaged and does his home exercises daily.

Progress:
- active flexion 140° (was 90° at week 6)
- abduction 120°
- external rotation still limited at 30° (other side 70°)
- strength: rotator cuff 4-/5, scapular control improving
- pain 2/10 at rest, 5/10 at end of range; sleeping on the operated side now for part of the night
- functional: can reach a shoulder-height shelf, not yet overhead; returning to light office work next week

No signs of infection at the scar, no numbness or weakness in the hand.

He would benefit from a further 6 sessions over 8 weeks to address rotator cuff strength and external rotation before he returns to swimming. Could you please issue a new physiotherapy prescription/referral so we can continue without a gap? His current block ends on Friday.

Kind regards
Anna Reid, MSK Physiotherapist
""", "prescription: detailed physio progress report whose only ask is a new physiotherapy prescription; trap: negated infection/weakness")

m("en", "prescription", "run out of painkillers", """
Hi, I'm 5 days post knee arthroscopy, recovery is going fine, walking with one crutch, no fever and the wound is clean. I've run out of the co-codamol you gave me on discharge. Can I get a few more days' supply or should I just switch to paracetamol and ibuprofen now?

Thanks, Ben Harper
""", "prescription: post-op, but the ask is about painkiller supply/switch, not recovery; trap: negated fever")

m("en", "prescription", "Stock shortage - estradiol patches", """
Pharmacy notice

Estradiol 50 micrograms/24 h patches (Evorel 50) are currently unavailable from our wholesaler, expected back in 6 weeks.

For patient Mrs Deborah Kent (DOB 12/10/1968), we suggest switching to Estradot 50 (twice weekly) or estradiol gel 0.06% 2 pumps daily. Please confirm which alternative you would like and send an updated prescription.

Regards
Hannah Li, Pharmacist, Market Street Pharmacy
""", "prescription: shortage and substitution request")

m("en", "prescription", "levothyroxine after TSH result", """
Hi,
My TSH came back at 0.1 and the nurse on the phone said Dr Green will probably lower my levothyroxine. Should I go down from 100 to 75 now, or wait until Dr Green tells me? I have a new box of 100s.
Thanks
Joanne Webb
""", "prescription: lab result is the trigger but the question is the dose")

m("en", "prescription", "ibuprofen with apixaban?", """
Can I take ibuprofen with my apixaban? I know about the bleeding risk, no bleeding so far. Sprained my ankle playing with the grandkids. Paracetamol isn't doing much.
Bill
""", "prescription: drug interaction question; trap: negated bleeding")

m("en", "prescription", "EpiPen renewal", """
Hello,

Please could I have my EpiPen prescription renewed? Both pens expire at the end of next month. I haven't needed them since the anaphylaxis in 2021 (peanut in a takeaway) but I carry them everywhere.

Many thanks,
Ruth Adebayo
""", "prescription: renewal; trap: historical anaphylaxis")

m("en", "prescription", "repeat", """
repeat pls: metformin 500, atorvastatin 20, ramipril 5. collect from main pharmacy. thx
J. Okoro
""", "prescription: terse repeat request")

m("en", "prescription", "TTOs bed 14 not signed", """
Hi,

Discharge prescription for bed 14 (MRN 3390218) is still not signed and the patient has been waiting for TTOs since 11. The enoxaparin needs a course length and the FY1 needs to sign the whole chart before we can dispense.

Thanks
Pharmacy Dispensary, ext 4471
""", "prescription: internal pharmacy request about an unsigned discharge prescription")

m("en", "prescription", "clopidogrel before hip replacement", """
Hello,

My hip replacement is on the 20th. The pre-op nurse said I must stop clopidogrel 7 days before. I've been on it since the stent after my heart attack in 2021. Do I restart it straight after the operation or does the surgeon decide? And will I need a new prescription for it since I'll have run out by then?

Margaret Flynn
""", "prescription: antiplatelet stopping/restarting and supply around a booked surgery; medication dominates over appointment; trap: historical heart attack")

m("en", "prescription", "Re: visit summary", """
I never received this prescription. Was it sent electronically? My pharmacy is CVS on Main St, phone (413) 555-0127.

> After Visit Summary - Dr Harjit Singh
> Plan: start atorvastatin 20 mg nightly. Repeat lipids in 3 months.
""", "prescription: missing new prescription after a follow-up visit; quoted visit summary is context")

m("en", "prescription", "switching from warfarin", """
At my cardiology follow-up last week they said I could switch from warfarin to apixaban. But nobody told me how to do the changeover. When do I stop the warfarin and when do I start the new one? Do I need an INR first? I had a bleed on warfarin two years ago (nosebleeds that wouldn't stop) so I'm keen to change. I haven't collected the apixaban yet.

Thanks
Eileen Grant
""", "prescription: anticoagulant switch instructions after a follow-up visit; trap: historical bleeding")

m("en", "prescription", "New prescription needed - lisinopril", """
This is Express Scripts home delivery pharmacy. We need a new prescription for:

Patient: Maria Gonzalez, DOB 04/17/1962
Medication: lisinopril 20 mg tablets, 90-day supply
Reason: previous prescription has no refills remaining

Please e-prescribe or fax to 1-877-555-0143. Reference #RX-55120987.
""", "prescription: mail-order pharmacy renewal request")

m("en", "prescription", "methylphenidate script", """
Hi, can Dr Obi do a new methylphenidate prescription for my son Ethan (DOB 03/03/2011)? I know it has to be a paper one for controlled drugs. Current supply runs out Friday. I can collect from reception Thursday.
Thanks, Claire Lewis
""", "prescription: controlled drug renewal")

m("en", "prescription", "metformin side effects since dose increase", """
Since my metformin was doubled at the last review I've had diarrhoea most days. Can I go back to the lower dose, or try the slow-release one my friend takes? Nothing else wrong, just this.
Harold
""", "prescription: side effect leading to a dose/formulation question")

m("en", "prescription", "GTN spray refill", """
Refill request: GTN spray please. I haven't used it for ages, no chest pain for well over a year, but it's expired and my cardiologist says to always carry one. Pharmacy: Lloyds, Church Road.
Mr D. Walsh, MRN 1029384
""", "prescription: refill; trap: negated chest pain")

m("en", "prescription", "Your prior authorization has been approved", """
Good news! Your prior authorization for Dupixent (dupilumab) has been approved through 12/31/2025.

Your specialty pharmacy, Accredo, will contact you within 2 business days to arrange delivery and confirm your copay. No further action is needed from you.

Questions? Call the number on the back of your member ID card.
""", "prescription: prior authorisation approval notice")

m("en", "prescription", "inhalers", """
Need a new Ventolin and Clenil please. Asthma has been well controlled, only used the blue one twice this month, no night waking. Same pharmacy as usual.
Thanks, Aisha
""", "prescription: inhaler renewal; trap: asthma control negated symptoms")

m("en", "prescription", "Discharge letter vs TTO - bisoprolol dose", """
Dear team,

Re: Mr Alan Price, DOB 22/07/1949, discharged from Ward 9 on 3rd.

Your discharge summary says "continue bisoprolol 2.5 mg od" but the TTO supplied 5 mg tablets with directions "one daily". He had an NSTEMI during the admission; his heart rate was 58 at my review today. Which dose is intended? I need to issue his repeat prescription this week.

Many thanks,
Dr Fiona Hurst, GP
""", "prescription: discharge summary is only context; the question is dose clarification for a repeat; trap: historical NSTEMI reported")

m("en", "prescription", "CoaguChek 4.4", """
CoaguChek reading 4.4 this evening. I feel fine - no bleeding gums, no nosebleeds, no black stools. Should I skip tomorrow's dose or take half? Normally 6 mg.
Philip
""", "prescription: self-testing INR, dose question; trap: negated bleeding")

m("en", "prescription", "Splint prescription needed", """
Hi Dr Yates,

Hand Therapy here. Mrs Olive Burton (MRN 4457120) needs a custom thermoplastic resting splint after her trigger finger release. We need a signed prescription from the surgical team before we can fabricate and dispense it. Form attached.

Thanks
Sam, Hand Therapy
""", "prescription: therapist asks for a device prescription")

m("en", "prescription", "insulin supply for 3 months abroad", """
Hello,

I'm going to Australia for 3 months from 1 February to help my daughter with the new baby. Can I get an extended supply of my NovoRapid and Levemir pens, plus needles and test strips? I'd also need a short note for the airline about carrying them, if that's possible.

Many thanks,
Brenda Shaw
""", "prescription: extended supply request; the travel letter is secondary")

m("en", "prescription", "Query re: Rx Dr Hale 3/5", """
Pharmacy query: prescription from Dr Hale dated 3/5 for hydroxyzine 25 mg, directions read "1 tab ?bd/tds prn" - frequency unclear. Patient is at the counter. Please call 555-0148 ext 2.
Thanks, Walgreens #8841
""", "prescription: pharmacist query on unclear directions")

m("en", "prescription", "anti-sickness tablets", """
The anti-sickness tablets oncology gave me have run out and chemo cycle 3 is next Monday. Can I get more ondansetron before then? Do I pick them up from the chemo unit or the main pharmacy?

Thanks
Gillian Marsh
""", "prescription: antiemetic renewal before a booked chemotherapy cycle")

m("en", "prescription", "do not substitute please", """
Dear Dr Kapoor,

The pharmacy gave me a different brand of levetiracetam this month and I'm worried. You told me at my last review never to switch brands because my seizures have been controlled for three years now. Could you write "do not substitute" on the prescription so this doesn't happen again?

Regards
Simon Teague
""", "prescription: brand/substitution request; trap: historical, controlled seizures")

m("en", "prescription", "spironolactone - stop or halve?", """
Potassium came back 5.4 on my routine bloods. The GP receptionist passed on a message from Dr Shah to "stop the spironolactone" but I think she might have meant halve it, because last time that's what we did. Please can someone clarify before I take tonight's dose?

Thanks,
Keith Norman
""", "prescription: dose clarification after a mildly abnormal lab (not critical)")

m("en", "prescription", "fentanyl patch increase", """
Hi, the pain nurse agreed at my review on Tuesday to increase my fentanyl patch from 25 to 37 micrograms, but I haven't got the new prescription yet. My next patch change is Saturday.
Thank you
Derek Foley
""", "prescription: dose increase agreed at a visit but prescription missing")

m("en", "prescription", "second pair of stockings", """
The surgeon said wear compression stockings for 6 weeks after the op but I only got one pair and I can't wash and dry them overnight. Can I get a prescription for a second pair? Size medium, thigh length.
Thanks, Rita
""", "prescription: post-op device prescription")

m("en", "prescription", "Eliquis now tier 3", """
My plan moved Eliquis to tier 3 and my copay went up to $110 a month. Is there a cheaper alternative Dr Nguyen could prescribe instead? I'm on it because of the clot in my lung in 2022. I'd rather not go back to warfarin and weekly blood tests if possible.

Thanks
Gloria Reyes
""", "prescription: cost triggers it but the ask is an alternative drug (not a bill); trap: historical PE")

m("en", "prescription", "lorazepam PRN - Mrs Crowley", """
Good morning,

Sunrise Care Home here. Mrs Edith Crowley's lorazepam 0.5 mg PRN has run out. Please send a new prescription to Lloyds Pharmacy, Hill Street. She has been settled this week, no agitation or falls, but we need it available.

Kind regards
Rosa, Senior Carer
""", "prescription: care home renewal; trap: negated agitation/falls")

m("en", "prescription", "omeprazole", """
Can you renew my prescription for omeprazole 20mg? Thanks
""", "prescription: very short renewal")

m("en", "prescription", "antibiotic for wound - another course?", """
Hi,

I finished the 5 days of flucloxacillin for the infected graze on my shin (from the fracture clinic). The redness has almost gone and I've had no fever since day 2. Should I take another course or is that it?

Thanks, Maggie
""", "prescription: whether to continue an antibiotic; trap: resolved infection and fever")

m("en", "prescription", "Humira delivery on hold", """
Hello,

Specialty pharmacy here. Humira delivery for your patient Rebecca Hale (DOB 09/14/1985) is on hold pending an updated prescription with the new dosing (40 mg weekly, per Dr Reyes's clinic note of 02/14). The current Rx on file is every other week. Please e-prescribe the updated dose.

Thanks
CareRx Specialty, 1-800-555-0175
""", "prescription: updated prescription needed for dose change")

# ---------------------------------------------------------------- prescription / fr
m("fr", "prescription", "ordonnance après consultation de suivi", """
Bonjour,

Suite à ma consultation de suivi avec le Dr Petit mardi dernier, elle devait envoyer l'ordonnance de renouvellement du Kardégic et du Tahor à ma pharmacie, mais la pharmacie n'a rien reçu. Pouvez-vous la renvoyer ? Pharmacie du Marché, Rennes.

Merci,
Jean Moreau
""", "prescription: la consultation de suivi est passée; la demande est l'ordonnance manquante")

m("fr", "prescription", "INR 4,1", """
INR ce matin 4,1 (cible 2-3). Je prends 1 cp de Coumadine 5 mg le soir. Pas de saignement, pas de bleus.
Que dois-je faire pour la dose ce soir et les jours suivants ?
Merci
M. Alain Rivière
""", "prescription: adaptation de dose d'AVK; piège: saignement nié")

m("fr", "prescription", "INR de ma mère", """
Bonjour, l'INR de ma mère est à 1,7 aujourd'hui (cible 2-3), elle prend 3/4 de Préviscan le soir. Pas de saignement. Faut-il augmenter ? Le labo Biomed vous a faxé le résultat. Elle s'appelle Mme Denise Caron, née le 08/08/1938.
Merci d'avance
""", "prescription: demande d'ajustement de posologie après INR; piège: saignement nié")

m("fr", "prescription", "Demande de renouvellement de prescription de kinésithérapie", """
Docteur,

Je suis kinésithérapeute et je prends en charge M. Henri Vasseur pour sa rééducation après ligamentoplastie du genou gauche (intervention du 05/01).

Les 20 séances prescrites sont terminées. Bilan à ce jour :
- flexion active 110°, extension complète ;
- amyotrophie quadricipitale de 2 cm, déficit de force du quadriceps estimé à 30 % par rapport au côté sain ;
- marche sans boiterie sur terrain plat, descente des escaliers encore prudente, en pas chassés ;
- proprioception en amélioration, appui unipodal stable 20 secondes ;
- pas de douleur au repos, pas d'épanchement, cicatrices propres, mollet souple.

M. Vasseur est très motivé : il souhaite reprendre le football en loisir à l'automne et son travail de technicien (montée d'échelles) dans un mois. Il effectue son programme d'auto-rééducation quotidiennement.

Pourriez-vous lui établir une nouvelle prescription de 15 séances afin de poursuivre le renforcement ?

Bien confraternellement,
Claire Meunier, MK
""", "prescription: long bilan kiné dont la seule demande est une nouvelle prescription de séances; piège: mollet souple (pas de signe de phlébite)")

m("fr", "prescription", "Xolair - ordonnance de médicament d'exception", """
Bonjour,

La pharmacie me dit que le Xolair doit être prescrit sur une ordonnance de médicament d'exception et que celle du Dr Fournier n'est pas sur le bon formulaire. Le Dr peut-il la refaire ? J'ai ma prochaine injection dans 10 jours.

Merci,
Hélène Michaud
""", "prescription: formulaire réglementaire du médicament à refaire")

m("fr", "prescription", "amoxicilline en rupture", """
Bonjour,

Mon pharmacien me dit que l'amoxicilline en suspension buvable est en rupture partout. Mon fils de 4 ans a une otite diagnostiquée hier par le Dr Hamel. Il n'a plus de fièvre depuis cette nuit et il mange. Pouvez-vous prescrire autre chose ?

Merci
Audrey Picard
""", "prescription: rupture de stock et substitution; piège: fièvre résolue")

m("fr", "prescription", "Lovenox 35 jours", """
Bonjour, je suis sortie de la clinique après ma prothèse de genou. On m'a prescrit Lovenox 4000 pendant 35 jours mais la pharmacie n'a délivré que 10 jours. Faut-il une nouvelle ordonnance pour la suite ?
Mme Françoise Leroux
""", "prescription: suite de traitement anticoagulant post-op")

m("fr", "prescription", "plus de Doliprane codéiné", """
Bonjour,

J'ai été opérée de la vésicule il y a 6 jours, tout se passe bien, je remarche normalement, pas de fièvre. Par contre je n'ai plus de Doliprane codéiné. Est-ce que je peux avoir une ordonnance ou je passe au Doliprane simple ?

Merci,
Lucie Vidal
""", "prescription: antalgique post-op; la récupération n'est que le contexte; piège: fièvre niée")

m("fr", "prescription", "TSH 6,8", """
Bonjour, ma TSH est à 6,8, le labo a mis une étoile. Je prends Levothyrox 75. Dois-je augmenter à 88 comme la dernière fois ou attendre la consultation ?
Isabelle Faure
""", "prescription: résultat de labo, mais la question est la posologie")

m("fr", "prescription", "", """
bjr jai plus de ventoline ni de symbicort, possible davoir une ordo svp ? pharmacie habituelle. merci
Yanis
""", "prescription: renouvellement style SMS, objet vide")

m("fr", "prescription", "Ordonnance Mme Lefèvre - posologie Xarelto", """
Bonjour,

Pharmacie des Halles. Ordonnance du 12/02 du Dr Simon pour Mme Lefèvre : la posologie du Xarelto n'est pas précisée (15 ou 20 mg ?). La patiente attend.

Merci de nous rappeler au 03 20 14 55 60.
""", "prescription: question du pharmacien sur une ordonnance")

m("fr", "prescription", "Discordance CRH / ordonnance de sortie - M. Girardin", """
Chère consœur,

Le compte rendu d'hospitalisation de M. Roger Girardin (sortie du 3 mars) mentionne "bisoprolol 2,5 mg/j", alors que l'ordonnance de sortie indique 5 mg/j.

Pouvez-vous me confirmer la posologie souhaitée afin que je renouvelle le traitement ?

Bien confraternellement,
Dr Anne Leblanc, médecin généraliste
""", "prescription: le CRH est cité, mais la demande est une clarification de posologie")

m("fr", "prescription", "renouvellement Anapen", """
Bonjour,

Mes stylos Anapen périment le mois prochain. Pouvez-vous renouveler l'ordonnance ? Je n'ai pas eu de réaction depuis le choc anaphylactique de 2020 (crevettes) mais je les garde toujours sur moi.

Merci,
Marion Dubois
""", "prescription: renouvellement; piège: choc anaphylactique ancien")

m("fr", "prescription", "bas de contention", """
Suite à l'opération des varices, le chirurgien a dit bas de contention classe 2 pendant un mois. Je n'ai pas eu d'ordonnance à la sortie. Merci de me l'envoyer par mail.
Mme Rose Tessier
""", "prescription: dispositif médical post-op à prescrire")

m("fr", "prescription", "traitement pour 3 mois à l'étranger", """
Bonjour,

Je pars 3 mois au Québec en mars. Puis-je avoir une ordonnance pour 3 mois d'insuline (Lantus + Humalog), d'aiguilles et de bandelettes, et si possible une attestation en anglais pour l'aéroport ?

Cordialement,
Patrick Noël
""", "prescription: ordonnance longue durée; l'attestation est secondaire")

m("fr", "prescription", "metformine diarrhées", """
Depuis que la dose de metformine a été augmentée j'ai la diarrhée tous les jours. Est-ce que je peux revenir à 500 mg matin et soir ? Le reste va bien.
M. Roland Chevalier
""", "prescription: effet indésirable et demande de changement de dose")

m("fr", "prescription", "ordonnance sécurisée Skenan", """
Bonjour, mon ordonnance sécurisée pour le Skenan se termine vendredi. Le médecin de la douleur avait dit 30 mg matin et soir. Peut-on me la refaire ? Je peux passer la chercher jeudi.
Merci
Gilles Robin
""", "prescription: renouvellement stupéfiant")

m("fr", "prescription", "Renouvellement Seresta - Mme Garnier", """
Bonjour,

EHPAD Le Clos Fleuri. Le traitement de Mme Paulette Garnier (Seresta 10 mg, 1 le soir) arrive à échéance dimanche. Merci de transmettre une nouvelle ordonnance à la pharmacie du Centre.

Pour info elle est calme, pas de chute ni d'agitation cette semaine.

Cordialement,
L'infirmière de l'EHPAD
""", "prescription: renouvellement pour un résident; piège: chute niée")

m("fr", "prescription", "générique du Keppra", """
Bonjour Docteur,

La pharmacie m'a donné un générique du Keppra ce mois-ci. Vous m'aviez dit de ne pas changer de marque car je n'ai plus fait de crise depuis 3 ans. Pouvez-vous mettre "non substituable" sur l'ordonnance ?

Merci,
Damien Roussel
""", "prescription: mention non substituable; piège: crises anciennes")

m("fr", "prescription", "passage Coumadine -> Eliquis", """
A la consultation de suivi le cardiologue a dit que je pouvais passer de la Coumadine à l'Eliquis. J'ai fait une hémorragie digestive sous Coumadine en 2021, c'est pour ça. Mais comment on fait le relais ? J'arrête quand la Coumadine, je commence quand l'Eliquis ? Faut il un INR avant ?
Merci
Mme Odile Marchetti
""", "prescription: relais d'anticoagulant après la consultation de suivi; piège: hémorragie ancienne")

m("fr", "prescription", "Plavix avant opération prostate", """
Bonjour,

Opération de la prostate prévue le 18. Faut-il arrêter le Plavix avant et combien de jours ? Personne ne m'a rien dit à la consultation d'anesthésie et je n'ose pas arrêter tout seul (j'ai un stent depuis 2019).

Cordialement,
Bernard Lemaire
""", "prescription: gestion d'un antiagrégant autour d'une chirurgie programmée; piège: stent ancien")

m("fr", "prescription", "ondansétron avant la cure", """
Les comprimés contre les nausées sont finis et la prochaine cure est lundi. Pouvez-vous refaire l'ordonnance d'ondansétron ? Je passe à l'hôpital de jour vendredi pour la prise de sang, je peux la récupérer à ce moment-là.
Corinne Baron
""", "prescription: antiémétique avant une cure programmée")

m("fr", "prescription", "pilule", """
Renouvellement ordonnance pilule svp. Merci
Léa M.
""", "prescription: très court")

m("fr", "prescription", "Durogesic 37", """
Bonjour, l'infirmière de la douleur a validé le passage du Durogesic 25 à 37 µg/h lundi mais je n'ai pas eu l'ordonnance. Mon prochain changement de patch est samedi.
Merci
André Perret
""", "prescription: augmentation décidée mais ordonnance absente")

m("fr", "prescription", "ordonnance bizone ALD", """
Bonjour,

Mon ordonnance du 2 mars n'est pas sur le modèle bizone ALD, la pharmacie dit que je vais devoir avancer les frais pour mes médicaments de diabète. Pouvez-vous la refaire en bizone ?

Merci,
Mme Karima Ziani
""", "prescription: motif financier mais la demande est de refaire l'ordonnance")

m("fr", "prescription", "ordo kiné à refaire", """
Ordonnance de kiné à refaire svp : il faut préciser "rééducation de l'épaule droite post-opératoire" sinon la CPAM refuse la prise en charge des séances. Merci
Thomas Garcia
""", "prescription: correction d'une prescription de kinésithérapie")

m("fr", "prescription", "fin de l'antibiotique", """
Bonjour,

J'ai fini l'antibiotique pour l'infection de la cicatrice (Dr Colin). La rougeur a disparu et je n'ai plus de fièvre depuis 4 jours. Dois-je continuer ou c'est terminé ?

Merci,
Aline
""", "prescription: poursuite ou arrêt d'un antibiotique; piège: infection et fièvre résolues")

m("fr", "prescription", "dose doliprane enfant", """
Bonjour, quelle dose de Doliprane pour mon fils de 14 kg ? L'ordonnance dit "dose poids" et je ne comprends pas la pipette. Il a 38,2 ce soir mais il joue et il mange normalement.
Merci
Julie
""", "prescription: question de posologie pédiatrique; fièvre modérée chez un enfant de 3 ans, pas un nourrisson")

m("fr", "prescription", "INR 1,4 - oubli", """
Bonjour,

INR de M. Joseph Maillard à 1,4 ce matin : il a oublié deux prises de Préviscan cette semaine. Il va bien, aucun signe d'AVC, pas de douleur. Merci d'indiquer la dose à reprendre ce soir et la suite.

Mme Danielle Maillard (son épouse)
""", "prescription: demande de posologie d'AVK après INR bas; piège: signes d'AVC niés")

m("fr", "prescription", "prescription vancomycine ch. 212", """
Bonjour,

La PUI signale que la prescription de vancomycine du patient de la chambre 212 n'est pas validée dans le logiciel depuis hier. Merci de la signer avant 14h pour que la dispensation puisse se faire.

Pharmacie à usage intérieur, poste 3318
""", "prescription: demande interne de validation d'une prescription")

m("fr", "prescription", "aiguilles et bandelettes", """
Je n'ai plus d'aiguilles pour mon stylo d'insuline ni de bandelettes. Le pharmacien demande une nouvelle ordonnance car l'ancienne date de plus d'un an.
Merci, M. Lucien Barbier
""", "prescription: renouvellement de matériel")

m("fr", "prescription", "pilule après l'accouchement", """
Bonjour,

Lors de mon rendez-vous de suivi post-accouchement, la sage-femme a parlé de la pilule Optimizette compatible avec l'allaitement, mais elle ne me l'a pas prescrite. Pouvez-vous me l'envoyer ?

Merci,
Amandine Roche
""", "prescription: ordonnance oubliée après une consultation de suivi")

m("fr", "prescription", "ibuprofène et Xarelto", """
J'ai mal au dos depuis 3 jours, est-ce que je peux prendre de l'ibuprofène avec le Xarelto ? Le paracétamol ne suffit pas.
Merci
""", "prescription: question d'interaction médicamenteuse")

m("fr", "prescription", "attelle de nuit poignet", """
Bonjour, le chirurgien m'a parlé d'une attelle de nuit pour le poignet à la dernière consultation mais je n'ai pas eu l'ordonnance. L'orthopédiste en demande une pour la fabriquer.
Merci
Sophie Caron
""", "prescription: prescription d'orthèse")

m("fr", "prescription", "prescription initiale hospitalière Dupixent", """
Bonjour,

Ma dermatologue de ville voudrait me mettre sous Dupixent pour mon eczéma mais elle dit qu'il faut une prescription initiale hospitalière. Qui peut la faire à l'hôpital ? Elle m'a fait un courrier.

Cordialement,
Mathieu Legrand
""", "prescription: prescription initiale hospitalière (équivalent d'autorisation préalable); pourrait ressembler à une demande de rdv mais l'objet est la prescription")

m("fr", "prescription", "Eliquis et fonction rénale", """
Bonjour,

Sur mon dernier bilan la clairance de la créatinine a baissé à 45. Faut-il diminuer l'Eliquis ? Je prends 5 mg matin et soir, j'ai 79 ans et je pèse 58 kg. Je suis sous anticoagulant depuis mon AVC de 2019 lié à la fibrillation.

Merci de votre réponse,
M. Fernand Huet
""", "prescription: ajustement d'anticoagulant selon un résultat biologique; piège: AVC ancien")

m("fr", "prescription", "Cortancyl fin du schéma", """
Je suis à 10 mg de Cortancyl, le schéma de diminution sur l'ordonnance est terminé. Je continue à 10 ou je baisse encore ? Je n'ai plus de comprimés après mercredi.
Mme Yvonne Brun
""", "prescription: suite de décroissance de corticoïdes et renouvellement")

m("fr", "prescription", "vaccin grippe", """
Bonjour,

Pouvez-vous me prescrire le vaccin contre la grippe pour que la pharmacie me le délivre ? Je suis greffé rénal depuis 2017 et je n'ai pas reçu le bon de l'Assurance Maladie cette année.

Merci,
Stéphane Henry
""", "prescription: prescription d'un vaccin")

# ---------------------------------------------------------------- billing / en
m("en", "billing", "Missed appointment fee 3/14", """
Hello,

I received a $75 missed appointment fee on my statement for March 14. I did call to cancel the day before (around 3pm on the 13th) and spoke to someone called Jenna who said it was fine. Please remove the charge.

Account number 7720014
Thanks,
Diane Porter
""", "billing: disputing a no-show fee; the appointment itself is past")

m("en", "billing", "Late cancellation fee applied", """
Dear Mr Ibrahim,

Your account has been charged a late cancellation fee of £40 for the physiotherapy appointment on 2 October, which was cancelled less than 24 hours in advance, in line with the clinic policy you signed at registration.

This fee is not charged when the cancellation was due to illness or a medical emergency. If you believe this fee has been applied in error, please reply to this email within 14 days with the reason. Payment can be made online or by phone on 0300 555 0199.

Patient Accounts
""", "billing: outgoing late-cancellation fee notice; trap: medical emergency as a hypothetical exception")

m("en", "billing", "no-show fee - I was in your ER", """
Hi,

I was charged a no-show fee for my dermatology appointment on June 3. The reason I didn't show is that I was in your own emergency room that morning with chest pain. Turned out to be reflux and I'm fine now, but I obviously couldn't be in two places at once. The ER visit is on my record.

Please waive the fee.

Mark Jensen, DOB 10/02/1979
""", "billing: fee dispute dominates; trap: resolved chest pain in the past")

m("en", "billing", "estimate for private gallbladder surgery", """
Hello,

Could you send me a written estimate for a laparoscopic cholecystectomy with Mr Osei as a self-paying patient? Please include the surgeon's fee, anaesthetist, theatre and one night's stay, and tell me what isn't covered.

I'd like to compare before I commit.

Kind regards
Hilary Benson
""", "billing: quote before surgery")

m("en", "billing", "Re: your quotation Q-22817", """
Thank you for the quote (ref Q-22817, total hip replacement, £13,950).

Does it include the 6-week post-op follow-up appointment and any physiotherapy sessions, or are those billed separately? And is the price fixed if I need an extra night?

Regards
Neil Archer
""", "billing: questions on a pre-surgery quote; follow-up and physio mentioned only as price items")

m("en", "billing", "Claim denied - MRI 01/09", """
Hello,

Claim #88120045 for my MRI on 01/09 was denied by BlueCross as "not medically necessary". My doctor ordered it because of the numbness in my leg. Can your billing office resubmit it with the right diagnosis code or appeal?

Member ID: BCX559102177
Sandra Kim
""", "billing: insurance claim denial for a done test (not a drug prior authorisation)")

m("en", "billing", "payment plan", """
My bill for my daughter's delivery is $3,840 after insurance. I can't pay that all at once. Can I set up a monthly payment plan? Account #A-1193382.
Thank you
Brianna Cole
""", "billing: payment plan")

m("en", "billing", "charged twice", """
I was charged twice for my copay on Feb 12 (card ending 4417), $30 each time. Please refund one of them.
Tom Hughes
""", "billing: duplicate charge refund")

m("en", "billing", "Bill for a 10 minute follow-up??", """
Hi,

I got a bill coded as a "level 4 office visit" for what was a 10-minute follow-up where Dr Lowell told me my blood results were fine. That seems excessive, $280.

To give you the full picture: after my heart attack last year I was seeing Dr Lowell every three months, and those visits were 30-40 minutes with an ECG and a long talk about medications, and they were billed as level 3. This time I waited 50 minutes, she came in, said "kidneys and cholesterol look great, see you in six months", and that was it. No exam, no ECG, nothing new prescribed. I'm not complaining about her, she's lovely, and I'm glad the results are fine.

My insurance only covered part of it because level 4 has a higher copay tier under my plan, so I'm paying $112 out of pocket for what was basically a results conversation. I've attached the statement and the visit summary from the portal which shows the time in and time out.

Can someone review the coding, and if it was a mistake, resubmit it to the insurer and send me a corrected statement? I'll hold off paying until I hear back.

Thanks

Account 550-221-8890
Mike Dorsey
""", "billing: long dispute of the coding of a follow-up visit; results are context; trap: historical heart attack")

m("en", "billing", "Your estimate - total hip replacement", """
Dear Mr Carter,

Please find below your estimate for a total hip replacement with Mr A. Gupta at the Private Patients Unit.

Consultant surgeon fee: £3,200
Anaesthetist fee: £900
Hospital fee (theatre, implant, 3 nights, physiotherapy while an inpatient): £9,850
Total: £13,950

This price is valid for 90 days and includes one post-operative outpatient review. It excludes treatment of complications requiring return to theatre or readmission. A deposit of 20% is due on booking.

Private Patients Office
""", "billing: outgoing pre-surgery quote")

m("en", "billing", "out of pocket for surgery on 5/2", """
Before my surgery on 5/2 can you confirm whether Aetna has approved the hospital stay, and what my out-of-pocket will be? It's the gallbladder removal after the attacks of severe abdominal pain last autumn. I've already met part of my deductible this year. I need to know if I should postpone to next year.

Thanks
Carla Jimenez
""", "billing: insurance coverage and cost before surgery; surgery date only context; trap: historical abdominal pain")

m("en", "billing", "collections letter", """
I received a letter from Apex Collections about an ER bill from August 2022 for $612 (I went in with chest pain that turned out to be a panic attack). I was never sent an invoice by the hospital, and I had insurance then. Who can I talk to about this before it hits my credit?

Jerome Watts
(555) 318-2290
""", "billing: collections dispute; trap: historical chest pain")

m("en", "billing", "itemized receipt for FSA", """
Hi, I need an itemized receipt for my FSA for the sleep study on 11/19 and the CPAP fitting. The summary statement isn't accepted. Thanks, Greg
""", "billing: receipt request")

m("en", "billing", "Good faith estimate - colonoscopy", """
Hello,

I'm uninsured and would like a good faith estimate for a screening colonoscopy, including the facility fee, anesthesia and pathology if polyps are removed.

Thank you
Amanda Ortiz
""", "billing: cost estimate request")

m("en", "billing", "", """
why is there a 25 dollar fee on my statement?? i came to the appt. i was like 10 min late cause of parking. not ok
""", "billing: fee dispute, SMS style, empty subject")

m("en", "billing", "ambulance bill", """
Hi,

The ambulance bill for my father's transport to your hospital after his stroke last March came through. Insurance paid part, the remaining $1,200 is on him. He's on a fixed income. Is there financial assistance for ambulance charges, or a discount for paying at once?

Thanks
Nora Quinn
""", "billing: ambulance charge and assistance; trap: historical stroke")

m("en", "billing", "charity care application", """
Please find attached my financial assistance (charity care) application with my last three pay stubs and my 2024 tax return, for account #A-4410023 (surgery 06/2024).

Thank you,
Luis Herrera
""", "billing: financial assistance application")

m("en", "billing", "workers' comp - bill the right payer", """
Hello,

My visit on 4/8 was for a workplace injury (hand laceration). Please bill Liberty Mutual, claim WC-55129, adjuster Tanya Rhodes, not my personal health insurance. I was sent a bill for $320 under my own insurance.

Regards
Dale Sutton
""", "billing: wrong payer")

m("en", "billing", "missing CPT - INR POCT 4/11", """
Hi clinic team,

Encounter for pt MRN 6621047 on 4/11 (anticoag clinic) is missing the procedure code for the point-of-care INR test (85610). We can't drop the claim until it's added. Can the nurse update the charge capture?

Thanks
Revenue Cycle, Professional Billing
""", "billing: internal charge capture; INR is only the billed service, no dose question")

m("en", "billing", "cost of mole removal", """
How much would a consultation and removal of a benign mole on my face cost if my insurance doesn't cover it as cosmetic? Just want a ballpark before booking.
Thanks
""", "billing: price question before booking")

m("en", "billing", "Missed appointment charges - policy update", """
Dear Patient,

From 1 July, a fee of $50 will be charged for appointments missed without 24 hours' notice.

This fee will not apply if you missed your appointment because of a medical emergency or hospital admission. In that case, send us evidence within 30 days and the charge will be removed.

Thank you for helping us reduce waiting times.
Patient Financial Services
""", "billing: fee policy notice; trap: medical emergency mentioned as an exception")

m("en", "billing", "credit balance", """
I have a credit balance of $62.10 on my account from an overpayment last year. Can you refund it to my card instead of keeping it on file? Card ends 8821.
Patricia Grant
""", "billing: refund of a credit")

m("en", "billing", "new insurance from Jan 1", """
Hi, I changed insurance on January 1st. New card front and back attached (UnitedHealthcare, member ID 981234567). Please update my file before my appointment next Tuesday so it's billed correctly.
Thanks, Owen Marsh
""", "billing: insurance update; appointment only mentioned as a deadline")

m("en", "billing", "physio invoice wrong", """
The physio invoice I received shows 10 sessions but I only attended 8 - I cancelled two in advance by phone. Please correct it and send a new invoice.
Kind regards
Julia Stone
""", "billing: invoice correction")

m("en", "billing", "deposit - when?", """
Quick question - do I need to pay the 20% deposit before the pre-op assessment on the 3rd, or on the day of surgery? And can it be by bank transfer?
Thanks, Rob
""", "billing: payment timing for a booked surgery")

m("en", "billing", "Medicare says $0, you say $145", """
My Medicare Summary Notice shows "patient responsibility $0" for my visit on 9/12, but I received a bill from the hospital for $145 for the same date. Which is right? I don't want to pay something I don't owe.

Edna Marshall, MBI on file
""", "billing: statement discrepancy")

m("en", "billing", "separate lab bill", """
Why am I billed separately by the lab for the bloods taken at my follow-up visit? I thought everything was included in the clinic visit. $96 from Quest.
Thanks
""", "billing: separate charge after a follow-up visit; results not discussed")

m("en", "billing", "Statement of account", """
STATEMENT OF ACCOUNT

Account: 100293847
Statement date: 05/01
Services: Outpatient visit 03/18, Laboratory 03/18
Insurance paid: $312.40
Balance due: $210.00
Due date: 05/31

Pay online at the patient portal or call (555) 210-4400.
""", "billing: outgoing statement")

m("en", "billing", "$900 for nothing", """
I went to your ER on the 2nd because I thought I was having an allergic reaction - my throat felt tight after dinner. They checked me over, said it was anxiety, gave me no treatment, and now I have a $900 facility fee. I'm fine now but this is outrageous for 40 minutes. I want it reviewed or reduced.

Kelsey Warren
""", "billing: complaint about a charge, dominant ask is fee review; trap: resolved allergic symptoms")

m("en", "billing", "Automatic payment failed", """
Your scheduled payment of $50.00 on account 7781201 could not be processed (card declined). Please update your payment details in the patient portal within 10 days to avoid a late fee.
""", "billing: payment failure notice")

m("en", "billing", "itemised bill for travel insurer", """
Hello,

I'm a visitor from Canada and was treated in your emergency department last week (sprained wrist). My travel insurer needs an itemized bill with procedure codes, plus the discharge paperwork. Could you email both?

Policy no. TIC-77120455
Claire Dubeau
""", "billing: itemised bill for insurer dominates; discharge paperwork secondary")

m("en", "billing", "pay by phone?", """
Can I pay my bill by phone? Account 100293847. Thanks
""", "billing: very short")

m("en", "billing", "£35 for a letter?", """
Hello,

I asked for a short letter confirming I was fit to fly after my DVT treatment and I've now received an invoice for £35 for it. Nobody told me there was a charge for letters. Is this correct, and if so can I pay it at reception when I come in next week?

Thanks
Helen Mortimer
""", "billing: the certificate itself was already issued; the question is its invoice; trap: historical DVT")

# ---------------------------------------------------------------- billing / fr
m("fr", "billing", "facture rendez-vous non honoré", """
Bonjour,

Je viens de recevoir une facture de 30 € pour un rendez-vous non honoré le 12/03 en consultation d'ophtalmologie. Or j'avais appelé le secrétariat pour annuler 48h avant, le 10 au matin.

Merci d'annuler cette facture.

Cordialement,
Nicolas Brunet
""", "billing: contestation de frais de rdv non honoré")

m("fr", "billing", "devis prothèse de hanche", """
Bonjour,

Le Dr Marchal pratique des dépassements d'honoraires. Pourriez-vous m'envoyer le devis détaillé pour la prothèse de hanche prévue au printemps (chirurgien + anesthésiste), avec les codes des actes, afin que je le transmette à ma mutuelle avant de fixer la date ?

Bien à vous,
Monique Germain
""", "billing: devis avant chirurgie")

m("fr", "billing", "prise en charge chambre particulière", """
Bonjour, ma mutuelle (Harmonie) demande une demande de prise en charge pour la chambre particulière lors de mon hospitalisation du 4 avril. Voici mon numéro d'adhérent : 11874420. Pouvez-vous la leur envoyer directement ?
Merci
Mme Laure Vincent
""", "billing: prise en charge mutuelle")

m("fr", "billing", "tiers payant non appliqué", """
Bonjour,

Pourquoi ai-je dû avancer les frais alors que j'ai la Complémentaire santé solidaire ? Le tiers payant n'a pas été appliqué à la consultation du 14 et j'ai payé 30 €. Merci de me rembourser.

M. Ahmed Belkacem
""", "billing: tiers payant")

m("fr", "billing", "forfait journalier", """
J'ai reçu une facture de 60 € de forfait journalier pour 3 jours d'hospitalisation en janvier. Ma mutuelle devrait le prendre en charge. C'est à moi de l'envoyer ou vous le faites ?
Bernadette Huguet
""", "billing: forfait journalier et mutuelle")

m("fr", "billing", "payé deux fois", """
Bonjour, j'ai payé deux fois la consultation du 6 février (par CB à l'accueil puis par chèque reçu avec la facture). Merci de me rembourser un des deux paiements.
Cordialement
Paul Renaud
""", "billing: double paiement")

m("fr", "billing", "facture urgences", """
Bonjour,

Suite à mon passage aux urgences le 2 février pour une douleur dans la poitrine (finalement rien de grave, c'était musculaire d'après le médecin), j'ai reçu une facture de 19,61 € de forfait patient urgences. Ma mutuelle rembourse normalement ce forfait, que dois-je faire : payer et me faire rembourser, ou vous envoyez directement ?

Merci
Sébastien Lefort
""", "billing: forfait urgences; piège: douleur thoracique passée et résolue")

m("fr", "billing", "Re: devis intervention", """
Merci pour le devis. Le dépassement de 800 € inclut-il les consultations post-opératoires et les pansements à domicile, ou ce sera facturé en plus ?

> Veuillez trouver ci-joint le devis pour votre intervention du 12 juin.
""", "billing: question sur un devis avant chirurgie; le suivi n'est cité que comme poste de coût")

m("fr", "billing", "Facturation d'un rendez-vous annulé tardivement", """
Madame,

Conformément au règlement du centre de consultations, que vous avez signé lors de votre première venue, toute annulation moins de 24h avant le rendez-vous donne lieu à une facturation forfaitaire de 25 €.

Votre rendez-vous du 9 octobre ayant été annulé le jour même, cette somme vous est facturée. Vous pouvez la régler en ligne ou à l'accueil.

Service des consultations externes
""", "billing: frais d'annulation tardive (envoi sortant)")

m("fr", "billing", "carte européenne", """
Bonjour,

Je suis belge, j'ai été soigné aux urgences chez vous le 15 juillet (entorse). J'ai présenté ma carte européenne d'assurance maladie mais j'ai reçu une facture de 145 €. Comment obtenir le remboursement ou faire annuler ?

Merci
Pieter Van Damme
""", "billing: facturation patient étranger")

m("fr", "billing", "paiement en plusieurs fois", """
Est-il possible de payer la facture de 1 240 € (séjour de mars, n° 2024-004512) en plusieurs fois ? Je n'ai pas de mutuelle.
Merci de votre compréhension
Mme Sabrina Diallo
""", "billing: échéancier")

m("fr", "billing", "changement de caisse", """
Bonjour,

J'ai changé de caisse d'assurance maladie (déménagement dans le Nord). Voici ma nouvelle attestation de droits, n° de sécurité sociale 1 84 07 59 350 112 49. Pouvez-vous mettre à jour mon dossier pour la facturation de l'hospitalisation de la semaine dernière (infarctus, je suis rentré et je vais mieux) ?

Cordialement,
Julien Carpentier
""", "billing: mise à jour des droits pour facturation; piège: infarctus passé")

m("fr", "billing", "mutuelle refuse ostéodensitométrie", """
Ma mutuelle refuse de rembourser l'ostéodensitométrie faite chez vous le 3 mai, ils disent que l'acte n'est pas remboursable. Pouvez-vous me confirmer le code de l'acte et s'il était pris en charge par la Sécu ?
Mme Colette Arnaud
""", "billing: remboursement refusé")

m("fr", "billing", "facture kiné", """
La facture de kiné indique 12 séances, je n'en ai fait que 10 (les deux dernières annulées par téléphone). Merci de corriger.
Romain Fleury
""", "billing: correction de facture")

m("fr", "billing", "dépassement d'honoraires non annoncé", """
Madame, Monsieur,

On ne m'a jamais parlé de dépassement d'honoraires avant mon opération du ménisque, ni devis ni information, et je reçois aujourd'hui une facture de 350 €. Je conteste cette facture et je demande son annulation.

Je reprends les faits. J'ai été adressé par mon médecin traitant en consultation d'orthopédie en septembre, consultation que j'ai payée au tarif de la Sécurité sociale, 30 €, sans aucun supplément. Le chirurgien m'a proposé l'arthroscopie, la date a été fixée au secrétariat, et on m'a remis une pochette avec le questionnaire d'anesthésie, la fiche sur le jeûne et la douche, et le consentement. J'ai tout relu hier soir : il n'y a aucun devis, aucune mention de secteur 2, aucune case à signer concernant des honoraires.

Le jour de l'intervention, personne ne m'en a parlé non plus. L'opération s'est bien passée, je n'ai eu aucune complication, ni saignement ni infection, et je remarche normalement, ce n'est donc pas la qualité des soins que je conteste.

Mais je sais que la loi impose une information écrite préalable au-delà de 70 € de dépassement. Ma mutuelle, que j'ai appelée ce matin, ne remboursera rien sans devis signé avant l'acte.

Je vous demande donc d'annuler ce dépassement, ou à défaut de me fournir le devis que j'aurais signé. Je joins la facture et la pochette remise par le secrétariat.

Dans l'attente de votre réponse,
Franck Delorme
""", "billing: longue réclamation portant sur une facture, donc billing et non other; piège: saignement et infection niés")

m("fr", "billing", "prix chirurgie réfractive", """
Bonjour, combien coûte une chirurgie réfractive au laser (les deux yeux) chez vous ? Y a-t-il un devis gratuit ? Je sais que la Sécu ne rembourse pas.
Merci
""", "billing: demande de tarif")

m("fr", "billing", "", """
bjr jai recu une facture mais jai une mutuelle, je lenvoie ou ? merci
""", "billing: SMS, objet vide")

m("fr", "billing", "facture acquittée pour la mutuelle", """
Bonjour,
J'ai besoin d'une facture acquittée pour la consultation du 22 janvier avec le Dr Pons (dépassement de 40 €) pour me faire rembourser par ma mutuelle.
Merci
Mme Élise Lambert
""", "billing: facture acquittée")

m("fr", "billing", "accident du travail", """
Bonjour,

La consultation du 8 avril aux urgences était dans le cadre d'un accident du travail (coupure à la main sur un chantier, qui saignait beaucoup sur le moment, recousue depuis). Merci de refacturer à la CPAM en AT et pas à moi. Je joins la feuille d'accident du travail.

Kader Mansouri
""", "billing: mauvais régime de facturation; piège: saignement passé et traité")

m("fr", "billing", "Séjour M. Lopez non facturable", """
Bonjour,

Le séjour de M. Antonio Lopez (IPP 18830021, du 02 au 06/05) ne peut être facturé : le numéro de sécurité sociale saisi est invalide et la mutuelle n'est pas renseignée. Pouvez-vous récupérer l'attestation auprès du patient lors de sa consultation de contrôle ?

Bureau des entrées / facturation
""", "billing: facturation interne bloquée; la consultation n'est citée que comme occasion")

m("fr", "billing", "chambre particulière non utilisée", """
On m'a facturé 3 nuits de chambre particulière alors que j'étais en chambre double (pas de chambre seule disponible). Merci de rembourser les 210 €.
Cordialement
Mme Agnès Poulain
""", "billing: remboursement d'une prestation non reçue")

m("fr", "billing", "avis des finances publiques", """
Bonjour,

J'ai reçu un avis des finances publiques pour une facture d'hospitalisation de 2023 (188 €) que je n'ai jamais reçue. Je ne sais même pas à quoi elle correspond. Pouvez-vous m'envoyer le détail ?

Merci
Denis Marchand
""", "billing: titre exécutoire")

m("fr", "billing", "rdv manqué : j'étais hospitalisé chez vous", """
Bonjour,

On me facture 30 € pour un rendez-vous manqué le 5 mars en dermatologie, alors que j'étais hospitalisé chez vous ce jour-là en cardiologie après un malaise (je vais bien maintenant). Je joins le bulletin de situation. Merci d'annuler.

Gérard Lemoine
""", "billing: contestation de frais; piège: malaise passé et résolu")

m("fr", "billing", "reste à charge opération végétations", """
Bonjour, pour l'opération des végétations de ma fille (Chloé, 4 ans) prévue en juin, y aura-t-il un reste à charge ? Le chirurgien est en secteur 2 je crois. On a la mutuelle MGEN.
Merci
""", "billing: coût avant chirurgie")

m("fr", "billing", "Relance : facture impayée", """
Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2024-118734 d'un montant de 45,00 € (consultation du 12/01) reste impayée à ce jour.

Merci de procéder au règlement sous 15 jours, en ligne sur le portail de paiement ou par chèque à l'ordre du Trésor public. Si vous avez déjà réglé, ne tenez pas compte de ce courrier.

Service facturation
""", "billing: relance d'impayé")

m("fr", "billing", "paiement en ligne impossible", """
Le lien de paiement en ligne sur la facture ne fonctionne pas (erreur 500). Comment puis-je régler ? Facture 2024-220981.
Merci
""", "billing: problème de paiement d'une facture (pas une note informatique générale)")

m("fr", "billing", "tarif consultation privée", """
Bonjour, le Dr Garnier consulte en secteur privé à l'hôpital le mercredi. Combien coûte la consultation et est-ce remboursé ?
Merci
""", "billing: tarif d'une consultation")

m("fr", "billing", "facture ambulance", """
Bonjour,

J'ai reçu une facture d'ambulance de 380 € pour le transfert de mon père entre votre hôpital et le centre de rééducation après son AVC l'an dernier. La CPAM n'a pris en charge qu'une partie. Est-ce normal ? Il est en ALD.

Merci
Valérie Girard
""", "billing: facture de transport; piège: AVC ancien")

m("fr", "billing", "codes CCAM pour la mutuelle", """
Ma mutuelle me demande les codes CCAM de l'intervention (arthroscopie du genou) et le montant des dépassements pour calculer le remboursement avant l'opération. Pouvez-vous me les envoyer ?
Cordialement
Hugo Benard
""", "billing: codes d'actes pour devis mutuelle")

m("fr", "billing", "participation forfaitaire ?", """
C'est quoi ces 24 € de "participation forfaitaire" sur ma facture ? On ne m'en a jamais parlé.
""", "billing: question sur une ligne de facture")

m("fr", "billing", "nouvelle mutuelle", """
Bonjour, j'ai changé de mutuelle au 1er janvier. Pouvez-vous refacturer la consultation du 8 janvier à la nouvelle (Malakoff, carte jointe) ? L'ancienne a refusé.
Merci
Mme Nadia Mercier
""", "billing: refacturation à une nouvelle mutuelle")

m("fr", "billing", "facture", """
Facture reçue, réglée par chèque ce jour. Cordialement. M. Petitjean
""", "billing: très court")

# ---------------------------------------------------------------- clinical_urgent / en
m("en", "clinical_urgent", "repeat prescription", """
Hi, can I get a refill of my amlodipine please, I'm down to 2 tablets. Same pharmacy.

Also, since about an hour ago I've had a tight pressure in the middle of my chest going down my left arm and I feel clammy. Probably stress from moving house, I'll mention it at my next check-up.

Thanks, Gary Pearce
""", "clinical_urgent: current chest pressure radiating to arm buried after a routine refill; overrides prescription")

m("en", "clinical_urgent", "need to move husband's appointment", """
Hello,

I need to move my husband's memory clinic appointment tomorrow. He woke up this morning and his face looks droopy on the left side and he's slurring his words, he can't hold his cup properly. I'll ring to rebook when he's better.

Jean Barlow (wife of Ronald Barlow, MRN 3320187)
""", "clinical_urgent: current stroke signs inside a reschedule request; overrides appointment")

m("en", "clinical_urgent", "INR 7.2", """
INR result 7.2 from the pharmacy today. Should I skip tonight's warfarin? Also I've been sick twice this afternoon and there was blood in it, dark like coffee grounds. Feeling a bit faint.
Stan
""", "clinical_urgent: vomiting blood on warfarin with high INR; overrides dose question")

m("en", "clinical_urgent", "question about driving after appendix op", """
Hi,

Day 6 after my appendix op. I wanted to ask when I can drive again, I need to get back to work.

Also the wound has gone red and hot and there's yellow stuff coming out of it, and I've had a fever of 39 since last night with shivers. Is that normal?

Ali Hassan
""", "clinical_urgent: recovery question reveals post-op warning signs (hot red oozing wound with fever)")

m("en", "clinical_urgent", "Physio update - Mrs Jean Walsh - CONCERN", """
Dear Mr Harding,

Physio update for Mrs Jean Walsh (MRN 2201984), week 2 post right TKR. Knee ROM 0-85°, progressing as expected.

However, today she presented with a swollen, tender left calf and became breathless and tachycardic walking 10 metres, sats 89% on air, HR 118. She is sitting in our department now. Should we send her straight to ED? Please advise urgently.

Anna Reid, Physiotherapist, ext 5521
""", "clinical_urgent: physio progress report with current breathing difficulty/possible PE")

m("en", "clinical_urgent", "bill", """
I can't pay this $2,000 bill. I lost my job in March and honestly I've been thinking everyone would be better off if I was dead. I've been saving up my pills and I think tonight might be it. I don't know why I'm telling the billing department this.
""", "clinical_urgent: suicidal plan in a billing message; overrides billing")

m("en", "clinical_urgent", "pre-op questionnaire - 12th", """
Attached is my pre-op questionnaire for my hernia op on the 12th.

Q8 "Do you have chest pain?" - I've put yes, because for the last 2 days I get crushing pain in my chest even sitting still, it comes and goes for about 20 minutes, and I get sweaty with it. Is that going to be a problem for the op?

Norman Eccles
""", "clinical_urgent: form answer affirms current rest chest pain; overrides pre-op appointment paperwork")

m("en", "clinical_urgent", "Thank you Ward 7", """
Dear Ward 7,

I just wanted to thank the nurses for looking after Mum (Dorothy Ellis) so kindly last week. She was so well cared for. Special thanks to Precious on nights, who sat with her at 3am when she was frightened and sang to her, and to the young doctor with the red glasses who explained everything to me twice without ever making me feel stupid.

Mum moved into Willow Court care home on Monday, as planned with the discharge team. The room is lovely, it looks over the garden, and she already has a friend at lunch. The staff there have been very kind too. I've brought her own chair and photographs from home so it feels more familiar.

I also wanted to ask whether the hearing aid she had on the ward was returned with her things, as we can't find it. It's a beige one, left ear.

Unfortunately since lunchtime today she can't lift her right arm and her speech is all muddled, and the right side of her mouth is drooping. The care home says she's just tired from the move. I'm not sure what to do.

Thank you all again,
Sue Ellis

Sue Ellis
""", "clinical_urgent: long thank-you note with lost property, current stroke signs buried near the end; overrides other")

m("en", "clinical_urgent", "CRITICAL VALUE - K+ 7.1", """
CRITICAL RESULT NOTIFICATION

Patient: DOE, Robert   MRN 8830271   Loc: Ward 12 Bed 4
Test: Potassium (serum)   Result: 7.1 mmol/L   (ref 3.5-5.1)
Haemolysis: none detected
Collected: 09:40   Verified: 10:22

Phoned to ward at 10:25 - no answer. Please action immediately and acknowledge.

Clinical Biochemistry, Blood Sciences
""", "clinical_urgent: critical lab value reported by the lab")

m("en", "clinical_urgent", "bring vaccinations forward?", """
Hi, can I bring my daughter's 8 week vaccinations forward? She's 7 weeks old.

Also she's had a temperature of 39.2 since this morning and isn't feeding much, she's quite sleepy. Not sure if it matters for the jabs.

Thanks, Leanne
""", "clinical_urgent: high fever in a 7-week-old inside an appointment request")

m("en", "clinical_urgent", "warfarin refill and a question", """
Question about my warfarin refill - do I get 3 mg or 1 mg tablets this time?

Also, and I'm panicking a bit, my 3 year old just got into my pill organiser and I think he's swallowed some of the tablets, maybe 4, about 20 minutes ago.
""", "clinical_urgent: child ingestion of anticoagulant tablets; overrides prescription")

m("en", "clinical_urgent", "after yesterday's visit", """
Following up on yesterday's visit with Dr Amin - I started the amoxicillin he prescribed about an hour ago and now my lips and tongue are swelling up, my throat feels tight and I'm wheezing. Should I stop taking it?
""", "clinical_urgent: current anaphylaxis framed as a follow-up/medication question")

m("en", "clinical_urgent", "34 week appointment", """
Hi, can I move my 34 week antenatal appointment from Thursday to next week?

I also wanted to ask - since this morning I've had a terrible headache that paracetamol isn't touching, flashing lights in my eyes, and my face and hands have swollen up a lot. BP at the pharmacy was 165/110.

Thanks, Gemma
""", "clinical_urgent: pre-eclampsia symptoms inside a rescheduling request")

m("en", "clinical_urgent", "Re: insulin prescription renewal - Mr Harold Finch", """
Re: insulin prescription renewal for Mr Harold Finch (DOB 02/02/1936). The pharmacy still hasn't received it.

Also, his blood sugar is 2.1 right now and he is very drowsy, hard to wake. We've given glucose gel 10 minutes ago. What should we do?

Oakwood Nursing Home, 01632 960 411
""", "clinical_urgent: severe hypoglycaemia with drowsiness after a routine renewal request")

m("en", "clinical_urgent", "ortho follow up Friday", """
My son fell off his bike and hit his head about an hour ago. He's been sick twice and keeps falling asleep on the sofa. We've got his ortho follow up on Friday for his wrist - should we still come?
""", "clinical_urgent: head injury with vomiting and drowsiness; the appointment question is secondary")

m("en", "clinical_urgent", "", """
writing from my phone dad is having a fit right now been shaking over 5 minutes not stopping. he has his epilepsy review with you next week
""", "clinical_urgent: ongoing seizure; appointment mention irrelevant")

m("en", "clinical_urgent", "Mrs Aisha Khan - sent to ED", """
Dear Colleague,

I saw Mrs Aisha Khan (DOB 15/05/1962) today for routine review of her hypertension. Her BP is 230/130 on repeated measurement and she reports a severe headache and new confusion since yesterday; she struggled to tell me the date.

I am concerned about a hypertensive emergency or stroke. She is being transferred to your Emergency Department now by ambulance.

Dr Peter Osei, GP
""", "clinical_urgent: GP letter that looks like a routine report but describes current confusion and hypertensive emergency")

m("en", "clinical_urgent", "post op question + sick note", """
I had my gallbladder out on Monday. Is it normal to have severe pain across the whole belly? It's rigid, I can't stand up straight, and my temperature is 38.9. Sorry to bother you.

Also I need a sick note for work.

Joanne Pike
""", "clinical_urgent: severe abdominal pain with fever post-op; overrides certificate request")

m("en", "clinical_urgent", "records request", """
Hi, I'd like a copy of my medical records please, I'm moving to Spain.

I also need to tell someone that I took about 30 paracetamol tablets last night. I feel ok-ish but a bit sick.
""", "clinical_urgent: overdose disclosed after a records request")

m("en", "clinical_urgent", "billed for chest X-ray?", """
Why was I billed for the chest X-ray on top of the visit? I thought it was included.

Also I've been coughing up blood since yesterday, quite a lot, bright red. Is that anything to do with the results?
""", "clinical_urgent: coughing blood inside a billing question")

m("en", "clinical_urgent", "Weekly update - Mrs Dorothy Lane", """
Weekly update for your patient Mrs Dorothy Lane (Sunnyside Care Home).

Usually we'd just send her weights and fluid charts. But since this morning her temperature is 39.4, HR 128, BP 82/50, she is confused and her knees look mottled. Our GP is unavailable today. Please advise.

Senior nurse, Sunnyside
""", "clinical_urgent: sepsis/shock signs inside a routine weekly update")

m("en", "clinical_urgent", "PRELIMINARY REPORT - CT head", """
PRELIMINARY REPORT

Exam: CT head without contrast (outpatient, booked for chronic headaches)
Findings: Acute right-sided subdural haematoma, maximum thickness 14 mm, with 6 mm leftward midline shift.

The patient is still in the department. Referring clinician please contact the radiology reporting room on ext 3300 immediately.

Dr K. Obi, Consultant Radiologist
""", "clinical_urgent: acute brain bleed found on a routine outpatient scan")

m("en", "clinical_urgent", "button battery", """
Our toddler swallowed a button battery from the kitchen scales about 30 minutes ago. She seems fine, playing. We have an appointment with you next week for her ears anyway, is it OK to wait till then?
""", "clinical_urgent: button battery ingestion; the wish to wait for the appointment does not change it")

m("en", "clinical_urgent", "Complaint - phone line", """
I want to complain about your phone line. I've been on hold 40 minutes. My wife collapsed in the kitchen and she isn't responding properly, she's breathing but won't wake up. Nobody answers.
""", "clinical_urgent: collapse and unresponsive in a complaint; overrides other")

m("en", "clinical_urgent", "inhalers", """
Refill of my inhalers please. I can barely get my words out this morning, the blue inhaler isn't helping at all, I've had 10 puffs, lips feel tingly.
""", "clinical_urgent: current severe breathing difficulty inside a refill request")

m("en", "clinical_urgent", "tooth extraction bleeding - apixaban", """
I'm on apixaban. Had a tooth pulled at 10 this morning and it still hasn't stopped bleeding - I've soaked through about 10 gauze pads and blood is running down my chin. Also should I skip tonight's dose?
""", "clinical_urgent: severe ongoing bleeding on anticoagulant; overrides dose question")

m("en", "clinical_urgent", "thank you", """
Thank you for the counselling sessions, they really helped while they lasted.

I'm not doing well since they ended. I cut myself badly tonight and it's deep and still bleeding, and I keep thinking about ending it.
""", "clinical_urgent: current self-harm and suicidal thoughts inside a thank-you")

m("en", "clinical_urgent", "Handover bed 5", """
Handover bed 5: Mr T. Okonkwo, day 1 post right hemicolectomy.
Was stable this morning, obs all normal at 08:00.
Now: BP 78/40, HR 135, cold clammy peripheries, drain output 600 ml frank blood in 2 h.
Surgical reg not answering bleep x3. Please escalate.
""", "clinical_urgent: nursing handover describing shock and haemorrhage (not a stable handover)")

m("en", "clinical_urgent", "holter appointment", """
Quick question about my holter monitor appointment on Tuesday - do I need to shower before?

Also I fainted twice today, once in the supermarket, and my heart is racing right now, 180 on my watch, feel dizzy.
""", "clinical_urgent: repeated fainting with current tachycardia behind a logistics question")

m("en", "clinical_urgent", "insulin dose schedule", """
I accidentally injected my rapid-acting insulin twice for dinner, 20 units extra. I'm getting sweaty and shaky and a bit confused. Should I change tomorrow's doses?
""", "clinical_urgent: insulin overdose with hypoglycaemia symptoms; overrides dose question")

# ---------------------------------------------------------------- clinical_urgent / fr
m("fr", "clinical_urgent", "renouvellement traitement tension", """
Bonjour,

Je voudrais le renouvellement de mon traitement pour la tension (Coversyl 5 et Amlor 5), pharmacie habituelle.

Par ailleurs depuis ce matin j'ai une douleur qui serre dans la poitrine et qui monte dans la mâchoire, je suis en sueur. Je pense que c'est le stress.

Merci,
Michel Durand
""", "clinical_urgent: douleur thoracique actuelle après une demande de renouvellement")

m("fr", "clinical_urgent", "annuler le rdv de ma mère", """
Bonjour je dois annuler le rdv de ma mère demain en rhumato. Depuis une heure elle a la bouche de travers, elle n'arrive plus à parler normalement et son bras droit ne répond plus. On verra pour un autre rdv.
Nadia
""", "clinical_urgent: signes d'AVC actuels dans une annulation de rdv")

m("fr", "clinical_urgent", "INR 6,5", """
INR à 6,5 ce matin. Je saigne du nez depuis 2 heures sans arrêt malgré la compression, ça coule beaucoup, j'ai rempli une serviette. Dois-je arrêter la Coumadine ce soir ?
M. Lucien Marty
""", "clinical_urgent: saignement abondant persistant sous AVK; prime sur la question de dose")

m("fr", "clinical_urgent", "quand reprendre la conduite ?", """
Bonjour,

J'ai été opéré de la hanche il y a 10 jours. Je voulais savoir quand je pourrai reprendre la conduite.

Par contre la cicatrice est rouge, chaude, elle suinte du pus et j'ai 39,5 de fièvre depuis hier soir avec des frissons.

Merci
Philippe Gaillard
""", "clinical_urgent: question de récupération qui révèle des signes d'alerte post-op")

m("fr", "clinical_urgent", "Bilan kiné M. Lenoir - inquiétude", """
Docteur,

Bilan kiné de M. Robert Lenoir, J15 post prothèse totale de genou droit : flexion 90°, bonne progression.

Mais ce matin : mollet gauche très gonflé et douloureux, essoufflé au moindre effort, saturation 88 %, FC 115. Je l'ai fait asseoir au cabinet. Que faire ? Je l'envoie aux urgences ?

Sylvain Roche, MK, 06 22 81 45 70
""", "clinical_urgent: bilan kiné avec dyspnée actuelle et suspicion d'embolie")

m("fr", "clinical_urgent", "facture", """
Je ne peux pas payer cette facture. Je n'en peux plus de tout ça, j'ai préparé les médicaments pour en finir ce soir. Désolé d'écrire ça ici.
""", "clinical_urgent: projet suicidaire dans un message de facturation")

m("fr", "clinical_urgent", "questionnaire anesthésie", """
Bonjour, voici mon questionnaire pour la consultation d'anesthésie avant l'opération du 20 (prothèse de genou).

Avez-vous déjà été opéré ? Oui, vésicule en 2005, hernie en 2012, pas de problème avec l'anesthésie.
Avez-vous des allergies ? Pénicilline (plaques).
Traitements : Amlor 5 mg, Kardégic 75, Tahor 20.
Avez-vous déjà fait un infarctus ou un AVC ? Non.
Avez-vous de l'asthme ? Non.
Fumez-vous ? Arrêté il y a 15 ans.
Avez-vous des douleurs dans la poitrine ? Oui, depuis 3 jours, même au repos, ça serre fort pendant une vingtaine de minutes et j'ai du mal à respirer pendant ce temps. Là encore ce matin.
Ronflez-vous ? Oui d'après ma femme.
Appareil dentaire ? Bridge en haut.

Je pensais attendre la consultation du 12 pour en parler.

Cordialement, Roger Paillard
""", "clinical_urgent: long questionnaire routinier où une réponse affirme une douleur thoracique actuelle au repos; les autres réponses sont négatives")

m("fr", "clinical_urgent", "merci", """
Merci à toute l'équipe du 4e pour la prise en charge de mon père la semaine dernière.

Petite inquiétude quand même : depuis ce midi il ne répond plus quand on lui parle, il respire mais on n'arrive pas à le réveiller vraiment.

Famille Leclerc
""", "clinical_urgent: remerciements suivis d'un patient qui ne répond plus actuellement")

m("fr", "clinical_urgent", "RÉSULTAT CRITIQUE - kaliémie", """
Laboratoire de biologie médicale – RÉSULTAT CRITIQUE

Patiente : Mme Jeanne Morel, née le 03/06/1941
Prélèvement : 8h15, service de médecine interne
Kaliémie : 2,1 mmol/L (N : 3,5-5,0)

Médecin prescripteur injoignable au 4521. Merci de prendre en charge immédiatement.
""", "clinical_urgent: valeur critique de laboratoire")

m("fr", "clinical_urgent", "avancer le vaccin", """
Bonjour je voulais avancer le rdv de vaccin de ma fille de 6 semaines. Elle a 39,5 de fièvre depuis cette nuit et elle ne boit plus ses biberons, elle pleure faiblement.
""", "clinical_urgent: fièvre élevée chez un nourrisson dans une demande de rdv")

m("fr", "clinical_urgent", "Préviscan", """
Mon fils de 2 ans a avalé des comprimés de Préviscan de sa grand-mère, on ne sait pas combien, il y a 30 minutes. Il va bien pour l'instant. Elle devait aussi vous demander le renouvellement.
""", "clinical_urgent: ingestion médicamenteuse chez un enfant")

m("fr", "clinical_urgent", "antibiotique d'hier", """
J'ai commencé l'antibiotique prescrit hier par le Dr Renaud. Depuis 20 minutes j'ai des plaques partout, les lèvres qui gonflent et du mal à respirer. Je dois l'arrêter ?
""", "clinical_urgent: anaphylaxie actuelle posée comme une question de traitement")

m("fr", "clinical_urgent", "décaler monitoring", """
Bonjour, enceinte de 33 SA, je voulais décaler mon rdv de monitoring de jeudi.

J'ai très mal à la tête depuis hier, je vois des étoiles, j'ai les pieds et le visage gonflés et la tension était à 160/105 à la pharmacie.

Merci, Camille
""", "clinical_urgent: signes de pré-éclampsie dans une demande de report")

m("fr", "clinical_urgent", "Mme Perrin - insuline", """
EHPAD Les Glycines : Mme Simone Perrin, diabétique sous insuline, glycémie 0,38 g/L, très somnolente, difficile à réveiller. Nous avons donné du sucre. Nous avons besoin aussi du renouvellement de son insuline pour la semaine prochaine.
""", "clinical_urgent: hypoglycémie sévère avec somnolence; le renouvellement est secondaire")

m("fr", "clinical_urgent", "rdv ORL jeudi", """
Ma fille est tombée de la balançoire, la tête contre le sol, il y a une heure. Elle a vomi 3 fois et elle s'endort tout le temps. On a rdv de suivi ORL jeudi, on vient quand même ?
""", "clinical_urgent: traumatisme crânien avec vomissements et somnolence")

m("fr", "clinical_urgent", "", """
mon mari fait une crise d epilepsie depuis 5 min il ne reprend pas conscience il a rdv chez vous le 12
""", "clinical_urgent: crise convulsive en cours, objet vide")

m("fr", "clinical_urgent", "Mme Odile Barre", """
Cher confrère,

Je vois ce jour Mme Odile Barre (née le 21/10/1948) pour son suivi diabétique trimestriel. Elle présente depuis ce matin 9h une confusion brutale et une faiblesse de l'hémicorps gauche. Je vous l'adresse aux urgences par le SAMU, arrivée prévue dans 30 minutes.

Bien confraternellement,
Dr Hervé Dumas
""", "clinical_urgent: courrier de MT d'apparence routinière décrivant un AVC en cours")

m("fr", "clinical_urgent", "douleur + arrêt de travail", """
Bonjour, opérée d'une sleeve il y a 4 jours. J'ai une douleur abdominale très violente depuis ce matin, le ventre est dur, 39 de fièvre et le cœur qui bat vite.

J'avais aussi une question pour prolonger l'arrêt de travail.

Sandra Petit
""", "clinical_urgent: douleur abdominale sévère post-op avec fièvre; prime sur la demande administrative")

m("fr", "clinical_urgent", "demande de dossier", """
Bonjour, je voudrais une copie de mon dossier médical.

Et je dois dire à quelqu'un que j'ai avalé toute ma boîte de Xanax il y a une heure.
""", "clinical_urgent: surdose volontaire dans une demande de dossier")

m("fr", "clinical_urgent", "rdv pneumo mardi", """
Au sujet de mon rdv de pneumologie de mardi : je crache du sang depuis ce matin, beaucoup, du rouge vif, plusieurs fois. Est-ce que je dois attendre mardi ?
M. Gilbert Jacob
""", "clinical_urgent: hémoptysie abondante; le rdv n'est que le prétexte")

m("fr", "clinical_urgent", "M. Carpentier", """
Bonjour,

M. Jules Carpentier, résident de 89 ans : depuis ce matin fièvre 39,8, TA 80/45, FC 130, marbrures aux genoux, confus. Médecin coordinateur absent aujourd'hui. Que faisons-nous ?

IDE, EHPAD Saint-Joseph
""", "clinical_urgent: signes de sepsis et de choc chez un résident")

m("fr", "clinical_urgent", "Compte rendu provisoire - scanner cérébral", """
COMPTE RENDU PROVISOIRE

Scanner cérébral sans injection, patient externe adressé pour céphalées chroniques.
Hématome intraparenchymateux frontal gauche récent de 3 cm avec effet de masse et engagement sous-falcoriel débutant.

Le patient est toujours en salle d'attente. Merci au prescripteur de contacter immédiatement le radiologue au 2210.
""", "clinical_urgent: hémorragie cérébrale aiguë découverte sur un examen programmé")

m("fr", "clinical_urgent", "pile", """
Ma fille a avalé une pile bouton de la télécommande il y a 20 minutes. Elle a l'air bien. On a rdv chez le pédiatre lundi, on attend ?
""", "clinical_urgent: ingestion de pile bouton")

m("fr", "clinical_urgent", "prise de sang prête ?", """
Bonjour, je voulais savoir si ma prise de sang de lundi est prête.

Aussi j'ai vomi du sang rouge ce matin à deux reprises, une bonne quantité, et j'ai la tête qui tourne.
""", "clinical_urgent: hématémèse actuelle dans une question de résultats")

m("fr", "clinical_urgent", "ordonnance ventoline", """
ordonnance ventoline svp, j arrive plus a respirer ce matin la ventoline fait rien, je parle difficilement
""", "clinical_urgent: détresse respiratoire actuelle dans une demande d'ordonnance")

m("fr", "clinical_urgent", "saignement après extraction", """
Je suis sous Eliquis, on m'a arraché une dent ce matin à 9h et ça saigne toujours à flots, j'ai changé 15 compresses, ça coule dans la gorge. Dois-je sauter la dose de ce soir ?
""", "clinical_urgent: saignement sévère en cours sous anticoagulant")

m("fr", "clinical_urgent", "merci pour le suivi", """
Merci pour le suivi au CMP ces derniers mois.

Ce soir ça ne va pas du tout, je me suis coupé les poignets, ça saigne beaucoup et je ne veux plus continuer.
""", "clinical_urgent: automutilation et idées suicidaires actuelles dans des remerciements")

m("fr", "clinical_urgent", "Transmission ch. 12", """
Transmission chambre 12 : Mme Besson, J1 colectomie gauche.
Ce matin RAS. Depuis 14h : TA 75/40, FC 140, pâle, marbrée, redon 500 ml de sang en 1h.
Interne de garde ne répond pas au bip. Merci d'appeler le chirurgien de garde.
""", "clinical_urgent: transmission infirmière décrivant un choc hémorragique")

m("fr", "clinical_urgent", "holter", """
Bonjour, pour la pose du holter vendredi, dois-je venir à jeun ?

Sinon je suis tombé dans les pommes deux fois aujourd'hui et là mon cœur bat à 170, j'ai des vertiges.
""", "clinical_urgent: syncopes répétées et tachycardie actuelle derrière une question logistique")

m("fr", "clinical_urgent", "double dose d'insuline", """
Je me suis injecté deux fois ma Novorapid au dîner par erreur (18 unités de trop). Je commence à transpirer, trembler, et je me sens confus. Faut-il changer les doses de demain ?
""", "clinical_urgent: surdosage d'insuline avec hypoglycémie en cours")

# ---------------------------------------------------------------- followup / en
m("en", "followup", "Your thyroid blood test results", """
Dear Mrs Delaney,

Your recent thyroid blood tests are within the normal range (TSH 2.1 mU/L, free T4 14 pmol/L). No change to your levothyroxine is needed.

As already planned, we will see you in clinic on 14 November. You do not need to do anything; your appointment letter will follow.

Yours sincerely
Dr R. Iqbal, Consultant Endocrinologist
""", "followup: result letter; the date is informational, nothing is asked of the patient")

m("en", "followup", "ALT 58?", """
What does "mildly raised ALT 58" mean on my results in the app? Should I be worried? I don't drink much, maybe a glass of wine at weekends. No jaundice, no abdominal pain. Dr hasn't commented yet.
Fiona
""", "followup: lab result question, no booking or dose asked; trap: negated abdominal pain")

m("en", "followup", "lifting after hernia repair", """
Hi, two weeks after my hernia repair. When can I lift my toddler again? She's 13 kg. Still a bit of bruising around the scar but no pain really, no fever, and it's all healing nicely.
Thanks, Matt
""", "followup: post-op question only about recovery; trap: negated fever")

m("en", "followup", "Mr Colin Marsh", """
Dear Dr Hargreaves,

Thank you for seeing Mr Colin Marsh (DOB 11/06/1959) in your respiratory clinic in May. I saw him today for his annual COPD review and thought you would like an update.

His breathlessness has improved a lot since starting the Trelegy you recommended: MRC dyspnoea score now 2 (was 4), he walks the dog twice a day again and managed a short holiday in the Lake District. Peak flow 420 (was 310). No exacerbations requiring steroids or antibiotics since your review. Sputum clear.

No further chest pain since the episode in March which you felt was musculoskeletal. He has now stopped smoking completely, 14 weeks, with varenicline, which he is very proud of. Weight stable. Inhaler technique checked by our practice nurse and is good. Flu and pneumococcal vaccines are up to date.

I have not changed his medication. This is for your information only; no action or appointment is needed, and we will see him again in a year unless anything changes.

Kind regards
Dr Nicola Fry, GP
""", "followup: longer GP letter reporting on a patient, no consultation requested; trap: historical chest pain")

m("en", "followup", "Anticoagulation clinic summary", """
Anticoagulation clinic summary - Mr Eric Sands, MRN 4410229

INR today: 2.6 (target 2.0-3.0)
Warfarin dose: unchanged, 4 mg daily
Bleeding/bruising: none reported
Next INR: 4 weeks (date on yellow book)

For information to GP.
""", "followup: INR monitoring report, dose unchanged, no question asked; trap: negated bleeding")

m("en", "followup", "Discharge summary - Leah Gardner", """
DISCHARGE SUMMARY

Patient: Ms Leah Gardner, DOB 17/03/1985, MRN 7723190
Admitted: 03/02 via ED. Discharged: 07/02.
Diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 = 1).
Course: IV co-amoxiclav and clarithromycin for 48 h then oral. Oxygen weaned by day 3. Discharged stable, SpO2 97% on room air, afebrile.
Medications on discharge: complete 7 days of oral antibiotics.
Follow-up: GP review in 2 weeks; repeat chest X-ray in 6 weeks to confirm resolution.
Advice given to patient: return to ED if breathlessness worsens, chest pain, coughing up blood or high fever.
Background: asthma (well controlled), no previous admissions. Smoker 5/day, cessation advice given and referral made to the stop-smoking service.
Bloods on discharge: CRP 38 (from 212), WCC 9.8, U&E normal.

Dr J. Amos, FY2, Respiratory Medicine
""", "followup: discharge summary; follow-up plan is informational; trap: return-advice warning signs")

m("en", "followup", "Physio progress report - Dev Anand", """
Physiotherapy progress report

Patient: Mr Dev Anand, 6 weeks post right ACL reconstruction (hamstring graft).
Full extension achieved, flexion 125°, walking without crutches, single-leg squat to 45° with good control. Effusion minimal.
Plan: continue home programme, gym-based strengthening; next review in 4 weeks.

For your records - no action required from the surgical team.

Ben Hollis, Physiotherapist
""", "followup: physio update reporting progress, no new prescription asked (contrast with prescription cases)")

m("en", "followup", "steri strips", """
The steri-strips on my cut (forearm, done in A&E last week) have started to peel off, it's day 8. Should I pull them off or leave them? The wound looks closed underneath, no redness or pus, no fever.
""", "followup: wound care question; trap: negated infection signs")

m("en", "followup", "home BP readings", """
Hello Dr Singh,

As requested at my last visit, here are my home blood pressure readings for the last 2 weeks (spreadsheet attached). Mornings average 138/86, evenings 132/82. I've been taking the tablets every day.

Best wishes
Alan Moss
""", "followup: monitoring data sent back after a visit, no question")

m("en", "followup", "Re: CT result", """
Thanks doctor. What exactly does "stable 4 mm nodule" mean? Is that cancer? Should I be doing anything differently?

> Your CT scan shows a stable 4 mm nodule in the right lower lobe. We will repeat the scan in 6 months; an appointment will be sent to you.
""", "followup: result letter proposed a date, but the patient's question is about the result, not the date")

m("en", "followup", "Handover bay 3", """
Handover bay 3, bed 2: Mrs Pauline Grey, day 2 post lap chole.
Obs stable, NEWS 0. No chest pain, no bleeding from port sites. Pain controlled on oral analgesia. Eating and drinking, mobilising independently, PU. Wound sites clean and dry.
Plan: for discharge tomorrow if LFTs OK.
""", "followup: nursing handover of a stable patient; trap: negated chest pain/bleeding")

m("en", "followup", "still swollen ankle", """
Is it normal that my ankle is still swollen 4 weeks after they put the plate in? It goes down overnight and comes back by evening. No redness, no fever, my calf is fine and not sore. Just want to check.
Thanks, Kerry
""", "followup: post-op recovery question; trap: negated fever/calf symptoms")

m("en", "followup", "sugar readings", """
Hi, here are my sugar readings since we changed the insulin at the last appointment. Fasting 6-7 most mornings, after meals 8-10. No hypos at all this time. Just keeping you posted as you asked.
Raj
""", "followup: glucose monitoring report; no dose question; trap: negated hypos")

m("en", "followup", "Heart failure clinic - Mr Stan Booth", """
Dear Dr Lowe,

I reviewed Mr Stan Booth (DOB 08/08/1951) in the heart failure clinic today. He is euvolaemic and in NYHA class II. His repeat echo shows the ejection fraction has improved to 40% from 30% in January. Renal function and potassium are stable.

Plan: continue current medication (sacubitril/valsartan, bisoprolol, dapagliflozin, spironolactone). Review in 6 months.

Yours sincerely
Dr M. Stewart, Heart Failure Consultant
""", "followup: clinic letter to GP")

m("en", "followup", "holter result", """
My Holter result in the portal says "occasional ventricular ectopics, no significant arrhythmia". Does that mean the palpitations are nothing to worry about? I still get them sometimes when I lie down.
Amira
""", "followup: result interpretation question")

m("en", "followup", "For information: Mrs Irene Cole", """
Dear Dr Patel,

For information: Mrs Irene Cole was admitted to St Mary's in January after a TIA (transient right arm weakness, resolved within an hour). MRI showed no infarct. She was started on clopidogrel and atorvastatin and has been well since.

She has now moved into your area. This letter and her records are for her ongoing secondary prevention follow-up in your practice.

Dr A. Byrne, Stroke Unit
""", "followup: letter about a past event handing over follow-up, no consultation requested; trap: historical TIA")

m("en", "followup", "Mum after her hip op", """
Hi, Mum (Joyce Allen) is home after her hip op and managing the stairs with help. No fever and the wound is dry. She's asking whether she should still wear the stockings at night or only in the day? And how long before she can sleep on her side?
Thanks
Carol
""", "followup: recovery questions after surgery; no prescription asked; trap: negated fever")

m("en", "followup", "rash update", """
Just to update you - the rash on my hands has completely cleared since using the cream you gave me at the appointment. Do I stop it now or keep going a few more days?
Kind regards, Omar
""", "followup: clinical update after treatment; mild question about continuing is about the response, not a renewal")

m("en", "followup", "Colonoscopy histology results", """
Dear Mr Bryant,

The two small polyps removed at your colonoscopy on 3 April were benign (tubular adenomas with low-grade dysplasia) and were completely removed.

According to national guidelines you will need a surveillance colonoscopy in 3 years. You will receive a letter nearer the time; there is nothing you need to do now.

Yours sincerely
Endoscopy Unit
""", "followup: histology result letter; future test date is informational")

m("en", "followup", "lump result?", """
Did the lump they removed from my neck come back benign? It's been 3 weeks and nobody has called me. Op was on the 2nd with Mr Hale.
Sarah Pennington
""", "followup: chasing a pathology result")

m("en", "followup", "cast", """
The cast is itchy and feels a bit loose now the swelling's gone down. Is that OK? Fingers are pink and warm and I can wiggle them fine.
""", "followup: cast care question")

m("en", "followup", "back to rugby?", """
Hi,

My son Jamie had concussion 3 weeks ago (seen in your ED on the 4th). He hasn't had any headaches, vomiting or dizziness for over a week now and is back at school. When can he go back to rugby training?

Thanks
Paul Evans
""", "followup: recovery after a past injury; trap: resolved head injury symptoms")

m("en", "followup", "echo - what to monitor", """
Dear Dr Kaur,

Thank you for your letter regarding Mrs Beryl Hoskins. Could you clarify what you'd like me to monitor in primary care? The letter mentions "moderate AS, repeat echo 12 months" but not whether you want BP or symptoms reviewed in the meantime.

Regards
Dr T. Bell
""", "followup: GP question about a clinic letter's monitoring plan")

m("en", "followup", "Lithium level", """
Lithium level 0.7 mmol/L on 12/03 (12 h post dose) - within target range. Renal and thyroid function normal. For your information; no change made.
Community Mental Health Team
""", "followup: monitoring result for information")

m("en", "followup", "Dad 3 months on", """
Hello Dr Chaudhry,

Just an update on Dad (Alfred Moore) - 3 months after his stroke he's walking with a stick around the house and speech therapy is going well, he can hold a conversation again. The community team visit twice a week. Thought you'd like to know before his review.

Best wishes
Helen Moore
""", "followup: family progress update; trap: historical stroke")

m("en", "followup", "scar", """
Stitches came out yesterday. The scar looks a bit pink and raised. Is massaging it with cream OK at this stage or is it too early?
""", "followup: scar care question")

m("en", "followup", "a1c!!", """
my a1c went from 7.9 to 6.8!! is that good enough or do I need to get it lower? so happy
""", "followup: lab result question")

m("en", "followup", "MRI report question", """
Hello,

Could the doctor explain my MRI report by email? It mentions "degenerative disc changes L4-L5 with mild foraminal narrowing". Is that why my leg tingles? I'm not sure what "foraminal" means.

Thank you
Craig Dunn
""", "followup: imaging result explanation request")

m("en", "followup", "Mr Roberts - INR stable", """
Dear anticoagulation team,

For information, Mr George Roberts' INR has been stable between 2.2 and 2.8 over the last 3 months on warfarin 3 mg daily; no bleeding episodes. We are continuing monthly checks at the practice. No action needed.

Practice nurse, Elm Tree Surgery
""", "followup: GP report on INR monitoring, no dose question; trap: negated bleeding")

m("en", "followup", "sleeve - soft food?", """
After the gastric sleeve, when can I start soft foods? It's day 10 and I'm managing the protein shakes and fluids fine.
""", "followup: post-op recovery question")

m("en", "followup", "Telephone follow-up - day case", """
Telephone follow-up, day 1 after day-case surgery (left inguinal hernia repair).
Patient well. Pain 2/10 on regular paracetamol. Wound dry, no ooze. Passed urine. Eating and drinking, no nausea.
Advised re warning signs: fever, increasing redness or discharge from wound, inability to pass urine - to contact the ward or ED.
No further action.
Staff Nurse K. Jones
""", "followup: nurse follow-up call note of a stable patient; trap: warning signs listed as advice")

m("en", "followup", "Your recent tests", """
Dear Mr Ahmed,

Your ECG, exercise test and blood tests were all normal. There is no sign of heart disease to explain your symptoms, which are likely to be from the oesophagus. Dr Cole has discharged you back to your GP.

If in future you have chest pain at rest lasting more than 15 minutes, call 999.

Cardiology Rapid Access Clinic
""", "followup: result letter and discharge; trap: hypothetical chest pain instruction")

m("en", "followup", "postnatal check", """
Postnatal check results: BP back to normal at 118/76, no more protein in my urine. The midwife discharged me from the BP clinic. Just wanted you to know since you were worried about pre-eclampsia at the end. Baby doing great!
Lauren
""", "followup: update on resolved problem; trap: historical pre-eclampsia")

m("en", "followup", "LoSalt?", """
At my follow-up you said to cut salt. Does that include LoSalt, or is that OK to use? My husband bought a big tub.
""", "followup: question about advice given at a follow-up visit")

m("en", "followup", "Physio discharge - Mrs P. Lowry", """
Dear Dr Walsh,

Mrs Patricia Lowry has completed her course of physiotherapy for mechanical low back pain. Lumbar range of movement is now full and pain-free, she has returned to work and gardening. She has been discharged with a home exercise programme.

Kind regards
MSK Physiotherapy
""", "followup: physio discharge report, no request")

m("en", "followup", "bowels after op", """
Haven't opened my bowels since the op 3 days ago. No pain, eating OK, passing wind. Is that normal? Should I just keep going with the lactulose they gave me?
Thanks, Jenny
""", "followup: post-op recovery question, no red flags")

m("en", "followup", "Neurology clinic letter", """
Dear Mr Fleming,

It was a pleasure to see you in the neurology clinic today. As discussed, you had several seizures in childhood and none since the age of 12. Your EEG last month was normal and you are not taking any anti-seizure medication.

I do not think you need further follow-up in the neurology clinic and I have discharged you to your GP. You may continue to drive.

Yours sincerely
Dr E. Varga, Consultant Neurologist
cc: GP
""", "followup: clinic letter with discharge; trap: historical seizures")

# ---------------------------------------------------------------- followup / fr
m("fr", "followup", "Résultats de votre bilan thyroïdien", """
Madame,

Votre bilan thyroïdien du 4 octobre est normal (TSH 1,9 mUI/L). Aucune modification de votre traitement n'est nécessaire.

Nous vous reverrons comme prévu le 12 décembre ; une convocation vous sera adressée, vous n'avez aucune démarche à faire.

Bien cordialement,
Dr Sophie Marchal, endocrinologue
""", "followup: courrier de résultats; la date est informative, rien n'est demandé")

m("fr", "followup", "ferritine 18", """
Bonjour, sur mes résultats il y a "ferritine 18" avec une étoile. C'est grave ? Pas de saignement particulier, règles normales. Je suis fatiguée en ce moment mais je pensais que c'était le travail.
Merci
Aurélie Petit
""", "followup: question sur un résultat de labo, sans demande de rdv ni d'ordonnance; piège: saignement nié")

m("fr", "followup", "vélo après canal carpien", """
Opéré du canal carpien il y a 10 jours. Quand pourrai-je reprendre le vélo ? J'ai encore quelques fourmillements au bout des doigts mais ça diminue.
Jean-Marc
""", "followup: question de récupération post-op uniquement")

m("fr", "followup", "M. Alain Perrot", """
Cher confrère,

Je revois ce jour M. Alain Perrot, que vous avez opéré d'un pontage coronarien en mars. Il va bien, la cicatrice sternale est belle, il a terminé la réadaptation cardiaque et a repris le travail à mi-temps. Aucune douleur thoracique depuis l'intervention, pas d'essoufflement.

Je n'ai pas modifié son traitement. Je reste à votre disposition.

Bien confraternellement,
Dr Marc Langlois, médecin généraliste
""", "followup: courrier du MT rapportant l'évolution, sans demande de consultation; piège: douleur thoracique niée")

m("fr", "followup", "Compte rendu d'hospitalisation - Mme Lucienne Roger", """
COMPTE RENDU D'HOSPITALISATION

Mme Lucienne Roger, née le 14/02/1940, IPP 20051188
Hospitalisée du 10 au 15 mai en médecine interne pour pyélonéphrite aiguë droite.
Évolution favorable sous ceftriaxone puis relais oral par ofloxacine. Apyrexie à J2. Créatinine normalisée.
Sortie à domicile. Traitement : ofloxacine jusqu'au 24/05.
Suivi : ECBU de contrôle 48h après la fin du traitement, consultation chez le médecin traitant.
Consignes : reconsulter en cas de fièvre > 38,5 °C, de frissons ou de douleur lombaire.

Dr Hugo Lefranc, interne
""", "followup: compte rendu d'hospitalisation; suivi mentionné à titre informatif; piège: consignes hypothétiques")

m("fr", "followup", "Bilan de fin de rééducation - Mme Aubert", """
Bilan de fin de rééducation

Mme Claire Aubert, prothèse totale de genou gauche (10/01).
Flexion 130°, extension complète, marche sans aide technique, escaliers en alternance. Pas de douleur au repos.
Fin de prise en charge ; auto-rééducation poursuivie à domicile.

Pour information, aucune prescription supplémentaire n'est nécessaire.

Marc Dupuy, MK
""", "followup: bilan kiné de fin de prise en charge, sans demande d'ordonnance (contraste avec les cas prescription)")

m("fr", "followup", "INR M. Collin", """
Laboratoire Bio-Santé

INR de M. André Collin (né le 02/05/1947) du 14/03 : 2,4 (zone cible 2-3).
Transmis pour information au médecin traitant.
""", "followup: résultat de surveillance d'INR transmis pour information, pas de question de dose")

m("fr", "followup", "pansements genou", """
La croûte sur la cicatrice de mon genou commence à tomber, est-ce que je peux arrêter les pansements ? Pas de rougeur, ça ne coule pas, pas de fièvre.
Merci
""", "followup: soins de plaie; piège: fièvre niée")

m("fr", "followup", "relevés de tension", """
Bonjour Docteur,

Comme demandé lors de la dernière consultation, voici mes relevés d'automesure tensionnelle sur 7 jours (règle des 3) : moyenne 134/84 le matin, 129/80 le soir. Je prends bien le traitement tous les jours.

Cordialement,
M. Daniel Vasseur
""", "followup: données de surveillance renvoyées, sans question")

m("fr", "followup", "Re: résultat scanner", """
Merci docteur. Mais "micronodule de 4 mm" ça veut dire quoi exactement ? C'est un cancer ? Je dois faire attention à quelque chose ?

> Votre scanner thoracique montre un micronodule de 4 mm du lobe inférieur droit. Un contrôle par scanner sera programmé dans 6 mois.
""", "followup: le courrier annonce un contrôle, mais la question porte sur le résultat, pas sur la date")

m("fr", "followup", "Transmissions ch. 8", """
Transmissions chambre 8 : M. Yves Tanguy, J2 prothèse de hanche.
Constantes stables, EVA 2/10 sous antalgiques de palier 1. Lever au fauteuil et marche avec déambulateur. Pansement sec. Bonne diurèse.
Sortie prévue en SSR jeudi.
""", "followup: transmission infirmière d'un patient stable")

m("fr", "followup", "cheville encore gonflée", """
Est-ce normal que ma cheville soit encore gonflée 4 semaines après la pose de la plaque ? Ça dégonfle la nuit et ça revient le soir. Pas de rougeur, pas de fièvre, le mollet est souple et pas douloureux.
Merci, Karine
""", "followup: question de récupération; piège: fièvre et douleur du mollet niées")

m("fr", "followup", "glycémies", """
Bonjour, voici mes glycémies depuis qu'on a changé l'insuline au dernier rendez-vous : à jeun entre 1,10 et 1,30, après les repas autour de 1,60. Aucune hypo. Je vous tiens au courant comme vous m'aviez demandé.
Rachid
""", "followup: suivi glycémique sans demande de changement de dose; piège: hypoglycémie niée")

m("fr", "followup", "Consultation de cardiologie - M. Paul Henriot", """
Cher confrère,

J'ai revu ce jour en consultation M. Paul Henriot, 72 ans, pour le suivi de sa cardiopathie ischémique (infarctus en 2019, stent IVA). Il est asymptomatique, sans angor ni dyspnée. ECG superposable. Échographie : FEVG 55 %.

Je poursuis le traitement à l'identique. Prochain contrôle dans un an.

Bien confraternellement,
Dr Claire Mercier, cardiologue
""", "followup: courrier de consultation au MT; piège: infarctus ancien, angor nié")

m("fr", "followup", "résultat holter", """
Le compte rendu de mon holter dit "extrasystoles ventriculaires isolées, pas de trouble du rythme significatif". Ça veut dire que mes palpitations ne sont rien ?
Amina
""", "followup: question d'interprétation d'un résultat")

m("fr", "followup", "M. Leroy - pour information", """
Madame et chère consœur,

M. Georges Leroy, 86 ans, a été hospitalisé dans notre service du 2 au 9 janvier pour une pneumopathie d'inhalation du lobe inférieur droit, survenue dans un contexte de troubles de la déglutition connus depuis son AVC de 2021.

À l'entrée : fièvre à 38,9 °C, désaturation à 89 % en air ambiant, CRP à 186. L'évolution a été favorable sous amoxicilline-acide clavulanique pendant 7 jours, avec apyrexie dès J2 et sevrage de l'oxygène à J4. Le bilan orthophonique a confirmé une dysphagie aux liquides fins ; une eau gélifiée et une alimentation en texture hachée ont été mises en place, avec une bonne tolérance.

Il est rentré à domicile le 9 janvier, avec passage infirmier deux fois par jour et aide à domicile pour les repas. Son épouse a reçu une éducation sur la posture lors des repas.

Traitement de sortie inchangé par rapport à l'entrée, hormis l'arrêt du zolpidem, jugé à risque de fausse route.

Ce courrier vous est adressé pour information et pour la suite de sa prise en charge ; une radiographie de contrôle est à prévoir à 6 semaines, ainsi qu'une réévaluation orthophonique en ville.

Dr Antoine Roux, gériatrie
""", "followup: longue lettre sur un événement passé, pas de demande de consultation; piège: AVC ancien, fièvre passée")

m("fr", "followup", "plâtre", """
Le plâtre me gratte et il bouge un peu maintenant que ça a dégonflé. C'est normal ? Les doigts sont roses et chauds, je peux les bouger.
""", "followup: question sur un plâtre")

m("fr", "followup", "retour au foot", """
Bonjour,

Mon fils Léo a eu une commotion cérébrale il y a 3 semaines (vu aux urgences le 4). Plus de maux de tête, plus de vomissements depuis 10 jours, il a repris l'école. Quand peut-il reprendre l'entraînement de foot ?

Merci
Julien Moreau
""", "followup: récupération après un traumatisme passé; piège: symptômes résolus")

m("fr", "followup", "anapath grain de beauté", """
Bonjour, le résultat de l'anapath du grain de beauté enlevé le 3 est-il arrivé ? On m'avait dit 3 semaines.
Cordialement
Mme Hélène Barre
""", "followup: relance d'un résultat d'anatomopathologie")

m("fr", "followup", "nouvelles de papa", """
Bonjour Docteur,

Quelques nouvelles de mon père, M. René Garnier : 3 mois après son AVC il marche avec une canne dans la maison et l'orthophonie avance bien, il arrive à tenir une conversation. Le kiné vient deux fois par semaine.

Je voulais vous le dire avant son rendez-vous de contrôle.

Bien à vous,
Catherine Garnier
""", "followup: nouvelles d'évolution par la famille; piège: AVC ancien")

m("fr", "followup", "cicatrice massage", """
Les fils ont été retirés hier. La cicatrice est un peu rose et gonflée. Est-ce que je peux déjà la masser avec de la crème ou c'est trop tôt ?
""", "followup: soins de cicatrice")

m("fr", "followup", "hba1c", """
mon hba1c est passée de 8,2 a 6,9 !! c est suffisant ou il faut descendre encore ? trop contente
""", "followup: question sur un résultat, sans accents")

m("fr", "followup", "compte rendu IRM", """
Bonjour,

Le médecin peut-il m'expliquer le compte rendu de mon IRM par mail ? Il est écrit "discopathie dégénérative L4-L5 avec rétrécissement foraminal modéré". Est-ce que c'est pour ça que j'ai des fourmillements dans la jambe ?

Merci
Cédric Pons
""", "followup: demande d'explication d'un examen")

m("fr", "followup", "lithémie", """
Lithémie du 12/03 : 0,72 mmol/L (prélèvement à 12 h de la prise), dans la cible. Créatinine et TSH normales. Pour information, pas de modification.
CMP secteur 4
""", "followup: résultat de surveillance pour information")

m("fr", "followup", "après la sleeve", """
Après la sleeve, quand est-ce que je peux passer aux aliments mixés ? Je suis à J10, je bois bien et je prends mes compléments protéinés.
""", "followup: question de récupération post-op")

m("fr", "followup", "Appel du lendemain - chirurgie ambulatoire", """
Appel du lendemain, chirurgie ambulatoire (cure de hernie ombilicale).
Patiente jointe à 10h. Douleur EVA 2 sous paracétamol. Pansement propre et sec. Mictions normales. Alimentation reprise, pas de nausées.
Rappel des signes devant amener à consulter : fièvre, rougeur ou écoulement de la cicatrice, douleur non calmée.
Pas d'autre action.
IDE Unité de chirurgie ambulatoire
""", "followup: appel J1 d'une patiente stable; piège: signes d'alerte listés comme consignes")

m("fr", "followup", "Vos résultats d'examens", """
Monsieur,

Votre ECG, votre épreuve d'effort et votre bilan sanguin sont normaux. Il n'y a pas d'argument pour une maladie des artères du cœur. Vos douleurs sont probablement d'origine digestive ; le Dr Blanc vous réadresse à votre médecin traitant.

En cas de douleur thoracique au repos de plus de 15 minutes, appelez le 15.

Service de cardiologie
""", "followup: courrier de résultats; piège: consigne hypothétique")

m("fr", "followup", "visite post-natale", """
Bonjour, à la visite post-natale la tension était redescendue à 12/7 et il n'y a plus de protéines dans les urines. La sage-femme m'a dit que tout était rentré dans l'ordre après la pré-éclampsie. Je voulais vous tenir au courant. Bébé va très bien !
Mélanie
""", "followup: nouvelles après un problème résolu; piège: pré-éclampsie passée")

m("fr", "followup", "sel de régime", """
A la consultation de suivi vous m'avez dit de réduire le sel. Est-ce que le sel de régime au potassium est autorisé ou pas ?
Mme Josette Lemaire
""", "followup: question sur un conseil donné en consultation de suivi")

m("fr", "followup", "écoulement après retrait du redon", """
Le drain a été retiré hier. Il reste un petit écoulement clair sur le pansement, un peu rosé. C'est normal ? Pas de fièvre, pas de rougeur autour, pas de douleur particulière.
Merci
Gaëlle
""", "followup: question de cicatrisation sans signe d'alerte; piège: fièvre et rougeur niées")

m("fr", "followup", "INR stable - M. Ferrand", """
Chers collègues,

Pour information, l'INR de M. Lucien Ferrand est stable entre 2,3 et 2,9 depuis 3 mois sous Coumadine 4 mg. Aucun épisode hémorragique. Nous poursuivons les contrôles mensuels au cabinet.

Dr Sylvie Morin, médecin généraliste
""", "followup: surveillance d'AVK rapportée, sans question de dose; piège: hémorragie niée")

m("fr", "followup", "Bilan orthophonique - M. Jacquet", """
Bilan orthophonique de suivi

M. Raymond Jacquet, aphasie non fluente séquellaire d'un AVC sylvien gauche (juin dernier).
Nette progression de l'expression orale ; dénomination 38/50 (contre 21/50 à l'entrée). Compréhension préservée.
Poursuite de la rééducation à raison de 2 séances par semaine.

Isabelle Fort, orthophoniste
""", "followup: bilan de rééducation; piège: AVC ancien")

m("fr", "followup", "maman rentrée à la maison", """
Bonjour,

Maman (Mme Gisèle Royer) est rentrée à la maison après sa prothèse d'épaule. Elle se débrouille avec l'aide de l'infirmière le matin, pas de fièvre, pas de rougeur. Elle demande combien de temps elle doit garder l'écharpe la nuit, et si elle peut enlever le pansement pour se doucher ?

Merci,
Nathalie Royer
""", "followup: questions de récupération post-op d'un proche; piège: fièvre niée")

m("fr", "followup", "", """
bjr c normal d avoir encore des bleus sur le ventre avec les piqures de lovenox ? sinon tout va bien. merci
""", "followup: question sur des ecchymoses aux points d'injection, pas de dose ni renouvellement; objet vide")

m("fr", "followup", "Résultats de la biopsie", """
Monsieur,

Les résultats de la biopsie de prostate réalisée le 2 septembre ne montrent pas de cellules cancéreuses (hyperplasie bénigne et prostatite chronique). Une surveillance du PSA par votre médecin traitant est suffisante, tous les ans.

Le Dr Nicolas reste à votre disposition.

Service d'urologie
""", "followup: courrier de résultats, pas de rdv demandé")

m("fr", "followup", "Consultation d'épileptologie - Mme Faure", """
Chère consœur,

J'ai revu ce jour Mme Louise Faure, 34 ans, suivie pour une épilepsie généralisée. Dernière crise en 2021. Sous lamotrigine 100 mg x2, bien tolérée. EEG de ce jour normal. Projet de grossesse discuté ; pas de modification du traitement pour l'instant.

Prochaine consultation dans un an.

Dr Pierre Legall, neurologue
""", "followup: courrier de consultation; piège: crise ancienne")

m("fr", "followup", "Transmission hebdomadaire - Mme Delmas", """
Bonjour,

Transmission hebdomadaire pour Mme Berthe Delmas (EHPAD Les Acacias) : poids stable à 52 kg, alimentation correcte, pas de chute, constantes normales, escarre talon gauche en voie de cicatrisation (stade 2, granulation).

Cordialement,
IDEC, EHPAD Les Acacias
""", "followup: transmission d'un résident stable; piège: chute niée")

m("fr", "followup", "ECBU négatif", """
L'ECBU de contrôle est revenu négatif, donc je n'ai plus d'infection ? Je n'ai plus de brûlures depuis la fin de l'antibiotique, et plus de fièvre non plus.
Merci
""", "followup: question sur un résultat de contrôle; piège: fièvre résolue")

# ---------------------------------------------------------------- other / en
m("en", "other", "fitness certificate for the gym", """
Hello,

I need a medical certificate saying I'm fit to return to the gym and to weight training after my knee arthroscopy. At my follow-up last month Mr Khan said I was fully healed. My gym won't let me back without something in writing.

Thanks,
Lewis Grant
""", "other: certificate request; the follow-up visit is only the basis for it")

m("en", "other", "Request for copy of medical records", """
Dear Medical Records Department,

Under the Data Protection Act I request a copy of my complete medical records, including imaging reports, clinic letters and the admission after my overdose in 2020, to be sent to my new consultant at Leeds General Infirmary.

Signed authorisation and a copy of my passport are attached.

Name: Deborah Lyons
DOB: 19/12/1973
Hospital number: 6650012

Yours faithfully,
Deborah Lyons
""", "other: records request; trap: historical overdose")

m("en", "other", "Complaint - fracture clinic reception", """
To whom it may concern,

I wish to make a formal complaint about the receptionist at the fracture clinic on Tuesday afternoon.

My 84-year-old father, Mr Stanley Doyle, was attending with his wrist fracture. He broke it when he fainted at home the week before (he was checked over in A&E at the time, it was his blood pressure tablets, and he has been fine since). He is hard of hearing and a little unsteady, and the signage in the new outpatients building is confusing even for me.

He went to the desk and asked twice where to go. The receptionist rolled her eyes, sighed, and told him to "read the signs like everyone else". When I stepped in to explain that he couldn't hear her properly, she turned back to her screen and said "take a seat then". Another patient in the queue actually apologised to him on her behalf.

He was upset for the rest of the day and said he didn't want to come back for his next appointment. It took me the whole evening to persuade him.

I am not asking for anything to be rebooked, and I'm not disputing any charges. I want the behaviour addressed with the member of staff, and I would like to know what training front desk staff receive on communicating with elderly and hard of hearing patients.

The care from the nurse and doctor afterwards was excellent. I just want this behaviour addressed.

Yours sincerely
Martin Doyle
""", "other: long complaint about staff, explicitly no rebooking or billing ask; trap: historical faint, resolved")

m("en", "other", "thank you", """
Dear Dr Amani and the cardiac rehab team,

Six months after my heart attack I ran my first 5k last weekend. I couldn't have imagined that lying in the CCU in January. Thank you all for your patience and encouragement.

With gratitude,
Peter Wallace
""", "other: thank-you note; trap: historical heart attack")

m("en", "other", "February is Heart Month", """
HEART HEALTH NEWSLETTER - February

Know the signs of a heart attack:
- chest pain or pressure
- pain spreading to the arm, jaw or back
- shortness of breath, sweating, nausea

If you or someone near you has these symptoms, call 911 immediately. Every minute counts.

Also this month: free blood pressure checks in the main lobby, Tuesdays 10-2.
""", "other: health education newsletter; trap: list of red flags as education")

m("en", "other", "Call for abstracts - Regional Stroke Symposium", """
Call for abstracts - Regional Stroke Symposium, 14-15 November

Topics: hyperacute stroke pathways, thrombectomy, recognising posterior circulation stroke, post-stroke rehabilitation, secondary prevention with anticoagulants.

Deadline for submission: 30 June. Nurses, therapists and trainees are encouraged to submit.
""", "other: conference; trap: stroke and anticoagulant vocabulary")

m("en", "other", "We're hiring: Emergency Department nurses", """
Now hiring: Band 5 and 6 Emergency Department nurses

Are you confident recognising sepsis, managing chest pain pathways and caring for patients after overdose or self-harm? Join our busy, friendly ED team.

Closing date 31 March. Apply via the careers portal, reference ED-2291.
""", "other: job ad; trap: red-flag vocabulary")

m("en", "other", "Integrate point-of-care INR results with your EHR", """
Hi Dr Morgan,

Our new point-of-care INR analyser sends results straight into your EHR and flags out-of-range values to the anticoagulation nurse. Clinics using it report 30% shorter appointments.

Could I book 15 minutes to show you a demo?

Best,
Jake Turner, Account Manager, CoagTech Solutions
""", "other: vendor pitch; INR and appointments mentioned but nothing clinical is asked")

m("en", "other", "Patient portal maintenance - Saturday", """
IT SERVICE NOTICE

The patient portal will be unavailable on Saturday from 02:00 to 06:00 for planned maintenance. During this time patients will not be able to book or cancel appointments, view results or request repeat prescriptions online.

No action needed by staff. IT Service Desk, ext 5000.
""", "other: IT notice; mentions appointments/results/prescriptions but is a service notice")

m("en", "other", "Are you taking warfarin? Join our study", """
Are you taking warfarin or another blood thinner?

The ANTICOAG-HOME study is looking for adults taking anticoagulants to test a new home monitoring app. Participants receive a free device and £50 in vouchers.

You cannot take part if you have had a major bleed or a stroke in the last 3 months.

Contact the research team: anticoag.study@example-hospital.org
""", "other: research recruitment; trap: exclusion criteria with bleed/stroke")

m("en", "other", "!!!Cheap meds no prescription needed!!!", """
Best prices on brand meds - NO PRESCRIPTION NEEDED!!!
Viagra, Xanax, Tramadol, Ozempic 80% OFF
Discreet shipping worldwide. Order now >>> click here
""", "other: spam using prescription vocabulary")

m("en", "other", "annual leave request", """
Hi Karen,

Could I request annual leave 12-16 August? I've checked with Sam and he can cover the Tuesday clinic list. I've already moved my patients on the Thursday.

Thanks
Dr Ella Morris
""", "other: staff admin; clinic/patients mentioned only as cover arrangements")

m("en", "other", "school letter", """
Hi, can I have a letter confirming my son Kyle attended his appointment on Monday morning? The school needs it for his absence. Thanks, Dawn
""", "other: attendance letter (certificate), appointment already past")

m("en", "other", "waiting times", """
I'm writing to say how disappointed I am with the waiting time in outpatients yesterday. My appointment was at 2:00 and I wasn't seen until 4:15, with no explanation. I'm diabetic and had to eat the biscuits in my bag to avoid a hypo while I waited. I'm not asking for anything, I just want someone to know so it can improve.

R. Sinclair
""", "other: complaint, explicitly no booking ask; trap: hypothetical hypoglycaemia averted")

m("en", "other", "Request for records - our client Mr James Holt", """
Dear Sirs,

We act for Mr James Holt (DOB 03/09/1970) in connection with a road traffic accident on 14 January. He sustained a head injury and fractures of the left tibia. Please provide copies of all ED and orthopaedic records relating to his attendance and subsequent treatment, including imaging. Our client's signed consent form is enclosed.

We undertake to pay your reasonable copying charges.

Harris & Cole Solicitors
""", "other: solicitor's records request; copying fee mention does not make it billing; trap: historical head injury")

m("en", "other", "thank you physio team", """
Just a note to say thank you to Becky and the physio team. After my shoulder operation I honestly thought I'd never lift my arm above my head again, and yesterday I hung the washing out! You've been brilliant.
Mary Thornton
""", "other: thank-you note; recovery mentioned but no question asked")

m("en", "other", "fit to fly letter", """
Hi, I'm flying to Canada on 2 June. The airline wants a letter confirming I'm fit to fly after the pulmonary embolism I had in February. I've been fine since and I'm still on apixaban. Can Dr Stone's secretary do that?
Thanks, Vera
""", "other: certificate request; trap: historical PE")

m("en", "other", "Mandatory training: BLS update", """
Reminder: your Basic Life Support update is due.

This session covers recognising cardiac arrest, the unresponsive patient, choking, and anaphylaxis management, plus use of the AED.

Sessions every Wednesday 13:00-15:00, Education Centre. Book via the learning portal.
""", "other: staff training; trap: red-flag vocabulary")

m("en", "other", "Flu vaccination campaign", """
Protect yourself, protect your patients.

The staff flu vaccination campaign starts on 1 October. Peer vaccinators will visit every ward and department, or drop in at Occupational Health, 8am-4pm.

Last year 78% of our staff got vaccinated. Let's beat it!
""", "other: staff campaign")

m("en", "other", "How was your visit?", """
Thank you for visiting the Orthopaedic Outpatients Department on 3 May.

We'd like to hear about your experience. The survey takes 2 minutes: [link]

Your answers are anonymous and help us improve our services.
""", "other: patient feedback survey after a visit")

m("en", "other", "volunteering", """
Hello, I recently retired and would love to volunteer at the hospital, maybe guiding visitors or helping at the café. Who should I contact?
Best wishes, Jennifer Moss
""", "other: volunteer inquiry")

m("en", "other", "lost glasses", """
I think I left my reading glasses in the waiting area of the eye clinic on Tuesday. Brown case. Has anyone handed them in?
Thanks
""", "other: lost property")

m("en", "other", "X-ray images on CD", """
Hello,

Please could I have my knee X-rays and MRI from last year on a CD? My physio abroad would like to see them. Happy to collect in person.

Regards
Tomasz Nowak
""", "other: records/imaging copy request")

m("en", "other", "FW: compliment for Ward 5", """
Hi Ward 5 team,

Forwarding this lovely compliment that came in to PALS:

> "The nurses on Ward 5 looked after my husband through his last days with such dignity. Thank you for the extra chair so I could stay the night."

Well done everyone.
PALS Team
""", "other: forwarded compliment")

m("en", "other", "DVLA medical questionnaire", """
Hello,

The DVLA has sent me a medical questionnaire (form attached) after I declared my condition. It asks "Have you ever had a seizure or blackout?" and wants details of my epilepsy treatment and the date of my last seizure, which was in 2019. Can Dr Kaur complete the clinician section?

Thanks
Liam Barker
""", "other: licence medical form (certificate); trap: form question about seizures, historical")

# ---------------------------------------------------------------- other / fr
m("fr", "other", "certificat de non contre-indication au sport", """
Bonjour,

J'aurais besoin d'un certificat de non contre-indication à la pratique du tennis en compétition. Lors de ma consultation de suivi du mois dernier le Dr Rey a dit que mon genou était consolidé. Le club me le demande pour la licence.

Merci,
Antoine Giraud
""", "other: demande de certificat; la consultation de suivi n'est que la justification")

m("fr", "other", "demande de dossier médical", """
Madame, Monsieur,

Conformément à l'article L.1111-7 du Code de la santé publique, je vous demande la communication de l'intégralité de mon dossier médical (hospitalisation de cardiologie d'avril 2023 pour un infarctus, comptes rendus, coronarographie, imagerie).

Je joins la copie de ma pièce d'identité. Merci de me l'envoyer par courrier à l'adresse ci-dessous.

Gisèle Fontaine, née le 21/06/1952
12 rue des Lilas, 69003 Lyon
""", "other: demande d'accès au dossier médical; piège: infarctus ancien")

m("fr", "other", "réclamation accueil", """
Madame, Monsieur,

Je souhaite signaler l'attitude de l'agent d'accueil des consultations externes le 14 mars vers 10h, qui a parlé très sèchement à ma mère de 85 ans parce qu'elle ne trouvait pas sa carte Vitale.

Les soins ont été de qualité, mais l'accueil doit être plus respectueux.

Cordialement,
Élodie Mercier
""", "other: réclamation sur l'accueil")

m("fr", "other", "merci !", """
Bonjour,

Un grand merci au Dr Salem et à toute l'équipe du bloc pour mon opération de la thyroïde. Tout s'est parfaitement bien passé, j'ai retrouvé ma voix et je n'ai plus aucune douleur. Vous êtes formidables.

Christiane Maurel
""", "other: remerciements; la récupération est évoquée sans question")

m("fr", "other", "Journée mondiale de l'AVC", """
29 octobre - Journée mondiale de l'AVC

Reconnaître un AVC : VITE
V - Visage paralysé
I - Inertie d'un membre
T - Trouble de la parole
E - En urgence, appelez le 15

Stand d'information dans le hall principal de 10h à 16h. Dépistage gratuit de l'hypertension.
""", "other: campagne de prévention; piège: signes d'AVC en éducation")

m("fr", "other", "Formation AFGSU niveau 2", """
Bonjour à tous,

Les prochaines sessions AFGSU niveau 2 auront lieu les 4, 5 et 6 juin. Au programme : reconnaissance de l'arrêt cardiaque, prise en charge d'une hémorragie, malaise, détresse respiratoire, utilisation du DAE.

Inscriptions auprès du CESU avant le 15 mai.

Service formation continue
""", "other: formation du personnel; piège: vocabulaire d'urgence")

m("fr", "other", "Offre d'emploi IDE - Urgences", """
Le CH recrute des infirmier(e)s pour son service d'urgences (CDI, temps plein).

Profil : expérience souhaitée dans la prise en charge des douleurs thoraciques, des intoxications médicamenteuses volontaires et du patient polytraumatisé.

Candidatures à drh.recrutement@example-hospital.org avant le 30 avril.
""", "other: offre d'emploi; piège: vocabulaire d'urgence")

m("fr", "other", "Nouveau lecteur de glycémie connecté", """
Docteur,

Découvrez GlucoLink, notre nouveau lecteur de glycémie connecté : alertes hypo/hyper en temps réel, partage des données avec le diabétologue, compatible avec votre logiciel de consultation.

Nos délégués peuvent vous présenter le produit lors d'un rendez-vous de 15 minutes.

L'équipe MedTech France
""", "other: démarchage fournisseur")

m("fr", "other", "[DSI] Migration de la messagerie", """
Information DSI

La migration de la messagerie vers le nouveau serveur aura lieu le samedi 12 octobre de 20h à minuit. Pendant cette période, l'envoi et la réception de mails seront interrompus, y compris les résultats de laboratoire transmis par mail et les demandes de rendez-vous du portail patient.

Merci de votre compréhension.
""", "other: note informatique; rdv et résultats évoqués seulement comme services impactés")

m("fr", "other", "Étude clinique - patients sous anticoagulants", """
Madame, Monsieur,

Le service de cardiologie mène une étude sur l'observance des traitements anticoagulants oraux. Si vous prenez un anticoagulant (Eliquis, Xarelto, Préviscan...), vous pouvez participer : un questionnaire de 20 minutes, sans modification de votre traitement.

Critère d'exclusion : hémorragie grave dans les 6 derniers mois.

Contact : attache de recherche clinique, 04 76 00 00 00.
""", "other: recrutement pour la recherche; piège: critère d'exclusion hémorragie")

m("fr", "other", "Viagra sans ordonnance livraison 24h", """
Viagra, Cialis, Xanax SANS ORDONNANCE !!!
Prix imbattables, livraison discrète 24h partout en France.
Commandez maintenant >>> cliquez ici
""", "other: spam avec vocabulaire d'ordonnance")

m("fr", "other", "demande de congés", """
Bonjour Mme Robert,

Je souhaiterais poser mes congés du 5 au 16 août. Le Dr Vincent a accepté d'assurer mes consultations du mardi et j'ai prévenu le secrétariat pour décaler les autres patients.

Cordialement,
Dr Julie Bernard
""", "other: administration du personnel; consultations évoquées comme organisation")

m("fr", "other", "attestation de présence", """
Bonjour, pourriez-vous m'envoyer une attestation de présence pour la consultation de ce matin avec le Dr Fabre ? Mon employeur la demande pour justifier mon absence.
Merci
Sébastien Roux
""", "other: attestation de présence, le rendez-vous est passé")

m("fr", "other", "réclamation attente aux urgences", """
Madame, Monsieur,

Le 3 février, mon père de 79 ans est venu aux urgences pour une douleur dans la poitrine. Il a attendu 6 heures sur un brancard dans le couloir avant d'être vu. Finalement ce n'était pas le cœur, il va bien, mais ce délai est inacceptable pour une personne âgée.

Je souhaite que cette réclamation soit transmise à la direction.

Bernard Masson
""", "other: réclamation sur un passage passé; piège: douleur thoracique résolue et passée")

m("fr", "other", "demande de dossier - ayant droit", """
Madame, Monsieur,

Suite au décès de ma mère, Mme Jeanne Vidal, survenu dans votre établissement le 18 janvier des suites d'une hémorragie cérébrale, je souhaite, en tant qu'ayant droit, obtenir la communication de son dossier médical afin de connaître les causes du décès.

Je joins l'acte de décès, le livret de famille et ma pièce d'identité.

Veuillez agréer mes salutations,
François Vidal
""", "other: demande de dossier par un ayant droit; piège: hémorragie cérébrale passée, patiente décédée")

m("fr", "other", "merci à l'équipe de kiné", """
Un petit mot pour remercier Julie et toute l'équipe de rééducation. Après ma prothèse de genou je ne pensais pas remonter mes escaliers aussi vite. Merci pour votre patience et votre bonne humeur !
Roger Bailly
""", "other: remerciements, sans question")

m("fr", "other", "certificat MDPH", """
Bonjour,

Je dois renouveler mon dossier MDPH. Le certificat médical (formulaire Cerfa joint) doit être rempli par un médecin qui me suit. Le Dr Lambert, qui me suit depuis mon AVC de 2018, peut-il le compléter ?

Merci d'avance,
Josiane Pottier
""", "other: certificat administratif; piège: AVC ancien")

m("fr", "other", "Campagne de vaccination antigrippale", """
Campagne de vaccination antigrippale 2024 pour le personnel

Du 15 octobre au 30 novembre, la médecine du travail vaccine sans rendez-vous, du lundi au vendredi de 8h30 à 16h. Des équipes mobiles passeront également dans les services.

Protégeons nos patients fragiles !
""", "other: campagne interne")

m("fr", "other", "Votre avis nous intéresse - e-Satis", """
Madame, Monsieur,

Vous avez été hospitalisé(e) récemment dans notre établissement. Nous vous invitons à répondre au questionnaire national de satisfaction e-Satis (10 minutes) en cliquant sur le lien personnel ci-dessous.

Vos réponses sont anonymes.
""", "other: enquête de satisfaction")

m("fr", "other", "association de bénévoles", """
Bonjour,

L'association Les Blouses Roses recherche des bénévoles pour animer des ateliers auprès des enfants hospitalisés en pédiatrie, le mercredi après-midi. Une formation est assurée.

Contact : 06 45 12 78 90.
""", "other: association / bénévolat")

m("fr", "other", "Congrès de la SFAR - inscriptions ouvertes", """
Les inscriptions au congrès annuel de la SFAR sont ouvertes.

Au programme : gestion des anticoagulants en péri-opératoire, choc anaphylactique peropératoire, prise en charge de l'hémorragie du post-partum.

Tarif réduit jusqu'au 30 juin pour les internes et IADE.
""", "other: congrès; piège: vocabulaire d'urgence")

m("fr", "other", "copie de mon IRM", """
Bonjour,

Pourriez-vous me transmettre une copie de mon IRM du genou de décembre (images et compte rendu) ? Je vais consulter un chirurgien dans une autre ville pour un second avis et il en a besoin.

Merci,
Lucas Marie
""", "other: demande de copie d'imagerie (dossier), pas de rdv demandé ici")

m("fr", "other", "plainte repas", """
Bonjour,

Pendant mon hospitalisation en orthopédie la semaine dernière, les repas étaient froids presque tous les jours et on m'a servi deux fois du poisson alors que j'avais signalé une allergie. Heureusement je m'en suis rendu compte avant de manger.

Je souhaite que ce soit remonté au service restauration.

Mme Claudine Henry
""", "other: plainte; piège: allergie évoquée mais aucune réaction")

m("fr", "other", "certificat médical permis de conduire", """
Bonjour,

La préfecture me demande un avis médical pour renouveler mon permis. Le formulaire demande : "Avez-vous déjà présenté des crises d'épilepsie ou des pertes de connaissance ?". Ma dernière crise date de 2020. Le Dr Legall peut-il remplir la partie médicale ?

Merci,
Kevin Martin
""", "other: certificat pour le permis; piège: question de formulaire sur les crises, ancienne")

m("fr", "other", "compliments transmis par la direction", """
Bonjour à l'équipe de maternité,

La direction a reçu ce courrier de remerciements d'une famille, que nous vous transmettons avec plaisir :

> "Merci à toute l'équipe de la maternité pour votre douceur lors de la naissance de notre fille. Malgré l'hémorragie après l'accouchement, nous nous sommes toujours sentis en sécurité."

Bravo à tous.
Direction de la qualité et des relations avec les usagers
""", "other: compliments transférés; piège: hémorragie passée, racontée")


# ---------------------------------------------------------------- output
EXPECTED = {"appointment": 75, "prescription": 75, "billing": 65,
            "clinical_urgent": 60, "followup": 75, "other": 50}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "train_bounds.jsonl")
    cats = Counter(x["category"] for x in MSGS)
    langs = Counter(x["lang"] for x in MSGS)
    assert dict(cats) == EXPECTED, cats
    assert langs["en"] == 200 and langs["fr"] == 200, langs
    bodies = [x["body"] for x in MSGS]
    assert len(set(bodies)) == len(bodies), "duplicate body"
    rows = list(MSGS)
    random.Random(7519).shuffle(rows)
    tmp = out + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        for i, x in enumerate(rows):
            rec = {"id": "tr-bd-%03d" % i, "lang": x["lang"], "subject": x["subject"],
                   "body": x["body"], "category": x["category"],
                   "urgent": x["category"] == "clinical_urgent", "note": x["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print(len(rows), dict(cats), dict(langs))


if __name__ == "__main__":
    main()
