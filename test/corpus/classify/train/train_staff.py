#!/usr/bin/env python3
"""Training data: mail from staff and institutions (not patients), EN + FR.

Run:  python3 train_staff.py   -> writes train_staff.jsonl (via .part then rename)
"""
import json
import os
import random
from collections import Counter

M = []


def m(lang, category, subject, body, note):
    M.append({
        "lang": lang,
        "subject": subject,
        "body": body.strip("\n"),
        "category": category,
        "note": note,
    })


U, A, P, B, F, O = ("clinical_urgent", "appointment", "prescription",
                    "billing", "followup", "other")

# ---------------------------------------------------------------- EN urgent
m("en", U, "NEWS2 7 - bed 12 Ward 4B - medical review needed now",
"""Hi FY2 on call,

Escalating Mr Peter Dowling, bed 12, ward 4B (MRN 40718823). NEWS2 has gone from 2 at 14:00 to 7 at 16:10.
RR 28, SpO2 88% on 4L nasal specs (was 95% on 2L this morning), HR 118, BP 104/62, temp 38.4, new confusion - he didn't know where he was when I did obs.

Sepsis screen started, cultures not yet taken. Please come and review now, I've also bleeped you twice.

Rachel Okafor
Staff Nurse, Ward 4B, ext 4412""",
"ward nurse escalation, rising NEWS, desaturation, new confusion now")

m("en", U, "CRITICAL RESULT - Potassium",
"""Automated critical value notification - Clinical Biochemistry

Patient: HARGREAVES, Ivy   MRN: 30299417   Location: AMU bay 2
Test: Serum potassium   Result: 7.1 mmol/L  (ref 3.5-5.3)
Sample received 09:42, not haemolysed (HI index 12), repeat on same sample 7.0.
Creatinine 612 umol/L (previous 188 three weeks ago).

Telephoned to ward at 10:05 - no answer. Please acknowledge and act on this result immediately.
Duty biochemist: Dr S. Menon, ext 2290""",
"lab critical potassium, acute finding")

m("en", U, "bay 3",
"""patient in bay 3 now unresponsive, not responding to pain, breathing shallow. crash call put out. need the reg here asap

sent from ward iPad - Jo (HCA)""",
"very short staff report, unresponsive patient now")

m("en", U, "URGENT: CT head ED bed 4 - acute SDH with midline shift",
"""Dr Ellis,

Preliminary report for CT head (non-contrast), Mr Trevor Banks, ED majors bed 4:
Acute left-sided subdural haematoma, maximal depth 14 mm, with 7 mm midline shift to the right and effacement of the left lateral ventricle. No skull fracture identified.

Of note the request says he is on apixaban. I have phoned the ED consultant but could not get through; please contact neurosurgery on-call now and arrange reversal.

Dr H. Qureshi, Radiology Registrar""",
"radiology acute brain bleed reported to clinician")

m("en", U, "Resident found on floor - Room 14",
"""Dear Dr Nwosu,

I am emailing as well as phoning the surgery. Mrs Edna Pollard (DOB 02/09/1936), Room 14, was found on the floor of her room by our carer at 07:20. She is not responding when we speak to her or when we rub her chest, her breathing is noisy and she has wet herself. Blood sugar 6.1.

We have called 999 and the ambulance is on its way. Her DNACPR form is in the folder but her daughter is not answering.

Please call us on 01632 960 418.

Claire Whitfield, Senior Carer
Beech Lodge Care Home""",
"care home resident unresponsive, current")

m("en", U, "PRE-ALERT: ?STEMI ETA 10 mins",
"""Pre-alert from crew 4417 to ED resus / cath lab.

67M, central chest pain radiating to L arm, onset 35 min ago, sweaty and grey. 12-lead: ST elevation II, III, aVF with reciprocal changes in I and aVL. BP 96/58, HR 54, SpO2 94% RA.
Given aspirin 300 mg, GTN x1. Cannula L AC.
ETA 10 minutes, please have PPCI team aware.

Regional Ambulance Service - Clinical Hub""",
"ambulance pre-alert STEMI in transit")

m("en", U, "Re: bed 9 surgical - can you review please",
"""Chris,

Further to my bleep - Mrs Farah Haddad, day 2 post lap chole, bed 9 on Cedar ward. She's now HR 128, BP 82/50 (was 125/80 this morning), RR 26, temp 38.9, abdo distended and very tender all over, guarding. VBG lactate 4.8.

I've given a 500 ml bolus and started sepsis six but she needs senior surgical review now, I'm worried about a bile leak / sepsis. Reg is in theatre - can you come or find someone?

Amit (F1 surgery)""",
"junior doctor, post-op sepsis signs with hypotension")

m("en", U, "Insulin dosing error ward 7 - patient hypoglycaemic",
"""To: Ward 7 nurse in charge, on-call medical registrar
Cc: Medication Safety Officer

Incident just reported by ward nurse: Mr Gerald Fenn (MRN 55091284) was given 40 units of NovoRapid instead of 4 units at 12:15. Capillary glucose now 2.9 mmol/L and falling, he is drowsy and sweaty.

Please treat as hypoglycaemia emergency now - IV glucose 10% per protocol, hourly then 15-min CBG. Datix to follow, priority is the patient.

Lindsay Crowe, Ward Pharmacist, bleep 671""",
"pharmacist reporting overdose causing current severe hypo with drowsiness")

m("en", U, "Maternity triage - 34/40 BP 168/112",
"""Obs reg on call,

Mrs Kayleigh Morton, G2P1, 34+3 weeks, walked into triage 20 min ago. BP 168/112 and 171/110 repeated, 3+ protein on dip. Frontal headache not relieved by paracetamol, flashing lights, epigastric pain. Brisk reflexes.

Needs review now, please come to triage room 2. I've sent bloods (FBC, LFT, U&E, urate).

Beth, Midwife, Maternity Assessment Unit""",
"midwife, current pre-eclampsia symptoms")

m("en", U, "Positive blood culture - patient discharged",
"""Microbiology phoned result - requires action today

Patient: Colin Murray, DOB 14/05/1958, discharged from AMU yesterday afternoon.
Blood culture set taken 26/11 flagged positive at 19 hours: Gram-negative bacilli in both bottles.

The patient has not been started on antibiotics according to EPR. Please contact him and arrange immediate return to ED for assessment and IV treatment - risk of Gram-negative sepsis.

Dr A. Lewandowska, Consultant Microbiologist""",
"micro critical result in discharged patient needing recall now")

m("en", U, "Patient in surgery with chest pain - ambulance called",
"""Dear Medical Registrar,

I am writing while we wait for the ambulance. Mr Derek Saunders, 58, came to the surgery this morning with 40 minutes of central crushing chest pain, sweaty, pale. Our ECG shows ST elevation in V2-V5. Aspirin 300 mg given, GTN given with no relief. Ambulance requested at 11:02, category 2.

Past history: T2DM, smoker. I will send him with a copy of the ECG.

Dr Fiona Clarke, GP
Riverside Medical Practice""",
"GP letter written during current MI")

m("en", U, "ED cubicle 11 - high risk, active plan",
"""To the on-call psychiatry SHO

The 24-year-old man in cubicle 11 (Jordan Pike) has told me in the last half hour that he intends to kill himself tonight. He has a specific plan (he has stockpiled his mother's tablets at home and says he will take them all after he leaves here) and says nothing will stop him. He is asking to leave.

I've asked security to stay near the cubicle. He needs assessment now, please, before he walks out.

Mark Delaney, Mental Health Liaison Nurse""",
"liaison nurse: current suicidal plan")

m("en", U, "Toddler swallowed button battery - sending to ED",
"""Hello,

This is Little Acorns nursery. Alfie Grant (2 yrs) was seen putting a small round battery from a toy remote in his mouth about 25 minutes ago and now we cannot find it - we think he swallowed it. He is coughing and drooling a bit. Mum is on her way, we have rung 999 as advised by 111.

We are emailing his GP so you are aware. The toy is bagged to show the hospital.

Sandra (Nursery Manager)""",
"nursery staff: button battery swallowed now")

m("en", U, "Missed dialysis - K 6.9, peaked T waves",
"""Renal reg,

Mr Oluwaseun Adeyemi has missed Tuesday and Thursday sessions. Arrived today very weak. POC K+ 6.9, ECG shows tall peaked T waves and broad-ish QRS (126 ms). HR 48.

Calcium gluconate given, insulin/dextrose running. We need him on the machine now - can you approve emergency slot and come to the unit?

Dialysis Unit Sister, Satellite Unit 2""",
"dialysis unit critical potassium with ECG changes now")

m("en", U, "RE: IT ticket 88214 / and bed 4",
"""Hi Sam,

Thanks for sorting the printer ticket, it's working again now.

Unrelated and more important - I can't get hold of the neuro reg: Mrs Winifred Tait in bed 4 has had her GCS drop from 15 to 11 over the last hour (E3 V3 M5), left pupil now sluggish and larger than right. She had her thrombolysis at 13:30. Could you ask switchboard to put out an urgent call for neurology? I'm staying with her.

Thanks,
Nadia, Stroke Unit""",
"urgent finding buried after routine IT thanks: GCS drop")

m("en", U, "District nursing visit - wound concern, febrile",
"""Dear Mr Harper's surgical team,

Visited Mr Lionel Harper today, day 9 after his right hip replacement. The wound is hot, red for 5 cm around the lower end, and oozing thick yellow fluid. Temp 39.2, he is shivering and says he has felt awful since last night, HR 112.

I have advised him to attend ED now and rang the ward, but please expect him. Photo uploaded to the wound app.

Gail Simmons, Community Nurse""",
"post-op wound red/oozing with fever, current")

m("en", U, "Hb 52 - melaena",
"""Hi,
FBC just back on the gastro patient in side room 3 (Mr Wilf Jarvis): Hb 52 g/L, was 98 two days ago. He's passed another large black tarry stool and is pale and clammy, BP 90/55 lying.
Group and save sent. Need someone to see him now and decide on transfusion/scope.
Tom, Ward 6 nurse""",
"critical low Hb with active GI bleeding")

m("en", U, "Post-tonsillectomy bleed",
"""ENT on-call,

Girl, 9, Lily-Mae Cross, tonsillectomy 6 days ago at this hospital. Brought into children's ED spitting fresh red blood for 20 min, clots in the bowl, tachycardic 140. Ice-cold water not stopping it.

Please attend paeds ED now.
Paeds ED Nurse Coordinator""",
"active bleeding post-op child")

m("en", U, "Day unit - reaction during iron infusion",
"""Medical emergency team / on-call reg

Patient in chair 5 on Ambulatory Care (Mrs Sunita Rao) developed lip and tongue swelling, widespread hives and wheeze 5 minutes into her ferric carboxymaltose infusion. BP 78/40, SpO2 89%. Infusion stopped, IM adrenaline 0.5 mg given at 10:48, second dose being drawn up.

Please attend now. 2222 also called.

Ambulatory Care Unit, Nurse in charge""",
"anaphylaxis happening now on day unit")

m("en", U, "seizure ongoing ward 10",
"""Bed 7, ward 10 - seizing for 6 minutes, generalised tonic-clonic, buccal midazolam 10mg given 2 mins ago, still fitting. sats 85%. on oxygen. please come NOW, crash team called""",
"status epilepticus on ward, very short")

m("en", U, "Health visitor - baby 6 weeks temp 38.9",
"""Dear Dr Patel,

At my new birth follow-up visit today, baby Oscar Lane (6 weeks) has a temperature of 38.9 on two readings, is floppy, feeding poorly since this morning and has a mottled look to his legs. Mum thought it was from his vaccinations but he hasn't had them yet.

I have told the parents to take him to the children's ED straight away and am emailing you for his record. I'm happy to call.

Kind regards,
Jenny Fairbrother, Health Visitor""",
"high fever in infant now, health visitor")

m("en", U, "New facial droop - Rehab ward 2",
"""Stroke thrombolysis bleep holder,

Mr Albert Kerr, 74, on Rehab ward 2 for knee rehab. At 11:40 the physio noticed new left facial droop, slurred speech and left arm drift. Last known well at 10:30 (ate breakfast normally, chatting). BM 7.4. BP 182/96.

FAST positive. Please attend ward now - do we need CT straight away? Notes at the bedside.

Rehab ward 2, Nurse in Charge""",
"stroke signs now, rehab ward")

m("en", U, "Troponin rise - bed 18 CCU",
"""Dear Dr Odum,

High-sensitivity troponin I on Mrs Barbara Quinn (MRN 20984416):
0h: 12 ng/L
3h: 2,410 ng/L
She is complaining of ongoing chest tightness now at the bedside according to the ward, ECG just repeated (new T wave inversion V1-V4).

Phoned to CCU nurse in charge. Please action.

Blood Sciences, Duty Biomedical Scientist""",
"lab critical troponin rise with current chest tightness")

m("en", U, "Critical sodium 112",
"""Critical value (telephoned and emailed)

Patient: Mr Roy Ashby, ward 11 bed 3
Na+ 112 mmol/L (previous 129 yesterday)
The ward report he has become drowsy and had a brief episode of jerking about 10 minutes ago.

Please review urgently.
Clinical Biochemistry""",
"critical sodium with drowsiness and possible seizure")

m("en", U, "Anticoag clinic - INR 11.2, bleeding",
"""Hi GP team,

Mrs Moira Doyle (DOB 23/03/1949) attended for her INR check. INR 11.2 on point-of-care, repeated 10.8. She has blood in her urine since yesterday and her gums are bleeding now, several large bruises. She is pale and dizzy.

We have advised immediate ED attendance for reversal and she has gone by taxi with her husband. Please be aware, her warfarin is on hold.

Anticoagulation Clinic, Pharmacy Dept""",
"critical INR with active bleeding")

m("en", U, "Paracetamol overdose - ED",
"""For medical take

Triage: 19F, Chloe Brennan, reports taking approx 40 x 500 mg paracetamol 4 hours ago with vodka, following argument. Says she "wanted it all to stop". Nausea, no vomiting. Obs stable currently.

4-hour level being sent now. Please prioritise review and start NAC if level above line. Psych liaison aware.

ED Triage Nurse""",
"overdose current, ED triage message")

m("en", U, "Room 6 - vomiting brown stuff",
"""Hello Dr, it's Maria at Elmwood Nursing Home.

Mr Stanley Cope in room 6 has vomited twice in the past hour, it's dark brown like coffee grounds, a large amount. He is very pale, clammy and his pulse is 120, BP 88/50. He is on aspirin and naproxen.

We've rung 999 but the wait is long, can you advise or come out? Our number 01632 960 772.""",
"care home: coffee-ground vomiting with shock signs")

m("en", U, "Physio - desat on mobilising, ?PE",
"""To the orthopaedic SHO

Patient bed 21 (Mrs June Ferris, day 4 post TKR) desaturated to 82% on room air when I stood her up, now 90% on 6L. Pleuritic chest pain on the right, HR 124, RR 30. She's sitting back in bed and anxious.

I'm staying with her; nursing staff are doing a full set of obs and ECG. Could you attend now please.

Owen, Inpatient Physiotherapy""",
"physio reports acute desaturation, chest pain now")

m("en", U, "Custody suite - head injury, vomiting",
"""To: Forensic medical examiner / on-call ED

Detainee brought in 2 hours ago following an altercation, struck head on kerb. Over the last 30 min he has vomited twice, is increasingly drowsy and difficult to rouse, confused to place. Pupils equal but sluggish.

Ambulance requested. Please advise on anything further before transfer.

Custody Healthcare Practitioner, Central Police Station""",
"head injury with vomiting/drowsiness, custody nurse")

m("en", U, "Post-ERCP - severe pain bed 2 endoscopy recovery",
"""GI reg,

Mr Keith Rowe, ERCP with sphincterotomy this morning. In recovery for 40 min, now severe abdominal pain 10/10 radiating to back, abdomen rigid, HR 115, BP 100/60. Amylase sent.

Could you please come down now. He's still in bay 2 of endoscopy recovery.

Endoscopy recovery nurse""",
"severe abdominal pain post-procedure")

m("en", U, "URGENT - CXR ward 15: tension pneumothorax",
"""Dear ward 15 doctors,

The portable chest X-ray taken 10 minutes ago on Mr Harold Finch (bed 8) shows a large right pneumothorax with mediastinal shift to the left and flattening of the right hemidiaphragm, consistent with tension.

Please attend the patient immediately. I have tried bleep 304 twice.

Dr L. Adebayo, Consultant Radiologist""",
"radiology acute finding, needs immediate attention")

m("en", U, "Neutropenic - temp 38.5",
"""Acute oncology team,

FBC for Ms Grace Thornton (day 10 post cycle 2 FEC-T, MRN 61027733): neutrophils 0.1 x10^9/L. She has phoned the chemo hotline reporting temp 38.5 and rigors since an hour ago, feels faint.

Advised to come in to the assessment unit now; ETA 40 min by hospital transport. Please have neutropenic sepsis pathway ready - antibiotics within 1 hour of arrival.

Chemotherapy Day Unit Nurse""",
"critical neutropenia with fever, sepsis risk")

m("en", U, "Home visit - patient very breathless, blue lips",
"""Dr Shah,

I'm at Mr Arthur Moss's house for his leg dressing. He is breathless at rest, cannot finish a sentence, lips look bluish, sats 81% on his finger probe, RR 36. He says it came on over the last couple of hours. Known COPD but he's never been like this with me.

Ambulance called (999) - I'll stay until they arrive. Just letting the practice know.

Hannah, District Nurse team""",
"community nurse, breathing difficulty now")

m("en", U, "Labour ward - hypotension after top-up",
"""Anaesthetist on call,

Room 4 labour ward: after epidural top-up at 03:10, Mrs Lucy Palmer's BP has dropped to 70/40, she is nauseous and says her hands feel tingly. Fetal HR 90 for 3 min. Left lateral, fluids running, phenylephrine given x1.

Please attend immediately.
Midwife in charge""",
"hypotension now, labour ward")

m("en", U, "Re: Re: discharge Thursday?",
"""Not going anywhere I'm afraid - he's just had a large haematemesis in the bathroom, roughly 500 ml of fresh red blood, BP now 92/60 (was 140/80), HR 115. Two cannulas in, bloods sent, on-call GI reg bleeped.

Please hold the bed request and can someone from your team come up now?

Ward 3 CN

> From: Discharge Coordinator
> Can Mr Pickering go home Thursday? Transport needs to be booked by 2pm tomorrow.""",
"quoted routine thread, current haematemesis on top")

m("en", U, "Took wife's methotrexate daily - now unwell",
"""Community pharmacy - urgent clinical concern

Mr Eric Pennington came into the pharmacy today. During a medicines check we found he has been taking his wife's methotrexate 10 mg tablets every day for about 10 days, thinking they were his folic acid. He now has mouth ulcers, a sore throat and says he is feverish. He looks unwell.

We've called his GP surgery and advised A&E now. Sending this to the GP mailbox so it's documented.

Pharmacist, HighStreet Pharmacy""",
"pharmacist: accidental overdose/toxicity, unwell now")

m("en", U, "Recovery - stridor post thyroidectomy",
"""ENT/anaesthetics,

Recovery bay 1 - Ms Abigail Mercer, 45 minutes post total thyroidectomy. New stridor, neck swelling increasing under the dressing, SpO2 dropping to 90% on face mask. Suspect haematoma.

Clip removal kit at bedside. Need surgeon and anaesthetist NOW.""",
"post-op airway compromise now")

m("en", U, "Weekly update from Laburnum House + Mr Briggs",
"""Dear Dr Whitaker,

Sorry this is a long one, I've been saving things up for the weekly email.

1. Mrs Eileen Shaw (room 2) - her daughter has asked again about the memory clinic appointment, she says the letter never arrived. Could the surgery chase?
2. Mr Colin Marsh (room 5) - the pharmacy have sent paracetamol 500 mg instead of the soluble ones, he can't swallow the big tablets. Can a new prescription be sent?
3. Mrs Betty Rowe (room 11) - the district nurse says her heel is healing nicely, no concerns there.
4. We've had an invoice from the chiropodist for residents who are NHS funded - do you know who we should forward it to?
5. Flu jabs - 3 residents still outstanding, their families have now consented.
6. Our fire drill is next Tuesday morning so the front door will alarm, just so the GP on visit isn't alarmed too!

Also, and I should have put this first really - Mr Harold Briggs (room 8) has had chest pain since about 20 minutes ago, he's holding his chest and says it feels like a tight band going down his left arm. He's grey, sweating and his blood pressure is 94/60, pulse irregular at 110. He has never had this before. I've given him his aspirin as per the homely remedies list and we've rung 999, they are on the way. I'm going back to sit with him now. His son is aware.

Please ring me on 01632 960 233 if you need anything else.

Many thanks,
Julie Harker
Registered Manager, Laburnum House""",
"long rambling routine list, current chest pain buried near end")

m("en", U, "PPH theatre 2",
"""Obstetric consultant on call

Mrs Aisha Karim, post LSCS, now in theatre 2 recovery: ongoing PPH, estimated blood loss 1.8 L and still bleeding, uterus boggy despite oxytocin and ergometrine. HR 135, BP 78/42. Major haemorrhage protocol activated.

Please attend now.
Theatre coordinator""",
"active severe bleeding post delivery")

m("en", U, "Outreach now - bed 22",
"""Bed 22 ward 8 (Mr Ian Forsyth): SpO2 84% on 15L NRB, RR 34, HR 128. NEWS2 11. Outreach please. NOW.""",
"very short, desaturation now")

m("en", U, "Acute oncology - new leg weakness + retention",
"""Hi team,

Phone triage: Mr Raymond Steel, known prostate cancer with spinal mets. Since this morning both legs weak, can't stand, numbness from the waist down and hasn't passed urine since last night.

Suspected metastatic cord compression. Ambulance arranged to bring him to ED now; please arrange whole spine MRI on arrival and dexamethasone per MSCC pathway.

Acute Oncology Nurse Specialist""",
"acute limb weakness, cord compression suspected now")

m("en", U, "Room 9 BM LO - not responding",
"""Dr, Mrs Dorothy Kemp room 9, type 1 diabetic, glucometer reads LO, she is sweaty and not responding to voice, only groans to pain. We gave glucogel into cheek, glucagon not in date. 999 called. Please advise. Oakfield Care Home 01632 960 155""",
"care home severe hypoglycaemia, unresponsive")

m("en", U, "Ambulance handover - child ingestion",
"""To Paeds ED

3-year-old boy, Ethan Morris, found with grandmother's amlodipine 10 mg blister, up to 8 tablets missing, approx 1 hour ago. Currently drowsy, HR 150, BP 70/40 at scene. Transporting, ETA 8 minutes.

Please alert toxicology/Toxbase.
Crew 2231""",
"ambulance: child poisoning in transit")

m("en", U, "CT abdomen - free air",
"""Dear Surgical On-Call,

CT abdomen/pelvis for Mr Neville Ward (ward 12 bed 6) shows a large volume of free intraperitoneal gas and free fluid, consistent with visceral perforation (likely duodenal). Findings discussed with the requesting FY1 but I'm concerned the surgical team is not yet aware.

Please review him now.
Radiology Reporting Room""",
"radiology acute perforation")

m("en", U, "Digoxin 5.1 and HR 38",
"""Critical drug level

Patient: Mrs Ethel Brown, ward 14
Digoxin level 5.1 ug/L (sample 6h post dose). Ward reports HR 38, vomiting, seeing yellow.
Please action urgently - consider Digifab.
Toxicology lab / Pharmacy on-call""",
"critical drug level with bradycardia")

m("en", U, "Fistula bleed - won't stop",
"""Renal SpR,

Patient in chair 3, Mr Lamar Hughes - fistula needle site bleeding heavily after needles removed, pressure applied for 20 min, soaked through 3 pads, still pulsatile. BP 95/50.

Please come now.
Haemodialysis unit""",
"severe bleeding now, dialysis unit")

m("en", U, "Postnatal - severe headache BP 170/105 (GP referral)",
"""Dear Obstetric Registrar,

I am referring Mrs Harriet Sloane, 3 days postnatal (vaginal delivery at your unit). She presented to me this afternoon with a severe headache, blurred vision and swollen face and hands. BP 170/105 and 168/108, proteinuria 2+.

I am concerned about postpartum pre-eclampsia. She is travelling to your maternity assessment unit now with her partner.

Dr Ravi Kumar, GP, Mill Lane Surgery""",
"GP urgent referral, current postpartum pre-eclampsia")

m("en", U, "Colleague collapsed in Estates office",
"""Occupational Health / Emergency Dept,

One of our estates staff, Gary Timms (52), collapsed at his desk about 5 minutes ago. He has come round but is grey, sweating, says his chest feels heavy and crushed. The first aider is with him. We have called 2222 for the site team, please also be aware in ED.

Estates Helpdesk""",
"staff member collapse with chest pain now")

m("en", U, "HDU - GCS dropped",
"""Neurosurgery registrar

HDU bed 2 (Mr Craig Dunn, day 1 post evacuation of EDH): GCS dropped from 14 to 9 over 20 minutes, right pupil 6 mm unreactive, BP 190/80, HR 52. Has vomited once.

Need you at the bedside now.
HDU nurse""",
"GCS drop with Cushing signs")

m("en", U, "fyi amb coming - pt with seizure still postictal",
"""Hi ED, GP practice here (Dr Linwood). Pt Mr Kofi Asante, 31, no epilepsy history, had a tonic-clonic seizure in our waiting room 15 min ago lasting ~3 min, bit tongue. Now a second one started 2 min ago while we were waiting, oxygen on, timing it. Ambulance on way. Will send summary with crew.""",
"GP reporting ongoing seizures now")
# ---------------------------------------------------------------- FR urgent
m("fr", U, "Valeur critique - kaliémie",
"""Laboratoire de biologie médicale - Résultat critique

Patient : M. LEBRUN Gérard, né le 12/03/1944, IPP 2041887, néphrologie ch. 212
Kaliémie : 7,2 mmol/L (N : 3,5-5,0), prélèvement de 08h15, non hémolysé, contrôlé sur second tube.
Créatinine 584 µmol/L.

Appel du service à 08h52 sans réponse. Merci de prendre en charge immédiatement.
Biologiste de garde : Dr C. Vasseur, poste 5521""",
"labo valeur critique kaliémie 7,2")

m("fr", U, "Résidente retrouvée au sol - ne répond plus",
"""Bonjour Docteur,

Je vous écris en parallèle de notre appel au cabinet. Mme Paulette Girard (née le 04/07/1932), chambre 23, a été retrouvée au sol par l'aide-soignante à 6h40. Elle ne répond plus, ni à la voix ni à la stimulation, respiration ronflante. Glycémie capillaire 5,8.

Le 15 a été appelé, le SMUR est en route. Sa fille ne répond pas au téléphone.

Merci de nous rappeler au 03 21 45 67 89.
Sylvie Marchand, IDE coordinatrice - EHPAD Les Tilleuls""",
"EHPAD résidente au sol inconsciente, maintenant")

m("fr", U, "NEWS 9 gériatrie ch 31",
"""Interne de garde,

Mme Simone Chauvin, 91 ans, ch. 31 : score NEWS à 9 sur la dernière surveillance de 22h. T 35,1, FC 42, PA 84/40, FR 24, SpO2 91 % AA. Elle est marbrée jusqu'aux genoux et ne répond que par des grognements alors qu'elle parlait au dîner.

ECG fait, je le pose sur le bureau. Merci de monter tout de suite.
Aurélie, IDE""",
"IDE: NEWS élevé, bradycardie, hypotension, altération de conscience")

m("fr", U, "box 3",
"""le patient du box 3 ne repond plus, respiration tres lente, pupilles en myosis. on a mis l'O2. venez vite svp on a lancé l'appel urgence vitale""",
"très court, patient inconscient maintenant")

m("fr", U, "Téléradiologie - hématome intraparenchymateux",
"""Compte rendu téléradiologie de nuit - à transmettre sans délai

Patient : M. Jean-Claude Hamon, urgences CH de Saint-Omer
Scanner cérébral : hématome intraparenchymateux capsulo-lenticulaire gauche de 45 ml avec inondation ventriculaire et début d'hydrocéphalie.

Le demandeur indique une aphasie et une hémiplégie droite apparues il y a 1 h 30. Neurochirurgie et neurologie à contacter en urgence.

Dr P. Lacroix, téléradiologue""",
"téléradiologie hémorragie cérébrale aiguë")

m("fr", U, "SMUR - ACR récupéré en route vers coro",
"""Message régulation SAMU vers cardiologie interventionnelle

Homme 47 ans, arrêt cardiaque devant témoin au stade il y a 35 min, massage par un témoin puis DAE (2 chocs), RACS après 12 min. Intubé ventilé, PA 90/55 sous noradrénaline. ECG post-RACS : sus-décalage ST inférieur.

Arrivée estimée 20 min. Merci de préparer la salle de coronarographie.
Médecin régulateur""",
"SAMU pré-alerte arrêt récupéré")

m("fr", U, "Re: Re: transport VSL pour jeudi",
"""Bonjour,

Annulez le VSL svp : M. Ferreira vient de faire un malaise avec perte de connaissance dans le couloir, environ 1 min, il est revenu à lui mais il est toujours pâle, TA 76/40, FC 38. Interne prévenu, chariot d'urgence au lit, ECG en cours.

Quelqu'un de cardio peut passer maintenant ?

IDE médecine polyvalente

> Le VSL est réservé jeudi 9h pour M. Ferreira, merci de confirmer.
> Bureau des transports""",
"fil logistique, syncope avec bradycardie en cours")

m("fr", U, "Enfant dérivé - céphalées vomissements somnolence",
"""Neurochirurgien de garde,

Emma Carré, 7 ans, porteuse d'une dérivation ventriculo-péritonéale. Arrivée aux urgences pédiatriques : céphalées depuis ce matin, 4 vomissements, et depuis une heure elle est très somnolente, difficile à réveiller. FC 58.

Suspicion de dysfonction de valve. Scanner demandé, merci de venir maintenant.
Interne de pédiatrie""",
"enfant dérivée, hypertension intracrânienne aiguë")

m("fr", U, "Drain - 800 ml de sang post néphrectomie",
"""Bonjour,

M. Lionel Brunet, néphrectomie partielle ce matin, ch. 5 d'urologie : le drain a ramené 800 ml de sang rouge en 1 h, PA 82/48, FC 130, pâleur, il dit qu'il se sent partir. Hb capillaire 7,1.

Remplissage en route, culots commandés. Il faut un urologue maintenant, le chef est-il joignable ?
IDE d'urologie""",
"saignement actif post-op avec choc")

m("fr", U, "Erreur morphine - patient bradypnéique",
"""À l'interne de garde et à l'IDE du 4A
Copie : pharmacovigilance

M. Serge Poulain (IPP 5510932) a reçu 100 mg de morphine en PSE sur 1 h au lieu de 10 mg (erreur de dilution découverte à l'instant). FR 6/min, myosis serré, SpO2 84 %, il ne réagit presque plus.

PSE arrêté. Naloxone à faire maintenant selon protocole, merci de venir.
Pharmacien clinicien, poste 7712""",
"pharmacien: surdosage opioïde avec détresse")

m("fr", U, "Visite à domicile 36 SA - TA 162/110",
"""Bonjour à l'équipe des urgences obstétricales,

Sage-femme libérale, je suis chez Mme Anaïs Robin, 36 SA, primipare. TA 162/110 puis 165/108, céphalées frontales depuis ce matin, mouches devant les yeux, douleur en barre sous les côtes. Bandelette : protéines ++.

Je l'envoie chez vous maintenant, son conjoint la conduit. Arrivée dans 30 min.
Claire Dumont, SF libérale, 06 45 78 12 90""",
"sage-femme libérale: prééclampsie actuelle")

m("fr", U, "LCR - diplocoques au direct",
"""Résultat urgent microbiologie

Patient : Thibault Masson, 19 ans, UHCD
LCR : liquide trouble, 3 200 éléments/mm³ (90 % PNN), protéinorachie 2,8 g/L, glycorachie effondrée. Examen direct : diplocoques Gram négatif.

Méningite bactérienne probable à méningocoque. Antibiothérapie immédiate si non débutée, et mesures de prophylaxie pour l'entourage.
Dr N. Garnier, microbiologiste de garde""",
"microbiologie résultat critique méningite")

m("fr", U, "Cabinet dentaire - réaction après anesthésie",
"""Aux urgences,

Cabinet dentaire du Dr Chabert. Notre patiente Mme Rose Legrand, 52 ans, a fait il y a 10 minutes une réaction juste après l'anesthésie locale : gonflement du visage et de la gorge, voix rauque, difficulté à respirer, plaques rouges partout. Nous avons fait l'adrénaline de la trousse d'urgence, le SAMU est appelé et arrive.

Nous vous envoyons le nom des produits utilisés. Merci.""",
"dentiste: anaphylaxie en cours")

m("fr", U, "CMP - patient dit avoir pris ses traitements",
"""Au psychiatre de garde et aux urgences,

M. Arnaud Devaux, suivi au CMP, vient d'appeler l'accueil : il dit avoir avalé ses deux boîtes de Tercian et de la Lamaline il y a une demi-heure « pour en finir », voix pâteuse. Il est seul chez lui, 14 rue des Acacias.

Le 15 a été prévenu et se rend sur place. Nous l'envoyons chez vous. Dossier disponible sur demande.
IDE du CMP Nord""",
"intoxication volontaire et idées suicidaires, maintenant")

m("fr", U, "Infirmerie collège - crise d'asthme sévère",
"""Bonjour,

Infirmière scolaire du collège Jean Moulin. Une élève de 4e, Jade Lemoine, fait une crise d'asthme qui ne cède pas : 3 bouffées de Ventoline x2 sans effet, elle ne peut plus parler, tirage, lèvres grises, sat 87 % au saturomètre. Le 15 est appelé, les parents prévenus.

Je vous envoie sa fiche PAI pour l'arrivée aux urgences.""",
"infirmière scolaire: détresse respiratoire maintenant")

m("fr", U, "Points de la semaine - EHPAD Les Charmes",
"""Bonjour Docteur,

Voici les points de la semaine, désolée c'est un peu long.

- Mme Jeanne Colas (ch. 3) : la kiné demande une nouvelle prescription de 20 séances, l'ancienne est terminée.
- M. René Dubois (ch. 7) : sa fille voudrait un rendez-vous avec vous pour parler de l'entrée en unité protégée, elle est disponible le mercredi.
- Mme Simone Lefort (ch. 10) : le pansement du talon évolue bien, l'IDE ne voit pas de signe d'infection.
- Nous avons reçu la facture du transport de M. Gilles pour sa consultation d'ophtalmo, elle est au nom de l'EHPAD, est-ce normal ?
- La pharmacie signale une rupture de Movicol, ils proposent le Forlax à la place, est-ce que ça vous va ?
- Rappel : exercice incendie jeudi matin, l'alarme sonnera vers 10h.

Et surtout - j'aurais dû commencer par là - Mme Marie-Louise Peyrat (ch. 14) ne parle plus correctement depuis environ 30 minutes, sa bouche est tordue du côté droit et elle ne peut plus lever le bras droit. Elle allait très bien au petit-déjeuner à 8h. Dextro 1,05. Tension 178/95. Nous avons appelé le 15, ils envoient une ambulance. Je reste à côté d'elle.

Vous pouvez me joindre au 03 27 55 18 40.

Bien cordialement,
Nathalie Vasseur, IDE coordinatrice, EHPAD Les Charmes""",
"long message de routine, signes d'AVC actuels enfouis")

m("fr", U, "Re: planning des congés / et lit 12",
"""Bonjour Sandrine,

Pour les congés ça me va, je prends la semaine 32.

Par contre, autre sujet urgent : le monsieur du lit 12 se plaint depuis 20 min d'une douleur qui serre dans la poitrine, en sueurs, l'ECG que je viens de faire a l'air modifié. L'interne ne répond pas au bip. Tu peux faire appeler le cardiologue de garde ? Je reste avec lui.

Marion""",
"urgence cachée derrière un mail de planning")

m("fr", U, "PRADO - cicatrice de césarienne",
"""Bonjour,

Visite PRADO chez Mme Chloé Meyer, J6 de césarienne. La cicatrice est désunie sur 3 cm avec du pus, le pourtour est rouge et chaud. 39,4 °C, frissons, FC 120. Elle dit avoir très mal au ventre depuis hier.

Je l'ai envoyée aux urgences gynéco tout de suite, merci de l'attendre.
Sage-femme libérale""",
"post-op: cicatrice infectée avec fièvre")

m("fr", U, "HAD - rectorragies abondantes",
"""Médecin coordonnateur HAD / gastro de garde,

Chez M. André Vincent (HAD, sous Xarelto) : rectorragies de sang rouge abondantes depuis 1 h, trois épisodes, il est pâle, TA 90/55 couché, 70 assis avec malaise. 

Nous avons appelé le 15 pour transfert. Prévenir le service d'accueil svp.
IDE HAD secteur Sud""",
"saignement digestif actif avec hypotension")

m("fr", U, "Épistaxis qui ne s'arrête pas",
"""ORL de garde,

Urgences box 9 : M. Pierre Jacob, 79 ans, sous Kardegic + Plavix, épistaxis bilatérale depuis 50 minutes malgré compression et méchage antérieur. Il saigne dans la gorge, recrache des caillots, TA 105/60 (170 à l'arrivée), FC 115.

Merci de venir maintenant.
IOA""",
"saignement actif sévère")

m("fr", U, "Imagerie - réaction au produit de contraste",
"""Médecin d'urgence vitale,

Salle de scanner 2 : M. Gilbert Prévost vient de réagir à l'injection d'iode : bronchospasme, œdème des paupières, PA 70/35. Adrénaline IM faite, O2, remplissage. Le radiologue est avec lui.

Merci de venir immédiatement au scanner niveau -1.
Manipulatrice radio""",
"anaphylaxie au produit de contraste en cours")

m("fr", U, "Crèche - convulsion qui dure",
"""SAMU appelé - copie au pédiatre traitant

Hugo Renaud (18 mois) convulse depuis 6 minutes à la crèche, il était chaud ce matin (38,9). Il ne répond pas, les bras et les jambes secouent. Nous l'avons mis sur le côté.

La maman arrive. Nous vous tenons au courant.
Crèche municipale Les Lucioles""",
"crèche: convulsion en cours")

m("fr", U, "SOS Médecins - nourrisson 7 semaines fébrile",
"""Cher confrère pédiatre de garde,

Je vous adresse en urgence Gabriel Leroy, 7 semaines, vu à domicile : fièvre à 38,8 °C depuis 4 h, geignard, refuse les biberons, TRC à 4 secondes, fontanelle normotendue.

Nourrisson de moins de 3 mois fébrile : les parents partent maintenant vers vos urgences. 

Dr M. Guérin, SOS Médecins""",
"fièvre chez un nourrisson de moins de 3 mois")

m("fr", U, "Consultation ophtalmo - patiente qui ne trouve plus ses mots",
"""Aux urgences neuro-vasculaires,

Orthoptiste en consultation d'ophtalmologie : pendant le bilan, Mme Germaine Royer, 71 ans, ne trouve plus ses mots depuis 10 minutes, sa bouche est déviée à droite et elle laisse tomber ce qu'elle tient dans la main droite. Elle était normale à son arrivée à 14h20.

Nous l'avons allongée. Qui vient la chercher ? Consultations externes, bâtiment C, 2e étage.""",
"signes d'AVC maintenant en consultation")

m("fr", U, "Angioscanner - EP bilatérale avec retentissement",
"""Compte rendu urgent

Mme Patricia Aubry, ch. 16 d'orthopédie : embolie pulmonaire bilatérale proximale avec thrombus à cheval sur la bifurcation, dilatation du VD (rapport VD/VG 1,4).

Le service signale une patiente très dyspnéique, PA 92/60. Appelé l'interne, merci de la prendre en charge sans délai.
Service d'imagerie""",
"radiologie: embolie pulmonaire grave")

m("fr", U, "Calcémie 3,8 mmol/L",
"""Résultat critique (téléphoné et envoyé par mail)

M. Roland Picard, oncologie lit 3
Calcémie corrigée 3,8 mmol/L
Le service signale une somnolence, des vomissements et une confusion depuis ce matin.

Merci de traiter en urgence.
Biochimie""",
"hypercalcémie critique symptomatique")

m("fr", U, "Plaquettes 6 G/L - purpura",
"""Laboratoire Saint-Jean

Mme Monique Durand (née le 17/01/1947), prélevée ce matin à domicile : plaquettes 6 G/L (240 il y a 1 mois), contrôlé sur tube citraté. L'IDE signale des pétéchies sur tout le corps, des bulles hémorragiques dans la bouche et des gencives qui saignent.

Nous avons prévenu son médecin sans réponse. Merci de la faire venir immédiatement.""",
"valeur critique thrombopénie avec saignements")

m("fr", U, "Intoxication au CO - famille de 4",
"""Pompiers - bilan transmis au SAU

Appartement 3e étage, chaudière défectueuse : famille de 4 personnes. Le père et la mère ont céphalées et vomissements, l'enfant de 6 ans est somnolent et difficile à réveiller. CO mesuré à 380 ppm dans le logement. O2 au masque haute concentration pour tous.

Transport vers vos urgences, arrivée 15 min. Caisson hyperbare à discuter.
VSAV 1, CIS Centre""",
"pompiers: intoxication CO en cours")

m("fr", U, "EHPAD - fausse route, s'étouffe",
"""Docteur, urgent

M. Gaston Morin, ch. 2, a fait une fausse route au repas il y a 5 min, il tousse plus, il est violet et ne peut plus parler. On a fait les tapes dans le dos et Heimlich, un morceau est sorti mais il respire très mal, sat 78 %.

Le 15 est en ligne. EHPAD Les Glycines""",
"EHPAD: obstruction des voies aériennes en cours")

m("fr", U, "IRM - patient effondré sur la table",
"""Au médecin d'urgence vitale

IRM 1, rez-de-chaussée : M. Denis Lopez s'est effondré pendant l'installation, il ne répond plus, respiration irrégulière. Sorti de la salle, MCE non débuté car pouls présent, faible. Chariot d'urgence apporté.

Venez maintenant.
Manipulateur IRM""",
"collapse maintenant en imagerie")

m("fr", U, "Maison d'arrêt - automutilation",
"""Unité sanitaire de la maison d'arrêt vers SAU

Détenu M. Y., 26 ans, s'est entaillé les deux avant-bras avec une lame de rasoir il y a 15 min. Saignement important du poignet gauche, pansement compressif traversé, il est pâle. Il dit qu'il recommencera.

Extraction médicale en cours. Merci de prévoir chirurgie de la main et psychiatrie.
IDE de l'USMP""",
"automutilation avec saignement important")

m("fr", U, "Consultation gynéco - malaise, grossesse extra-utérine ?",
"""Interne de gynéco,

Mme Laetitia Noël, 28 ans, venue pour saignements : bêta-hCG positif ce matin en ville. Depuis 20 min en salle d'attente, douleur abdominale très intense à droite, malaise, pâle, PA 85/50, FC 122. Écho non faite.

Suspicion de GEU rompue. Venez maintenant salle 3.
Sage-femme de consultation""",
"douleur abdominale sévère avec choc")

m("fr", U, "Scanner - dissection aortique type A",
"""URGENT - compte rendu préliminaire

M. Alain Caron, urgences box 11 : angioscanner thoracique : dissection aortique type A débutant à la racine, s'étendant jusqu'aux iliaques, épanchement péricardique de 12 mm.

Chirurgie cardiaque à prévenir immédiatement. Le patient est toujours douloureux, PA asymétrique.
Dr R. Vial, radiologue""",
"radiologie: dissection aortique")

m("fr", U, "Purpura qui s'étend - enfant fébrile",
"""Au pédiatre de garde,

Cabinet médical de Villeneuve : Lina Rousseau, 4 ans, fièvre 39,8 depuis ce matin. Depuis 1 h apparition de taches violacées sur les jambes qui ne s'effacent pas à la vitropression et qui s'étendent. Elle est abattue, mains froides.

Ceftriaxone IM faite au cabinet, SAMU en route. Merci de l'attendre.
Dr B. Morel""",
"purpura fébrile de l'enfant, urgence")

m("fr", U, "HAD - OAP",
"""Médecin coordonnateur,

Chez Mme Josette Roux (insuffisante cardiaque) : dyspnée brutale depuis 1 h, ne peut pas s'allonger, crachats mousseux rosés, râles crépitants jusqu'aux sommets, sat 82 %, TA 190/100.

Furosémide IV fait selon prescription anticipée, le 15 est appelé. Je reste sur place.
IDE HAD""",
"détresse respiratoire OAP à domicile")

m("fr", U, "Suites de couches - dyspnée brutale",
"""Gynéco de garde,

Maternité ch. 208 : Mme Fanny Bailly, J1 d'une césarienne, dyspnée brutale il y a 15 min avec douleur thoracique gauche, FC 128, sat 89 % AA, angoissée.

ECG en cours, O2 posé. Suspicion d'embolie pulmonaire. Merci de venir maintenant.
Sage-femme de suites de couches""",
"post-partum: douleur thoracique et dyspnée maintenant")

m("fr", U, "Pharmacie - a pris 10 cp de colchicine",
"""Pharmacie du Marché - alerte

M. Robert Michel (72 ans) est revenu à la pharmacie : il a pris ce matin 10 comprimés de colchicine d'un coup « pour que la crise de goutte passe plus vite ». Depuis : vomissements, diarrhée profuse, il est faible et pâle.

Nous avons contacté le centre antipoison qui conseille les urgences immédiatement, son fils l'emmène. Copie à son médecin traitant.""",
"pharmacien: surdosage toxique en cours")

m("fr", U, "SSPI - hémiplégie au réveil endartériectomie",
"""Chirurgien vasculaire / neurologue de garde,

SSPI box 5 : M. Paul Masson, endartériectomie carotidienne gauche ce matin. Au réveil il y a 15 min : hémiplégie droite complète et aphasie, alors qu'il bougeait normalement en salle d'induction.

Merci de venir maintenant, le scanner est prévenu.
IADE SSPI""",
"signes d'AVC post-op")

m("fr", U, "HAD - frissons, TA 80/40, PICC rouge",
"""Médecin de l'HAD,

Mme Fabienne Leroux (antibiothérapie sur PICC line) : frissons intenses depuis 30 min, 40,1 °C, TA 80/40, FC 130, marbrures des genoux. Le point d'entrée du PICC est rouge et purulent.

Choc septique probable. Le 15 est appelé pour transfert, merci de prévenir le service.
IDE HAD""",
"choc septique à domicile")

m("fr", U, "Accouchement à domicile - hémorragie",
"""SMUR vers maternité niveau 3

Accouchement inopiné à domicile il y a 30 min, délivrance incomplète probable. Saignement abondant persistant, pertes estimées 1,5 L, utérus mou, FC 140, PA 80/45, patiente somnolente.

Massage utérin, Syntocinon, 2 VVP. Arrivée 12 min, prévenir l'équipe de salle de naissance et la banque du sang.
Médecin SMUR""",
"hémorragie du post-partum en cours")

m("fr", U, "Immunothérapie - dyspnée brutale sat 85",
"""Bonjour,

Appel de Mme Isabelle Poirier (J12 du 3e cycle de pembrolizumab) : dyspnée brutale depuis ce matin, toux sèche, sat 85 % à son oxymètre, 38,5. Elle ne peut pas monter 3 marches.

Nous lui avons dit d'appeler le 15, nous prévenons les urgences pour une prise en charge immédiate (pneumopathie immuno-induite ?).
IDE de coordination, oncologie""",
"détresse respiratoire sous immunothérapie")

m("fr", U, "Centre de loisirs - enfant diabétique ne répond plus",
"""Bonjour,

Je suis directeur du centre de loisirs. Nathan Fabre, 10 ans, diabétique type 1, est très pâle et en sueurs, il ne répond plus quand on lui parle. Son lecteur indique 0,38 g/L. On a fait le Baqsimi comme dans son PAI il y a 5 min.

Le SAMU est appelé. Je mets en copie le service de diabétologie qui le suit.""",
"hypoglycémie sévère chez un enfant, inconscient")

m("fr", U, "Bilan VSAV - chute d'un toit",
"""Aux urgences / déchocage

Homme 42 ans, chute d'un toit d'environ 6 m sur le dos il y a 25 min. GCS 9 (Y2 V2 M5), vomissements x2, otorragie gauche. PA 150/90, FC 60. Collier cervical posé.

Arrivée estimée 10 min.
Sapeurs-pompiers, VSAV 3""",
"traumatisme crânien grave en transit")

m("fr", U, "Lithémie 3,1 - confusion",
"""Dosage critique

Mme Ginette Marchal, psychiatrie unité B : lithémie 3,1 mmol/L (cible 0,6-0,8). L'équipe signale tremblements importants, confusion et diarrhées depuis hier, elle titube.

Merci de prendre en charge en urgence (néphrologue ?).
Laboratoire de pharmacologie""",
"dosage critique avec toxicité neurologique")

m("fr", U, "Hémoptysie massive ch 10 pneumo",
"""Interne de pneumo,

M. Bertrand Jolly, ch. 10 : hémoptysie de sang rouge environ 250 ml en 15 min, continue de cracher, SpO2 88 %, FC 115. Couché sur le côté droit.

Venez maintenant, le réanimateur est prévenu.
IDE pneumo""",
"hémoptysie massive en cours")

m("fr", U, "Adressage - défense abdominale, fièvre",
"""Cher confrère chirurgien,

Je vous adresse M. Quentin Perrier, 24 ans : douleur abdominale débutée en péri-ombilical hier, maintenant très intense dans tout l'abdomen, défense généralisée, 39,2 °C, il ne peut pas se redresser. Tachycarde à 120.

Suspicion de péritonite appendiculaire. Il part maintenant en ambulance.
Dr Laurent Besson, médecin généraliste""",
"MG: douleur abdominale sévère avec péritonite")

m("fr", U, "Hall d'accueil - visiteur effondré",
"""URGENCE - Accueil principal

Un visiteur (homme ~60 ans) s'est effondré dans le hall il y a 2 minutes, il ne respire pas normalement. Un agent a commencé le massage, le DAE est posé. Appel 2222 fait, merci à l'équipe d'urgence vitale de venir au hall A.

Agent d'accueil""",
"arrêt cardio-respiratoire probable maintenant")

m("fr", U, "Centre d'imagerie - céphalée brutale",
"""Aux urgences,

Centre d'imagerie des Lilas : Mme Nathalie Faure, 44 ans, venue pour une écho, a présenté en salle d'attente une céphalée brutale « la pire de sa vie », suivie de vomissements. Elle est confuse, la nuque raide.

Le SAMU l'emmène chez vous. Scanner cérébral à prévoir à l'arrivée.
Secrétariat médical""",
"céphalée brutale avec confusion, suspicion d'hémorragie méningée")

m("fr", U, "IDE ch 12 - patient somnolent après chute",
"""Interne de garde,

M. Roger Lemoine, 84 ans, ch. 12 gériatrie, sous Xarelto, a chuté dans la salle de bain il y a 40 min avec choc frontal. Il était bien au début mais maintenant il a vomi deux fois et il est très somnolent, ouvre les yeux seulement à la douleur.

Scanner à prévoir en urgence ? Venez l'examiner svp, je suis au lit.
IDE de nuit""",
"TC sous anticoagulant avec vomissements et somnolence")

m("fr", U, "",
"""urgent ch 17 ortho : pansement de hanche inondé de sang, redon plein en 30 min, mme Petit blanche comme un linge TA 85/50. interne pas joignable, qqn peut venir ?? - IDE 2e etage""",
"objet vide, saignement actif post-op maintenant")
# ---------------------------------------------------------------- EN appointment
m("en", A, "Referral accepted - Cardiology outpatient",
"""Dear Dr Whitmore,

Thank you for referring Mr Douglas Fraser (DOB 11/06/1955, NHS no. 943 476 5919). The referral has been triaged as routine by Dr Osei and an appointment has been booked:

General Cardiology Clinic, Outpatients B
Tuesday 14 May, 10:40

We note his history of inferior MI in 2022 with stent to RCA; he is currently asymptomatic per your letter. The patient has been sent a letter; please ask him to bring a list of current medications.

Outpatient Booking Centre""",
"booking confirmation to GP; historical MI trap")

m("en", A, "Pre-operative assessment appointment",
"""Dear Ms Adebayo,

You are on the waiting list for a laparoscopic hernia repair. Before surgery you need a pre-operative assessment:

Date: Wednesday 3 April, 13:15, Pre-op Assessment Unit, Level 2
Please allow up to 2 hours. Bring all your medicines.

Please complete the attached health questionnaire before you come. It asks, for example: Have you ever had a heart attack, angina or chest pain? Have you ever had a stroke or mini-stroke? Have you ever had a fit or seizure? Do you get short of breath climbing stairs?

If you cannot attend, call 0161 496 0732 so we can give the slot to someone else.

Surgical Admissions Team""",
"pre-op booking with form questions trap")

m("en", A, "MRI appointment offered",
"""Hello,

An MRI lumbar spine has been requested for Mr Keith Ogden by the spinal team. We can offer:

Saturday 9 March 08:20, MRI scanner 2 (main site)
or Tuesday 12 March 19:40

Please reply to confirm one slot. The safety checklist (pacemaker, metal fragments, previous surgery) will be completed on arrival.

MRI Bookings, Radiology""",
"radiology offering slots")

m("en", A, "Mrs Pritchard - ophthalmology appt 21st",
"""Hi,

We are Holly Bank Care Home. Our resident Mrs Gwen Pritchard has an eye clinic appointment on the 21st at 2:30 but the patient transport can't take her that day and we don't have a staff member to escort her. Could she be moved to the following week, ideally a morning?

Her hospital number is K0418830.

Thanks,
Tanya (admin)""",
"care home requesting reschedule")

m("en", A, "Transport booking confirmed - renal clinic",
"""Non-Emergency Patient Transport Service

Booking ref PTS-558201
Patient: Mr Alfred Nuttall
Pickup: 15 Orchard Way, 08:45, Thursday 6 June
Destination: Renal Outpatients, City Hospital - appointment 10:00
Mobility: wheelchair, 1 escort

Please advise us by 16:00 the day before if the appointment is cancelled or changed.""",
"transport for appointment confirmation")

m("en", A, "Dr Hallam clinic 17/04 cancelled - rebook list",
"""Hi team,

Dr Hallam's Wednesday clinic on 17 April is cancelled (study leave). 14 patients need rebooking, list attached. Priority: the 3 marked "2WW follow-up" must be seen within the month - please use Dr Igwe's spare slots on the 24th for those.

Patients have NOT been told yet, please send letters today and phone the ones without a postal address on file.

Thanks
Maureen, Medical Secretaries Office""",
"clinic cancellation, staff admin about rebooking")

m("en", A, "Your video consultation - Memory Clinic",
"""Dear Mr and Mrs Beaumont,

Your follow-up with the Memory Assessment Service will be by video:

Friday 22 March at 11:00
Link: https://attend.nhs.example/memory-clinic/waiting-room
Clinician: Dr S. Ward, Consultant Psychiatrist

Please join 5 minutes early with your daughter if she is able to attend. If the video fails, we will telephone you on the number we hold.

Memory Assessment Service""",
"teleconsultation booking")

m("en", A, "Interpreter needed - Polish, scan 12/02",
"""Hello Language Services,

Please can you book a Polish interpreter (face to face if possible, female preferred) for:
Mrs Agnieszka Nowak, anomaly scan, Fetal Medicine Unit, 12 Feb 09:30, approx 45 min.

Cost code MAT-221. Many thanks,
Antenatal Clinic reception""",
"interpreter booking for appointment")

m("en", A, "List change - Mr Ahmed moved to Thursday",
"""Hi all,

Mr Tariq Ahmed (laparoscopic cholecystectomy) is moved from Monday's list to Thursday AM list, theatre 5, Mr Carson. He has been phoned and agrees. Pre-op is valid until end of month, no repeat needed.

Admissions: please amend TCI to Thursday 07:00, Day Surgery Unit.

Thanks, Theatre Scheduling""",
"theatre list date change")

m("en", A, "DNA - Mr Kowalski dermatology",
"""Dear colleagues,

Our patient Mr Piotr Kowalski missed his dermatology appointment on 4 March - he tells us the letter went to his old address. He has now updated his details with us (new address 22 Carlton Road, mobile 07700 900 412).

Could he be offered a new appointment rather than being discharged back to us?

Kind regards,
Reception, Parkside Surgery""",
"GP surgery asking rebook after DNA")

m("en", A, "Colonoscopy booked - bowel prep",
"""Dear Mr Hughes,

Your colonoscopy is booked for Monday 18 March at 12:30, Endoscopy Unit, Ground Floor.

Your bowel preparation (Plenvu) will be posted to you with instructions. Start the low-fibre diet 2 days before. If you take iron tablets, stop them 7 days before. If you are diabetic or take blood thinners, please call us this week.

After the procedure, if you have heavy bleeding from the back passage or severe tummy pain, go to A&E; this is rare.

Endoscopy Booking Team, 0113 496 0021""",
"endoscopy booking with hypothetical warning signs trap")

m("en", A, "Virtual fracture clinic",
"""Dear Ms Tranter,

Your X-ray from the Emergency Department has been reviewed in our Virtual Fracture Clinic. You do not need to come back to fracture clinic; instead we have booked you a physiotherapy telephone appointment on 2 April between 9 and 11am.

Please keep using the wrist splint until then.

Trauma & Orthopaedics""",
"virtual clinic outcome = booking physio call")

m("en", A, "Reminder: hearing test tomorrow",
"""Audiology reminder: Ben Carter has an appointment tomorrow 10:15, Audiology Dept, ENT Outpatients. Please arrive 10 minutes early. To cancel reply CANCEL or call 0121 496 0557.""",
"short automated reminder")

m("en", A, "Sleep clinic - questionnaire before appointment",
"""Dear Mr Oakley,

Your first appointment in the Sleep Clinic is on 29 April at 14:00.

Before you come, please complete the enclosed Epworth Sleepiness Scale and sleep diary for 2 weeks, and ask your partner to complete the snoring questions. If you drive for a living, please bring your licence details.

Respiratory Sleep Service""",
"questionnaire before visit")

m("en", A, "Diabetic eye screening invitation",
"""Diabetic Eye Screening Programme

Dear Mrs Aziz,

You are due your annual eye screening. An appointment has been made:
Tuesday 7 May, 15:20, Westgate Health Centre

Eye drops will be used and may blur your vision for several hours - do not drive to your appointment.

To change your appointment, call 0300 555 0199.""",
"screening programme invitation")

m("en", A, "Occ Health appointment - staff member",
"""Dear Sister Adams,

Following your management referral, we have booked an Occupational Health appointment for Kelly Morgan (HCA, Ward 9):

Monday 11 March, 09:30, Occupational Health, Ash Building. Telephone appointment if preferred.

Please ensure she is released from the ward for 45 minutes.

Occupational Health Service""",
"occ health booking for staff")

m("en", A, "Cardiac rehab - starting your programme",
"""Dear Mr Hollis,

Following your heart attack and stent in January, you have been referred to the Cardiac Rehabilitation programme. Your initial assessment is booked for:

Thursday 28 March, 10:00, Cardiac Rehab Gym, Leisure Centre

Bring comfortable clothes, trainers and your GTN spray. If you have chest pain at rest or that does not settle with your spray, call 999 - do not wait for your appointment.

Cardiac Rehab Team""",
"booking after past MI with hypothetical warning; historical trap")

m("en", A, "Change to your appointment",
"""Dear Miss Jennings,

We are sorry to tell you that your Rheumatology appointment on 5 June has had to be changed. Your new appointment is:

Wednesday 12 June at 09:00, Rheumatology Outpatients, Clinic 3

If this is not convenient, please contact us on 0117 496 0288.

Outpatient Appointments""",
"institutional appointment change letter")

m("en", A, "6-week stroke review",
"""Dear Mr Grant,

Following your stroke in February and your stay on the stroke unit, we have booked your 6-week review in the TIA/Stroke Follow-up Clinic on 4 April at 11:30, Neurosciences Outpatients.

Please bring your blood pressure diary. Your wife is welcome to attend.

Stroke Specialist Nurses""",
"follow-up booking, historical stroke trap")

m("en", A, "Home visit reschedule - Mrs Field",
"""Hi,

Community physio here. I need to move Mrs Joan Field's home visit from Thursday to next Monday afternoon because of staff sickness. Could the care agency let her know, as she doesn't always answer her phone? Any time after 1pm Monday works.

Thanks, Darren (Community Therapy)""",
"rescheduling home visit")

m("en", A, "GA dental list - confirmation",
"""Dear Parent/Guardian of Mia Robson,

Mia's dental treatment under general anaesthetic is confirmed for Friday 15 March. Please arrive at 07:30, Children's Day Unit.

Nothing to eat after 02:30, clear fluids until 06:30. If Mia has a cough, cold or temperature in the 48 hours before, please ring us as the procedure may need to be rebooked.

Paediatric Dental Service""",
"GA procedure confirmation, fasting instructions")

m("en", A, "Epilepsy clinic - review booked",
"""Dear Dr Mahmood,

Re: Ellie Simmons, age 14

Thank you for letting us know about Ellie's breakthrough seizure at school last month, which you say was brief and self-limiting. We have brought forward her review in the Paediatric Epilepsy Clinic to 19 March, 16:00.

Please ask her parents to bring her seizure diary and any video of events.

Paediatric Neurology Secretaries""",
"booking brought forward, past seizure historical trap")

m("en", A, "can we squeeze Mrs Begum in Tuesday?",
"""Hi Linda,

Is there any chance we can squeeze Mrs Rukhsana Begum (K0772314) into Tuesday's clinic? She's the one whose biopsy result we're waiting on, Dr Frost wants to see her in person rather than send a letter. Double booking at the end is fine by him.

Cheers,
Sam (SpR)""",
"junior doctor asking secretary to add patient to clinic")

m("en", A, "RE: Mr Dale - appointment",
"""Hi Dr Frost,

Mr Vincent Dale has phoned to ask if his appointment on the 3rd can be moved, he is away. I can offer the 10th at 11:20 or the 17th at 09:40. Shall I go ahead with the 10th?

Linda

> Linda, please book Mr Dale for 4-6 weeks, routine. Thanks, RF""",
"secretary reschedule query with quoted instruction")

m("en", A, "Cancel transport PTS-561144",
"""Please cancel transport booking PTS-561144 for Mrs Irene Walsh on 14 May - her fracture clinic appointment has been moved to 21 May. A new booking request has been submitted for the 21st (same pickup, 10:15).

Thanks,
Fracture Clinic Reception""",
"transport cancellation linked to appointment move")

m("en", A, "Outpatient appt - escort required (HMP)",
"""To the Urology Outpatient Team

We have a patient currently in custody who has a urology outpatient appointment on 8 April (first appointment, ref 22-UR-0913). For security reasons we cannot disclose travel times in advance. Please confirm whether the appointment can be held in a side room and whether a morning slot is possible.

Healthcare Administration, HMP Hollowfield""",
"prison healthcare arranging appointment")

m("en", A, "Telephone pre-assessment call - Monday",
"""Hello Mr Lister,

This is to let you know a nurse from the Anaesthetic Pre-assessment team will telephone you on Monday 25 March between 2pm and 4pm. The call lasts about 30 minutes. We will ask about your health: for example whether you have ever had a stroke, heart problems, asthma or a problem with anaesthetic in the past.

Please have your medicine list ready.

Pre-assessment Team""",
"telephone pre-assessment booking, form questions trap")

m("en", A, "Echo appointment",
"""Dear Mrs Quigley,

Your echocardiogram (heart ultrasound) is booked for 16 April at 08:50, Cardiac Investigations, Level 1. It takes about 40 minutes. You can eat and drink normally.

While waiting for your test: if you develop chest pain, fainting, or severe breathlessness, call 999 or go to A&E.

Cardiac Investigations""",
"investigation booking with hypothetical red flags trap")

m("en", A, "Food challenge appointment - please bring adrenaline pens",
"""Dear Mr and Mrs Khan,

Zain is booked for a baked egg food challenge on the Children's Day Unit on 2 May at 08:30 (all day).

Because Zain had anaphylaxis to egg in 2021, the challenge is done under close supervision. Please bring both his adrenaline auto-injectors and his antihistamine. He must not have antihistamines for 5 days before. If he has had a wheeze or a cold in the week before, call us to rebook.

Paediatric Allergy Service""",
"allergy challenge booking; past anaphylaxis trap")

m("en", A, "re: ortho clinic",
"""Thursday 2pm fine, thanks.""",
"very short confirmation reply")

# ---------------------------------------------------------------- FR appointment
m("fr", A, "Convocation coronarographie programmée",
"""Madame, Monsieur,

Le Dr Ferrand a programmé votre coronarographie le mardi 9 avril. Vous êtes attendu à 7h15 à l'accueil de l'hôpital de jour de cardiologie, bâtiment Pasteur, 1er étage.

Merci de venir à jeun depuis minuit, avec votre carte Vitale, votre carte de mutuelle, votre dernière ordonnance et vos résultats de prise de sang (créatinine datant de moins d'un mois). Prévoyez un accompagnant pour le retour.

Secrétariat de cardiologie interventionnelle - 04 72 11 48 90""",
"convocation examen programmé")

m("fr", A, "RDV IRM - questionnaire de sécurité",
"""Bonjour,

Un rendez-vous d'IRM du genou droit vous est proposé le jeudi 14 mars à 20h10, site Nord.

Merci de remplir le questionnaire ci-joint et de le rapporter : êtes-vous porteur d'un pacemaker ou d'un défibrillateur ? d'un clip vasculaire ? avez-vous travaillé dans la métallurgie ? êtes-vous enceinte ?

En cas d'empêchement, prévenez-nous 48 h à l'avance.
Centre de rendez-vous d'imagerie""",
"RDV imagerie avec questionnaire")

m("fr", A, "Décaler la consultation dermato de Mme Fleury",
"""Bonjour,

Je suis l'IDEC de l'EHPAD Le Val Fleuri. Mme Jacqueline Fleury a un RDV en dermatologie le 18 à 14h, mais nous n'avons pas d'accompagnant ce jour-là et l'ambulance n'est pas disponible. Serait-il possible de le décaler la semaine suivante, plutôt le matin ?

Son IPP chez vous : 1187442.

Merci d'avance,
Céline Vidal, IDEC""",
"EHPAD demande report")

m("fr", A, "Prise en charge transport - séances de radiothérapie",
"""Ambulances Saint-Christophe

Bonjour,

Nous confirmons la prise en charge de M. Jacques Thomas en VSL pour ses séances de radiothérapie du 4 au 29 mars, départ domicile 8h00, séance à 8h45 au centre de radiothérapie.

Merci de nous prévenir la veille avant 17h en cas de modification d'horaire ou d'annulation d'une séance (panne machine, etc.).

Service régulation - 03 88 45 12 00""",
"transport sanitaire lié aux RDV")

m("fr", A, "Consultation d'anesthésie à programmer",
"""Bonjour Madame,

Votre intervention (cholécystectomie) est prévue le 22 mai avec le Dr Hamel. La consultation d'anesthésie doit avoir lieu au moins 48 h avant et idéalement 3 semaines avant.

Merci de prendre rendez-vous via Doctolib ou au 02 40 16 55 32. Pensez à apporter vos ordonnances, vos derniers examens et la fiche de renseignements remplie (antécédents : infarctus, AVC, asthme, allergies, problèmes lors d'une anesthésie précédente...).

Secrétariat de chirurgie digestive""",
"booking pré-op, questionnaire d'antécédents en piège")

m("fr", A, "Annulation consultations du 12/03 - Dr Morin",
"""Bonjour à toutes,

Le Dr Morin sera en congrès le 12 mars, sa consultation de l'après-midi est annulée (11 patients, liste en PJ). Merci de les rappeler pour leur proposer le 19 ou le 26, en priorité les deux suivis post-op marqués en jaune.

Ne pas envoyer de SMS automatique, plusieurs patients n'ont pas de portable à jour.

Merci, Sophie, cadre administratif""",
"annulation de consultation, replanification")

m("fr", A, "Votre téléconsultation de diabétologie",
"""Bonjour M. Garcia,

Votre consultation de suivi avec le Dr Lefort aura lieu en téléconsultation le lundi 25 mars à 10h30.

Vous recevrez un lien par SMS 15 minutes avant. Merci de faire votre prise de sang (HbA1c) dans la semaine précédente et de télécharger les données de votre capteur.

Service d'endocrinologie-diabétologie""",
"téléconsultation")

m("fr", A, "Demande de RDV dermato - lésion pigmentée",
"""Cher confrère,

Je souhaiterais un rendez-vous de consultation pour Mme Estelle Giraud, 38 ans, pour une lésion pigmentée du dos qui s'est modifiée depuis 6 mois (asymétrie, bords irréguliers, 8 mm). Pas d'urgence vitale mais j'aimerais qu'elle soit vue dans le mois si possible.

Photos dermoscopiques jointes.
Confraternellement,
Dr Éric Delmas, médecine générale""",
"MG demande RDV rapide non urgent")

m("fr", A, "Changement de date d'intervention",
"""Madame Lambert,

Pour des raisons d'organisation du bloc opératoire, votre intervention prévue le 15 avril est avancée au 11 avril. Votre entrée est prévue la veille à 16h en chirurgie orthopédique, 3e étage.

Votre consultation d'anesthésie reste valable. Merci de confirmer par retour de mail ou au 05 61 22 48 70.

Secrétariat du Dr Pujol""",
"modification de date opératoire")

m("fr", A, "Rappel RDV",
"""Rappel : RDV le 14/03 à 9h30 au CMP Les Saules avec Mme Roche, infirmière. En cas d'empêchement merci d'appeler le 01 45 88 21 00.""",
"rappel court")

m("fr", A, "Dépistage organisé - invitation mammographie",
"""Centre régional de coordination des dépistages des cancers

Madame,

Vous avez entre 50 et 74 ans : une mammographie de dépistage vous est proposée tous les deux ans, prise en charge à 100 % sans avance de frais.

Prenez rendez-vous chez le radiologue agréé de votre choix (liste jointe) en présentant ce courrier. Si vous avez déjà fait une mammographie il y a moins de deux ans, merci de nous le signaler.""",
"invitation dépistage = prise de RDV")

m("fr", A, "Visite d'information et de prévention",
"""Bonjour,

Le service de santé au travail vous convoque pour votre visite d'information et de prévention :
jeudi 7 mars à 11h, bâtiment administratif, 2e étage.

Merci de vous munir de votre carnet de vaccination. Cette visite a lieu sur le temps de travail, prévenez votre cadre.

Service de santé au travail du personnel hospitalier""",
"convocation médecine du travail d'un agent")

m("fr", A, "Consultation mémoire - documents à remplir avant la venue",
"""Madame, Monsieur,

Le rendez-vous de Mme Louise Bertin en consultation mémoire est fixé au 3 avril à 14h (durée 2 h environ, bilan avec la neuropsychologue puis le médecin).

Merci de remplir avant la venue le questionnaire aidant ci-joint et l'autoquestionnaire d'autonomie, et de venir accompagné d'un proche. Apportez l'ordonnance et le dernier bilan sanguin.

Centre mémoire de ressources et de recherche""",
"questionnaire avant consultation")

m("fr", A, "Monitorage - écho J8",
"""Bonjour Mme Henry,

Suite à votre début de stimulation, votre échographie de monitorage et prise de sang sont prévues vendredi à 7h45 au centre d'AMP, 4e étage. Nous vous appellerons l'après-midi pour la suite du traitement.

L'équipe du centre d'AMP""",
"RDV de monitorage")

m("fr", A, "Demande de créneau bilan ORL - enfant",
"""Bonjour,

Orthophoniste, je suis Lou Garnier, 4 ans, pour un retard de langage. Je souhaiterais qu'elle bénéficie d'un bilan auditif (audiométrie + tympanométrie) avant de poursuivre. La maman est disponible les mercredis. Avez-vous un créneau dans les prochaines semaines ?

Merci,
Julie Marchand, orthophoniste""",
"demande de RDV par une libérale")

m("fr", A, "Consultation post-AVC à 3 mois",
"""Monsieur Dubreuil,

Suite à votre hospitalisation à l'unité neurovasculaire en décembre pour un AVC ischémique, votre consultation de contrôle à 3 mois est fixée le mercredi 20 mars à 9h40 avec le Dr Sanchez.

Merci d'apporter le relevé d'automesure tensionnelle et l'IRM de contrôle si elle a été faite en ville.

Secrétariat de neurologie""",
"RDV de suivi, AVC historique en piège")

m("fr", A, "Planning bilan pré-greffe",
"""Bonjour M. Benoît,

Voici le planning de votre bilan pré-greffe rénale :
- 02/04 8h : prise de sang + groupage HLA
- 02/04 10h : échographie cardiaque
- 09/04 14h : consultation cardiologique
- 16/04 9h : consultation chirurgicale et anesthésique

Merci de confirmer vos disponibilités. Le transport peut être pris en charge, demandez le bon à votre néphrologue.

Coordination de transplantation""",
"planning de plusieurs RDV")

m("fr", A, "",
"""Bonjour, je dois reporter la séance de kiné respiratoire de M. Tessier demain 10h, je suis malade. Je peux passer vendredi 14h à la place si ça convient à l'équipe du SSIAD. Merci de confirmer. Hugo, kiné""",
"court, report de séance")

m("fr", A, "Convocation hôpital de jour - perfusion",
"""Bonjour Madame Leroy,

Votre prochaine cure de Rémicade en hôpital de jour de rhumatologie est programmée le 28 mars à 8h30. Durée prévue : 3 heures.

Merci de faire la prise de sang la veille en laboratoire de ville (ordonnance jointe). En cas de fièvre ou d'infection en cours, prévenez-nous : la perfusion serait décalée.

HDJ de rhumatologie""",
"programmation perfusion, consigne hypothétique")

m("fr", A, "Consultation épileptologie - questionnaire",
"""Bonjour,

Votre consultation de suivi en épileptologie est prévue le 4 avril à 15h.

Pour la préparer, merci de compléter le calendrier ci-joint : nombre de crises depuis la dernière consultation, date de la dernière crise, effets indésirables du traitement, oublis de prise. Si vous avez une vidéo d'un épisode, apportez-la.

Secrétariat d'épileptologie""",
"questionnaire avant visite mentionnant crises")

m("fr", A, "Inscription préparation à la naissance",
"""Bonjour Mme Caron,

Vous êtes inscrite aux séances de préparation à la naissance du jeudi 18h (7 séances à partir du 4 avril, salle Aurore, maternité). Le premier entretien individuel aura lieu le 28 mars à 17h avec la sage-femme.

Pensez à apporter votre dossier de grossesse.
L'équipe des sages-femmes""",
"inscription séances = RDV")

m("fr", A, "Centre de vaccinations internationales",
"""Bonjour,

Votre rendez-vous pour la vaccination contre la fièvre jaune et la consultation voyage (Sénégal) est le mercredi 13 mars à 16h20.

Apportez votre carnet de vaccination et un justificatif d'identité. Le certificat international est délivré sur place.

Centre de vaccinations internationales - CHU""",
"RDV vaccination voyage")

m("fr", A, "Réservation interprète - consultation du 20/03",
"""Bonjour,

Merci de réserver un interprète en tamoul pour la consultation de Mme Kumar (IPP 2277154) en chirurgie vasculaire, le 20 mars à 10h, durée 30 min. Présentiel souhaité, téléphone à défaut.

Secrétariat de chirurgie vasculaire""",
"réservation interprète pour RDV")

m("fr", A, "Polysomnographie - hospitalisation de nuit",
"""Monsieur Lopez,

Votre polysomnographie aura lieu la nuit du 26 au 27 mars. Présentez-vous à 19h30 au laboratoire du sommeil (pavillon B). Apportez un pyjama, vos médicaments habituels et le questionnaire d'Epworth rempli.

Évitez la caféine après 14h ce jour-là.
Laboratoire du sommeil""",
"convocation examen de nuit")

m("fr", A, "Patient non venu - nouveau RDV ?",
"""Bonjour,

M. Farid Amrani ne s'est pas présenté à sa consultation de gastro-entérologie de ce matin. C'est la deuxième fois. Le Dr Pichon souhaite lui proposer un dernier rendez-vous avant de le renvoyer vers son médecin traitant.

Pouvez-vous lui envoyer une convocation pour le 15 avril 11h et prévenir son MT ?

Secrétariat de gastro""",
"patient non venu, reconvocation")

m("fr", A, "Report coloscopie - préparation",
"""Bonjour Madame Blanc,

Suite à votre appel, votre coloscopie est reportée au 11 avril à 13h30. Le reste ne change pas : régime sans résidus 3 jours avant, préparation à prendre la veille au soir et le matin.

Si vous prenez un anticoagulant ou un antiagrégant, merci d'en parler à votre médecin pour savoir s'il faut l'arrêter.

Unité d'endoscopie""",
"report d'examen")

m("fr", A, "Désensibilisation au venin - calendrier des injections",
"""Monsieur Perret,

Suite à votre réaction généralisée après une piqûre de guêpe l'été dernier (œdème de la gorge et malaise, traité par le SAMU), le Dr Nguyen a validé une désensibilisation au venin de guêpe.

Phase d'induction en hôpital de jour : 15, 22 et 29 avril à 8h30, puis injections mensuelles. Venez avec votre trousse d'urgence (stylo d'adrénaline). Pas de sport le jour de l'injection.

Allergologie adulte""",
"calendrier de RDV; anaphylaxie passée en piège")

m("fr", A, "Planning IVT avril",
"""Bonjour,

Voici les dates de vos prochaines injections intravitréennes (œil gauche) : 8 avril 9h, 6 mai 9h30, 3 juin 9h. Merci de venir avec un accompagnant, vous ne pourrez pas conduire.

Secrétariat d'ophtalmologie, rétine médicale""",
"série de RDV")

m("fr", A, "Créneau écho T2 pour une patiente PMI",
"""Bonjour,

Je suis sage-femme de PMI. Je suis une patiente, Mme Awa Coulibaly, 21 SA, arrivée récemment, dont la couverture AME est en cours. Elle n'a pas encore eu d'échographie morphologique. Serait-il possible de lui trouver un créneau avant 24 SA à la maternité ? Elle parle peu français, un interprète en bambara serait utile.

Elle est joignable au 07 58 21 33 90 (mari).

Merci,
Sylvie, SF PMI du secteur Est""",
"demande de créneau par la PMI")

m("fr", A, "Re: consult ortho",
"""ok pour mardi 15h, merci beaucoup""",
"réponse très courte")

# ---------------------------------------------------------------- EN prescription
m("en", P, "TTO query - clopidogrel duration",
"""Dear Cardiology Ward Pharmacist,

We have received the discharge medication for Mr Leonard Hart (DOB 30/01/1952), who was admitted with an NSTEMI last month and had a drug-eluting stent. The discharge letter says "clopidogrel 75 mg OD" but gives no stop date, and ticagrelor is also listed in the medication changes section.

Could you confirm which P2Y12 inhibitor he should be on and for how long? He has 5 days of tablets left. He reports no chest pain since discharge and is otherwise well.

Many thanks,
Priya Shah, Pharmacist, Greenway Pharmacy""",
"community pharmacy discharge query; past MI, negated pain trap")

m("en", P, "Apixaban dose on discharge letter",
"""Hi,

Your discharge summary for Mrs Olive Barker lists apixaban 5 mg twice daily, but in the narrative it says reduced dose. She's 82 and weighs 54 kg, creatinine 128. She had a PE last year and has been on 2.5 mg bd since her review in the autumn.

Which dose do you intend? We haven't changed her repeat yet.

Dr Naomi Carter
GP, Eastfield Surgery""",
"GP dose clarification; historical PE trap")

m("en", P, "Supply disruption: Creon 25000 capsules",
"""Customer notice - Supply disruption

Creon 25000 gastro-resistant capsules (all pack sizes) are subject to supply constraints until at least end of Q3. Allocations will be limited to 80% of historical ordering.

Creon 10000 remains available; please consult prescribers regarding equivalent dosing. Nutrizym 22 has limited stock.

Customer Services, MedSupply Wholesale Ltd""",
"wholesaler shortage notice")

m("en", P, "Levetiracetam - MAR vs box",
"""Dear Dr Yusuf,

Quick query for Mr Owen Price (Room 3). His MAR chart from the hospital says levetiracetam 500 mg twice daily, but the boxes that came with him are labelled 750 mg twice daily. He's had no seizures since he came back to us on Monday.

Which dose should we give tonight? The pharmacy says they need a new prescription to change the label.

Thank you,
Niamh, Nurse, Meadowview Nursing Home""",
"care home dose discrepancy; negated seizure trap")

m("en", P, "Non-formulary request - tirzepatide",
"""Hi Pharmacy,

Attaching the non-formulary request for tirzepatide for a patient of Dr Mendes on the bariatric pathway. Justification and previous treatments are on the form. Could this go to next Thursday's D&T committee, or is there a chairman's action route?

Thanks,
Angela, Diabetes Specialist Nurse""",
"formulary request")

m("en", P, "Prior authorisation decision - adalimumab",
"""Pharmacy Benefits - Prior Authorization Decision

Member: Jennifer Lowry   Member ID: XQH449201877
Drug: adalimumab-adaz 40 mg/0.4 mL pen
Prescriber: Dr Alan Whitcombe, Rheumatology
Decision: APPROVED for 12 months (through 03/31). Quantity limit 2 pens per 28 days.

The approval has been sent to the member's specialty pharmacy. A new request is required for dose escalation.

Clinical Pharmacy Review Team, Northstar Health Plan""",
"insurer prior authorisation for drug")

m("en", P, "Interaction: clarithromycin + simvastatin",
"""Dr Burke,

Just flagging from ward round screening: Mrs Ida Penrose (bed 5) was started on clarithromycin 500 mg bd this morning for her chest infection; she's also on simvastatin 40 mg nocte. Combination is contraindicated (rhabdomyolysis risk).

Suggest withholding simvastatin for the course (7 days). Shall I annotate the chart, or do you want to switch to doxycycline instead? Her breathing is much better today per the nurses.

Lucy, Ward Pharmacist""",
"pharmacist interaction query")

m("en", P, "CD prescription can't be dispensed",
"""Hello Dr Rahman,

We received a prescription for oxycodone MR 10 mg for Mr Terence Boyle but we can't legally dispense it as written: the total quantity isn't written in words and figures, and the dose says "as directed". Could you issue a new one or amend and initial? He has 2 days' supply left.

Kind regards,
Dispensary, Lakeside Pharmacy, 01632 960 331""",
"controlled drug prescription error")

m("en", P, "Medication review - Willow Court, all residents",
"""Dear Dr Ibrahim,

Following the structured medication review at Willow Court last Thursday (with the deputy manager, Carol), please see my recommendations below. I have not changed anything yet - I need you to agree and amend the repeat templates.

1. Mrs Doreen Cole (84): on amitriptyline 25 mg at night for "sleep" since 2016. Two falls in the last 6 months, no injuries. Suggest taper to 10 mg for 2 weeks then stop.
2. Mr John Beattie (91): omeprazole 40 mg for 8 years, no ongoing indication documented - no GI bleeding history. Suggest step down to 20 mg.
3. Mrs Phyllis Inman (88): history of TIA 2019, on aspirin AND clopidogrel. The cardiology letter from 2020 says dual therapy for 3 months only. Suggest stop aspirin, continue clopidogrel alone.
4. Mr Albert Stone (79): levetiracetam 500 mg bd for epilepsy; seizure-free for 6 years. No change, but please check U&E as eGFR was 38 last year.
5. Mrs Ivy Hall (93): laxatives - on senna, lactulose and Laxido; bowels opening daily. Suggest stop lactulose.
6. Mr Ken Price (85): the home asks for PRN lorazepam "for agitation". I'd suggest non-drug approaches first, as discussed with Carol.
7. Everyone on bisphosphonates: check dental review in last year.

The home also asked whether cream charts can be added to the MAR for three residents - I've said yes.

Happy to discuss at our Thursday catch-up.

Best wishes,
Fatima, Clinical Pharmacist, PCN""",
"long medication review; historical TIA/seizure/bleeding traps")

m("en", P, "Anticipatory medicines - Mr Doyle",
"""Dear Dr Ferguson,

Mr Patrick Doyle is now in the last weeks of life at home and comfortable. Could you please prescribe anticipatory (just-in-case) medicines so they are in the house before the weekend:

- morphine sulfate 10 mg/ml for pain or breathlessness
- midazolam 10 mg/2 ml for agitation or distress
- levomepromazine 25 mg/ml for nausea
- glycopyrronium 200 mcg/ml for secretions
plus the community authorisation chart.

He is currently settled with no symptoms.

Jo, Palliative Care Clinical Nurse Specialist""",
"JIC meds request; hypothetical symptom list trap")

m("en", P, "EpiPen 0.3 mg shortage - switch guidance",
"""To all prescribers and community pharmacies

Due to a national shortage of EpiPen 0.3 mg, please prescribe Jext 300 mcg or Emerade by brand until further notice. Patients with a history of anaphylaxis must be shown how to use the new device, as the technique differs. Patients should always carry two auto-injectors.

A patient information leaflet is attached.

Medicines Optimisation Team, ICB""",
"shortage switch; anaphylaxis education trap")

m("en", P, "Gabapentin dose - eGFR 24",
"""Hi FY1,

Mr Ralph Hunt, bed 17, is charted gabapentin 600 mg tds but his eGFR today is 24. Recommended max in this range is 200-700 mg/day in divided doses. Could you reduce to 300 mg bd? He's been a bit drowsy per the nurses, so worth doing today.

Thanks, Renal Pharmacy""",
"renal dose adjustment")

m("en", P, "IV to oral switch - 3 patients ward 11",
"""Antimicrobial Stewardship round, ward 11:

Bed 2 - co-amoxiclav IV day 4, afebrile 48h, CRP falling, eating: suggest switch to oral.
Bed 9 - piperacillin-tazobactam day 6, cultures negative: review need, consider stop.
Bed 14 - meropenem, ESBL E. coli sensitive to ertapenem - consider OPAT referral.

Please document decisions on EPMA. AMS Pharmacist""",
"stewardship prescribing advice")

m("en", P, "Humulin I KwikPen discontinued",
"""Dear GP,

Your patient Mrs Doris Fenton's Humulin I KwikPen has been discontinued by the manufacturer. We have stock of Humulin I cartridges for use with the HumaPen Savvio, or Insulatard FlexPen as an alternative. Could you issue a new prescription for one of these? She'll need the diabetes nurse to show her the new device.

Thanks,
Pharmacy team, Cross Street Pharmacy""",
"device discontinuation needs new Rx")

m("en", P, "Methadone continuity - transfer",
"""To: Substance Misuse Service, Pharmacy
Re: Mr D.W., DOB 09/12/1988

This patient is being transferred from our establishment tomorrow morning. He is on methadone 1 mg/ml, 65 ml daily, last dose to be given here at 08:00 tomorrow. Please arrange a community prescription starting the following day with supervised consumption.

Healthcare Pharmacy, HMP Hollowfield""",
"prison pharmacy continuity of supply")

m("en", P, "Covert administration - quetiapine",
"""Dear Dr Lowe,

Following the best interests meeting last week for Mrs Florence Ives, we need the GP to sign the covert medication form and confirm with the pharmacist that quetiapine can be crushed and mixed with yoghurt. Her daughter agreed. Could you also check whether the liquid form is better?

Kind regards,
Deputy Manager, Primrose House""",
"care home covert administration request")

m("en", P, "Shared care - methotrexate",
"""Dear Dr Gallagher,

Mrs Tessa Hurst has been stable on methotrexate 15 mg weekly for 3 months and we would now like to transfer prescribing to you under the shared care agreement (attached).

Monitoring: FBC, U&E, LFT every 3 months. Please ask her to report sore throat, mouth ulcers, unexplained bruising or breathlessness promptly. Folic acid 5 mg weekly on a different day.

Rheumatology Specialist Nurse""",
"shared care transfer; hypothetical warning list")

m("en", P, "Warfarin dosing - Mr Pike",
"""Anticoagulation Service dosing letter

Patient: Mr Stanley Pike   INR today: 2.6   Target 2.0-3.0
Dose: continue 4 mg daily (Mon-Sun)
Next INR: 4 weeks

No bleeding or bruising reported.""",
"routine dosing letter; negated bleeding trap")

m("en", P, "MHRA Class 2 recall - batch",
"""Drug Alert - Class 2 Medicines Recall

Product: Co-codamol 30/500 effervescent tablets
Batch: CC4417B, exp 08/2026
Reason: out-of-specification dissolution results.

Pharmacies: quarantine stock and return to supplier. No patient-level recall required.

Medicines Information, Hospital Pharmacy""",
"pharmacy recall notice")

m("en", P, "Penicillin allergy vs amoxicillin on chart",
"""Hi Dr Singh,

Mrs Harriet Moss (bed 22) has amoxicillin charted for her UTI, but she's recorded as penicillin allergic - on checking, it was a rash aged 6, no swelling or breathing problems ever. She's had flucloxacillin since without issue per her GP record.

Do you want to continue amoxicillin and update the allergy record (penicillin allergy de-labelling), or switch to nitrofurantoin?

Ward Pharmacist""",
"allergy clarification; negated anaphylaxis features")

m("en", P, "Paracetamol dose - paeds ward, not given",
"""Hi,

Caught on screening before administration: Maisie Clark (bed 4, 11 kg) is prescribed paracetamol 250 mg 4 times daily. That's ~23 mg/kg/dose. Usual 15 mg/kg, so 160 mg. Nothing has been given yet.

Please rewrite the prescription on EPMA before the 14:00 dose.

Paediatric Pharmacist""",
"dosing error caught, no harm")

m("en", P, "GTN spray - repeat",
"""Hi, can we add GTN spray to Mr Cyril Watts' repeat list please? He's had no angina for months but his spray expired in January and his cardiologist said to always have one in date. Thanks, Pharmacy technician, Medicines Management, Hillside PCN""",
"short repeat request; negated angina trap")

m("en", P, "Valproate - Annual Risk Acknowledgement Form",
"""Dear Dr Mensah,

Our records show your patient Miss Kirsty Vaughan (21) is prescribed sodium valproate. Under the Pregnancy Prevention Programme, an Annual Risk Acknowledgement Form signed by the specialist is required before we can continue to dispense. The last form is dated 2 years ago.

Her epilepsy has been well controlled (last seizure 2021). Please arrange specialist review or forward the current form.

Community Pharmacy""",
"valproate PPP; historical seizure trap")

m("en", P, "Syringe driver chart - Ward 8 / hospice transfer",
"""Hi,

Mrs Ethel Gould transfers to St Columba's Hospice tomorrow. Please could the medical team rewrite the syringe driver prescription (morphine 15 mg + midazolam 5 mg over 24h) on the hospice's own chart (attached) so the driver can be continued seamlessly. Also PRN doses.

Thank you, Hospice Admissions Nurse""",
"prescription rewrite for transfer")

m("en", P, "Dental - antibiotic query",
"""Dear Dr Moore,

We saw your patient Mr Ahmad Zaki for a dental abscess yesterday and prescribed amoxicillin 500 mg tds for 5 days. He mentioned he takes warfarin. Should we have checked his INR before prescribing, and does he need an extra INR test this week?

Regards,
Hannah Lyle, Dentist, Bright Smile Dental""",
"dentist interaction question")

m("en", P, "Dosette changes from next week",
"""Hi Dr Ross,

From Monday we are changing Mrs Ellen Shaw's blister pack as per your letter: amlodipine stopped, ramipril increased to 5 mg, bisoprolol stays. Just confirming, as the hospital discharge letter from last week still lists amlodipine - which is current?

Kind regards,
Pharmacy, Main Street""",
"blister pack change query")

m("en", P, "Homecare delivery - new prescription required",
"""Dear Dermatology Pharmacy,

Homecare delivery for Mr Joseph Reilly (secukinumab 300 mg) is scheduled for 19 March but the current prescription expired on 28 February. Please send a new prescription via the portal by 14 March to avoid a missed delivery.

Patient Services, HealthAtHome Ltd""",
"homecare provider needs new Rx")

m("en", P, "B12 injections for DN",
"""Hi team,

District nurses are due to give Mrs Ruby Grant's hydroxocobalamin 1 mg injection next week but there's no current prescription or authorisation on her record. Can a GP sign the community administration chart please? Loading doses were completed in December.

Thanks, DN admin""",
"authorisation for injection administration")

m("en", P, "Travel letter - controlled drugs",
"""Dear Dr Patel,

Mr Nathan Cole is travelling to Spain for 6 weeks and will take his prescribed tramadol and pregabalin. Could you provide a letter listing the medicines, doses and total quantities, and issue an 8-week supply? He also needs his salbutamol.

Thanks,
Practice Pharmacist (internal)""",
"travel supply and letter")

m("en", P, "TTOs before 2pm please",
"""Hi Ward 6,

Pharmacy needs TTOs for tomorrow's planned discharges on EPMA by 2pm today, otherwise they will not be ready before 11am. We have 6 patients listed for you, only 2 have TTOs written.

Dispensary Manager""",
"discharge prescriptions operational request")

m("en", P, "Varenicline back in stock",
"""Good news: varenicline (Champix generic) is available again through usual wholesalers. Patients who were switched to NRT or cytisine during the shortage can be restarted - please review at their next stop-smoking appointment.

Smoking Cessation Pharmacy Lead""",
"stock availability update for prescribing")

m("en", P, "Lithium level + repeat",
"""Dr Khan,

Mr Graham Ellis' lithium level last week was 0.7 (range 0.4-1.0), U&E and TFT normal. Repeat due - ok to issue Priadel 400 mg nocte x 56? No side effects reported.

Thanks,
Repeat prescribing clerk""",
"repeat with routine level")

m("en", P, "Fwd: Out of stock - estradiol patch",
"""Forwarding from the pharmacy, can a GP pick this up? - Reception

---------- Forwarded message ----------
From: Evans Pharmacy
Estradot 50 patches unavailable from all wholesalers. Patient Mrs Laura Dunn needs an alternative: Evorel 50 or Estradiol gel 0.06% 2 pumps. Please send a new script to us. Thanks""",
"forwarded shortage needing new prescription")
# ---------------------------------------------------------------- FR prescription
m("fr", P, "Ordonnance de Skenan - chevauchement non mentionné",
"""Bonjour Docteur,

Nous avons reçu l'ordonnance sécurisée de M. Alain Besnard pour du Skenan LP 30 mg. Or il a déjà eu une délivrance de 28 jours il y a 10 jours sur votre précédente ordonnance. Sans la mention expresse du chevauchement, nous ne pouvons pas délivrer.

Pouvez-vous nous renvoyer une ordonnance avec la mention « délivrance en chevauchement autorisée » ou nous confirmer par écrit l'augmentation de dose ?

Pharmacie des Remparts, 02 99 31 44 10""",
"pharmacien: règle de délivrance stupéfiants")

m("fr", P, "Tension d'approvisionnement - amoxicilline buvable",
"""Information distributeur

L'amoxicilline en suspension buvable 250 mg/5 ml et 500 mg/5 ml fait l'objet de fortes tensions d'approvisionnement (quotas mensuels). L'ANSM recommande de privilégier les comprimés dispersibles dès que l'âge de l'enfant le permet et de prescrire en mg/kg avec une durée courte.

Merci de transmettre aux prescripteurs.
Service client, Répartiteur pharmaceutique Ouest""",
"rupture de stock")

m("fr", P, "Conciliation médicamenteuse d'entrée - divergences",
"""Bonjour,

Conciliation d'entrée de Mme Marcelle Fabre (ch. 7), faite avec l'officine et la fille :
- Kardégic 75 mg : pris à domicile, non prescrit à l'entrée -> divergence non intentionnelle ?
- Lasilix 40 mg : prescrit 2/j à l'hôpital, 1/j à domicile
- Seresta 10 mg le soir : non prescrit, risque de sevrage

Merci de valider ou corriger dans le DPI.
Pharmacien, unité de gériatrie""",
"pharmacien hospitalier: conciliation")

m("fr", P, "Liste des médicaments à ne pas écraser",
"""Bonjour Docteur,

Plusieurs de vos résidents ont des troubles de la déglutition. Sur les traitements actuels de M. Roux et Mme Bailly, trois formes ne doivent pas être écrasées (Inexium, Xatral LP, Zomig oro). Pourriez-vous modifier les prescriptions vers des formes buvables ou orodispersibles ?

Je joins la liste de la pharmacie avec les alternatives proposées.

IDE coordinatrice, EHPAD Les Hortensias""",
"EHPAD demande adaptation galénique")

m("fr", P, "Médicament d'exception - formulaire",
"""Bonjour Docteur,

Pour la délivrance du Humira à M. Kevin Rolland, la prescription doit être rédigée sur l'ordonnance de médicament d'exception (Cerfa 12708) et respecter la fiche d'information thérapeutique. L'ordonnance reçue est sur papier simple : l'Assurance Maladie ne remboursera pas.

Merci de nous transmettre le bon formulaire.
Pharmacie Centrale""",
"prescription médicament d'exception")

m("fr", P, "Ordonnance insuline + soins IDE",
"""Bonjour Dr Meunier,

Je passe chez Mme Gisèle Arnaud matin et soir pour son insuline depuis sa sortie d'hôpital. L'ordonnance de l'hôpital pour les soins infirmiers n'est valable que 15 jours et expire vendredi. Pouvez-vous refaire : Lantus 18 UI le soir, Humalog selon protocole, soins IDE 2 passages/j, glycémies capillaires, et les aiguilles/bandelettes ?

Merci,
Marie-Hélène, IDE libérale""",
"IDEL renouvellement de prescription")

m("fr", P, "Mention non substituable",
"""Docteur,

Mme Hélène Caron refuse le générique de son Lévothyrox mais votre ordonnance ne porte pas la mention « non substituable » avec le motif (MTE, CIF ou EFG). Sans cette mention, elle devra avancer les frais et sera remboursée sur la base du générique.

Souhaitez-vous rééditer l'ordonnance ?
Pharmacie du Port""",
"pharmacie: substitution")

m("fr", P, "Relais anticoagulant avant la chirurgie de M. Faure",
"""Cher confrère,

M. Yves Faure doit être opéré d'une prothèse de hanche le 18 avril. Il est sous Previscan pour une fibrillation atriale, sans antécédent d'AVC ni d'embolie. Protocole proposé :
- arrêt du Previscan à J-5 (dernière prise le 12 au soir)
- INR le 16
- pas de relais par héparine compte tenu du CHA2DS2-VASc à 2
- reprise selon le chirurgien.

Pouvez-vous lui faire l'ordonnance de l'INR ?
Dr Pasquier, anesthésiste""",
"protocole péri-opératoire; antécédents niés en piège")

m("fr", P, "Rétrocession - médicament disponible à la PUI",
"""Bonjour,

Le traitement par Revlimid de M. Laurent Maillard est disponible à la pharmacie hospitalière (rétrocession), guichet au rez-de-chaussée du bâtiment D, du lundi au vendredi 9h-16h30. Merci de lui rappeler de venir avec l'ordonnance originale, sa carte Vitale et le carnet de suivi.

Pharmacie à usage intérieur""",
"rétrocession hospitalière")

m("fr", P, "Ordonnance de sortie non reçue",
"""Bonjour,

M. Raymond Dupuis est revenu dans notre établissement hier soir après son hospitalisation en cardiologie, mais nous n'avons pas reçu l'ordonnance de sortie, seulement le courrier. Nous avons donné les traitements d'avant par défaut. Pourriez-vous nous la faxer ou l'envoyer par messagerie sécurisée ?

EHPAD Saint-Joseph, infirmerie""",
"EHPAD demande ordonnance de sortie")

m("fr", P, "Lévothyrox 75 ou 100 ?",
"""Bonjour, dans le courrier de l'endocrino vous avez écrit Lévothyrox 100 µg mais l'ordonnance dit 75 µg. La patiente, Mme Pauline Girard, prend 75 depuis 2 mois. Lequel est le bon ? Merci - Pharmacie Lafayette""",
"question de posologie courte")

m("fr", P, "Renouvellement traitement post-AVC",
"""Bonjour Docteur,

Renouvellement pour M. Jules Martin, suivi depuis son AVC ischémique de 2022 : Kardégic 75, atorvastatine 40, ramipril 5. Il va bien, pas de nouveau symptôme, TA 128/76 à la dernière visite.

Pouvez-vous signer l'ordonnance pour 3 mois ? Elle est préparée dans le parapheur.

Secrétariat du cabinet""",
"renouvellement; AVC historique en piège")

m("fr", P, "Dépakine oubliée 2 jours",
"""Bonjour Docteur,

M. Sébastien Leroy, résident de notre foyer d'accueil médicalisé, n'a pas eu sa Dépakine Chrono 500 mg pendant 2 jours (rupture à la pharmacie, livraison ce matin). Il n'a fait aucune crise et va bien. Doit-on reprendre directement à la dose habituelle (1-0-1) ou faut-il une adaptation ?

Merci de votre réponse,
L'infirmière du FAM""",
"question de reprise; crise niée en piège")

m("fr", P, "Remplacement stylos Anapen",
"""Information aux prescripteurs

Suite au retrait de lots d'Anapen, les patients porteurs doivent recevoir une nouvelle prescription (Epipen ou Jext). Rappel : les patients ayant un antécédent de réaction anaphylactique doivent avoir deux stylos sur eux en permanence et être formés au nouveau dispositif.

Liste des patients concernés de la patientèle disponible sur demande.
Pharmacie, Maison de santé pluriprofessionnelle""",
"retrait de lot, anaphylaxie éducative en piège")

m("fr", P, "HAD - renouvellement prescription PCA",
"""Docteur,

La prescription de la PCA de morphine de Mme Annie Lemaire arrive à échéance le 15. Les paramètres actuels conviennent (débit de base 1 mg/h, bolus 1 mg, période réfractaire 10 min), douleur à 2/10, pas de somnolence. Pouvez-vous la renouveler pour le prestataire ?

Merci,
IDE de coordination HAD""",
"renouvellement PCA")

m("fr", P, "Anticoagulation post-césarienne - durée ?",
"""Bonjour,

Ordonnance de sortie de Mme Julie Morel (césarienne il y a 3 jours) : Lovenox 4000 UI/j sans durée indiquée. Elle nous demande jusqu'à quand. Pouvez-vous préciser (6 semaines ?) et ajouter la surveillance des plaquettes si nécessaire ?

Pharmacie des Halles""",
"durée de traitement non précisée")

m("fr", P, "Méthotrexate prescrit tous les jours - intercepté",
"""Docteur,

À la validation pharmaceutique, j'ai intercepté la prescription de méthotrexate 10 mg « 1 cp par jour » pour Mme Colette Renard, entrée hier en rhumatologie. À domicile elle le prend une fois par semaine (le lundi). Aucune prise n'a été faite ici.

Merci de corriger la prescription en hebdomadaire.
Pharmacien, secteur médecine""",
"erreur interceptée sans prise, pas d'urgence")

m("fr", P, "Tension d'approvisionnement - sémaglutide",
"""Madame, Monsieur,

Les tensions sur Ozempic 0,25 mg et 0,5 mg persistent. Conformément aux recommandations, les initiations de traitement doivent être limitées et les patients déjà traités privilégiés. Merci de ne pas prescrire hors AMM.

Cordialement,
Pharmacien responsable, grossiste-répartiteur""",
"rupture, message fournisseur")

m("fr", P, "Posologie amoxicilline - enfant 15 kg",
"""Bonjour,

Le Dr Morin a prescrit Clamoxyl 500 mg/5 ml, « 1 cuillère-mesure 3 fois par jour » pour Tom Rivière, 15 kg. Cela fait 100 mg/kg/j, ce qui correspond à la dose pour une otite, mais l'ordonnance indique « angine ». Pour une angine la dose serait 50 mg/kg/j en 2 prises. Pouvez-vous confirmer ?

Pharmacie de l'Europe""",
"question de posologie pédiatrique")

m("fr", P, "Contraception post-partum - allaitement",
"""Bonjour Docteur,

Je suis sage-femme libérale et je vois Mme Laura Petit à J10 de son accouchement, elle allaite exclusivement. Sur son ordonnance de sortie figure Leeloo (œstroprogestatif), contre-indiqué avant 6 semaines et déconseillé pendant l'allaitement. Je lui propose du désogestrel à la place : êtes-vous d'accord pour que je fasse l'ordonnance ?

Sage-femme libérale""",
"sage-femme: modification de prescription")

m("fr", P, "Traitements à suspendre avant l'intervention",
"""Pour M. Richard Blanchard, admission le 22 pour cholécystectomie :

- Metformine : arrêt la veille au soir
- Jardiance : arrêt 3 jours avant (risque d'acidocétose)
- Eliquis : dernière prise le 19 au soir
- Autres traitements : à poursuivre, y compris le bisoprolol le matin de l'intervention

Merci au médecin traitant de le relayer au patient.
Pharmacie clinique - chirurgie""",
"consignes médicamenteuses pré-op")

m("fr", P, "Buprénorphine - patient en déplacement",
"""Bonjour Docteur,

M. Thomas G. est suivi chez nous pour sa délivrance de buprénorphine (Subutex 8 mg, délivrance fractionnée tous les 7 jours). Il part 3 semaines en Bretagne pour le travail. Pouvez-vous faire une ordonnance mentionnant la pharmacie de délivrance là-bas (coordonnées en PJ), ou nous autoriser à délivrer 14 jours ?

Pharmacie du Centre""",
"TSO: adaptation de la délivrance")

m("fr", P, "Capécitabine - adaptation de dose",
"""Bonjour Dr Perez,

Mme Françoise Garnier a perdu 6 kg depuis le début du traitement (surface corporelle 1,62 contre 1,74). La dose de Xeloda prescrite (2 000 mg x 2/j) dépasse maintenant 1 250 mg/m². Souhaitez-vous réduire la dose pour le prochain cycle ? Pas de toxicité signalée lors de l'entretien pharmaceutique.

Pharmacien, consultation de chimiothérapie orale""",
"adaptation de chimio orale")

m("fr", P, "Vaccination antigrippale des résidents - prescriptions",
"""Bonjour Docteur,

La campagne de vaccination antigrippale commence lundi. Sur vos 14 résidents, 11 ont donné leur consentement. Pouvez-vous rédiger les prescriptions nominatives de vaccin (liste jointe) pour que la pharmacie puisse livrer ?

Merci, IDE coordinatrice, EHPAD Le Parc""",
"prescriptions de vaccins")

m("fr", P, "Renouvellement consommables pompe à insuline",
"""Bonjour,

Le renouvellement de l'ordonnance de consommables de pompe à insuline (cathéters, réservoirs, capteurs) de Chloé Benard arrive à échéance à la fin du mois. Merci de nous transmettre la nouvelle prescription afin d'éviter toute rupture de livraison.

Service patients, Prestataire de santé à domicile""",
"prestataire: renouvellement d'ordonnance")

m("fr", P, "Oxygénothérapie - renouvellement",
"""Docteur,

La prescription d'oxygénothérapie de longue durée de M. Michel Hubert (BPCO) est à renouveler avant le 30. Dernier contrôle gazométrique en janvier. Le patient ne signale pas d'essoufflement inhabituel, observance 16 h/j d'après le concentrateur.

Merci d'envoyer l'ordonnance au prestataire (coordonnées ci-dessous).
Technicien respiratoire""",
"renouvellement O2; dyspnée niée en piège")

m("fr", P, "ordo doliprane",
"""ordo de Doliprane 1g pour Mme Vasseur ch 14 svp, plus de stock dans son pilulier, merci - IDE EHPAD""",
"très court")

m("fr", P, "Question interaction - millepertuis",
"""Bonjour Docteur,

Votre patiente Mme Agnès Thierry nous a demandé du millepertuis en vente libre. Elle est sous contraceptif oral et sertraline. Nous lui avons déconseillé, mais elle souhaite votre avis : y a-t-il une alternative que vous pourriez prescrire pour son sommeil ?

Pharmacie Saint-Pierre""",
"interaction, demande de prescription")

m("fr", P, "Fwd: Rupture Trulicity",
"""Pour info, je te transfère, tu peux gérer avec le Dr Lemaire ? - Secrétariat

-------- Message transféré --------
De : Pharmacie du Lac
Trulicity 1,5 mg indisponible jusqu'à nouvel ordre. Mme Bernadette Roy n'a plus qu'une injection. Merci de prévoir une alternative et de nous envoyer une nouvelle ordonnance.""",
"transfert de rupture nécessitant une ordonnance")

m("fr", P, "Validation pharmaceutique - dose de vancomycine",
"""Interne,

Vancomycine de M. Claude Roche (ch. 9) : le taux résiduel d'hier est à 28 mg/L (cible 15-20). Créatinine stable. Je propose de suspendre la dose de ce soir et de refaire un dosage demain matin avant de reprendre à 1 g/12 h. OK pour toi ?

Pharmacienne, infectiologie""",
"adaptation de posologie selon dosage")

m("fr", P, "Patch de fentanyl - délivrance",
"""Bonjour,

Pour M. Eugène Collin, l'ordonnance de Durogesic 25 µg/h indique « 1 patch tous les 3 jours » mais la quantité n'est pas écrite en toutes lettres. Il nous reste 1 patch pour lui. Pouvez-vous nous envoyer une ordonnance sécurisée conforme aujourd'hui ?

Pharmacie de la Gare""",
"ordonnance sécurisée non conforme")

m("fr", P, "Antibioprophylaxie avant soins dentaires",
"""Cher confrère,

Je dois réaliser une extraction chez M. Didier Bonnet, porteur d'une valve aortique mécanique, avec un antécédent d'endocardite infectieuse en 2019. Pourriez-vous me confirmer la prescription d'antibioprophylaxie (amoxicilline 2 g une heure avant) et me donner son dernier INR, il est sous Coumadine ?

Bien confraternellement,
Dr Aline Texier, chirurgien-dentiste""",
"dentiste: prescription prophylactique; antécédent en piège")
# ---------------------------------------------------------------- EN billing
m("en", B, "Explanation of Benefits - claim 88102-4471",
"""EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Member: Robert Klein   ID: UHX 602 118 934
Provider: St. Mary's Regional Medical Center
Dates of service: 01/14 - 01/18
Diagnosis codes: I21.4 Non-ST elevation myocardial infarction; I50.23 Acute on chronic systolic heart failure; E11.9
Procedures: 92928 PCI single vessel; 93458 left heart cath

Billed: $48,212.00   Allowed: $21,906.55   Plan paid: $19,716.00
Your responsibility (deductible + coinsurance): $2,190.55

Questions? Call Member Services at 1-800-555-0148.""",
"EOB listing emergency diagnoses, billing trap")

m("en", B, "Coding query - sepsis POA",
"""Dear Dr Bannerjee,

Clinical Coding query for spell 2291044 (Mr Raymond Ellis, discharged 02/03):

The discharge summary states "urosepsis", but the admission clerking documents "UTI, NEWS 3, lactate 1.4". For accurate coding and tariff, please confirm:
1. Was sepsis present on admission? (Y/N/clinically undetermined)
2. Was there any sepsis-related organ dysfunction?

Please reply within 5 working days so the episode can be finalised for this month's freeze.

Clinical Coding Department""",
"coding query with sepsis terms, not urgent")

m("en", B, "Invoice INV-77410 - syringe drivers",
"""Dear Accounts Payable,

Please find attached invoice INV-77410 for 40 x T34 ambulatory syringe pumps and lock boxes delivered to Central Stores on 12/02 against PO 4500219873.

Amount: £38,400.00 + VAT
Payment terms: 30 days from invoice date.
Bank details are unchanged.

Credit Control, Medix Devices UK""",
"supplier invoice")

m("en", B, "Invoice - inter-hospital transfer",
"""Invoice AMB-2024-0931

Service: inter-facility critical care transfer, ICU City Hospital to Regional Neuroscience Centre, 18/01, 2 paramedics + critical care practitioner, 94 miles.
Charge as per SLA schedule B: £2,140.00

Please quote invoice number on remittance.
Finance Department, County Ambulance Service""",
"ambulance service invoice")

m("en", B, "CHC funding - Mr Gordon Lamb",
"""Dear Finance Team,

We understand Mr Gordon Lamb's Continuing Healthcare assessment found him eligible from 1 March. We have been invoicing his family privately (£1,240/week) since his admission on 15 January. Could you confirm the start date of funding and whether the ICB will reimburse the family for the overlap?

Kind regards,
Business Manager, The Laurels Nursing Home""",
"care home fees/funding query")

m("en", B, "Statement of account - balance due",
"""Patient Statement

Account: 550128871   Guarantor: Maria Delgado
Service date: 11/22 Emergency Department visit
Insurance paid: $1,204.30   Adjustments: $612.00
Balance due: $348.70   Due by: 12/31

Pay online at pay.stmarys-example.org or call Patient Financial Services at (555) 201-3345. Payment plans available.""",
"patient statement from billing")

m("en", B, "Claim denied - ED level 5",
"""Dear Provider,

Claim 2024-ER-55102 for patient Dana Whitfield (DOS 02/09) has been denied in part. The ED visit was billed as level 5 (99285). Records indicate chest pain, with serial troponins negative and a normal ECG; acute coronary syndrome was ruled out and the patient was discharged after 3 hours.

Based on our medical policy the visit has been reprocessed at level 4 (99284). You may appeal within 180 days with supporting documentation.

Provider Appeals, Keystone Health Insurance""",
"insurer denial describing ruled-out chest pain, billing trap")

m("en", B, "Overseas visitor - invoice for treatment",
"""Dear Mr Okonkwo,

Following your recent admission (12/01 - 15/01), our Overseas Visitors team has established that you are not ordinarily resident in the UK and are therefore chargeable under the NHS (Charges to Overseas Visitors) Regulations.

An invoice for £6,412.00 is enclosed. If you have a valid EHIC/GHIC or believe an exemption applies, please contact us within 14 days.

Overseas Visitors Office""",
"overseas charges invoice")

m("en", B, "Quote - private cataract surgery",
"""Dear Mrs Hamilton,

Thank you for your enquiry. The package price for right cataract surgery with Mr Varma is £2,650, including the pre-operative consultation and biometry, surgery with a standard monofocal lens, and one post-operative review. A toric lens is an additional £450.

The quote is valid for 60 days. A deposit of £500 secures a date.

Private Patients Unit""",
"quote for private procedure")

m("en", B, "Refund processed",
"""Dear Mr Sato,

We have processed a refund of £85.00 to the card ending 4471 for the duplicate payment made on 3 February. Please allow 5-7 working days for the funds to appear.

Private Patient Accounts""",
"refund")

m("en", B, "Payment plan request - acct 340912",
"""Hi,

I'm the social worker for Mrs Yolanda Price. She has received a hospital bill of $2,960 after her admission and cannot pay in one go; she's on a fixed income. Could you set up a payment plan of $50/month, or send a financial assistance application?

Thanks,
Carla Munoz, MSW, Community Outreach""",
"social worker asking payment plan")

m("en", B, "Pre-authorization for MRI brain",
"""Utilization Management

Request #UM-883105 - MRI brain with and without contrast (70553) for member Scott Nguyen.
Clinical info received: history of seizure disorder, last seizure 2 years ago, follow-up imaging requested by neurology.

Status: APPROVED. Authorization valid 30 days at in-network facility only.""",
"insurer procedure authorisation, historical seizure trap")

m("en", B, "Coding query - seizure",
"""Dr Ashworth,

Coding query for Ms Nicole Grant (episode 44821, AMU 04/02):
The notes state "seizure" in the ED but the discharge summary lists "known epilepsy, breakthrough seizure, levels subtherapeutic". Can you confirm whether this should be coded as epilepsy (G40.x) or as a first seizure (R56.9)? This affects the HRG.

Thanks, Coding Team""",
"coding query about a past seizure, billing")

m("en", B, "Workers' comp claim - need itemized bill",
"""Hello Billing,

We are the workers' compensation carrier for Apex Logistics. Our claimant Mr Jerome Bailey was treated at your facility on 03/04 for a work injury (fall from loading dock, head laceration, CT head negative). Please send the itemized bill and UB-04 to the address below, referencing claim WC-2024-11873. Do not bill the employee.

Claims Adjuster, Frontier Mutual""",
"workers comp claim, past injury trap")

m("en", B, "Overdue: linen services January",
"""Dear Finance,

Our invoice LS-1190 (January linen and laundry services, £14,880.20) is now 45 days overdue. Please advise expected payment date. Continued non-payment may affect service levels.

Accounts Receivable, CleanCare Linen Ltd""",
"vendor overdue reminder")

m("en", B, "Medicare Summary Notice question",
"""Hi Patient Accounts,

My patient (I'm her home health nurse) got her Medicare Summary Notice and it shows the ambulance claim from her fall in October as "not covered - not medically necessary." She was taken to the ER after she fainted at home. Can your billing office resubmit with the right documentation, or does she need to appeal herself?

Thanks,
Gina Rossi, RN, Home Health""",
"nurse asking about denied claim; past fainting trap")

m("en", B, "Request for itemized billing - attorney",
"""Dear Records/Billing,

This office represents Ms Shaunte Brooks in a personal injury matter arising from a motor vehicle accident on 08/19. Enclosed is a HIPAA-compliant authorization. Please provide an itemized statement of all charges and payments for dates of service 08/19 through 10/30.

Paralegal, Harmon & Reed LLP""",
"legal request for bill")

m("en", B, "FINAL NOTICE before collections",
"""FINAL NOTICE

Account 7701932 - balance $612.40 remains unpaid after 3 statements. If payment or a payment arrangement is not received within 30 days, the account may be referred to an outside collection agency.

Patient Financial Services""",
"collections notice")

m("en", B, "Card declined - deposit",
"""Dear Mr Lowe,

The card payment for your deposit (£500) for your knee replacement on 22 April was declined. Please call us to pay by another method within 7 days to keep your surgery date.

Private Patients Office""",
"declined payment")

m("en", B, "Subrogation - third party liability",
"""Re: Member Alan Cooper, DOS 06/02-06/05

Our records indicate the member's inpatient stay followed a road traffic collision (head injury, intracranial haemorrhage, admitted to ICU). We are pursuing recovery from the third-party auto insurer. Please do not bill the auto carrier directly; forward any correspondence received from them.

Recovery Unit, Pacific Health Plan""",
"insurer subrogation mentioning past brain bleed")

m("en", B, "Invoice - locum consultant weeks 5-8",
"""Please find attached invoice 22-LOC-0419 for Dr A. Mwangi, Locum Consultant in Emergency Medicine, weeks 5-8, 164 hours at the agreed rate. Timesheets signed by Clinical Director attached.

Total: £21,320.00

Finance Team, MedStaff Locums""",
"agency invoice, ED context")

m("en", B, "Care home pharmacy invoice query",
"""Hi,

We've been invoiced for 3 months of food thickener for a resident who died in November. Can you credit the December and January charges? Invoice CH-2201-778.

Thanks, Office Manager, Ashgrove House""",
"invoice dispute")

m("en", B, "DRG downgrade - appeal support needed",
"""Dear Dr Fenwick,

The payer has downgraded the claim for Ms Paula Reyes from DRG 189 (pulmonary edema and respiratory failure) to DRG 193 (pneumonia with MCC), citing insufficient documentation of acute respiratory failure. Your progress note from 11/03 mentions SpO2 84% and BiPAP; could you add an addendum clarifying the diagnosis so we can appeal?

Clinical Documentation Integrity Specialist""",
"CDI/billing appeal describing past desaturation")

m("en", B, "Anaesthesia units - ASA modifier",
"""Hi Dr Chen,

For the case on 2/27 (Mr Edward Lin, lap appendectomy) the record shows ASA 3 but the billing form says ASA 2 and no time end. Can you confirm the ASA class and anesthesia end time so we can submit? Thanks.

Anesthesia Billing""",
"anaesthesia billing query")

m("en", B, "Remittance advice - batch 0415",
"""Remittance advice for payment run 0415

Payee: Riverside Community Hospital
EFT ref: 000928113
Claims paid: 214   Total: $311,045.77
Claims denied: 17 (see CARC codes)

Download the 835 file from the provider portal.""",
"payer remittance")

m("en", B, "Good Faith Estimate",
"""Good Faith Estimate for uninsured/self-pay patients

Patient: Aisha Mohammed
Scheduled service: upper endoscopy with biopsy (43239), 04/12
Facility fee: $1,850   Physician: $620   Anesthesia: $540   Pathology: $210
Total estimate: $3,220

If billed more than $400 above this estimate you may dispute the bill.""",
"good faith estimate")

m("en", B, "Financial assistance application received",
"""Dear Ms Turner,

We have received your application for financial assistance for account 9917203. Please also send your last two pay stubs and last year's tax return within 30 days. Collection activity on the account is paused while we review.

Financial Counseling Office""",
"charity care processing")

m("en", B, "Interpreting services invoice - Feb",
"""Invoice LSV-0224 for face-to-face and telephone interpreting, February. 61 bookings, 88.5 hours. Breakdown by department attached (Maternity 22, ED 14, Outpatients 25). Total £4,932.75. PO 4500220044.

LanguageLink Ltd""",
"service invoice")

m("en", B, "Defibrillator lease - annual renewal invoice",
"""Dear Procurement,

Your lease for 18 LIFEPAK 15 monitor/defibrillators and 32 AEDs renews on 1 April. Invoice DFL-2024-118 for the annual lease and preventive maintenance (£41,600 + VAT) is attached. Battery replacements for units on wards 3, 7 and ED are included.

Account Manager, CardioEquip Leasing""",
"vendor invoice with defibrillator, billing trap")

m("en", B, "Coordination of benefits - secondary insurer",
"""Hello,

We received claim 4471992 for Ms Heather Cole but our records show she has primary coverage with her employer's plan. Please bill the primary insurer first and send us the EOB; we will process as secondary.

Claims Department, Liberty Senior Supplemental""",
"COB billing")

m("en", B, "PO number needed",
"""Hi, we can't process your invoice INV-20931 without a valid PO number. Please resubmit with the PO or we'll have to return it. Thanks - Accounts Payable""",
"short AP message")

m("en", B, "Billing question - ED visit after seizure",
"""Dear Patient Accounts,

I'm writing on behalf of my client, Mr Dominic Shaw, who has a learning disability and lives in supported accommodation. He received a bill for $1,120 from the ED visit on 1/22 when staff called an ambulance after he had a seizure at the day centre. He has Medicaid, which should cover this. Can the bill be resubmitted to Medicaid?

Thank you,
Support coordinator, Brightway Supported Living""",
"billing query about past seizure")

m("en", B, "Research grant - quarterly invoice",
"""Dear Finance,

Please raise an invoice to the sponsor (Novagen Therapeutics) for Q1 per-patient payments on study NGT-204: 7 screening visits, 5 randomisation visits, 12 follow-up visits as per the Clinical Trial Agreement payment schedule (attached). Sponsor PO: NG-88012.

Research Finance Officer, R&D Office""",
"research invoicing")

m("en", B, "Unpaid invoice - private ambulance",
"""Dear Sir/Madam,

Our invoice SA-7762 dated 10 January for the private ambulance transfer of Mrs Vera Thompson from your hospital to her home remains unpaid. Amount due £395.00. Your ward confirmed the booking was hospital-funded (discharge delay). Please settle or advise.

Accounts, Swift Ambulance Services""",
"transport invoice follow-up")

m("en", B, "Insurer: hospital cash claim form",
"""Dear Policyholder,

Thank you for notifying us of your hospital stay from 5 to 9 March. To process your hospital cash benefit (£100 per night), please ask the hospital to complete section B of the enclosed form and return it with a copy of the discharge summary.

Claims Team, SureCover Insurance""",
"insurance claim process")
# ---------------------------------------------------------------- FR billing
m("fr", B, "Prise en charge hospitalisation - accord",
"""Madame, Monsieur,

Suite à votre demande, nous vous confirmons la prise en charge de l'hospitalisation de Mme Claudine Perrin du 04/03 au 08/03 au CH de Montluçon :
- ticket modérateur : 100 % BR
- forfait journalier : pris en charge intégralement
- chambre particulière : 55 € par nuit maximum

Numéro d'adhérent : 44 712 889 01
Le bureau des entrées peut nous adresser la facture en tiers payant.

Service prise en charge, Mutuelle Harmonie des Territoires""",
"mutuelle accord de prise en charge")

m("fr", B, "Rejet de facture - code acte",
"""Caisse Primaire d'Assurance Maladie

Rejet de facture n° 2024-118834
Assuré : M. DUVAL Christophe - NIR 1 76 10 08 260 220 81
Motif : acte CCAM YYYY010 non compatible avec la spécialité du prescripteur.

Merci de corriger et de retransmettre la facture dans un délai de 2 ans à compter de la date des soins.""",
"CPAM rejet avec NIR")

m("fr", B, "Tiers payant refusé - droits non ouverts",
"""Bonjour,

La facture du passage aux urgences de Mme Aïcha Benali du 12/02 a été rejetée par la caisse : droits non ouverts à la date des soins. Pouvez-vous demander à la patiente une attestation de droits à jour ? À défaut, la facture lui sera adressée directement.

Bureau des entrées, service facturation""",
"rejet tiers payant")

m("fr", B, "Devis - dépassement d'honoraires",
"""Madame,

Comme convenu lors de la consultation, voici le devis pour votre intervention (hallux valgus droit) avec le Dr Sarrazin en secteur 2 :
- acte chirurgical : base de remboursement 275,99 €, dépassement 450 €
- anesthésie : dépassement 150 €
Chambre particulière : 80 €/nuit.

Merci de nous retourner le devis signé au moins 15 jours avant l'intervention. Votre mutuelle peut vous indiquer sa prise en charge.

Secrétariat, Clinique du Parc""",
"devis dépassements")

m("fr", B, "Facture transport rejetée",
"""Bonjour,

Notre facture de transport en ambulance de M. René Girard (retour à domicile après hospitalisation en cardiologie pour son infarctus du 3 janvier) a été rejetée par la CPAM : la prescription médicale de transport n'était pas signée.

Pouvez-vous nous faire parvenir une PMT signée par le médecin du service ?

Ambulances du Val, service facturation""",
"transporteur: rejet de facture; IDM passé en piège")

m("fr", B, "Codage PMSI - choc septique ?",
"""Cher Dr Hamidi,

Le DIM revient vers vous concernant le séjour de M. Guy Lemoine (RUM 2024-0338, réanimation médicale). Le compte rendu mentionne « sepsis grave » et noradrénaline sur 48 h. Pour le codage, pouvez-vous confirmer qu'il s'agit d'un choc septique (R57.2) et préciser le germe ?

Le séjour doit être transmis avant le 10. Merci.
Médecin DIM""",
"requête de codage avec termes urgents, non urgent")

m("fr", B, "Relance facture - gants d'examen",
"""Madame, Monsieur,

Sauf erreur de notre part, notre facture n° FA-2024-0219 du 15 janvier (gants nitrile non poudrés, 400 cartons, 12 480,00 € TTC) n'a pas été réglée à ce jour malgré l'échéance du 14 février.

Merci de procéder au règlement ou de nous indiquer le motif du retard.

Service recouvrement, MedicaPro Distribution""",
"relance fournisseur")

m("fr", B, "Notification d'indu",
"""CPAM - Notification de payer

Suite à un contrôle, un montant de 1 248,30 € vous a été versé à tort au titre de majorations de nuit facturées pour des actes réalisés avant 20h (période du 01/09 au 31/12). Vous disposez d'un délai de deux mois pour régler ou présenter vos observations.

Service du contrôle des professionnels de santé""",
"CPAM indu à un professionnel")

m("fr", B, "Prévoyance - déclaration d'arrêt suite à infarctus",
"""Madame, Monsieur,

Notre assuré, M. Franck Noël, nous a déclaré un arrêt de travail depuis le 18 février à la suite d'un infarctus du myocarde. Pour le versement des indemnités journalières complémentaires, merci de compléter le questionnaire médical confidentiel ci-joint (à l'attention de notre médecin-conseil) et de nous transmettre le bulletin de situation.

Service indemnisation, Prévoyance Avenir""",
"prévoyance: dossier d'indemnisation, IDM passé")

m("fr", B, "Refus de remboursement - ostéopathie",
"""Bonjour,

Nous accusons réception de la facture d'ostéopathie de Mme Sandra Roy du 02/03. Votre contrat Essentiel ne prévoit pas de prise en charge des médecines douces. Pour en bénéficier, vous pouvez passer au niveau Confort à l'échéance annuelle.

Service adhérents, Mutuelle MNS""",
"mutuelle refus")

m("fr", B, "Avis des sommes à payer",
"""Direction générale des Finances publiques

Avis des sommes à payer n° 2024-04-33871
Débiteur : M. Paul Jacquet
Objet : frais de séjour, CH de Vierzon, du 22/01 au 26/01 (forfait journalier et ticket modérateur non couverts)
Montant : 172,00 €

Paiement en ligne sur payfip.gouv.fr ou auprès du service de gestion comptable.""",
"avis des sommes à payer")

m("fr", B, "Facture de séjour - EHPAD mars",
"""Madame,

Veuillez trouver ci-joint la facture de séjour de votre mère, Mme Odette Blanc, pour le mois de mars : hébergement 2 232,00 €, tarif dépendance GIR 2 : 582,40 € dont APA versée directement par le Département 462,10 €. Reste à charge : 2 352,30 €.

Prélèvement le 10 du mois. Service administratif, EHPAD Les Acacias""",
"facture EHPAD")

m("fr", B, "Attestation CSS manquante",
"""Bonjour,

Pour pouvoir appliquer la dispense d'avance de frais pour M. Kamel Zidane (consultation du 19/02 en ORL), nous avons besoin de son attestation de Complémentaire santé solidaire en cours de validité. Pouvez-vous la lui demander ou nous la faxer ?

Service de facturation des consultations externes""",
"facturation CSS")

m("fr", B, "Décompte de remboursement",
"""Décompte de remboursement du 14/03

Bénéficiaire : Mme Jeanne Vasseur
- 02/03 IRM cérébrale (bilan d'AVC) : base 69,00 €, remboursé Sécu 48,30 €, remboursé mutuelle 20,70 €
- 05/03 consultation neurologue : base 30,00 €, Sécu 20,00 €, mutuelle 9,00 € (participation forfaitaire 1 €)

Total versé : 98,00 €""",
"décompte listant actes d'AVC, piège")

m("fr", B, "Accident du travail - facturation",
"""Bonjour,

Mme Valérie Dumont, aide-soignante, s'est blessée au dos lors d'une mobilisation de patient le 28/02. Ses soins relèvent de l'accident du travail (feuille d'accident n° AT-2024-0117). Merci de ne pas facturer de ticket modérateur et de transmettre directement à la caisse avec la feuille d'AT.

Direction des ressources humaines, gestion des AT""",
"AT: consigne de facturation")

m("fr", B, "Protocole ALD - exonération",
"""Docteur,

Le protocole de soins ALD de M. Bernard Faure (insuffisance cardiaque, ALD n° 5) a été accepté par le service médical jusqu'au 31/03/2029. Les soins en rapport seront pris en charge à 100 %. Pensez à utiliser l'ordonnancier bizone.

Service médical de l'Assurance Maladie""",
"ALD exonération")

m("fr", B, "Devis - patient non assuré",
"""Madame,

Vous nous avez contactés pour M. Diego Alvarez, ressortissant argentin en séjour touristique, qui doit bénéficier d'une arthroscopie du genou. Devis estimatif : 4 850 € (séjour en ambulatoire, honoraires inclus). Un acompte de 100 % est demandé avant l'intervention, sauf prise en charge par son assurance voyage (garantie de paiement à nous adresser).

Bureau des patients étrangers""",
"devis non-assuré")

m("fr", B, "Remboursement trop-perçu",
"""Bonjour Monsieur Fabre,

Suite à la régularisation de votre dossier par la mutuelle, vous avez réglé deux fois le forfait journalier de votre séjour (18 €x3). Un virement de 54,00 € sera effectué sur votre compte sous 15 jours.

Service des admissions - régie""",
"remboursement")

m("fr", B, "Demande d'échéancier",
"""Bonjour,

Je suis assistante sociale à l'hôpital. Mme Nadia Hamel a reçu une facture de 1 420 € (chambre particulière et dépassements non couverts) et ne peut pas payer en une fois. Est-il possible de lui accorder un échéancier de 100 € par mois ? Elle a déposé une demande de CSS.

Merci,
Service social""",
"assistante sociale: échéancier")

m("fr", B, "Facture d'actes hors nomenclature",
"""Madame, Monsieur,

Les analyses suivantes réalisées pour Mme Claire Roussel ne sont pas remboursées par l'Assurance Maladie (hors nomenclature) : dosage de la vitamine D sans indication, AMH. Montant à votre charge : 47,00 €. Facture ci-jointe.

Laboratoire Biomed - service facturation""",
"facture labo")

m("fr", B, "Impayé téléassistance",
"""Bonjour,

L'abonnement de téléassistance de M. Gérard Rey (détecteur de chute, bouton d'appel) présente un impayé de 3 mois (89,70 €). Le prélèvement a été rejeté. Merci de mettre à jour le RIB, faute de quoi le service sera suspendu le 30.

Service clients, Présence Sécurité Seniors""",
"impayé; détecteur de chute sans événement")

m("fr", B, "Garantie assistance - rapatriement",
"""Madame,

Votre mari a été hospitalisé à Malaga pour un accident vasculaire cérébral le 10 mars. Dans le cadre de la garantie assistance de votre contrat, nous prenons en charge le rapatriement sanitaire (avion + ambulance) vers le CH d'Annecy, prévu lorsque l'équipe médicale locale l'aura autorisé, ainsi que les frais d'hospitalisation avancés sur place jusqu'à 30 000 €.

Service assistance, Europ Assurances""",
"assurance: prise en charge financière d'un AVC passé à l'étranger")

m("fr", B, "Lot de télétransmission rejeté",
"""Bonjour,

Le lot n° 112 du 06/03 (34 factures) a été rejeté en totalité par l'organisme : certificat de signature expiré sur le poste de facturation 3. Merci de contacter le service informatique pour le renouvellement puis de relancer l'envoi.

Cellule facturation, Trésorerie""",
"rejet télétransmission")

m("fr", B, "Supplément réa non valorisé",
"""Docteur,

Pour le séjour de Mme Lucie Bertrand en réanimation (14 au 19/02), les suppléments de réanimation n'ont pas été générés : l'IGS2 n'est pas saisi et l'acte de ventilation mécanique n'est pas codé. Le manque à gagner est estimé à 6 900 €. Pouvez-vous compléter le dossier ?

Technicienne d'information médicale, DIM""",
"valorisation T2A, termes de réa passés")

m("fr", B, "Facture maintenance défibrillateurs",
"""Madame, Monsieur,

Veuillez trouver ci-jointe la facture annuelle de maintenance préventive des 27 défibrillateurs automatisés externes installés sur le site (contrat MDF-0933), incluant le remplacement des électrodes arrivées à péremption. Montant : 4 212,00 € TTC, payable à 30 jours.

Service facturation, Cardio Secours Services""",
"facture fournisseur, défibrillateur en piège")

m("fr", B, "Facture intérim médical - urgences",
"""Bonjour,

Facture n° INT-0311 : mise à disposition du Dr K. Mensah, médecin urgentiste, 6 gardes de 24 h du 1er au 15 mars, au tarif réglementé. Relevés d'heures visés par le chef de pôle en pièce jointe.

Total : 12 600,00 €.
Agence Médi-Intérim""",
"facture intérim")

m("fr", B, "Devis dentaire - prise en charge",
"""Bonjour,

Nous avons bien reçu le devis de votre chirurgien-dentiste (2 couronnes céramo-métalliques, 1 implant). Prise en charge prévue : couronnes 100 % santé sans reste à charge ; implant 400 € (forfait). Reste à charge estimé : 850 €.

Service devis, Mutuelle Générale""",
"mutuelle devis")

m("fr", B, "Changement de coordonnées bancaires",
"""Madame, Monsieur,

Nous vous informons du changement de nos coordonnées bancaires à compter du 1er avril. Merci d'effectuer vos prochains règlements sur le compte suivant :
IBAN : FR76 3000 6000 0112 3456 7890 189
BIC : AGRIFRPP

Pour toute question, contactez notre comptabilité.
Société Hygiène & Consommables""",
"fournisseur change d'IBAN")

m("fr", B, "Remboursement frais de déplacement - formation",
"""Bonjour,

Votre état de frais pour la formation « Urgences vitales en service » à Lyon (train 89 €, repas 2 x 17,50 €) a été validé. Le remboursement de 124,00 € sera versé avec votre paie de mai.

Bureau de la formation continue""",
"remboursement de frais; thème urgences en piège")

m("fr", B, "PMT non conforme - rejet",
"""Assurance Maladie - Rejet

Facture de transport du 14/02 pour Mme Denise Caron : la prescription médicale de transport ne comporte pas la justification médicale du mode de transport (ambulance). Rejet définitif sauf production d'une PMT rectifiée.""",
"rejet PMT")

m("fr", B, "Facturation SMUR secondaire",
"""Bonjour,

Pour le transfert SMUR secondaire de M. Thierry Gaillard du CH de Dole vers le CHU (réanimation, 22/02), merci de nous indiquer l'établissement débiteur : le transfert a été demandé par votre service de réanimation. Durée d'intervention 2 h 40.

Service financier, CH de Dole""",
"facturation inter-établissements")

m("fr", B, "Note d'honoraires - anesthésie",
"""Madame,

Vous trouverez ci-joint la note d'honoraires du Dr Lebrun, anesthésiste, pour votre intervention du 08/03 : 120 € de dépassement, réglable par chèque ou virement. Une feuille de soins vous permettra d'être remboursée de la part Sécu.

Secrétariat des anesthésistes""",
"note d'honoraires")

m("fr", B, "Accord préalable kiné",
"""Bonjour,

Votre demande d'accord préalable pour 30 séances de rééducation au-delà du référentiel (M. Alain Brun, suite de prothèse totale de genou) a été acceptée. Référence : AP-774102.

Service médical - Assurance Maladie""",
"accord préalable")

m("fr", B, "facture F-2024-1187",
"""bonjour, la facture F-2024-1187 (location de matelas anti-escarres) n'est toujours pas réglée, pouvez-vous vérifier svp ? merci - compta MedLoc""",
"très court")

m("fr", B, "Forfait patient urgences - contestation",
"""Bonjour Monsieur,

Vous contestez le forfait patient urgences (19,61 €) facturé pour votre passage du 27/01. Nous avons vérifié : vous avez consulté pour une douleur thoracique, le bilan (ECG, troponines) était normal et vous êtes rentré à domicile sans hospitalisation. Le forfait est donc bien dû ; il est normalement pris en charge par votre complémentaire santé.

Transmettez-lui la facture ci-jointe.
Bureau des admissions - facturation des urgences""",
"contestation de facture; douleur thoracique passée bilan normal")
# ---------------------------------------------------------------- EN followup
m("en", F, "Discharge summary - Mr Frank Dobson",
"""DISCHARGE SUMMARY - Cardiology

Patient: Frank Dobson   DOB: 17/08/1950   MRN: 30718842
Admitted: 03/02 via ED   Discharged: 07/02

Presenting complaint: central chest pain at rest for 2 hours, diaphoresis.
Diagnosis: NSTEMI. Peak troponin 3,880 ng/L.
Procedures: Angiogram 04/02 - 90% mid LAD stenosis, treated with 1 x DES. LV function mildly impaired (EF 45%).
Progress: Pain free since PCI. No arrhythmia on telemetry. Mobilising independently.

Medications on discharge: aspirin 75 mg OD (lifelong), ticagrelor 90 mg BD (12 months), atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 2.5 mg (uptitrate), GTN spray PRN.

GP actions: U&E in 1-2 weeks after ramipril titration; refer to cardiac rehab (done). Cardiology clinic 6 weeks.

Dr K. Afolabi, Cardiology SpR""",
"discharge summary recounting past MI")

m("en", F, "Discharge summary - status epilepticus admission",
"""Dear Dr Rowe,

Your patient Ms Sasha Kemp (DOB 05/05/1991) was discharged today from the Neurology ward.

She was brought in by ambulance on 12/03 in convulsive status epilepticus following missed doses of lamotrigine (vomiting bug). She required IV lorazepam, phenytoin loading and a 24-hour ICU stay for airway protection. She has had no further seizures since 13/03, and her MRI is unchanged from previous.

Plan: lamotrigine restarted at her usual dose 200 mg bd; rescue buccal midazolam prescribed; DVLA advice given (no driving for 6 months). Epilepsy nurse will phone in 2 weeks.

Yours sincerely,
Dr P. Sandhu, Neurology Registrar""",
"discharge letter, past status epilepticus, no seizures now")

m("en", F, "Neurology clinic letter - TIA follow-up",
"""Dear Dr Hussain,

Re: Mr Edwin Marsh, DOB 22/11/1947

I reviewed Mr Marsh in the TIA follow-up clinic today, 3 months after his episode of transient right arm weakness and slurred speech lasting 20 minutes. He has had no further episodes. Carotid dopplers showed <50% stenosis bilaterally; 72-hour tape showed no atrial fibrillation.

Examination normal, BP 132/78. He is tolerating clopidogrel and atorvastatin.

I have discharged him from clinic. Please continue secondary prevention. If he has any recurrence, he should call 999.

Yours sincerely,
Dr L. Ncube, Consultant Stroke Physician""",
"clinic letter, historical TIA, hypothetical instruction")

m("en", F, "Results - annual diabetes bloods",
"""Hi Dr Ali,

Results back for Mr Kevin Hollins' annual review:
HbA1c 54 mmol/mol (prev 58)
Total cholesterol 4.1, LDL 2.0
eGFR 71, ACR 1.8
LFT normal

Nothing flagged by the lab. OK to file and send the usual letter?

Jade, Practice HCA""",
"routine results")

m("en", F, "CT head report - Mrs Alder",
"""CT HEAD WITHOUT CONTRAST

Clinical details: 88F, unwitnessed fall at care home yesterday, on apixaban, bruise to left forehead, GCS 15, no vomiting.

Findings: No acute intracranial haemorrhage, infarct or mass effect. Age-appropriate involutional change and moderate small vessel disease. No skull fracture. Left frontal soft tissue swelling.

Conclusion: No acute intracranial abnormality.

Dr M. Gallo, Consultant Radiologist""",
"normal CT report, negated bleed trap")

m("en", F, "Handover to community - Mrs Birch",
"""Hi Community Nursing Team,

Mrs Patricia Birch (81) goes home today from Ward 5. Handover:
- Admitted with cellulitis left lower leg, now resolving on oral flucloxacillin (3 more days).
- Dressing: Atrauman + gauze, change every 3 days, next due Friday.
- Obs stable throughout last 48h, afebrile, NEWS 0.
- Mobilising with frame, OT has installed a raised toilet seat.
- Lives alone, daughter visits daily.

Please visit Friday for dressing and to check the leg. Thanks!
Ward 5 discharge coordinator""",
"nursing handover of stable patient")

m("en", F, "Wound update - Mr Gill",
"""Dear Mr Bose,

Update on Mr Harjit Gill (day 14 post right hemicolectomy): midline wound healing well, clips removed today, small area of superficial granulation at the umbilicus, no erythema, no discharge, afebrile. He is eating normally and bowels open.

We will continue weekly visits for 2 more weeks.

Community Nursing""",
"wound care update, no red flags")

m("en", F, "steri-strips - Mrs Kaur hip",
"""Hi,

Quick question about Mrs Manjit Kaur who came back to us from your ward 5 days ago after her hip operation. The steri-strips on the wound are starting to peel off at the ends. The wound looks clean and dry, no redness, she's had no temperature. Can we just remove them or should we leave them for the district nurse on Monday?

Thank you,
Karen, Senior Carer, Fernlea Care Home""",
"post-op question without red flags")

m("en", F, "Referral - syncope work-up",
"""Dear Cardiology Colleague,

Re: Mr Liam O'Connor, 42

I would be grateful if you would see Mr O'Connor, who had two episodes of collapse with brief loss of consciousness while standing at work, in November and January. Both times he felt lightheaded beforehand and recovered fully within a minute; no injury. ECG in surgery shows sinus rhythm, normal intervals. He has been well since, with no chest pain or palpitations.

He is a lorry driver and has informed the DVLA. I'd appreciate your assessment and advice on further investigation.

Kind regards,
Dr Tom Reeves, GP""",
"referral letter about past collapse, now well")

m("en", F, "Update on Mr Pryce since coming home",
"""Dear Dr Holmes,

Just an update on Mr Ivor Pryce since his discharge from hospital last Tuesday. He is eating and drinking better, weight up 0.8 kg, observations stable (BP 126/70, pulse 74, temp normal, sats 96%). He has been walking to the lounge with his frame. No further falls.

We will keep monitoring and will let you know of any change.

Kind regards,
Deputy Manager, Rosewood Care Home""",
"care home stable update")

m("en", F, "Histology result - skin excision",
"""Histopathology report

Patient: Gary Holt   Specimen: excision, skin lesion left shoulder
Diagnosis: Seborrhoeic keratosis. No dysplasia or malignancy. Completely excised.

Minor Surgery Clinic - no further action. Letter to patient sent.""",
"benign histology result")

m("en", F, "Urine culture result",
"""Microbiology result

Patient: Mrs Brenda Lowe, DOB 14/02/1961
MSU: >10^5 cfu/ml E. coli
Sensitive: nitrofurantoin, fosfomycin, pivmecillinam. Resistant: trimethoprim, amoxicillin.

Note: patient was started on nitrofurantoin on 04/03 (sensitive). No change required.""",
"routine micro result")

m("en", F, "Maternity discharge - PPH",
"""Dear Health Visitor / GP,

Mrs Rachel Oyelaran delivered a baby girl by forceps on 10/04. Delivery was complicated by a postpartum haemorrhage of 1,400 ml, managed with uterotonics and a 2-unit transfusion in theatre. She recovered well; Hb on day 2 was 92 g/L.

Discharged day 3 on ferrous fumarate for 3 months. Baby well, breastfeeding established. Please check Hb at 6 weeks.

Postnatal Ward, Maternity""",
"maternity discharge letter, past haemorrhage")

m("en", F, "Discharge letter - Acute Psychiatric Unit",
"""Dear Dr Simmons,

Re: Mr Jamie Rowntree, 29

Mr Rowntree was admitted informally on 01/02 following an overdose of sertraline and paracetamol in the context of a relationship breakdown; he was medically cleared at the general hospital before transfer. Over a 3-week admission his mood improved on mirtazapine and psychological support. At discharge he denies any suicidal thoughts or plans, is future-focused and has engaged with his crisis plan.

Follow-up: Home Treatment Team visit within 72 hours; CMHT care coordinator assigned. He has the crisis line number.

Dr A. Begum, Specialty Doctor, Acute Psychiatric Unit""",
"psych discharge, past overdose, negated current ideation")

m("en", F, "ED discharge letter - anaphylaxis yesterday",
"""Emergency Department Discharge Letter

Patient: Connor Blake, 19
Attended: 21:40 yesterday - generalised urticaria, lip swelling and wheeze after eating satay at a restaurant. Treated with IM adrenaline x1, chlorphenamine, hydrocortisone. Observed for 12 hours with no recurrence. Discharged this morning well.

GP actions: please prescribe 2 x adrenaline auto-injectors (supplied 2 today) and refer to Allergy Clinic (referral also sent from ED).""",
"ED letter recounting past anaphylaxis, resolved")

m("en", F, "Physio progress - TKR",
"""Hi Dr Naylor,

Progress report, Mrs Sheila Harte, week 5 post left TKR: knee flexion 105 degrees, extension -5, walking with one stick outdoors, pain 3/10 on exercise. Scar well healed. She's doing her home exercises. Plan: 3 more sessions then discharge to home programme.

Outpatient Physiotherapy""",
"therapy progress")

m("en", F, "Echo report",
"""Transthoracic echocardiogram - Mr Amir Hassan
LV normal size, EF 58%. No regional wall motion abnormality. Valves: trivial MR. RV normal. No pericardial effusion.
Conclusion: structurally normal heart.

Cardiac Physiology""",
"normal echo result")

m("en", F, "Holter result - palpitations",
"""Dear Dr Fisher,

24-hour Holter for Miss Rosa Quinn (referred for palpitations): predominantly sinus rhythm, mean HR 76. Occasional isolated ventricular ectopics (<1% burden). No pauses, no AF, no sustained arrhythmia. Symptom button pressed twice, both corresponding to sinus rhythm at 95 bpm.

Reassuring study. No cardiology follow-up needed unless symptoms change.

Cardiac Physiology Department""",
"routine monitoring result")

m("en", F, "",
"""Hi Dr Lee, took out Mr Dwayne Fisher's sutures from his hand laceration today as planned (day 10). Wound fully closed, clean, no signs of infection. Advised to massage the scar with emollient. Discharged from nurse clinic. - Jenny, Practice Nurse""",
"stitches removal update")

m("en", F, "2-year health review - Lucas Hart",
"""Dear GP,

I completed Lucas Hart's 2-year review today. Growth along the 50th centile, ASQ-3 within normal range in all domains, vaccinations up to date. Mum reports a febrile convulsion in the summer, which was assessed in hospital at the time with no recurrence since.

No concerns at present; parents given information on oral health and toilet training.

Health Visiting Team""",
"routine review, historical febrile convulsion")

m("en", F, "Patient Care Record - non-conveyance",
"""Ambulance Service - Notification of attendance (not conveyed)

Patient: Mrs Hilda Rhodes, 86
Attended 02:14 following a fall at home. Found sitting on floor, helped up by crew. No head injury, no loss of consciousness, no pain on examination, full range of movement. Obs within normal limits, ECG sinus rhythm. Blood glucose 6.8.

Left at home with her son. Referred to the falls prevention service. Please review at your convenience.

Paramedic, Community Response""",
"non-conveyance letter, negated red flags")

m("en", F, "Sleep study result",
"""Dear Dr Banks,

Mr Curtis Ward's overnight oximetry shows an ODI of 31 per hour with a nadir SpO2 of 78% during sleep, consistent with moderate-severe obstructive sleep apnoea. He has been started on CPAP and will be reviewed in 3 months.

Respiratory Sleep Service""",
"routine study result; desaturation during sleep is known finding not acute")

m("en", F, "Diabetic foot clinic update",
"""Dear Dr Ingram,

Mrs Beverley Stone's right hallux ulcer has reduced from 12 mm to 4 mm over 6 weeks with offloading. No signs of infection, probe-to-bone negative, pulses palpable. We will continue fortnightly podiatry and review in 4 weeks.

Diabetic Foot Team""",
"wound monitoring update")

m("en", F, "Audiology results - Mrs Gray",
"""Hearing assessment: Mrs Audrey Gray
Bilateral mild to moderate sensorineural hearing loss, symmetrical, consistent with age. Tympanometry normal.
Bilateral hearing aids fitted today. Review 8 weeks.

Adult Audiology""",
"routine results")

m("en", F, "Palliative care update - Mr Ward",
"""Dear Dr Coleman,

I visited Mr Reginald Ward at home today. He is comfortable, pain controlled on MST 20 mg bd with minimal breakthrough use. Appetite poor but he is drinking. His wife is coping well with support from carers four times daily. His preferred place of death remains home and a DNACPR is in place.

I will visit again next week.

Community Palliative Care CNS""",
"palliative stable update")

m("en", F, "Oncology clinic letter - scan stable",
"""Dear Dr Obi,

Re: Mrs Gillian Page, metastatic breast cancer on letrozole + ribociclib

Her CT chest/abdomen/pelvis shows stable disease with no new lesions. She remains well, ECOG 1, with no bone pain. Neutrophils 1.4, acceptable. Continue current treatment; next scan in 3 months, clinic in 4 weeks with bloods.

Dr H. Lowry, Consultant Medical Oncologist""",
"oncology clinic letter")

m("en", F, "K+ 5.6 - repeat",
"""Hi Dr Price,

Potassium 5.6 on Mrs Pamela Weir's routine bloods (on ramipril + spironolactone), eGFR 52 (stable). Sample was taken at 4pm and spun late, could be an artefact. Not flagged as critical. Suggest repeat U&E next week?

Practice Pharmacist""",
"mildly abnormal result, not critical")

m("en", F, "Pending results from admission - all normal",
"""Dear Dr Warner,

When Mr Simon Dale was discharged on 12/02, his myeloma screen, vitamin B12 and thyroid function were pending. These are now back and normal (serum electrophoresis no paraprotein, B12 412, TSH 1.8). No further action needed from our side.

Kind regards,
Dr O. Hale, FY2 Acute Medicine""",
"junior doctor following up pending results")

m("en", F, "Evening handover - Ward 9",
"""Evening handover, Ward 9 (surgical):

Bed 1 - Mr Pope, day 3 lap appendix, eating, for home tomorrow.
Bed 3 - Mrs Obi, day 1 TAH, PCA weaned, obs stable, catheter out tomorrow AM.
Bed 6 - Mr Kent, conservative pancreatitis, pain improving, NEWS 1.
Bed 8 - empty, admission expected from SAU.
No concerns for the night team.

Charge Nurse""",
"stable handover list")

m("en", F, "Cognitive assessment outcome",
"""Dear Dr Webb,

I saw Mr Donald Firth at home with his wife. ACE-III 74/100 (memory and fluency domains mostly affected). Bloods and CT head from your referral were unremarkable. The picture is consistent with mild Alzheimer's-type dementia. Consultant review in memory clinic has been booked; he is keen to try donepezil.

Memory Nurse Specialist""",
"assessment result letter")

m("en", F, "Clinic letter - post lap chole",
"""Dear Dr Ahmed,

I saw Mrs Carol Nunn 6 weeks after her laparoscopic cholecystectomy. She has recovered well, wounds healed, eating normally with no further biliary pain. Histology: chronic cholecystitis with gallstones, no malignancy. I have discharged her back to your care.

Mr S. Pillai, Consultant Upper GI Surgeon""",
"post-op clinic discharge letter")

m("en", F, "drain site - dressing advice?",
"""Hi surgical team,

Visited Mr Dean Crawley today (day 6 post op, drain removed day 4). Small amount of clear serous ooze from the drain site, no redness, no smell, skin intact around it, he's afebrile and feels well. Currently using Mepore. Is there anything better you'd like us to use, or carry on and review in 2 days?

Thanks,
Lisa, District Nurse""",
"post-op wound query without red flags")

m("en", F, "Stroke discharge summary",
"""DISCHARGE SUMMARY - Hyperacute Stroke Unit / Stroke Rehabilitation

Patient: Mrs Maureen Holt   DOB: 19/10/1950   MRN: 70231184
GP: Dr J. Ainsworth, Canal Street Practice
Admitted: 02/01 via ambulance (pre-alerted as FAST positive)   Discharged: 24/01

Presenting complaint: Found by husband at 07:30 with sudden left-sided weakness, left facial droop and slurred speech; last known well 06:45. NIHSS 9 on arrival.

Investigations: CT head no haemorrhage; CT angiogram right M1 occlusion. ECG atrial fibrillation (new). Echo: LA mildly dilated, EF 55%. HbA1c 41, LDL 3.4.

Treatment: IV alteplase at 08:22 (door-to-needle 31 min), transferred for mechanical thrombectomy with TICI 3 reperfusion. 24-hour CT: small right striatocapsular infarct, no haemorrhagic transformation. Apixaban 5 mg bd started day 5.

Progress: Rapid early improvement. One episode of aspiration pneumonia (day 3) treated with co-amoxiclav, resolved. Swallow assessment passed day 6 - normal diet and thin fluids. Mood screened (low mood noted, no thoughts of self-harm), psychology input arranged. Mobilising with a stick, independent with personal care, some fatigue.

Condition at discharge: NIHSS 2 (mild left arm weakness, mild dysarthria). mRS 2.

Medications: apixaban 5 mg bd, atorvastatin 80 mg on, ramipril 2.5 mg od, omeprazole 20 mg od (stop after 4 weeks).

Follow-up:
- Early Supported Discharge team visit tomorrow (physio, OT, SALT)
- Stroke clinic 6 weeks
- GP please: BP target <130/80, U&E in 2 weeks, review mood at 6 weeks, DVLA advised no driving for 1 month.
- Patient and husband given stroke information pack, including to call 999 if any new FAST symptoms.

Dr R. Chaudhry, Stroke Registrar, on behalf of Dr E. Morgan, Consultant""",
"long discharge summary recounting past stroke")

m("en", F, "CPA review summary",
"""CPA Review - summary for GP

Client: Ms Leanne Porter   Care coordinator: Mark Hollis, CPN
Mental state stable over the past 3 months on aripiprazole 10 mg. No psychotic symptoms, no self-harm since 2022, no thoughts of suicide expressed. Working part-time. Physical health check: BMI 29, lipids pending.

Plan: continue; depot not indicated; next review in 6 months.
Community Mental Health Team""",
"mental health review, historical self-harm negated")

m("en", F, "Mammography result - benign",
"""Breast Screening Service

Dear Dr Hartley,

Your patient Mrs Debra Lyons attended assessment clinic following her screening mammogram. Further imaging and ultrasound showed a simple cyst. No further action; she returns to routine 3-yearly screening.""",
"screening result")

m("en", F, "Spirometry results",
"""Spirometry - Mr Norman Frost
FEV1 1.62 L (58% predicted), FVC 3.10 L, FEV1/FVC 0.52, minimal reversibility.
Consistent with moderate COPD (GOLD 2). Inhaler technique checked. For review by Dr Moss at COPD clinic next month.

Respiratory Nurse""",
"routine test results")

m("en", F, "Discharge summary - urosepsis",
"""Dear GP,

Mrs Alice Morton, 79, was admitted 24/01 with confusion, fever 39.4, hypotension (82/44) and lactate 4.1 - urosepsis. She responded to IV fluids and gentamicin/co-amoxiclav; blood cultures grew E. coli. She did not require ICU. By day 3 she was back to her baseline cognition.

Discharged 30/01 on oral co-amoxiclav to complete 10 days. Please recheck U&E in one week (AKI stage 1 on admission, now resolved).

Acute Medical Unit""",
"discharge summary of past sepsis")

m("en", F, "Update after discharge - Mrs Ford",
"""Dear Dr Rao,

Thank you for looking after Mrs Beryl Ford. Just to update you following her discharge: her INR has been stable at 2.3-2.8 for three checks, BP 134/82, and she's walking daily. She hasn't had any more palpitations.

Best wishes,
Dr J. Carr, GP, Station Road Surgery""",
"GP update to hospital, stable")

m("en", F, "Renal clinic letter",
"""Dear Dr Kapoor,

Mr Wesley Grant's renal function remains stable: creatinine 168 (eGFR 36), ACR 12, potassium 4.9, Hb 118. BP 128/74 on losartan. CKD 3b due to diabetic nephropathy. No change in management; please repeat U&E and ACR in 6 months, renal clinic in 12 months.

Renal Outpatients""",
"clinic letter stable")

m("en", F, "Pharmacy BP check results",
"""Hi Dr Evans,

Hypertension case-finding at our pharmacy: Mr Derek Mill, 56. Clinic BP 152/94; ambulatory BP monitoring (7 days) average 144/90. No symptoms. Results uploaded to the GP record. Please review for diagnosis of stage 1 hypertension.

Community Pharmacist""",
"monitoring results")

m("en", F, "Re: Mr Tan - bloods from last week",
"""Thanks - so Hb is back up to 121 from 98 after the iron infusion, ferritin 210. Happy with that. No further infusions needed, recheck in 3 months. He said his breathlessness on the stairs has gone.

> Hi Dr Shah, FBC and ferritin for Mr Alan Tan attached, post IV iron. - Haematology secretary""",
"result follow-up reply, resolved symptom")

m("en", F, "ICU follow-up clinic letter",
"""Dear Dr Morgan,

Mr Patrick Lyle attended ICU follow-up clinic 3 months after his 12-day ICU stay for severe pneumonia with ARDS requiring ventilation. He is walking 1 mile, back at work part-time. He reports occasional nightmares about ICU but no low mood. Lung function improving (DLCO 68%).

We have referred him for a psychology session and will review in 6 months.

Critical Care Follow-up Team""",
"follow-up clinic after past critical illness")
# ---------------------------------------------------------------- FR followup
m("fr", F, "Compte rendu d'hospitalisation - EP",
"""COMPTE RENDU D'HOSPITALISATION - Service de pneumologie

Patiente : Mme Martine Rolland, née le 03/05/1962, IPP 4418230
Médecin traitant : Dr Thierry Lafont
Séjour du 11/02 au 16/02

Motif d'hospitalisation : dyspnée d'apparition brutale et douleur thoracique droite majorée à l'inspiration, survenues au domicile, ayant motivé un appel au 15. À l'arrivée aux urgences : SpO2 89 % en air ambiant, FC 112, PA 134/82, apyrétique.

Antécédents : HTA traitée, cholécystectomie en 2015, pas d'antécédent thromboembolique. Voyage en car de 14 h la semaine précédente.

Examens complémentaires :
- Angioscanner thoracique : embolie pulmonaire segmentaire et sous-segmentaire droite, rapport VD/VG 0,8.
- Troponine et BNP normaux. Score sPESI 0.
- Écho-doppler veineux : thrombose veineuse profonde poplitée droite.
- Bilan biologique sans particularité, créatinine 71 µmol/L.

Évolution : rapidement favorable sous apixaban. Sevrage de l'oxygène à J2. Disparition de la douleur thoracique à J3. Déambulation sans désaturation à J4. Pas de saignement sous anticoagulant.

Diagnostic retenu : embolie pulmonaire à risque faible, provoquée par un facteur transitoire (voyage prolongé).

Traitement de sortie : apixaban 10 mg matin et soir jusqu'au 17/02 inclus, puis 5 mg matin et soir pendant au moins 3 mois ; bas de contention classe 2 à droite ; traitement antihypertenseur inchangé.

Suivi proposé : consultation de pneumologie dans 3 mois pour discuter de la durée du traitement ; pas de bilan de thrombophilie indiqué. Nous avons expliqué à la patiente les signes devant faire consulter (essoufflement, douleur thoracique, saignement).

Dr V. Lacombe, pneumologue""",
"CRH long relatant une EP passée, consignes hypothétiques")

m("fr", F, "CRH cardiologie - arrêt cardiaque récupéré, DAI",
"""Cher confrère,

Votre patient M. Olivier Delorme, 53 ans, a été hospitalisé du 02 au 14/03 au décours d'un arrêt cardiaque extra-hospitalier sur fibrillation ventriculaire (massage par un témoin, DAE, RACS après 8 min). La coronarographie était normale ; l'IRM cardiaque retrouve une cardiomyopathie hypertrophique.

Un défibrillateur automatique implantable a été posé le 11/03. Récupération neurologique complète. Sortie à domicile.

Suivi : consultation rythmologie et contrôle du DAI à 1 mois. Conduite interdite 6 mois.

Dr S. Mallet, cardiologue""",
"CRH d'un arrêt cardiaque passé")

m("fr", F, "Consultation de cardiologie - un an après IDM",
"""Cher ami,

J'ai revu M. Claude Ferrer, un an après son infarctus antérieur traité par angioplastie. Il est asymptomatique, sans douleur thoracique ni dyspnée, il marche 45 minutes par jour. FEVG 52 % à l'échographie, épreuve d'effort négative à 140 W.

Je propose l'arrêt du ticagrelor, poursuite de l'aspirine, de la statine et du bêtabloquant. LDL 0,58 g/L, à l'objectif.

Revoir dans un an. Bien amicalement,
Dr Rémi Josse""",
"courrier de consultation, IDM historique, douleur niée")

m("fr", F, "Résultats bilan lipidique",
"""Laboratoire Bio-Santé

Patient : M. Hugo Lemercier
Cholestérol total 2,12 g/L ; HDL 0,52 ; LDL calculé 1,34 ; triglycérides 1,30
Glycémie à jeun 0,96 g/L
Pas de valeur critique.
Résultats transmis au prescripteur et au patient.""",
"résultats de routine")

m("fr", F, "Scanner thoracique - nodule stable",
"""SCANNER THORACIQUE SANS INJECTION - contrôle à 12 mois

Indication : surveillance d'un nodule pulmonaire du lobe supérieur droit chez une ancienne fumeuse.
Résultat : nodule solide de 6 mm strictement stable par rapport à l'examen antérieur. Pas d'adénopathie, pas d'épanchement. Pas d'embolie visible (examen non injecté).

Conclusion : stabilité à 1 an, pas de surveillance supplémentaire selon Fleischner.

Dr I. Ferrand, radiologue""",
"CR radio de surveillance")

m("fr", F, "Transmissions HAD - M. Perrot",
"""Transmissions de la semaine - M. Gilbert Perrot (HAD)

- Antibiothérapie IV par PICC : J9/14, bien tolérée
- Apyrétique depuis 6 jours, constantes stables (TA 128/72, FC 78, SpO2 96 %)
- Point de ponction du PICC propre, pansement refait lundi
- Mange mieux, se lève au fauteuil

Pas d'événement particulier. Prochaine visite du médecin coordonnateur jeudi.
IDE HAD""",
"transmissions patient stable")

m("fr", F, "Suivi ulcère de jambe",
"""Bonjour Docteur,

Point sur l'ulcère veineux de Mme Yvonne Gaillard : surface passée de 4 x 3 cm à 2,5 x 1,5 cm en 4 semaines sous compression et pansement hydrocellulaire. Fond bourgeonnant, pas de signe d'infection, pas de douleur particulière.

Je continue 3 passages par semaine. Renouvellement de l'ordonnance de pansements à prévoir fin du mois.

Infirmière libérale""",
"suivi de plaie")

m("fr", F, "Question après cataracte - Mme Roger",
"""Bonjour,

Mme Lucienne Roger, notre résidente, a été opérée de la cataracte gauche avant-hier. L'œil est un peu rouge dans le coin, elle dit qu'elle voit mieux, pas de douleur. Doit-on continuer le collyre 4 fois par jour jusqu'au contrôle, et peut-on lui laver les cheveux ?

Merci, IDE EHPAD Les Myosotis""",
"question post-op sans signe d'alerte")

m("fr", F, "Adressage - bilan d'une première crise",
"""Cher confrère,

Je vous adresse Mlle Camille Besson, 24 ans, pour avis neurologique : elle a présenté il y a 15 jours une crise tonico-clonique généralisée au décours d'une nuit blanche, premier épisode, prise en charge aux urgences (scanner normal). Aucune récidive depuis, examen neurologique normal ce jour.

Je lui ai déconseillé la conduite en attendant votre avis. Merci de programmer EEG et IRM si vous le jugez utile.

Dr Hélène Blanchet, médecine générale""",
"adressage pour crise passée")

m("fr", F, "Nouvelles de M. Moreau depuis son retour",
"""Bonjour Docteur,

Quelques nouvelles de M. André Moreau, revenu à l'EHPAD il y a 8 jours après son hospitalisation pour pneumopathie. Il a repris son appétit, poids stable, apyrétique, saturation 95 % en air ambiant. Il participe à nouveau aux activités. Plus de toux la nuit.

Nous restons vigilants et vous tiendrons informé.
IDE coordinatrice, EHPAD Le Clos""",
"nouvelles stables d'un résident")

m("fr", F, "Résultat anatomopathologique - polype",
"""Compte rendu anatomopathologique

Prélèvement : polypectomie colique, côlon sigmoïde (1 polype, 9 mm)
Conclusion : adénome tubuleux en dysplasie de bas grade. Exérèse complète. Absence de carcinome.

Recommandation : coloscopie de contrôle à 5 ans.""",
"résultat anapath bénin")

m("fr", F, "ECBU - résultat",
"""Laboratoire - résultat d'ECBU

Mme Thérèse Morin, prélèvement du 06/03
Leucocyturie 10^5/mL, Klebsiella pneumoniae 10^6 UFC/mL
Sensible : ceftriaxone, ciprofloxacine, cotrimoxazole. Résistante : amoxicilline.

La patiente est sous cotrimoxazole depuis le 06/03 : traitement adapté.""",
"résultat microbiologique de routine")

m("fr", F, "Lettre de sortie maternité",
"""Chère consœur,

Mme Sarah Ouvrard a accouché le 19/02 par césarienne en urgence pour anomalies du rythme cardiaque fœtal, d'un garçon de 3 120 g, Apgar 7/10. Les suites ont été simples ; la cicatrice est propre, elle est apyrétique, Hb 10,8.

Sortie à J4. Lovenox 6 semaines, retrait des agrafes par IDE à J8. Visite postnatale à 6-8 semaines.

Maternité du CHU""",
"lettre de sortie, urgence passée")

m("fr", F, "Courrier de sortie - psychiatrie",
"""Cher confrère,

M. Damien Caillaud, 34 ans, a été hospitalisé du 01/02 au 26/02 dans notre unité après une tentative de suicide par intoxication médicamenteuse, dans un contexte d'épisode dépressif caractérisé. Sous venlafaxine 150 mg, l'humeur s'est nettement améliorée. À la sortie, il ne présente plus d'idées suicidaires, il a des projets et un plan de crise a été élaboré avec lui.

Suivi : CMP dans la semaine (RDV pris), consultation psychiatrique à 15 jours.

Dr N. Fabre, psychiatre""",
"courrier de sortie, TS passée, idées niées")

m("fr", F, "Passage aux urgences - malaise vagal",
"""Compte rendu de passage aux urgences

Mme Inès Bourgeois, 31 ans, amenée par les pompiers hier à 18h pour malaise avec brève perte de connaissance à la vue d'une prise de sang au laboratoire. Prodromes typiques, récupération immédiate. ECG normal, glycémie normale, examen clinique normal, pas de traumatisme.

Diagnostic : malaise vagal. Retour à domicile. Pas de suivi particulier nécessaire.""",
"CR urgences d'un malaise passé bénin")

m("fr", F, "Bilan de kinésithérapie",
"""Bilan kinésithérapique de fin de prise en charge - M. Henri Fort

Suites de rupture de la coiffe des rotateurs opérée : amplitudes actives complètes, force 4+/5, douleur 1/10. Reprise du travail prévue le 1er avril. Fin des séances, programme d'auto-entretien remis.

Cabinet de kinésithérapie du Lac""",
"bilan de rééducation")

m("fr", F, "Résultats MAPA",
"""Docteur,

La MAPA de 24 h de Mme Valentine Perrin montre une moyenne diurne à 146/91 et nocturne à 132/80, profil non dipper. Confirmation d'une HTA grade 1. Résultats complets en pièce jointe.

Cabinet de cardiologie""",
"résultats de surveillance")

m("fr", F, "ablation des fils",
"""Bonjour Dr Morel, fils retirés ce jour chez M. Noah Girard (plaie du cuir chevelu, J7), cicatrice propre et fermée. Pas d'écoulement. Fin des soins. Bonne journée - Cabinet infirmier""",
"court, retrait de fils")

m("fr", F, "Examen du 9e mois",
"""Certificat de santé du 9e mois - Jules Lambert

Croissance harmonieuse, développement psychomoteur normal (tient assis, pince pouce-index en cours). Vaccinations à jour. Antécédent d'une bronchiolite hospitalisée à 3 mois, sans séquelle, pas de sifflement depuis.

Prochain examen à 12 mois.
Centre de PMI""",
"examen de routine, antécédent")

m("fr", F, "Fiche d'intervention SMUR - laissé sur place",
"""Fiche de transmission au médecin traitant

M. Georges Hamel, 72 ans, diabétique sous insuline. Intervention à domicile à 7h10 pour hypoglycémie à 0,31 g/L avec troubles de conscience, découverte par son épouse. Resucrage IV, reprise de conscience complète. Glycémie 1,45 g/L à H1, a pris son petit-déjeuner.

Laissé au domicile avec son épouse, consignes données. Merci de revoir le schéma d'insuline (dose du soir diminuée la veille ?).

Médecin SMUR""",
"fiche SMUR d'un épisode résolu")

m("fr", F, "EFR - résultats",
"""Explorations fonctionnelles respiratoires - Mme Ginette Lacroix
VEMS 2,10 L (82 %), CVF 2,85 L (89 %), VEMS/CVF 0,74, pas de trouble ventilatoire obstructif. DLCO 78 %.
Conclusion : EFR dans les limites de la normale.""",
"résultat d'examen")

m("fr", F, "Compte rendu consultation mémoire",
"""Cher confrère,

Mme Louise Bertin a été vue en consultation mémoire le 03/04 avec sa fille. MMSE 24/30, tests neuropsychologiques en faveur d'un trouble neurocognitif léger à prédominance mnésique. IRM : atrophie hippocampique modérée. Pas de trouble du comportement.

Nous proposons un suivi à 6 mois et une orientation vers l'accueil de jour. Pas de traitement spécifique pour l'instant.

Dr O. Marchetti, gériatre""",
"courrier de consultation")

m("fr", F, "Point soins palliatifs",
"""Bonjour Docteur,

Visite ce jour chez Mme Huguette Carré avec l'équipe mobile de soins palliatifs. Elle est confortable, douleurs contrôlées par Oxycontin 20 mg x2/j, pas d'encombrement, sommeil correct. Son mari est épuisé : nous avons organisé un relais par des auxiliaires de vie la nuit.

Prochaine visite dans 10 jours, nous restons joignables.
IDE EMSP""",
"suivi palliatif stable")

m("fr", F, "Courrier d'oncologie - réponse partielle",
"""Cher confrère,

Le scanner d'évaluation après 4 cycles de FOLFIRINOX chez M. Paul Renaud montre une réponse partielle (diminution de 35 % de la lésion pancréatique, pas de nouvelle lésion). Tolérance correcte, neuropathie grade 1. Décision en RCP : poursuite jusqu'à 8 cycles puis réévaluation chirurgicale.

Dr A. Colin, oncologue""",
"courrier d'oncologie")

m("fr", F, "Résultat INR",
"""Laboratoire - M. Lucien Petitjean
INR : 2,6 (zone thérapeutique 2-3)
Résultat communiqué à l'IDE à domicile et au médecin traitant. Pas de modification proposée.""",
"résultat de surveillance")

m("fr", F, "Résultats en attente à la sortie",
"""Cher confrère,

Les examens en attente à la sortie de Mme Agathe Morel (hospitalisée du 04 au 09/02) sont revenus : électrophorèse des protéines normale, sérologies VIH/VHC négatives, TSH 2,1. Aucune action nécessaire de notre part.

Bien cordialement,
Dr E. Simon, interne de médecine interne""",
"interne: résultats en attente normaux")

m("fr", F, "Transmissions de nuit - chir ortho",
"""Transmissions de nuit, chirurgie orthopédique :

Ch 201 - M. Roux, J1 PTH : douleur contrôlée, redon 80 ml, levé demain.
Ch 204 - Mme Lopez, J2 ostéosynthèse cheville : RAS, sortie prévue demain.
Ch 207 - M. Bernard, J3 PTG : apyrétique, pansement sec, mobilisation OK.
Ch 210 - libre.

Nuit calme, pas d'appel au médecin.
IDE de nuit""",
"transmissions stables")

m("fr", F, "Compte rendu de coloscopie",
"""Compte rendu de coloscopie - M. Jacques Legrand

Indication : antécédent de rectorragies il y a 2 mois, résolutives.
Résultat : préparation bonne (Boston 8). Hémorroïdes internes stade 2, diverticulose sigmoïdienne non compliquée. Pas de lésion tumorale, pas de saignement actif.

Conclusion : origine hémorroïdaire probable des saignements. Pas de contrôle avant 10 ans.""",
"CR d'examen; saignement passé, négation")

m("fr", F, "Cicatrice de césarienne - question",
"""Bonjour,

Je suis Mme Fanny Legrand pour les soins de sa cicatrice de césarienne (J9). Il y a une petite induration au bord droit, pas de rougeur, pas d'écoulement, elle n'a pas de fièvre et n'a pas plus mal. Faut-il faire quelque chose de particulier ou je laisse à l'air ?

Merci, Stéphanie, IDE libérale""",
"question post-op sans signe d'alerte")

m("fr", F, "Transfert SSR - CRH hématome cérébral",
"""Compte rendu d'hospitalisation - Unité neurovasculaire

M. Bernard Lucas, 68 ans, hospitalisé du 05/01 au 22/01 pour un hématome capsulo-thalamique gauche d'origine hypertensive, révélé par une hémiparésie droite et une dysarthrie. Pas d'indication chirurgicale. Évolution : récupération partielle, marche avec aide, dysarthrie modérée.

Transfert en SSR neurologique ce jour. Objectif TA < 130/80. Pas d'anticoagulant ni d'antiagrégant.""",
"CRH d'une hémorragie cérébrale passée")

m("fr", F, "CRH - pancréatite aiguë",
"""Cher confrère,

M. Pascal Renard a été hospitalisé du 10 au 24/02 pour une pancréatite aiguë biliaire sévère (douleurs abdominales intenses à l'admission, lipase 40 N, coulée de nécrose à J5). Évolution favorable sous traitement conservateur, réalimentation progressive à J8. Cholécystectomie programmée dans 6 semaines.

Sortie à domicile, contrôle biologique dans 15 jours.
Service d'hépato-gastro-entérologie""",
"CRH d'une douleur abdominale sévère passée")

m("fr", F, "Avis RCP - Mme Sanchez",
"""Réunion de concertation pluridisciplinaire de sénologie du 12/03

Patiente : Mme Rosa Sanchez, 58 ans
Carcinome canalaire infiltrant du sein gauche, 14 mm, RH+ HER2-, N0 (ganglion sentinelle négatif).
Proposition : radiothérapie adjuvante puis hormonothérapie par anastrozole 5 ans. Pas d'indication de chimiothérapie (score génomique bas).

Information de la patiente prévue en consultation.""",
"avis RCP")

m("fr", F, "Échographie thyroïdienne",
"""Échographie cervicale - Mme Léa Faure
Thyroïde de taille normale. Nodule lobaire droit de 11 mm, EU-TIRADS 3. Pas d'adénopathie.
Conclusion : surveillance échographique à 1 an, pas de cytoponction.""",
"résultat d'imagerie")

m("fr", F, "Dépistage de la rétinopathie diabétique",
"""Bonjour Docteur,

Les rétinographies de votre patient M. Ahmed Benamar, lues par l'ophtalmologiste, ne montrent pas de rétinopathie diabétique. Prochain dépistage dans 2 ans.

Centre de santé - orthoptiste""",
"résultat de dépistage")

m("fr", F, "Synthèse de suivi en addictologie",
"""Cher confrère,

Point sur M. Christophe Vidal, suivi depuis 6 mois au CSAPA : abstinence d'alcool depuis 4 mois sous acamprosate, reprise d'une activité professionnelle. Antécédent de crise convulsive de sevrage en 2022, aucune récidive. Bilan hépatique en amélioration (GGT 62).

Poursuite du suivi mensuel.
Médecin du CSAPA""",
"synthèse de suivi; crise passée")

m("fr", F, "Re: des nouvelles de Mme Pons ?",
"""Bonjour,

Oui, elle va bien : plus de fièvre depuis 5 jours, la toux diminue, elle a repris ses promenades dans le jardin. Saturation 97 %.

Bonne journée,
IDE de l'EHPAD

> Bonjour, pouvez-vous me donner des nouvelles de Mme Pons après sa pneumopathie ? Dr Garnier""",
"réponse de suivi stable")

m("fr", F, "Courrier de néphrologie",
"""Cher confrère,

Mme Simone Carpentier a été vue en consultation de néphrologie : créatinine 142 µmol/L (DFG 34), stable depuis 1 an, kaliémie 4,6, protéinurie 0,3 g/g. Pas de modification thérapeutique. Contrôle biologique tous les 3 mois, consultation dans 6 mois.

Service de néphrologie""",
"courrier de consultation")

m("fr", F, "Relevés glycémiques de Mme Durand",
"""Bonjour Docteur,

Je vous transmets les relevés glycémiques des 15 derniers jours de Mme Paulette Durand : à jeun entre 1,10 et 1,45 g/L, post-prandiaux entre 1,60 et 2,10. Aucune hypoglycémie. Elle suit bien son régime.

Faut-il adapter la dose de Lantus ? Je reste à votre disposition.
IDE libérale""",
"relevés de surveillance, hypo niée")

m("fr", F, "Consultation post-sepsis",
"""Cher confrère,

J'ai revu M. Jean-Pierre Laurent 2 mois après son hospitalisation en réanimation pour choc septique à point de départ urinaire. Il a récupéré : fatigue résiduelle modérée, poids repris, fonction rénale normalisée (créatinine 88). Pas de nouvel épisode infectieux.

Je propose une reprise progressive de l'activité et un suivi simple par vos soins.

Dr G. Prat, réanimateur""",
"consultation de suivi après sepsis passé")

m("fr", F, "Résultat de biopsie cutanée",
"""Dermatologie - résultat

Biopsie du nævus du dos de Mme Estelle Giraud : nævus composé dysplasique de bas grade, limites d'exérèse saines. Pas de mélanome.
Surveillance clinique annuelle.""",
"résultat de biopsie")

m("fr", F, "Kaliémie 5,4 - à contrôler",
"""Bonjour Docteur,

Kaliémie à 5,4 mmol/L sur le bilan de M. Hervé Masson (sous ramipril et spironolactone), prélèvement effectué au domicile avec délai d'acheminement de 4 h. Créatinine stable. Résultat non critique. Un contrôle la semaine prochaine vous semble-t-il suffisant ?

Laboratoire des Trois Rivières""",
"valeur légèrement anormale non critique")

m("fr", F, "Consultation de traumatologie - fracture consolidée",
"""Cher confrère,

Mme Bérénice Rey a été revue à 6 semaines de sa fracture du poignet gauche traitée orthopédiquement. Radiographie : consolidation acquise. Ablation de la résine ce jour, rééducation prescrite (15 séances).

Pas de nouveau contrôle prévu.
Service de traumatologie""",
"courrier de consultation")

m("fr", F, "Suivi après pose de pacemaker",
"""Contrôle de stimulateur cardiaque - M. Roger Blanc

Pacemaker double chambre posé le 10/01 (BAV complet révélé par une syncope). Contrôle à 1 mois : seuils et impédances normaux, pas d'arythmie enregistrée, pas de récidive de malaise. Cicatrice propre.

Prochain contrôle à 6 mois, télésurveillance activée.""",
"contrôle de dispositif; syncope passée")
# ---------------------------------------------------------------- EN other
m("en", O, "Trust Matters - March newsletter",
"""TRUST MATTERS | March edition

A word from our Chief Executive
What a winter it has been. Our Emergency Department saw its busiest January on record, with more than 11,000 attendances, and our teams across the hospital rose to the challenge again and again. Thank you.

Our new Hyperacute Stroke Unit opens on 1 April
After two years of planning, the new 12-bed unit on Level 3 will bring together stroke physicians, specialist nurses and therapists in one place. Since the pilot began, the median door-to-needle time for clot-busting treatment has fallen to 38 minutes. Consultant Dr Emma Morgan said: "Every minute counts in stroke - this unit lets us act faster than ever."

A night in the life: the site team
We followed our night sisters from 20:00 to 08:00 - juggling beds, supporting wards with deteriorating patients and answering cardiac arrest calls, all fuelled by toast. Read the full story on the intranet.

Staff Awards 2024
Do you know a colleague who goes the extra mile? Nominations close 15 March. Categories include Team of the Year, Unsung Hero and Patient Safety Champion.

Green corner
Our theatres have cut anaesthetic gas emissions by 40% since switching away from desflurane.

Car park C resurfacing
Car park C will be closed 18-22 March. Please use the park and ride from the retail park, running every 10 minutes from 06:30.

Recipe corner
The Restaurant team shares their most-requested dish: lentil and spinach dhal (serves 4).

Have a story to share? Email the Communications Team.""",
"long staff newsletter, stroke and arrests in feature stories")

m("en", O, "Act FAST campaign materials - please display",
"""Dear Practice Managers,

The regional stroke awareness campaign runs from 1 to 31 May. Please display the enclosed posters in waiting areas and play the screen loop:

Face - has their face fallen on one side?
Arms - can they raise both arms?
Speech - is their speech slurred?
Time - to call 999.

Additional leaflets in Urdu, Polish and Romanian can be ordered free.

Public Health Communications""",
"awareness campaign listing stroke signs")

m("en", O, "Mandatory: Anaphylaxis e-learning due",
"""Dear colleague,

Our records show your Anaphylaxis Recognition and Management e-learning (all registered clinical staff) expires on 31 March.

The module covers: recognising anaphylaxis (airway swelling, wheeze, hypotension, skin changes), IM adrenaline dosing by age, when to give a second dose, and post-event observation.

Log in to LearnZone to complete it (45 min). Non-compliance will be reported to your line manager.

Learning & Development""",
"training reminder listing anaphylaxis features")

m("en", O, "Seizure management course for care staff - places available",
"""Hi managers,

We still have places on our half-day Epilepsy Awareness & Buccal Midazolam course, 14 May, 9:30-13:00, Education Centre.

Content: types of seizure, what to do during a tonic-clonic seizure, timing, recovery position, when to give buccal midazolam and when to call 999 (seizure over 5 minutes, injury, breathing problems). Includes a competency assessment.

£45 per delegate. Reply to book.

Community Learning Disability Team""",
"course advert, seizure content")

m("en", O, "Job opportunity: Band 6 Emergency Department Nurse",
"""JOB VACANCY - Band 6 Senior Staff Nurse, Emergency Department

Are you an experienced ED nurse who thrives in resus? You'll lead triage, manage majors, and care for patients with chest pain, stroke, sepsis and major trauma. ALS/ILS and triage experience essential; PHTLS desirable.

Salary £37,338 - £44,962 pa. Closing date 20 March.
Apply via our careers portal, ref 229-ED-6-044.

Recruitment Team""",
"job ad, emergency vocabulary")

m("en", O, "Save lives with the new CardioSafe AED 3",
"""Dear Clinical Lead,

Every minute without defibrillation reduces survival from sudden cardiac arrest by up to 10%. The new CardioSafe AED 3 gives real-time CPR feedback, paediatric mode and 8-year battery life.

Book a free demo for your department this month and get 15% off orders over 5 units.

Kind regards,
Mark Tilley, Territory Manager, CardioSafe Medical""",
"defibrillator vendor marketing")

m("en", O, "Major incident exercise - Thursday 10:00 (EXERCISE EXERCISE EXERCISE)",
"""EXERCISE EXERCISE EXERCISE

This is notice of a live major incident exercise on Thursday, 10:00-13:00, ED and theatres.

Scenario: coach crash on the bypass, 24 simulated casualties. Moulaged volunteers will arrive from 10:15. Expect messages like "patient in bay 3 now unresponsive" and "casualty 7 - active bleeding from thigh" - all part of the exercise.

All exercise messages will start and end with EXERCISE EXERCISE EXERCISE. Real patients continue to be treated as normal.

Emergency Planning Officer""",
"drill with urgent-sounding phrases in quotes")

m("en", O, "In-situ simulation - Ward 4B, Tuesday",
"""Hi Ward 4B team,

We're running an in-situ simulation on Tuesday at 14:00 (20 min + debrief). Our manikin "Mr Jones" will deteriorate: NEWS rising to 9, desaturation to 85%, then a drop in GCS. The aim is to practise escalation with SBAR and use of the deteriorating patient bundle.

Please don't bleep the real outreach team - the sim faculty will play them!

Simulation Faculty, Education Centre""",
"simulation with deterioration scenario")

m("en", O, "Sepsis audit Q4 - results",
"""Q4 Sepsis Audit - ED and Acute Medicine

Sample: 120 patients with suspected sepsis (NEWS >=5 or red flag).
- Antibiotics within 1 hour: 71% (target 90%)
- Lactate measured: 88%
- Blood cultures before antibiotics: 79%
- Senior review documented: 64%

Themes: delays at shift change and when patients are boarded in the corridor. Action plan attached; please discuss at your next governance meeting.

Deteriorating Patient Group""",
"audit report with sepsis vocabulary")

m("en", O, "Updated chest pain pathway v4.2",
"""Dear colleagues,

The ED chest pain pathway has been updated (v4.2, attached). Key changes:
- High-sensitivity troponin 0/1 h algorithm replaces 0/3 h
- Red flags requiring immediate senior review: ongoing pain, haemodynamic instability, new ST changes, suspected dissection
- Low-risk discharge criteria clarified

Please read and sign the training log by 30 April.

Acute Cardiology Lead""",
"protocol update listing warning signs")

m("en", O, "EPR downtime Sunday 02:00-05:00",
"""Planned maintenance: The Electronic Patient Record will be unavailable on Sunday from 02:00 to 05:00 for an upgrade.

During downtime use paper clerking, drug charts and obs charts from the downtime boxes. Results will be telephoned for critical values only. Back-entry required within 24 hours.

IT Service Desk, ext 5000""",
"IT notice")

m("en", O, "Phishing alert - fake 'payroll update' emails",
"""Security alert

Several staff have received emails titled "Urgent: payroll update required" asking them to log in via a link to confirm bank details. These are phishing. Do not click. Report using the "Report Phish" button.

If you entered your credentials, reset your password immediately and call the Service Desk.

Cyber Security Team""",
"IT security notice")

m("en", O, "Annual leave carry-over reminder",
"""Hi all,

A reminder that up to 5 days of annual leave can be carried over into the new leave year (from 1 April) with your manager's approval. Requests to HealthRoster by 15 March please.

HR Advisory""",
"HR admin")

m("en", O, "DBS renewal required",
"""Dear Nurse Adeyemi,

Your Enhanced DBS check is due for renewal as part of our 3-yearly rechecks. Please complete the online application via the link in your ESR self-service by 28 March and bring your ID documents to the Recruitment Hub.

Recruitment Compliance""",
"HR compliance")

m("en", O, "Call for abstracts - Emergency Medicine Annual Scientific Conference",
"""Call for abstracts now open!

EMASC 2025, Manchester, 14-16 October.
Themes: resuscitation, major trauma, sepsis, paediatric emergencies, ED crowding.
Abstract deadline: 30 May. Early-bird registration until 30 June.

Submit at emasc-conference.example.org""",
"conference")

m("en", O, "Research recruitment - RESTORE-AF trial",
"""Dear colleagues,

We are recruiting to the RESTORE-AF trial (anticoagulation timing after ischaemic stroke in AF). Eligible: adults admitted with ischaemic stroke within the last 48 hours who have atrial fibrillation. Please contact the research nurses (bleep 455) if you have a potentially eligible patient on your ward - we will approach them.

Stroke Research Team""",
"research recruitment")

m("en", O, "Your mailbox is almost full!!!",
"""Dear User,

Your mailbox has exceeded 98% of its storage limit. You will not be able to send or receive new messages. Click here to validate your account and upgrade quota immediately: http://mail-quota-verify.example.co/login

IT Administrator""",
"spam/phishing")

m("en", O, "Subject Access Request - Ref SAR-2024-0331",
"""Dear Information Governance,

On behalf of our client Mr Peter Ward (DOB 09/09/1965), we request copies of all health records held by your Trust from 1 January 2020 to date, including ED attendances, imaging and correspondence. Signed consent enclosed.

Medico-legal Department, Fletcher & Co Solicitors""",
"records request")

m("en", O, "Formal complaint C-2024-0412 - statement requested",
"""Dear Sister Lawson,

We have received a formal complaint from the daughter of Mrs Doris Foster, an inpatient on Ward 7 from 4 to 19 December. The concerns are:
1. Mrs Foster was reportedly left on the floor for around 40 minutes after a fall on 9 December before staff attended.
2. Her deterioration on 14 December was not acted on until her NEWS reached 8, when she was transferred to HDU.
Mrs Foster has since recovered and is at home.

Please provide a written statement from the nurses on duty and a copy of the falls and escalation documentation by 2 April, so we can respond within the 25-working-day timescale. The family has asked for a meeting.

Complaints & PALS Team""",
"complaints team request about past events")

m("en", O, "Compliment received for Ward 12",
"""Hi Ward 12,

Passing on a lovely compliment from the Ellis family via our feedback form: "Thank you for looking after our dad. The nurses were so kind, especially the night he was confused and scared. He's home and doing really well." They have sent chocolates to the ward.

This will be shared at the Patient Experience Committee. Well done all!

Patient Experience Team""",
"compliment forwarded by patient experience team")

m("en", O, "Lift B out of service",
"""Estates notice: Lift B (main corridor) is out of service from Monday for 2 weeks for refurbishment. Please use Lift A or C. Bed transfers to theatres should use Lift C.

Estates & Facilities""",
"estates notice")

m("en", O, "Hand hygiene audit - February results",
"""February hand hygiene compliance by ward:
Ward 3 98%, Ward 4B 91%, Ward 7 86%, AMU 94%, ED 82%.
Bare below the elbows compliance 97%.

Wards below 90% please complete an action plan with your IPC link nurse.

Infection Prevention & Control""",
"audit")

m("en", O, "M&M meeting agenda - Friday",
"""Morbidity & Mortality meeting, Friday 12:30, Lecture Theatre 2. Lunch provided.

Cases:
1. 45F, thunderclap headache, discharged from ED, returned 48h later with SAH - missed diagnosis?
2. 72M, post-op haemorrhage day 1 after TURP - escalation delays
3. 30M, paracetamol overdose, late presentation - NAC timing

Presenters: FY2s. CPD certificates available.

Surgical & Medical Education Leads""",
"M&M agenda recounting past emergencies")

m("en", O, "Wellbeing webinar: managing stress after difficult shifts",
"""Join our Staff Psychology team for a 45-minute webinar on coping after traumatic events at work - such as a resuscitation, an unexpected death or a violent incident. Wednesday 13:00 on Teams. No need to register.

Staff Wellbeing Hub""",
"staff wellbeing")

m("en", O, "Staff flu vaccination clinics",
"""Flu vaccine clinics for staff start Monday! Drop in at the Education Centre 08:00-18:00, or ask your ward peer vaccinator. Protect yourself, your patients and your family. 2023 uptake was 58% - let's beat it.

Occupational Health""",
"staff campaign")

m("en", O, "BLS annual update - book now",
"""Reminder: Basic Life Support annual update is mandatory for all clinical staff. Sessions cover recognising cardiac arrest, high-quality CPR, AED use and choking. Book on LearnZone; sessions run every Tuesday and Thursday.

Resuscitation Department""",
"training reminder")

m("en", O, "Leaflet review: 'When to seek help after your operation'",
"""Hi Mr Carson,

Could you review the attached draft patient leaflet for day surgery by 5 April? It lists warning signs after discharge (wound becoming hot, red or oozing, fever over 38, severe pain, bleeding that doesn't stop) and who to contact. The Patient Panel has approved the wording.

Thanks,
Patient Information Team""",
"leaflet review with warning signs list")

m("en", O, "Media enquiry - ED waiting times",
"""Hi,

We've had an enquiry from the Evening Post about 12-hour waits in ED last weekend. Could the ED clinical director give us a short statement by 3pm? Draft attached for comments.

Press Office""",
"press office")

m("en", O, "Medical students - Year 4 placement allocations",
"""Dear supervisors,

Please find attached the Year 4 student allocations for the acute medicine block starting 8 April. Each student needs a named supervisor and two supervised learning events signed by the end of the block.

Undergraduate Medical Education Office""",
"education admin")

m("en", O, "Safeguarding Level 3 - new dates",
"""New dates for Safeguarding Adults & Children Level 3 (face to face): 22 April, 16 May, 11 June. Book via LearnZone. Required for all registered staff working in ED, paediatrics and maternity.

Safeguarding Team""",
"training dates")

m("en", O, "On-call rota April - swaps",
"""Hi all,

April medical registrar rota attached. Please send swaps to me by Friday; any gaps will go out to the locum bank on Monday. Reminder that the rota must keep at least 11 hours' rest between shifts.

Rota Coordinator, Medicine""",
"rota admin")

m("en", O, "Learning from incidents - bulletin 12",
"""LEARNING FROM INCIDENTS - Bulletin 12

What happened: A patient on a surgical ward had rising NEWS over 6 hours (from 3 to 7) but escalation did not occur until she became hypotensive and was transferred to ICU with septic shock. She recovered.

What we learned: NEWS escalation thresholds were not clear to bank staff; handover used a paper list without obs.

What we're doing: new escalation stickers on obs machines, bank staff induction includes NEWS.

Patient Safety Team""",
"incident bulletin recounting past deterioration")

m("en", O, "URGENT: Supplier account suspended - verify now",
"""Dear Customer,

Your pharmacy supplier account has been suspended due to suspicious activity. To restore ordering of medicines and avoid interruption of patient care, verify your account within 24 hours: http://pharma-supply-verify.example.top

MedSupply Security""",
"phishing posing as supplier, misleading urgent subject")

m("en", O, "Volunteer ward buddies - 3 new starters",
"""Hi ward managers,

Three new volunteers start next week as ward buddies (helping at mealtimes, chatting, reading). They have completed induction and DBS. Please let me know which wards would like one.

Voluntary Services Manager""",
"volunteer admin")

m("en", O, "Retirement - Sister Margaret Hale",
"""After 38 years with us, including 20 as sister in charge of the Coronary Care Unit, Margaret Hale retires on 29 March. Join us for cake in the CCU seminar room, Thursday 28th at 3pm. Card and collection at the CCU nurses' station.

CCU Team""",
"staff social notice")
# ---------------------------------------------------------------- FR other
m("fr", O, "La Lettre du CHU - n° 87",
"""LA LETTRE DU CHU - mars

- Inauguration de la nouvelle unité neurovasculaire : 24 lits dont 8 de soins intensifs. Le délai porte-aiguille médian pour la thrombolyse est passé sous les 40 minutes.
- Portrait : l'équipe de nuit du SAU.
- Travaux du parking P2 à partir du 18 mars.
- Concours photo « Mon hôpital » : envoyez vos clichés avant le 30.

Direction de la communication""",
"lettre d'information interne")

m("fr", O, "Campagne AVC - affiches pour vos salles d'attente",
"""Madame, Monsieur,

Dans le cadre de la campagne régionale de sensibilisation à l'AVC, nous vous adressons des affiches et des dépliants à disposer en salle d'attente :

Visage paralysé ? Inertie d'un membre ? Trouble de la parole ? En urgence, appelez le 15.

Le kit (affiches A3, 200 dépliants, vidéo pour écran) est gratuit. Commande sur le site de l'ARS.

Agence régionale de santé - Direction de la santé publique""",
"campagne avec signes d'AVC")

m("fr", O, "Inscriptions AFGSU niveau 2 - sessions d'avril",
"""Bonjour à toutes et à tous,

Les prochaines sessions de l'AFGSU 2 (attestation de formation aux gestes et soins d'urgence) auront lieu les 8-9-10 avril et 22-23-24 avril au CESU.

Au programme : reconnaissance d'une urgence vitale (arrêt cardiaque, hémorragie, obstruction des voies aériennes, malaise), utilisation du DAE, chariot d'urgence, risques collectifs.

Inscription via votre cadre avant le 25 mars.
CESU""",
"formation aux gestes d'urgence")

m("fr", O, "Formation enseignants - allergies et anaphylaxie",
"""Madame la Directrice,

L'infirmière conseillère technique du rectorat propose une formation de 2 h aux équipes éducatives sur les allergies alimentaires : reconnaître une réaction allergique grave (gonflement des lèvres, gêne respiratoire, malaise), utiliser le stylo d'adrénaline prévu dans le PAI et alerter le 15.

Dates possibles : 4 ou 11 avril, 16h30. Merci de me répondre avant vendredi.

Service de santé scolaire""",
"formation avec signes d'anaphylaxie")

m("fr", O, "Offre d'emploi - IDE urgences/SMUR",
"""Le Centre hospitalier de Dreux recrute

Infirmier(ère) diplômé(e) d'État - Urgences adultes et SMUR (temps plein, CDI ou mutation)
Vous prendrez en charge des patients en détresse vitale : douleurs thoraciques, AVC, polytraumatismes, arrêts cardiaques. Expérience en urgences souhaitée, AFGSU 2 à jour.

Prime de 4 000 € à l'embauche, logement temporaire possible.
Candidatures : recrutement@ch-dreux.example.fr""",
"offre d'emploi avec vocabulaire d'urgence")

m("fr", O, "Découvrez le DAE Vitalis 500 - offre spéciale collectivités",
"""Bonjour,

Depuis 2020 les ERP doivent être équipés d'un défibrillateur. En cas d'arrêt cardiaque, chaque minute compte : sans défibrillation, les chances de survie diminuent de 10 % par minute.

Le Vitalis 500 guide vocalement le sauveteur, analyse le rythme et délivre le choc. Offre de lancement : -20 % et maintenance offerte la première année.

Demandez une démonstration gratuite.
Cardio Secours Distribution""",
"démarchage fournisseur de défibrillateurs")

m("fr", O, "EXERCICE plan blanc jeudi - NE PAS TENIR COMPTE DES MESSAGES",
"""EXERCICE EXERCICE EXERCICE

Un exercice de déclenchement du plan blanc aura lieu jeudi de 9h à 12h (scénario : accident de bus, 30 victimes simulées).

Des messages fictifs circuleront, par exemple « victime n° 12 inconsciente, ne répond plus » ou « saignement actif de la cuisse, garrot posé ». Ils commenceront et se termineront tous par EXERCICE. L'activité réelle se poursuit normalement.

Cellule de crise - Direction""",
"exercice avec phrases urgentes fictives")

m("fr", O, "Séance de simulation en salle de naissance",
"""Bonjour à l'équipe de salle de naissance,

Nous organisons une séance de simulation in situ mardi à 14h : hémorragie du post-partum sur mannequin haute-fidélité, avec évolution vers un choc hémorragique. Objectifs : déclenchement du protocole, communication, mise en place des bracelets.

Merci de ne pas appeler la vraie banque du sang pendant l'exercice !

L'équipe de simulation en santé""",
"simulation HPP")

m("fr", O, "Résultats de l'audit des chariots d'urgence",
"""Audit annuel des chariots d'urgence - synthèse

42 chariots audités. 88 % conformes. Écarts principaux : adrénaline périmée (3 chariots), scellés non tracés (6), aspirateur de mucosités non testé (4). Défibrillateurs : tous fonctionnels.

Chaque cadre recevra le détail pour son unité. Plan d'action à retourner avant le 15 avril.

Direction de la qualité et de la gestion des risques""",
"rapport d'audit")

m("fr", O, "Mise à jour du protocole hypoglycémie",
"""Bonjour,

Le protocole institutionnel « Prise en charge de l'hypoglycémie chez l'adulte » a été mis à jour (version 3, en PJ). Rappel des signes : sueurs, tremblements, pâleur, confusion, troubles du comportement, somnolence voire coma. Nouveauté : glucagon intranasal (Baqsimi) disponible dans les chariots.

Merci de diffuser à vos équipes et de faire signer la feuille d'émargement.

Commission du médicament, COMEDIMS""",
"mise à jour de protocole listant des signes")

m("fr", O, "Migration de la messagerie - week-end du 16 mars",
"""La messagerie sera migrée vers la nouvelle plateforme le week-end du 16 mars. Vos mails seront indisponibles samedi de 20h à dimanche 8h. Lundi matin, reconnectez-vous avec vos identifiants habituels ; un guide est disponible sur l'intranet.

Direction du système d'information""",
"info DSI")

m("fr", O, "Alerte hameçonnage - faux mails de la DRH",
"""Attention : des messages se faisant passer pour la DRH (« Votre prime de fin d'année - confirmez votre RIB ») circulent. Ne cliquez pas sur le lien. Transférez-les à securite@chu.example.fr puis supprimez-les.

RSSI""",
"alerte sécurité informatique")

m("fr", O, "Élections professionnelles - bureau de vote",
"""Les élections professionnelles auront lieu le 6 décembre. Vote électronique ouvert du 1er au 6 décembre ; un bureau de vote physique sera installé dans le hall principal. Vos codes d'accès vous parviendront par courrier.

Direction des ressources humaines""",
"RH")

m("fr", O, "Campagne d'entretiens professionnels",
"""Bonjour,

La campagne des entretiens professionnels annuels est ouverte jusqu'au 30 juin. Les supports sont disponibles dans Gesform. Merci aux cadres de planifier les entretiens et aux agents de préparer leur auto-évaluation.

DRH - Gestion des compétences""",
"RH")

m("fr", O, "Urgences 2025 - appel à communications",
"""Le congrès Urgences 2025 se tiendra au Palais des Congrès de Paris du 4 au 6 juin.

Soumission des résumés jusqu'au 15 janvier : arrêt cardiaque, traumatologie, sepsis, pédiatrie, régulation, santé mentale aux urgences. Tarifs réduits pour les paramédicaux et les internes.

Comité d'organisation""",
"congrès")

m("fr", O, "Étude REPAR-AVC - recrutement de participants",
"""Chers collègues,

L'étude REPAR-AVC évalue un programme de rééducation connectée après un AVC ischémique. Nous recherchons des patients de 18 à 80 ans, à 1-6 mois de leur AVC, avec un déficit du membre supérieur. Si vous suivez un patient éligible, parlez-lui de l'étude et transmettez ses coordonnées (avec son accord) à l'attachée de recherche clinique.

Unité de recherche clinique""",
"recrutement pour la recherche")

m("fr", O, "Votre colis est en attente de livraison",
"""Bonjour,

Votre colis n° FR8827461 n'a pas pu être livré : frais de réexpédition de 1,99 € à régler. Cliquez ici pour reprogrammer la livraison : http://suivi-colis-fr.example.xyz

Service client""",
"spam")

m("fr", O, "Demande d'accès au dossier - ayant droit",
"""Bonjour Docteur,

Le service des relations avec les usagers a reçu une demande de communication du dossier médical de M. Marcel Dupont, né le 14/02/1940, décédé le 3 janvier dans votre service, émanant de sa fille en qualité d'ayant droit (motif invoqué : connaître les causes du décès). Les pièces justificatives sont complètes.

Conformément à l'article L1111-7 du CSP, merci de nous indiquer sous 5 jours les pièces à transmettre et si vous souhaitez proposer un entretien à la famille.

Service des relations avec les usagers""",
"demande d'accès au dossier relayée par l'institution")

m("fr", O, "Réclamation n° 2024-118 - demande d'éléments",
"""Madame la cadre de santé,

La Commission des usagers a été saisie d'une réclamation concernant Mme Renée Bonnet, prise en charge aux urgences le 14 janvier après une chute avec traumatisme crânien. Son fils indique qu'elle serait restée 11 heures sur un brancard sans boire ni manger. Mme Bonnet est aujourd'hui rentrée à domicile et va mieux.

Merci de nous transmettre vos éléments de réponse et le dossier de soins de ce passage avant le 5 avril. Une médiation médicale est demandée par la famille.

Direction de la qualité - relations avec les usagers""",
"réclamation transmise par la CDU, faits passés")

m("fr", O, "Message de remerciements pour la réanimation",
"""Bonjour à toute l'équipe,

Nous avons reçu à la direction un courrier de la famille Moreau, que je vous transmets : « Mon mari est sorti il y a un mois après trois semaines chez vous. Nous n'oublierons jamais votre gentillesse, votre patience avec nos questions et votre humanité. Il remarche et a repris le jardinage. »

Bravo et merci pour votre engagement.
La directrice des soins""",
"remerciements transmis par la direction")

m("fr", O, "Coupure d'eau - bâtiment B",
"""Information des services techniques : coupure d'eau chaude dans le bâtiment B mardi de 13h à 16h pour intervention sur le réseau. Les services de soins ont été prévenus par leurs cadres.

Services techniques""",
"info technique")

m("fr", O, "Épidémie de grippe - renforcement des mesures",
"""Suite à l'augmentation des cas de grippe nosocomiale, l'EOH rappelle : port du masque pour tout soignant présentant des symptômes, précautions gouttelettes pour les patients suspects, limitation des visites à 2 personnes. La vaccination reste possible auprès du service de santé au travail.

Équipe opérationnelle d'hygiène""",
"consignes d'hygiène")

m("fr", O, "RMM de mars - ordre du jour",
"""Revue de morbi-mortalité - jeudi 28 mars, 13h, salle du conseil

1. Hémorragie digestive non reconnue chez un patient sous AOD : retard de transfusion
2. Erreur d'administration de potassium IV en service de médecine
3. Arrêt cardiaque en salle d'attente des urgences : analyse du délai de prise en charge

Présence des internes vivement souhaitée. Validation DPC.
Cellule qualité""",
"RMM relatant des événements passés")

m("fr", O, "Sophrologie pour les soignants",
"""Dans le cadre de la démarche QVT, des séances de sophrologie gratuites sont proposées aux agents chaque mardi midi (30 min, salle Oméga). Places limitées à 12, inscription sur l'intranet.

Service qualité de vie au travail""",
"bien-être au travail")

m("fr", O, "Bulletin épidémiologique - bronchiolite",
"""Santé publique France - Bulletin régional

L'épidémie de bronchiolite est en phase ascendante. Rappel aux professionnels et aux parents : consulter en urgence si le nourrisson a du mal à respirer, boit moins de la moitié de ses biberons, ou a moins de 2 mois. Fiches d'information parents téléchargeables.

Cellule régionale""",
"bulletin de santé publique avec signes d'alerte")

m("fr", O, "Vaccination antigrippale du personnel",
"""La campagne de vaccination contre la grippe pour les personnels débute lundi. Permanences au service de santé au travail de 8h à 17h et passages dans les services. Protégez-vous et protégez vos patients !

Service de santé au travail""",
"campagne interne")

m("fr", O, "Planning des stages externes - avril",
"""Bonjour,

Vous trouverez ci-joint la répartition des étudiants de DFASM1 pour les stages d'avril (urgences, cardiologie, réanimation). Merci aux responsables de stage de valider les présences sur la plateforme avant la fin du mois.

Bureau des stages, UFR de médecine""",
"administration de l'enseignement")

m("fr", O, "Comité d'éthique - saisine",
"""Bonjour,

Le comité d'éthique clinique se réunira le 9 avril. Les équipes souhaitant présenter une situation (limitation des thérapeutiques, refus de soins, etc.) peuvent adresser une saisine anonymisée avant le 2 avril.

Secrétariat du comité d'éthique""",
"comité institutionnel")

m("fr", O, "Plan canicule - rappel des consignes",
"""Le niveau 3 du plan canicule est activé à partir de demain. Rappel aux EHPAD et services de soins : surveiller l'hydratation, les signes de coup de chaleur (fièvre élevée, confusion, peau chaude et sèche, malaise) et alerter le médecin. Pièces rafraîchies, ventilateurs, menus adaptés.

ARS - Veille et sécurité sanitaire""",
"consignes de prévention avec signes d'alerte")

m("fr", O, "Visite de certification HAS - préparation",
"""Chers collègues,

La visite de certification aura lieu du 13 au 17 mai. Des traceurs ciblés porteront notamment sur la prise en charge des urgences vitales, le circuit du médicament et l'identitovigilance. Merci de vérifier que vos protocoles sont à jour dans le logiciel qualité.

Direction qualité""",
"qualité/certification")

m("fr", O, "Association des bénévoles - nouvelles permanences",
"""Bonjour,

L'association Les Blouses Roses tiendra désormais une permanence le mercredi après-midi en pédiatrie et en gériatrie (jeux, lecture, écoute). Les cadres qui souhaitent des interventions peuvent nous contacter.

Coordinatrice des bénévoles""",
"bénévolat")

m("fr", O, "Demande d'interview - journaliste France 3",
"""Bonjour,

Une journaliste de France 3 Régions souhaite interviewer un médecin du SAMU sur la hausse des appels pendant les fêtes. Pourriez-vous nous indiquer un interlocuteur disponible jeudi ? Le tournage durerait 1 h.

Service communication""",
"presse")

m("fr", O, "Nouveautés en anticoagulation - webinaire laboratoire",
"""Docteur,

Le laboratoire Pharmavie vous invite à un webinaire le 18 avril à 20h : « Prévention de l'AVC chez le patient en fibrillation atriale : nouvelles données ». Intervenant : Pr M. Dubois. Inscription gratuite, replay disponible.

Conformément à la réglementation, cette invitation est déclarée.
Service médical Pharmavie""",
"promotion laboratoire pharmaceutique")

m("fr", O, "Pot de départ - Dr Lemoine",
"""Le Dr Bernard Lemoine, chef de service des urgences depuis 15 ans, prend sa retraite. Un pot de départ aura lieu le vendredi 29 mars à 17h30 à la salle polyvalente. Une cagnotte est ouverte au secrétariat.

Le secrétariat des urgences""",
"annonce sociale")

m("fr", O, "Votre compte CPF expire - 500 € à utiliser",
"""Bonjour,

Il vous reste 500 € de droits à formation qui expirent dans 48 h ! Formation « Gestes d'urgence et premiers secours » 100 % financée. Réservez vite : http://cpf-droits-formation.example.info

Mon Compte Formation""",
"spam arnaque CPF")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "train_staff.jsonl")
    expected = {A: 60, P: 65, B: 70, U: 100, F: 85, O: 70}
    counts = Counter(x["category"] for x in M)
    assert dict(counts) == expected, counts
    langs = Counter(x["lang"] for x in M)
    assert langs["en"] == langs["fr"] == 225, langs
    rows = list(M)
    random.Random(20240611).shuffle(rows)
    tmp = out + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        for i, x in enumerate(rows):
            rec = {
                "id": "tr-st-%03d" % i,
                "lang": x["lang"],
                "subject": x["subject"],
                "body": x["body"],
                "category": x["category"],
                "urgent": x["category"] == U,
                "note": x["note"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print("wrote", len(rows), "messages to", out)
    for k in expected:
        print(k, counts[k])


if __name__ == "__main__":
    main()
