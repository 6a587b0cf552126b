#!/usr/bin/env python3
"""Long, multi-topic labelled training mail for the medmilter classifier (train2/train_long).

Messages are written one by one (no templates). Emphasis: 120-400 word mail mixing several
topics where the label is the dominant purpose, forwarded chains with quoted history, clinicians'
letters with past history full of red-flag terms, newsletters, minutes, rotas, insurer letters.
Run: python3 train_long.py -> writes train_long.jsonl (through train_long.jsonl.part, then rename).
"""
import collections
import json
import os

M = []


def m(lang, category, subject, body, note):
    M.append({"lang": lang, "subject": subject, "body": body.strip("\n"),
              "category": category, "urgent": category == "clinical_urgent", "note": note})


# ---------------------------------------------------------------- clinical_urgent, English
m("en", "clinical_urgent", "Re: my appointment on Thursday + invoice question", """
Hello,

I hope this reaches the right person, I wasn't sure whether to write to appointments or billing so I'm sending it here. First the easy bit: I have an appointment with Dr Okafor on Thursday 14th at 10.40 for my blood pressure review and I need to move it because my daughter can't drive me that day. Anything the following week is fine, mornings preferably.

Second, I got an invoice (INV-88213) for £45 for a "missed appointment fee" in March, but I didn't miss it, I was there and the receptionist will remember me because I spilled my coffee on the counter. Can someone look into that please.

Third, I'm nearly out of my amlodipine and the ramipril, about four days left of each.

One more admin thing while I think of it: the hospital still has my old landline on file, which was disconnected when we moved in January. My mobile is below. And my husband Derek would like to come into the appointment with me next time, if that's allowed; he's better at remembering what the doctor says than I am. He also wanted me to ask whether the hospital does the shingles jab or whether that's the GP, as he's 80 next month.

I've been keeping the blood pressure diary like Dr Okafor asked, readings mostly around 145/85 in the mornings and a bit lower at night. I'll bring it. I've cut down on salt, we don't even have the salt pot on the table any more, and I've been walking to the post office every day with the dog. The dizziness I had when I stood up in the spring has gone since the doxazosin was stopped.

And I should probably mention that since about an hour ago I've had a heavy pressure in the middle of my chest, like someone sitting on me, and it's going into my jaw and left arm. I'm sweaty and a bit sick. I took two of my husband's aspirin. I thought I'd finish this email while it passes but it isn't passing. I'm on my own at home until 6.

Margaret Ellison
DOB 02/11/1949
07700 914 382
""", "current chest pressure radiating to jaw/arm buried after booking, bill and refill -> urgent overrides")

m("en", "clinical_urgent", "family update", """
Hi Sister Daly,

Thought I'd give you the full picture from our end since the district nurses keep asking me and I lose track.

Mum (Eileen, your ward patient until last Tuesday) is settling at home. The leg ulcer dressings are being done Mondays and Thursdays and the carers come in three times a day now. She's eating better, asked for fish and chips yesterday which is a first in months. We still haven't had the discharge letter copy for her GP, could someone send that on.

The rest of the family is a bit all over the place too, if I'm honest. My daughter Aoife has her GCSEs starting in three weeks and is stressed out of her mind, my husband is working nights at the depot so I'm doing the school runs, and our youngest has had tonsillitis twice this term. We had a meeting at the weekend and worked out a rota for Mum: I do mornings before work, my cousin Deirdre pops in at lunch, and the carers cover the rest. Mum keeps saying she doesn't want to be a burden, which breaks my heart a bit.

The OT came on Friday and has ordered a perching stool and a second banister rail, and a key safe is going in next week so the carers don't have to ring the bell. Mum's mood is up and down; some days she's chatty, some days she sits by the window and won't talk. The GP is reviewing her antidepressant.

Dad is the one I'm worried about tonight. He's been looking after her and he was fine at tea time but about 40 minutes ago his speech went funny, words coming out jumbled, and the right side of his mouth is drooping. He can't lift his right arm properly to hold his cup. He says he's just tired and won't let me ring anyone. He had a "mini stroke" three years ago and this looks the same but worse.

My brother is flying back from Dubai on Sunday to help, and my sister-in-law has offered to do Wednesdays. The social worker visit is booked for the 22nd.

Sorry for the long email. What should I do about Dad, do I just call 999 anyway?

Siobhan
""", "carer family update; father has current face droop, slurred speech, arm weakness -> urgent")

m("en", "clinical_urgent", "FW: Pre-assessment questionnaire", """
Sorry to send this back like this, but I'm coughing up bright red blood since lunchtime, about a cupful so far, and I feel lightheaded. Do I still come in on Monday?

Dev

-----Original Message-----
From: Pre-assessment Clinic <preassessment@example-hospital.org>
Sent: 03 June 10:12
To: Devinder Sandhu
Subject: Pre-assessment questionnaire

Dear Mr Sandhu,

Ahead of your bronchoscopy on Monday 9 June please complete the attached questionnaire and bring it with you. It asks about your current medication, allergies, any previous anaesthetic problems and whether you have ever had a heart attack, stroke, or bleeding disorder.

Please do not eat for six hours before your procedure. You may drink clear fluids up to two hours before. Arrange for an adult to take you home and stay with you overnight.

If you need to cancel, call 0161 555 0192 at least 48 hours before.

Kind regards,
Pre-assessment Team
""", "short new line reports current haemoptysis over routine quoted pre-op mail -> urgent")

m("en", "clinical_urgent", "CRITICAL RESULT - bed 14 Ward 7B", """
To: Dr Patel (FY2, Ward 7B)
Cc: Ward 7B nurse in charge

Phoned through at 02:17 and confirming in writing as per the critical results policy.

Patient: Harold BRIGGS, MRN 40918837, DOB 19/08/1938, bed 14.
Sample: U&E taken 01:05.

Potassium 7.2 mmol/L (sample not haemolysed, repeat on new sample agrees at 7.1)
Creatinine 486 umol/L (was 142 on admission three days ago)
Urea 38.4

Background for context from the notes: admitted with a fall, known CKD stage 3, type 2 diabetes, on ramipril, spironolactone and trimethoprim started on Monday for a UTI. Past history lists an NSTEMI in 2016 and a TIA in 2019.

The nurse in charge reports he is now more drowsy than at the evening round and the monitor shows peaked T waves. Please review now and start hyperkalaemia treatment. The medical registrar has been bleeped as well.

Biochemistry duty scientist
Ext 4471
""", "lab critical potassium with current drowsiness; PMH mentions old events -> urgent")

m("en", "clinical_urgent", "rota swap and something else", """
Hey Jo,

Quick one re the rota: can you swap my Saturday night on the 18th for your Sunday long day on the 26th? I've cleared it with Marcus already, he just needs you to say yes in writing. Also I've still not had my mandatory training login for the new e-learning thing, did yours arrive?

Other thing, and I'm only putting it here because you're the only one who knows: I'm not doing well. I've been stockpiling my sleeping tablets and I've got them all lined up on the table. I've written letters for my mum and for the kids. I keep thinking tonight is the night and I'm weirdly calm about it. I know I should ring someone but I can't make myself pick up the phone. I'm at home, the address is on the staff contact list.

Don't tell Marcus about the swap being for this, I'll sort that bit.

L
""", "staff rota mail but colleague discloses active suicidal plan with means -> urgent")

m("en", "clinical_urgent", "Re: Re: toddler - vaccination booking", """
> Thanks Mrs Okonkwo, we've booked Chidi for his MMR on the 12th at 9.20 with Nurse Aileen.
> Please bring his red book.

Thank you, we will be there. Unrelated, a bit panicky now, he's just been playing with the TV remote and the little round battery is gone from it, my older one says he put it in his mouth and swallowed it. He's 2 and a half. He seems ok but dribbling more than usual and keeps touching his throat. It was maybe 15 minutes ago. Do we need to come in?

Ngozi Okonkwo
07911 402 775
""", "toddler swallowed button battery now, over routine booking thread -> urgent")

m("en", "clinical_urgent", "Week 34 - not sure this is normal", """
Dear midwives,

I'm due to see you at the antenatal clinic on Friday for my 34 week check, and I was also going to ask about the parking permit for the birth centre and whether my partner can stay overnight after the birth. My mum wants to know if she can be the second birth partner too.

But I'll be honest I've felt really strange since yesterday evening. I've got a pounding headache that paracetamol isn't touching at all, I'm seeing flashing lights and zigzags at the edge of my eyes, and my face and hands have swollen up so much my rings won't come off. This morning I have a pain up under my ribs on the right. I checked my blood pressure on my mum's machine and it said 162/108.

My first pregnancy was totally uneventful so I don't know what's normal. Is this something I should wait until Friday to mention?

Thanks,
Amira Haddad
Hospital no. 7741092
DOB 14/05/1994
""", "pregnant patient with current pre-eclampsia symptoms under antenatal admin questions -> urgent")

m("en", "clinical_urgent", "Post op - Mr Finch, lap chole 3 days ago", """
Hello surgical team,

I'm writing on behalf of my husband Gerald Finch who had his gallbladder out with you on Monday (day case, Mr Abubakar). Generally he has been recovering well, walking round the garden, eating small meals, and he has been good with the blood thinning injections which I give him in the tummy each evening.

We had a couple of routine questions: when can he drive again, and does he need to book a follow-up or do you send for him? Also his sick note runs out on Friday.

The thing we wanted advice on is the wound by his belly button. Since last night it has gone hot, red and swollen, spreading out about the size of my palm, and this morning yellowish-green fluid is leaking through the dressing and it smells. He has a temperature of 38.9 and he has had shivering attacks twice. He's gone very pale and says he feels awful, and his heart is racing.

Please could someone call me back on 01632 960 441. We live 40 minutes away.

Brenda Finch
""", "post-op wound hot/red/oozing with fever and rigors after routine questions -> urgent")

m("en", "clinical_urgent", "FW: FW: Mum's care home fees", """
Lisa - the home just rang while I was writing this, Mum has collapsed in the dining room and they can't wake her properly, she's breathing but floppy. Ambulance called. Can you let Dr Kaur know and meet us at A&E? I'll deal with the fees stuff later.

Paul

---------- Forwarded message ----------
From: Accounts, Rosewood Care Home
Date: Tue 4 Mar
Subject: Mum's care home fees

Dear Mr Turner,

Please find enclosed the revised fee schedule from April, reflecting the increase in the nursing component. The funded nursing care contribution from the local authority will continue to be deducted. Your mother's account currently shows a balance of 1,240.00 which we would be grateful to receive by the end of the month.

We also enclose the annual care plan review invitation for 19 March at 2pm.

Kind regards,
Janet Moss, Administrator
""", "new top line: mother collapsed, barely rousable now; quoted history about fees -> urgent")

m("en", "clinical_urgent", "question about baby clinic", """
Hi there,

My daughter Ava is 7 weeks old. I wanted to ask about booking her 8 week jabs and the 6 to 8 week check, is it the same appointment or two separate ones? Also the health visitor said something about vitamin D drops, where do I get them.

I'm also a bit worried tonight. She's had a temperature since this afternoon, it's 38.7 now on the ear thermometer, and she won't feed, she's only taken about 30ml since lunchtime. She's unusually sleepy and floppy and her cry sounds weak and high-pitched. Her hands and feet feel cold even though she's hot. I gave her a tiny bit of Calpol and I don't know if that was right.

My partner says to wait until the morning and ring the GP but I don't know.

Thanks
Chelsea
""", "7-week infant with high fever, poor feeding, floppy -> urgent")

m("en", "clinical_urgent", "Meeting notes from residents committee - and Mr Adebayo", """
Hi Helen,

Attaching the notes from this afternoon's residents' committee: agreed new menu trial, hairdresser moving to Tuesdays, the summer fete date (12 July), and the request for a second handrail on the garden path. Residents also asked again about the outing to the coast and whether staff from the day service can support it.

Also need to flag, I'm in Mr Adebayo's room on the first floor now (room 11). He had a fit about five minutes ago, whole body shaking, lasted maybe three minutes, and he's now very drowsy and not responding properly to me, just groaning. He's not known to have epilepsy at all. He hit his head on the bedside table on the way down and there is a cut above the eyebrow bleeding quite a bit. I've put him on his side. Can the nurse on duty come up now, and can someone ring 999 from the office, I'm not leaving him.

Carole (senior carer)
""", "minutes email plus resident's new seizure with head injury, not responding -> urgent")

m("en", "clinical_urgent", "Re: Survey about your recent stay", """
On Mon, the Patient Experience Team wrote:
> We'd love to hear about your recent stay on the cardiology ward.
> Please rate your experience from 1 to 5 and tell us what we could do better.
> Your feedback helps us improve our services.

I'll fill it in properly when I can. The food was good and the nurses were lovely. But since I got home on Saturday I've been getting more and more short of breath, tonight I can't lie flat at all, I'm sitting up in the chair and can hardly finish a sentence. My ankles have blown up and there's a gurgling when I breathe. I was in with heart failure so I don't know if this is the same again.

Stan Hughes, 61 Alder Road
""", "replies to survey with current severe breathlessness -> urgent")

m("en", "clinical_urgent", "CT head result - ED bay 6", """
Dr Mensah,

Preliminary report for the CT head you requested at 21:40, phoned to ED at 22:05, written for the record.

Patient: Rosalind HART, 79F, ED number E2231408.
Indication: Fall at home, on apixaban for AF, GCS 14 on arrival, headache.

Findings: Acute left-sided subdural haematoma measuring up to 14 mm in maximal thickness with 7 mm midline shift to the right. Early effacement of the left lateral ventricle. No skull fracture identified. Background chronic small vessel ischaemic change and an old right occipital infarct (known, from her stroke in 2017).

Conclusion: Acute subdural haematoma with mass effect. Urgent neurosurgical referral recommended; consider anticoagulation reversal.

The nurse tells me her GCS has dropped to 12 since the scan and she vomited once.

Radiology registrar on call
""", "radiology: acute subdural with midline shift and GCS falling -> urgent")

m("en", "clinical_urgent", "insurance paperwork + an update", """
Dear Ms Walters,

Thank you for sending the claim forms for my son's surgery. I have filled in sections 1 to 4 but I'm stuck on section 5 where it asks for the procedure code; the letter from the hospital just says "laparoscopic appendicectomy". Is there a code you can add? I'm also attaching the receipts for the private physio sessions he had after the operation, 6 sessions at £55.

I also wanted to let the surgical team know, since you said you would pass on messages. My younger daughter Poppy (9) has been complaining of tummy ache since yesterday and tonight it's got really bad, she's doubled over and screaming when she moves, the pain has moved down to the lower right side, she has a temperature and she's been sick three times. It looks exactly like what happened to her brother. We're getting in the car now to bring her to A&E - please can someone tell them we're coming?

Rachel Greaves
""", "insurance claim mail with current severe abdominal pain in a child -> urgent")

m("en", "clinical_urgent", "Handover - please see", """
Evening handover, Ward 4 (respiratory), from day team.

Bed 1 - Mrs Dunn, COPD exacerbation, stable on 2L, sats 90-92% target met, for discharge tomorrow if OT happy.
Bed 2 - Mr Leigh, pneumonia day 3 IV co-amox, afebrile 24h, switch to oral in morning.
Bed 3 - empty, deep clean.
Bed 4 - Mr Prentice, PE on apixaban, comfortable, mobilising.
Bed 5 - Mrs Abara, asthma, peak flow improving, nebs weaned to PRN.
Bed 6 - Mr CONWAY (MRN 55102388): deteriorated over last hour. Resp rate 32, sats 84% on 15L non-rebreather, BP 82/45, HR 128, temp 39.4, new confusion, mottled knees. NEWS 11. Lactate on gas 5.8. Outreach called at 19:20 but not yet arrived. Needs urgent medical review and escalation decision NOW.
Bed 7 - Miss Tan, CF annual review admission, no issues.
Bed 8 - Mr Oduya, awaiting care package, medically fit.

Please read bed 6 first.
""", "nursing handover, mostly stable patients but bed 6 in septic shock now -> urgent")

m("en", "clinical_urgent", "Hello from Lanzarote - prescription question", """
Hi Dr Smith's team,

Writing from holiday in Lanzarote, a few questions before we fly home on Saturday. First, can my repeat prescription for the levothyroxine be ready to collect on Monday, I've run down to the last strip. Second, my husband's hospital letter for his knee surgery says he needs to stop his clopidogrel seven days before, can you confirm? And I've also got an outstanding bill from the private dermatology clinic attached to your practice, I can pay by phone when we get back.

The reason I'm writing tonight really is that my husband ate a prawn dish at dinner and about ten minutes later his lips and tongue swelled right up, he's got hives all over his chest and he's wheezing and saying his throat feels tight. He is allergic to shellfish but we thought this was chicken. He hasn't got an EpiPen with him. The hotel are asking whether they should call an ambulance. Can anyone advise?

Lorraine Baxter
""", "holiday mail with husband in current anaphylaxis after refill questions -> urgent")

m("en", "clinical_urgent", "Diabetes clinic follow-up - my dad", """
Hello,

Dad (Kenneth Rowe, NHS number 485 777 3456) has his diabetes clinic follow-up on the 3rd, and they asked us to bring his blood sugar diary, which I've attached as a photo. He's had a few lows this month, mostly mid-afternoon, and we think it's since the gliclazide went up.

Right now I'm at his flat because he didn't answer the phone. He's sitting in his chair sweating heavily, very confused, he didn't know who I was at first, his words are slurred and he keeps nodding off. His meter reads 1.9. I've tried to give him some juice but he can barely swallow it and keeps dropping off. I don't have any glucagon. I'm going to call 999 but wanted the clinic to know as well since they're seeing him next week.

Alison Rowe (daughter)
""", "severe hypoglycaemia with drowsiness now, in an appointment-prep email -> urgent")

m("en", "clinical_urgent", "Re: Fwd: Parents evening and Leo's asthma plan", """
Mrs Carter here, just to say Leo has had an asthma attack at school this afternoon and his blue inhaler isn't working, 10 puffs through the spacer. His lips look a bit blue and he's using his tummy muscles to breathe, can't speak more than one word. We've called an ambulance. Please tell his consultant.

> From: school nurse
> Hi Mrs Carter, thanks for sending Leo's updated asthma plan. I've
> put a copy in the medical room and in his class folder. His preventer
> stays at home, reliever and spacer in his bag. Parents evening is
> on Thursday 5pm-7pm, I'll be in the hall if you want to chat about
> the residential trip in June.
>
>> From: Mrs Carter
>> Please find Leo's new asthma action plan from the respiratory clinic
>> attached. He had one admission last winter but has been well since.
""", "new top text: child in severe asthma attack now, over routine school chain -> urgent")

m("en", "clinical_urgent", "Pharmacy query and overdose", """
Hello pharmacy,

I'm a carer for a young man with learning disabilities, Jamie (DOB 11/01/2001), who lives in our supported living house. We've been trying to get his blister packs changed to the new supplier from next month, and we also need to check whether his risperidone dose went up at his last review, because the MAR chart and the letter don't match.

While doing the count this evening we found his weekly pack empty. It had five days' tablets left this morning: risperidone, sertraline, his lithium and paracetamol for his knee. He admits he took "all of them" around 4pm because he was upset about his brother not visiting. He is now being sick, shaking and saying his vision is blurred. He's very sleepy.

What do we do? Our manager isn't answering.

Naomi, support worker
Lime Tree House
""", "supported living carer reports medication overdose hours ago with symptoms -> urgent")

m("en", "clinical_urgent", "Gran - and thanks", """
Hi everyone on the stroke unit,

I've been meaning to write for weeks to thank you all for looking after Grandad last winter. He's doing brilliantly, back at his allotment, walking with a stick, and he says the physio Dawn is the reason he can hold his seed trays again. We did the charity run for the unit in May and raised £1,380, which I'll send with the form you gave us.

I'm writing now though because of Gran. She's been with us this weekend, and about twenty minutes ago at the dinner table she suddenly couldn't find her words, and when she smiled only the left side of her face moved. Her right hand dropped her fork and she can't grip it. She's 81 and on no blood thinners. It looks exactly like what happened to Grandad. My dad is getting the car. Is it quicker to drive to you or wait for the ambulance? We're about 25 minutes away.

Thank you,
Beth
""", "thank-you letter recounting grandfather's past stroke, then grandmother's stroke signs now -> urgent")

m("en", "clinical_urgent", "Discharge summary query", """
Dear Dr Lowe,

I received Mum's discharge summary from Ward 12 and I had a few questions about it. It says she had a "GI bleed secondary to NSAIDs" and that she should stop the ibuprofen and continue omeprazole 40 mg twice a day. It also says a follow-up gastroscopy will be booked in six weeks but we haven't heard anything. And her iron tablets are listed twice with different doses.

I'm afraid I'm also writing because since this morning she's passed three large black tarry stools and about half an hour ago she vomited what looks like coffee grounds with some fresh red blood in it. She's grey, sweaty and dizzy when she stands, she nearly fainted in the bathroom. Her pulse on my watch says 118.

She doesn't want to go back in, she says they'll just keep her for days. Please advise.

Carla Mendes
07700 130 955
""", "discharge summary questions, then current haematemesis/melaena with presyncope -> urgent")

m("en", "clinical_urgent", "PLEASE READ - message from 3B", """
To the nurse in charge of outpatients,

I am in the waiting area of the orthopaedic clinic for my 2.15 appointment (it's now past 3 and I haven't been called, which is a separate complaint I will write about later, along with the car park charges).

The man sitting next to me has just slumped sideways off his chair. He isn't answering when I shake him and I don't think he's breathing properly, he's making snoring noises and his lips are going blue. The receptionist has gone on break and there's no one at the desk. I'm emailing from my phone because I don't know the number for inside the hospital. Somebody please come to the orthopaedic outpatients waiting room, level 2.

Mrs D. Ahmed
""", "bystander in clinic waiting room: man collapsed, unresponsive now -> urgent")

m("en", "clinical_urgent", "Letter re: my wife (Mrs J Kowalski)", """
Dear Dr Benson,

Thank you for the letter after my wife's memory clinic appointment. We have read it together. She is glad to hear the scan did not show any new strokes since the one in 2020, and we will start the donepezil once the pharmacy has it in. We would like to bring our daughter to the next appointment if that's possible, she lives in Leeds and would need a date about a month ahead.

Last night my wife had a fall on the stairs and banged the back of her head. She seemed all right then and we went to bed. This morning she has been sick four times, she says her head is splitting, and she keeps falling asleep in the middle of talking to me. She's more muddled than I have ever seen her and she is on warfarin for her heart. I didn't want to make a fuss.

Yours sincerely,
Tadeusz Kowalski
""", "head injury on warfarin with vomiting and drowsiness now, in reply to clinic letter -> urgent")

m("en", "clinical_urgent", "FW: Staff newsletter - June", """
Hi Occ Health, forwarding because I don't know who else to tell. I'm on shift on ward 9 and for the last 20 minutes I've been having crushing central chest pain, radiating to my back, and I'm sweating buckets. I'm 44 and a smoker. I'm sitting in the staff room. My colleagues think it's indigestion. Can someone come?

Dan

-----Original Message-----
From: Comms Team
Subject: Staff newsletter - June

In this issue: the new staff car park opens on Monday; flu vaccine planning starts early this year; congratulations to the ED team for their national award; a reminder that the staff wellbeing hub runs mindfulness sessions on Wednesdays; and heart health month - know the signs of a heart attack: chest pain, breathlessness, sweating, pain in the arm or jaw. If you get them, call 999.
""", "staff member reports current crushing chest pain over quoted newsletter with education -> urgent")

m("en", "clinical_urgent", "Re: Appointment reminder - Dermatology", """
Got your text reminder for Tuesday, thanks. I'll be there. Also need to ask about the mole on my back which has been itchy.

But more important, my 15 year old son told me an hour ago he has been cutting himself for months and tonight he's done it badly, there are deep cuts on his forearm that won't stop bleeding, I've wrapped a towel and it's soaked through. He says he wanted to die and he still does. He's locked himself in the bathroom again. I don't know what to do. We're at 14 Dunmore Close.

Tracey Bell

> REMINDER: You have an appointment at Dermatology OPD, Tues 10:15,
> with Dr Ferreira. Reply C to cancel. Please arrive 10 mins early.
""", "reply to reminder; son with deep bleeding self-harm and current suicidal intent -> urgent")

m("en", "clinical_urgent", "Hep C clinic - and I feel really unwell", """
Hi Nurse Gill,

I know you said to email rather than phone so here I am. Couple of things. My treatment pack ran out yesterday and the pharmacy say they've not had the new prescription from you. I also still owe the clinic for the fibroscan I had privately before I moved over to you, if you can tell me who to pay that'd be great.

Then today: I've been vomiting since this morning and now there's blood in it, bright red, a lot, maybe three times now, a big clot in the last one. I know I have varices from the scope last year (they banded them twice). I feel dizzy and my heart is going really fast. My girlfriend wants to take me to A&E but I don't want to sit there for 10 hours.

Sorry for the essay.
Wayne
""", "known varices, now vomiting large amounts of blood with tachycardia -> urgent")

m("en", "clinical_urgent", "Message from the Pinewood reception desk", """
To the on-call GP, via the practice mailbox,

This is the reception at Pinewood Retirement Village. We are emailing because the phones to the surgery are engaged.

Mrs Winifred Sayer (DOB 03/03/1931) in flat 22 pulled her alarm cord at 09:50. Our warden found her on the floor of her kitchen. She says she didn't trip. She is conscious but very pale and clammy and says she had "a terrible tearing pain" going through to her back just before she went down. Her pulse is very weak and she feels cold. She has a history of an aortic aneurysm that was being "watched" by the vascular team, and she had a heart attack in 2009.

Warden has called 999. We were asked by her daughter to let the surgery know and to ask whether her medication list can be sent to the hospital. Please could you also cancel her flu jab appointment on Friday.

Pinewood Reception
""", "retirement village: collapse with tearing back pain and shock signs now -> urgent")

m("en", "clinical_urgent", "urgent pls", """
hi its Kayla from the young mums group, cant get through to the number. my babys 4 months and hes been really chesty for 2 days like a cold, tonight hes breathing really fast and i can see his ribs sucking in every breath and hes making a grunting noise. hes not interested in his bottle at all, only had 2oz all day and only 1 wet nappy since this morning. hes got a temp of 38.2. he seems really tired. my mum says its just a cold and not to bother you. should i take him in. sorry i know this is the wrong email, the group email was the only one i had. also can you tell sam i cant make wednesday group.
""", "SMS-style: infant with respiratory distress, fever, dehydration -> urgent")

m("en", "clinical_urgent", "Transfer letter and update - Mr Oyelaran", """
Dear Colleagues in Cardiology,

Referral for urgent review, accompanied by the patient.

Mr Femi OYELARAN, 58, hospital no. 30118273.

Past medical history: NSTEMI 2014 with PCI to LAD; ischaemic stroke 2018 with minimal residual deficit; paroxysmal AF; type 2 diabetes; CKD stage 3a; previous upper GI bleed on aspirin (2019); depression with one overdose in 2005, under no current mental health follow-up.

Presenting complaint: This morning at 07:30, while walking to his car, he developed central crushing chest pain radiating to both arms with nausea and sweating. Pain persisting at 8/10 despite 2 sprays GTN. ECG in surgery: 3 mm ST elevation in II, III and aVF with reciprocal changes in I and aVL. BP 96/60, HR 52.

Management so far: aspirin 300 mg given, ambulance called at 08:05 (category 1), ECG faxed to the heart attack centre.

I would be grateful if you could accept him directly to the cath lab.

Dr Siân Prosser, GP
""", "GP letter: red-flag-heavy PMH plus a current inferior STEMI -> urgent")

m("en", "clinical_urgent", "Re: Fwd: billing dispute, account 55-02918", """
Hi Frank, I'll answer your billing points tomorrow. Just to let you know Dad is being blue-lighted to you right now - he had a sudden severe headache at lunch, "worst ever", then he was sick and he's now confused and his neck is stiff. The paramedics said possible bleed on the brain. Could you let his neurosurgeon know, he's under Mr Kaplan for his aneurysm clip from 2011.

Mike

>>> Frank Delgado, Patient Accounts, wrote:
>>> Mr Richardson, we have reviewed the charges on account 55-02918. The
>>> MRI in February was billed under the wrong tariff and a credit of
>>> $212.40 will appear on your next statement. The remaining balance of
>>> $96.00 relates to the outpatient consultation on 2 March and is your
>>> copay under the plan. We can set up a payment plan if that helps.
""", "short top note: father with thunderclap headache, confusion, neck stiffness now -> urgent")

m("en", "clinical_urgent", "Hospice at home update", """
Dear Dr Fairbairn,

Weekly update from the hospice at home team on our shared patients, as agreed.

Mrs Moffat: comfortable, syringe driver unchanged, family coping well, no issues.
Mr Kirk: eating a little more, mood brighter, daughter visiting from Canada this week.
Mr Lam: pain controlled since oxycodone increased, constipation improved with laxido.

Mr Roderick Gunn (NHS 942 118 6650): we visited at 11:00 today. Although he has metastatic prostate cancer with known spinal metastases, until now he has been walking with a frame. Since last night he has new weakness in both legs, he can't stand, and he has lost sensation below the belly button. He has not passed urine since yesterday evening and was unaware of it. He also has new band-like back pain. He has full capacity and has said clearly he would want treatment for this (it is in his advance care plan). We are concerned about spinal cord compression and have advised an urgent MRI and dexamethasone - please could you ring us on 07700 900 312 as soon as you read this.

Many thanks,
Joanne, Clinical Nurse Specialist
""", "routine hospice update but one patient with acute cord compression signs -> urgent")

m("en", "clinical_urgent", "Kidney clinic - long email sorry", """
Dear Renal Nurses,

I hope you are well. I have a few things to go through because my sister said I should write it all down.

1. My transport for dialysis has been late three times this month. Last Tuesday I didn't get to the unit until 9.40 and lost nearly an hour of my session.
2. The phosphate binders gave me a bad stomach again and I stopped them for a few days. Can the doctor suggest something else?
3. My sister is being tested to be my donor, and she wants to know about the costs of travel and time off, is there help with that?
4. I missed my session yesterday (Friday) because I was feeling flu-ish and didn't want to infect anyone.

Today my legs feel really heavy and weak, I've got tingling in my lips and fingers and my heart feels like it's fluttering and skipping. I had fish and chips and a lot of fruit yesterday. I feel like I might pass out when I stand. My next session isn't until Monday.

Best wishes,
Olive Nwachukwu
""", "dialysis patient missed session with palpitations/weakness (likely hyperkalaemia) now -> urgent")

m("en", "clinical_urgent", "From Ward 3 - for the medical registrar", """
Dear Registrar,

I'm the nurse looking after bed 9 on Ward 3 tonight. I've bleeped twice but I think the switchboard is down so I'm emailing as a backup.

Mrs Fatima RASHID, 34, day 2 after emergency caesarean section. She has been well all day, breastfeeding, mobilising. In the last 30 minutes she has become acutely breathless, resp rate 34, sats 88% on air (94% on 10 L), HR 132, BP 94/58. She has sharp pain on the right side of her chest when breathing in, and she coughed once with some blood streaks. Her left calf is swollen and tender. She is frightened.

Her observations this afternoon were normal and the notes mention no previous clots. Her enoxaparin was due at 18:00 but was missed because of a pharmacy delay.

Please come to Ward 3 now.

Staff Nurse Aidan Byrne
""", "ward nurse: post-partum acute breathlessness, hypoxia, likely PE now -> urgent")

m("en", "clinical_urgent", "Re: your complaint reference C-2291", """
Thank you for responding to my complaint about the cancelled surgery. I accept the apology and the explanation about the bed shortage, and I appreciate the new date of the 28th.

I'm afraid I have to tell you that since the cancellation my mental health has gone downhill badly. I've stopped eating, I haven't slept for four nights, and tonight I've been sitting in the car in the garage with the engine running thinking about ending it. I haven't done it yet. I came inside to write this because I promised my therapist I'd tell someone before doing anything. I don't have anyone else to tell at this hour.

Kieran Walsh
07700 481 226

> Dear Mr Walsh, we are sorry your operation was cancelled on the day.
> The reason was a shortage of critical care beds following several
> emergency admissions overnight. We have rebooked you for the 28th.
""", "complaint thread reply turning into current suicidal intent with means -> urgent")

m("en", "clinical_urgent", "Lab alert - glucose / ketones", """
Critical value notification (confirmation of phone call to Dr O'Neill, Paeds, 16:48)

Patient: Ruby ASHWORTH, 11y, MRN 61830097.
Requested by: Children's Assessment Unit.

Venous blood gas 16:31: pH 6.98, bicarbonate 4.2 mmol/L, glucose 34.1 mmol/L, ketones 6.8 mmol/L, potassium 5.9 mmol/L.

Clinical note from request form: 2-week history of thirst, weight loss and bed wetting, now vomiting and breathing deeply, drowsy on arrival.

Comment: Findings consistent with severe diabetic ketoacidosis. Please follow the paediatric DKA pathway. The paediatric team has been informed by telephone.

Duty Biochemist
""", "critical gas results: severe DKA in a drowsy child -> urgent")

m("en", "clinical_urgent", "My appointment and my mother", """
Dear Orthopaedic Secretaries,

I need to rebook my hip replacement pre-op assessment, currently on the 9th. I also want to confirm that the hospital has my correct address as the letters keep going to my old flat. My new address is 3 Mill Lane, Thornbury, BS35 4XX. And can you tell me whether I will need to pay for parking on the day of surgery, my friend says there is a free space scheme.

Sorry, also, my mother is staying with me and I'm worried about her tonight. She's 84. She has had a cough for a few days but this evening she's very hot and shivery, temperature 39.6, her breathing is fast and shallow, she's confused about where she is, and she's gone a funny mottled colour on her knees. She hasn't passed urine since the morning. Her blood pressure on my machine is 85/50. She says she's fine and to stop fussing.

Thank you for your help with the above,
Gwen Tallis
""", "pre-op admin plus mother with sepsis/shock signs now -> urgent")

m("en", "clinical_urgent", "SH - new since this morning", """
Hi team, forwarding below for context, but new problem: Shanice woke up today unable to move the left side of her face at all and her left arm is weak and heavy, she's slurring. Started about 7am. She's only 29 but she's on the pill and smokes. What now?

Tom (partner)

-----Original Message-----
From: Neurology secretaries
Subject: RE: migraine clinic

Dear Ms Harper, your migraine clinic appointment has been moved from 4 April to 11 April at 14:00 due to consultant leave. Please bring your headache diary. If you can no longer attend, let us know.
""", "short new text: young woman with new facial weakness, arm weakness, slurred speech -> urgent")

m("en", "clinical_urgent", "End of year accounts and Ray", """
Hi Priya,

Sending the year-end paperwork for the practice as requested: receipts for the new autoclave, the locum invoices for January and the HMRC letter about the PAYE adjustment. I've also put the staff Christmas party deposit receipt in there, sorry, I know that's not strictly practice expenditure.

On another note, Ray (our practice manager, who you met) just came back from lunch and said he felt odd, and he's now on the floor of the back office. He's breathing but won't open his eyes or answer when we shout his name, and his whole body was jerking for about a minute. One of our nurses is with him. The GPs are out on visits. We've called an ambulance. I'm only telling you because you were due to ring him at 2 and he won't be answering.

Lorna
""", "accounts email; colleague collapsed, unresponsive after convulsion now -> urgent")

m("en", "clinical_urgent", "Chemo day unit - Mrs Adeyemi", """
Hello Oncology Triage,

I'm the daughter of Folake Adeyemi (hospital no. 8822910), who had her third cycle of chemotherapy for breast cancer last Wednesday. We are booked back in on the 22nd and also had a question about whether the wig voucher can be used at a different supplier.

This evening her temperature is 38.4, she's shivering and says she feels awful. The chemo nurse told us that day 7 to 10 is when her blood count is lowest and if she ever had a temperature over 38 to call immediately, so I'm doing that but the phone line keeps ringing out. She's also a bit breathless and her pulse is 120. Her red "alert card" is in her bag.

Please call 07831 770 214.
Funmi
""", "neutropenic-window fever with tachycardia after chemo -> urgent")

m("en", "clinical_urgent", "Question about insulin pump supplies + Josh", """
Hello Diabetes team,

Two things.

Firstly, the pump supplies order hasn't come this month. We're down to 3 cannulas and Josh (13) needs one every 3 days. Can you chase the company or give us a prescription for pens as a backup?

Secondly, and this is the main reason I'm writing: Josh's cannula fell out overnight and we didn't notice until this morning. His sugars have been 27 and over all day despite correction doses, ketones 4.1 on the meter. He's been vomiting since lunch, can't keep water down, and now he's breathing deep and fast and he's very drowsy, hard to wake. He had DKA at diagnosis and it looked like this.

Lisa Morgan (mum)
""", "teen with ketones, vomiting, Kussmaul breathing, drowsy -> urgent")

m("en", "clinical_urgent", "Fw: Your bill", """
Sorry to reply to a bill email. I'm Mrs Carver, I was in last month. I've got a bad tummy again since 5am, the worst pain I've ever had, all across the top and going straight through to my back, I can't stand up straight, and I've vomited over and over. I had gallstones and pancreatitis before (2021). Husband is at work. What should I do?

Begin forwarded message:
> From: billing@example-hospital.org
> Subject: Your bill
> Dear patient, your statement for services on 12/02 is attached.
> Amount due: $148.20. Pay online or call 1-800-555-0147.
""", "short top text: severe abdominal pain with vomiting now, over bill -> urgent")

m("en", "clinical_urgent", "care home - Mrs Loomis", """
To the GP surgery duty doctor,

Beech House Nursing Home here. Regular ward round list for Thursday attached (8 residents: medication reviews for Mr Hale and Mrs Ibe, annual reviews, and Mrs Grant's new skin tear dressing plan).

We also need a call-back now about Mrs Doris Loomis (DOB 14/07/1935). Over the last two hours she has had a large nosebleed that will not stop despite 30 minutes of firm pressure twice, and now she has vomited a large amount of blood which we think she swallowed. She is on warfarin, last INR was 6.8 on Tuesday (we were waiting for the dose advice). She looks pale and her pulse is 112. She is for full treatment.

Please ring Beech House on 01234 567 332.

Nurse Kasia Nowak
""", "care home: uncontrolled bleeding on warfarin with high INR now -> urgent")

m("en", "clinical_urgent", "running late + help", """
Hi reception, I'm going to be late for my 11:30 with the practice nurse (smear), sorry, stuck in traffic on the ring road. Actually I need to cancel because I've pulled into a lay-by: for about 10 minutes my left arm and leg have gone completely numb and weak, I can't grip the steering wheel properly and my vision went double. My face feels weird on one side. I've put my hazards on. I can't think straight. Can someone call an ambulance? I'm on the A4174 near the Emersons Green turnoff, silver Fiesta.

Jade
""", "driver with sudden one-sided weakness, diplopia now -> urgent")

m("en", "clinical_urgent", "Re: Re: Support group meeting notes", """
Everyone, please ignore the minutes for a second. I've just got home and found Eric on the bathroom floor, I think he's taken his whole supply of morphine tablets, the box is empty, there were about 40. He's breathing very slowly, maybe 6 a minute, his pupils are tiny and he won't wake up. I've called 999, they are on their way. Can somebody from the palliative team ring me.

Ann

> Minutes - carers support group, 2 June
> Present: Ann, Trevor, Maureen, Linda, Nurse Patel
> 1. Welcome and apologies. 2. Maureen shared tips on the blue badge
> application. 3. Nurse Patel spoke about recognising opioid side
> effects: drowsiness, constipation, confusion. 4. Next meeting 7 July.
""", "support-group minutes thread; husband unresponsive after opioid overdose now -> urgent")

m("en", "clinical_urgent", "Swelling after my new tablets", """
Dear Pharmacist,

I collected my prescription from you yesterday afternoon, the new blood pressure tablet (lisinopril) the GP started at my review. I wanted to ask whether it's okay to take with my ibuprofen gel for my shoulder, and whether I can get the next month's supply in a blister pack because I'm forever losing track.

This morning I woke with my lips swollen, and in the last hour my tongue has got big and my throat feels like it's closing, I'm having trouble swallowing my own spit and my voice sounds strange. I'm starting to feel short of breath. No rash. I took one antihistamine that I had in the drawer.

Is this the tablet? What should I do?

Mr B. Oyinlola
""", "pharmacy query turning into angioedema with airway involvement now -> urgent")

m("en", "clinical_urgent", "Neonatal unit - parent message", """
Hi NNU team,

We've been home for 10 days now with Freddie and mostly it's been amazing. He's feeding every 3 hours, gaining weight (the health visitor weighed him at 2.9 kg on Monday), and he's been so much more settled. My husband goes back to work next week so we were hoping to get his follow-up clinic moved from Tuesday to a Friday. I also need to return the breast pump we borrowed.

This evening though he's been sleepier than normal, his feeds have been short and he's been sick with green stuff three times, bright green, not the usual milky sick. His tummy looks swollen and tight. He's not crying much which is unusual for him.

What do you think, can it wait until Tuesday?

Katie & Dan
""", "10-day baby with bilious vomiting and distended abdomen now -> urgent")

m("en", "clinical_urgent", "Final follow up from our group", """
Dear Dr Ahn,

I'm the coordinator of the walking group for people with heart failure that your team set up. Our term report is attached (attendance, distance walked, the participants' feedback) and we'd love for you to say a few words at our summer picnic.

I'm also writing because during today's walk in Victoria Park one of our members, Hilary Pugh, suddenly sat down on a bench complaining of a racing heart, then said everything was going dark and fainted. She came round after about a minute but is grey, sweaty, and says her heart is still pounding, and she has chest tightness. Her ICD hasn't shocked as far as she knows. We're still in the park near the bandstand and an ambulance is on its way. I thought her cardiologist should know.

Best regards,
Rosie Vaughan
""", "group report email; member fainted with ongoing palpitations and chest tightness now -> urgent")

# ---------------------------------------------------------------- clinical_urgent, French
m("fr", "clinical_urgent", "Doctolib, CPAM et autre chose", """
Bonjour Madame,

Je vous écris parce que je n'arrive pas à joindre le secrétariat par téléphone, ça sonne dans le vide depuis ce matin.

Premièrement Doctolib m'a annulé mon rendez-vous de contrôle chez le Dr Berthier du 24 sans explication, pouvez-vous me le remettre ? Deuxièmement la CPAM me dit qu'elle n'a jamais reçu la feuille de soins de la consultation d'avril, je vous l'avais pourtant donnée en main propre. Troisièmement il me faudrait l'ordonnance pour mes bas de contention, la pharmacie refuse sans ordonnance récente.

Ah, et pendant que je vous écris : ma fille voudrait savoir si elle peut m'accompagner en consultation la prochaine fois, elle prend des notes mieux que moi. Et la pharmacie me dit que le générique de mon traitement pour la thyroïde a changé de laboratoire, les boîtes ne se ressemblent plus du tout, je voulais juste vous prévenir au cas où il y aurait une erreur.

Pour le reste, je me suis beaucoup occupée de mon petit-fils ce printemps pendant que sa mère était hospitalisée, ce qui m'a épuisée mais fait du bien au moral. Le voyage au Portugal, c'était pour le mariage d'une cousine, une belle semaine.

Je suis rentrée hier d'un voyage en car de Lisbonne, 26 heures assise. Depuis une heure je suis essoufflée d'un coup, même assise sans rien faire, j'ai une douleur sur le côté droit de la poitrine quand j'inspire, mon cœur bat à toute vitesse et mon mollet gauche est gonflé et dur. Mon saturomètre (celui du covid) indique 89 %. Je ne sais pas si c'est grave ou si c'est la fatigue du voyage.

Merci d'avance pour tout,
Françoise Delmas
née le 08/02/1952
""", "long mail administratif (RDV, CPAM, ordonnance) puis dyspnée aiguë + douleur thoracique actuelles -> urgent")

m("fr", "clinical_urgent", "tournée de ce matin - patients communs", """
Bonjour Docteur,

Petit point sur nos patients communs après ma tournée.

Mme Lefort : pansement de l'ulcère en bonne voie, on espace à un jour sur deux. Il faudra refaire l'ordonnance de soins, elle expire le 30.
M. et Mme Giraud : piluliers faits pour la semaine, tension de monsieur à 13/8, madame toujours un peu constipée.
M. Pasquier : glycémies correctes, il a enfin accepté le portage des repas.

M. Albert Moulin (né le 17/11/1940), en revanche, m'inquiète beaucoup. Son orteil amputé l'an dernier avait bien cicatrisé, mais depuis trois jours le pied droit a noirci à l'avant, il y a un écoulement malodorant, et ce matin il a 39,6, il tremble de froid, il est confus (il ne savait plus quel jour on était alors qu'il est d'habitude très vif), TA 84/50, pouls 124. Il refuse que j'appelle le 15 sans votre avis. Je reste chez lui en attendant votre appel au 06 81 22 47 90.

Isabelle, IDEL
""", "IDEL : point de tournée stable puis patient en sepsis sur pied diabétique -> urgent")

m("fr", "clinical_urgent", "des nouvelles de tout le monde", """
Coucou Dr Fabre,

Comme vous suivez toute la famille je vous fais un petit résumé, on a eu un mois chargé.

Mon frère Antoine divorce, il est revenu vivre chez maman le temps de trouver un appart, ça l'aide pour les courses. Mon neveu passe le bac de français la semaine prochaine, il est stressé mais ça va. Moi j'ai repris le sport, le genou tient. Pour maman, les dialyses se passent bien trois fois par semaine, les ambulances sont à l'heure maintenant.

Ma belle-sœur a eu sa petite deuxième en avril, une petite Louise, qui fait ses nuits depuis trois semaines, elle a de la chance. Mon mari a enfin trouvé du travail, à Angers, il fait la route tous les jours mais il est content. Et notre aîné a réussi son permis du premier coup, donc il peut conduire sa grand-mère à ses rendez-vous quand je travaille, ça me soulage beaucoup.

Pour maman, on a mis en place un petit planning partagé sur le téléphone : qui fait les courses, qui l'accompagne chez le coiffeur, qui passe le dimanche. Elle dit qu'on la surveille trop, mais je crois qu'au fond ça lui plaît. Elle a recommencé le tricot et elle nous fait des chaussettes à tous.

Le souci c'est ce soir. Maman a vomi deux fois du sang, du vrai sang rouge, pas du marc, à peu près un bol à chaque fois. Elle est blanche comme un linge, elle a les mains froides et elle dit qu'elle va tomber dans les pommes. Elle a un ulcère à l'estomac connu depuis l'an dernier. Antoine est avec elle. On l'emmène ou on appelle ?

Merci
Virginie
""", "mise à jour familiale, mère avec hématémèse abondante et malaise maintenant -> urgent")

m("fr", "clinical_urgent", "TR: Kermesse de l'école - bénévoles", """
Au secours mon fils de 3 ans vient de boire au goulot la bouteille de déboucheur canalisation que j'avais posée sous l'évier, il hurle, il bave, il a des cloques sur les lèvres et il a vomi. Il y a 5 min. J'appelle le 15 ou je viens direct ?? Je suis à 10 min de l'hôpital.

Audrey

-------- Message transféré --------
Objet : Kermesse de l'école - bénévoles
De : APE Jules Ferry

Bonjour à tous les parents,
La kermesse aura lieu le samedi 21 juin. Nous cherchons des bénévoles pour les stands pêche à la ligne, chamboule-tout et buvette. Les gâteaux sont les bienvenus ! Inscriptions sur le tableau à l'entrée.
Merci d'avance, l'équipe de l'APE
""", "ligne en tête : enfant ayant ingéré un caustique maintenant, sur mail d'école -> urgent")

m("fr", "clinical_urgent", "RESULTAT CRITIQUE - INR", """
Laboratoire de biologie médicale des Quatre Vents
À l'attention du Dr Marchand (médecin traitant)

Suite à notre appel de 11h40 resté sans réponse (messagerie), nous vous transmettons un résultat critique.

Patient : GUILLOT Roger, né le 04/04/1939.
Prélèvement à domicile ce matin par l'IDE.
INR : 9,8 (cible 2-3 sous fluindione)
Hémoglobine : 9,1 g/dL (12,8 il y a un mois)

L'infirmière nous indique au moment du prélèvement des saignements de gencives persistants, des urines rouge foncé depuis hier soir et un gros hématome spontané de la cuisse gauche, avec un patient pâle et fatigué. Il a débuté de la clarithromycine il y a cinq jours.

Merci de prendre contact en urgence avec le patient (05 56 71 43 09). Nous avons conseillé à l'infirmière d'appeler le 15 si aggravation.

Biologiste responsable
""", "labo : INR critique avec saignements actifs -> urgent")

m("fr", "clinical_urgent", "Hb basse - Mme Sarr", """
Docteur,

Je vous adresse en urgence les résultats de Mme Aminata SARR, 67 ans, prélevée ce matin au centre de prélèvement (dossier 2205-7734).

Hémoglobine 5,7 g/dL (contrôle sur second tube : 5,8)
VGM 68 fL
Plaquettes 412 G/L
Ferritine en cours.

La patiente nous a dit au prélèvement qu'elle s'essouffle en montant deux marches, qu'elle a des douleurs dans la poitrine à l'effort depuis deux jours, et elle a fait un malaise dans la salle d'attente en se levant (rapidement récupéré, allongée, TA 92/55, pouls 115). Elle a des selles noires depuis une semaine selon elle.

Elle refuse l'ambulance et veut rentrer à pied. Nous la gardons en salle de repos en attendant votre retour au 01 43 88 20 17.

Dr Hélène Rigaud, biologiste
""", "labo : anémie profonde avec angor et malaise actuels -> urgent")

m("fr", "clinical_urgent", "natrémie - chambre 4", """
Interne de garde,

Mail de confirmation de l'appel de 04h50.

M. BESSON Marcel, 84 ans, chambre 4, Gériatrie aiguë, IPP 30927714.
Na 113 mmol/L (127 il y a 48 h). Osmolalité 236.

Contexte : hospitalisé pour chute, traité par hydrochlorothiazide et citalopram, boit beaucoup selon la famille.

L'IDE de nuit signale qu'il est confus depuis minuit, qu'il a vomi et qu'à 04h30 il a fait une crise convulsive généralisée d'environ deux minutes. Il est actuellement somnolent, réactif à la douleur seulement.

Le biologiste de garde
""", "hyponatrémie sévère avec convulsion et somnolence actuelles -> urgent")

m("fr", "clinical_urgent", "CR angioscanner thoracique - SAU", """
Compte rendu préliminaire téléphoné au médecin du SAU (Dr Brunet) à 17h25.

Patient : LACROIX Hugo, 38 ans, n° de passage U8812044.
Indication : dyspnée brutale et douleur thoracique, D-dimères positifs, tachycardie à 130.

Résultat : embolie pulmonaire bilatérale proximale, avec thrombus à cheval sur la bifurcation de l'artère pulmonaire. Dilatation du ventricule droit (rapport VD/VG 1,6) et reflux de produit de contraste dans les veines sus-hépatiques, en faveur d'un retentissement ventriculaire droit. Pas d'infarctus pulmonaire. Absence de lésion parenchymateuse suspecte.

Antécédents mentionnés : fracture de cheville plâtrée il y a trois semaines.

Conclusion : EP bilatérale massive avec signes de cœur pulmonaire aigu. Réévaluation hémodynamique immédiate recommandée.

Dr Vasseur, radiologue
""", "radiologie : EP massive avec retentissement VD -> urgent")

m("fr", "clinical_urgent", "Crèche Les Petits Loups - Timéo", """
Bonjour,

Nous vous écrivons de la crèche car le numéro des parents ne répond pas et Timéo (2 ans) est suivi par votre service de pédiatrie pour ses otites.

Ce matin à l'arrivée il avait un peu de fièvre, 38,2, nous l'avions signalé à papa qui devait venir le chercher à midi. Il y a dix minutes, pendant la sieste, il a fait une convulsion : il est devenu raide puis a tremblé de tous ses membres, les yeux révulsés. Ça a duré environ cinq minutes. Là il ne convulse plus mais il ne se réveille toujours pas, il respire fort, il ne réagit pas quand on l'appelle. Il a 39,8.

Le SAMU est appelé. Pouvez-vous essayer de prévenir les parents (M. et Mme Rolland) et transmettre au pédiatre ?

Sandrine, directrice
Crèche Les Petits Loups
""", "crèche : convulsion fébrile prolongée, enfant non réveillé -> urgent")

m("fr", "clinical_urgent", "ma fille - urgent je crois", """
Bonjour docteur Blanc,

Vous suivez ma fille Clémence (16 ans) au CMP depuis l'automne. Ces dernières semaines ça allait un peu mieux, elle avait repris le lycée à mi-temps et le handball.

Ce soir elle a envoyé à sa meilleure amie un message « adieu, je vous aime tous, pardon ». Son amie m'a appelée. Je suis rentrée en courant et j'ai trouvé dans sa chambre les plaquettes de Doliprane vides, je compte au moins 30 comprimés de 1 g, et une boîte de Xanax de sa grand-mère entamée. Elle dit qu'elle les a pris il y a deux heures environ. Elle a mal au ventre, elle a vomi une fois et elle pleure, elle dit qu'elle veut mourir.

Je vous écris en même temps que j'appelle le 15 mais je voulais que vous soyez au courant tout de suite.

Sa mère, Mme Dupuis
06 45 12 88 31
""", "adolescente : intoxication médicamenteuse volontaire avec idées suicidaires -> urgent")

m("fr", "clinical_urgent", "AG association + Jacqueline", """
Bonjour à tous,

Petit compte rendu rapide de l'assemblée générale des Amis des greffés du rein de ce matin : rapport moral adopté à l'unanimité, trésorerie saine (excédent de 640 euros), renouvellement du bureau (Patrick président, Odile trésorière), et projet de randonnée en septembre.

Je dois aussi vous dire, Docteur Rey, que pendant le pot qui a suivi, Jacqueline Marin, votre patiente greffée depuis 2019, s'est plainte d'une douleur dans la poitrine qui serre, elle est devenue grise et s'est effondrée sur sa chaise. Elle a repris connaissance mais elle dit que la douleur est toujours là et très forte, dans le bras gauche aussi. Les pompiers sont en route, salle des fêtes de Saint-Jean. Son mari demande qu'on prévienne le service de néphrologie.

Patrick
""", "compte rendu d'AG puis adhérente avec douleur thoracique et malaise actuels -> urgent")

m("fr", "clinical_urgent", "Prothèse de hanche J12 - questions", """
Bonjour,

Je suis M. Fournier, opéré d'une prothèse totale de hanche gauche par le Dr Garnier il y a 12 jours. J'ai quelques questions :

- le kiné demande une nouvelle prescription de séances, la première était pour 15 ;
- la mutuelle veut un bulletin d'hospitalisation, où le demander ?
- je dois prolonger mon arrêt de travail, qui le fait ?

J'ai arrêté les piqûres de Lovenox il y a trois jours parce que l'ordonnance était pour 10 jours et que je pensais que c'était fini, je ne sais pas si c'était bien.

Depuis hier mon mollet gauche est gonflé, dur, douloureux et chaud. Et depuis une heure je suis essoufflé au moindre geste, j'ai une douleur qui pique dans le côté de la poitrine quand je respire et mon cœur s'emballe. J'ai craché un peu de sang rosé tout à l'heure.

Bien à vous,
Lionel Fournier
""", "post-PTH : phlébite + dyspnée + hémoptysie actuelles, enfouies après questions administratives -> urgent")

m("fr", "clinical_urgent", "amygdales Lucas - saignement", """
bonsoir, Lucas 6 ans a été opéré des amygdales le 2 (Dr Perret) tout allait bien jusqu'à ce soir. Depuis 20 minutes il crache du sang rouge, beaucoup, il en a rempli un verre à moitié et il en a avalé aussi et a vomi tout noir. Il est tout pâle. Le papier de sortie disait de venir si saignement mais c'est à 1h de route. On part maintenant. Prévenez les urgences pédiatriques svp. Mme Renaud 07 82 10 44 56
""", "enfant J8 post-amygdalectomie avec hémorragie active -> urgent")

m("fr", "clinical_urgent", "Questions suite accouchement", """
Bonjour la maternité,

J'ai accouché chez vous il y a 10 jours (césarienne, petite fille de 3,4 kg, Mme Benhamou chambre 14). Tout va bien avec bébé, elle prend bien le sein. J'avais quelques questions : le rendez-vous postnatal est-il à prendre chez vous ou chez ma sage-femme libérale ? La déclaration de naissance a-t-elle bien été transmise à la mairie ? Et je n'ai pas reçu la facture de la chambre particulière pour la mutuelle.

Et puis depuis ce matin j'ai des saignements qui ont vraiment augmenté, je remplis une serviette maternité en moins d'une heure, avec des caillots gros comme une mandarine. J'ai de la fièvre à 39,5 et des frissons, mal au bas ventre, et tout à l'heure j'ai eu la tête qui tourne jusqu'à devoir m'asseoir par terre. Mon mari est au travail.

Merci de votre retour,
Sarah Benhamou
""", "post-partum : hémorragie abondante + fièvre + malaise actuels après questions admin -> urgent")

m("fr", "clinical_urgent", "32 SA saignements", """
Bonjour, je suis suivie pour ma grossesse à la maternité (dossier 2024-3381, Mme Ferrand). Je devais vous écrire pour décaler mon échographie du 3e trimestre prévue lundi car je serai chez mes beaux-parents.

Mais là depuis une demi-heure je saigne rouge vif, beaucoup, ça coule le long des jambes, et j'ai une douleur très forte au ventre qui ne se relâche pas, le ventre est dur comme du bois. Je sens moins le bébé bouger depuis tout à l'heure. Je suis à 32 semaines et 4 jours. Je suis seule avec ma fille de 3 ans. Qu'est ce que je fais ??
""", "métrorragies abondantes à 32 SA avec douleur et moins de mouvements fœtaux -> urgent")

m("fr", "clinical_urgent", "Appel patient - à transmettre au Dr Ngo", """
Dr Ngo,

Je vous transmets ce message car vous êtes en consultation et je ne peux pas vous déranger en salle.

M. Christian Aubry (dossier 41-0087) a appelé il y a cinq minutes. Il voulait d'abord savoir si son rendez-vous de jeudi était maintenu et si vous aviez signé son certificat pour la piscine. Puis il m'a dit que depuis une heure il a une douleur au milieu de la poitrine « comme un poids », qu'il transpire et qu'il a envie de vomir, et que son bras gauche est engourdi. Il a 61 ans, il a eu un stent en 2020. Il était essoufflé au téléphone. Je lui ai dit d'appeler le 15 mais il m'a répondu qu'il attendait votre avis.

Son numéro : 06 12 98 77 05.

Céline, secrétariat
""", "secrétaire relaie un appel : douleur thoracique actuelle -> urgent")

m("fr", "clinical_urgent", "Ma voisine", """
Bonjour,

Je me permets d'écrire au cabinet du Dr Colin car c'est le médecin de ma voisine, Mme Paulette Rivière, 88 ans, 7 rue du Moulin. J'ai les clés de chez elle pour arroser ses plantes quand elle part chez sa fille.

Ce matin je ne l'ai pas vue ouvrir ses volets et je suis entrée. Elle était par terre dans le couloir, en chemise de nuit, elle a dû tomber dans la nuit. Elle est glacée, elle me reconnaît à peine, elle dit des choses qui n'ont pas de sens et elle n'arrive pas à bouger la jambe droite ni le bras droit. Elle a fait pipi sur elle. Elle ne se plaint pas de douleur.

J'ai appelé les pompiers, ils arrivent. Sa fille habite Lyon, je n'ai pas son numéro, est-ce que vous pouvez la prévenir ?

Monique Vasseur
""", "voisine trouvée au sol, confuse, hémiplégie droite -> urgent")

m("fr", "clinical_urgent", "mal de tête + taches", """
Bonjour, je suis étudiant en 2e année, je vous écris du service de santé universitaire car l'infirmière m'a donné votre adresse pour les vaccins à jour pour mon stage. Je voulais justement prendre rdv pour le rappel méningocoque.

Par contre depuis ce matin j'ai 40 de fièvre, un mal de tête énorme, la nuque raide je n'arrive pas à baisser le menton, la lumière me fait mal aux yeux, et là je viens de voir des petites taches violettes sur les jambes qui ne partent pas quand j'appuie dessus avec un verre. Mon coloc dit que je suis bizarre. Je suis en cité U, bâtiment C chambre 214.

Yanis
""", "fièvre, raideur de nuque et purpura non effaçable actuels -> urgent")

m("fr", "clinical_urgent", "Pharmacie du Marché - méthotrexate", """
Docteur Lambert,

Pharmacie du Marché. Votre patiente Mme Ginette Roux (née le 22/01/1944) est venue ce matin au comptoir avec sa fille pour renouveler son méthotrexate 10 mg. En vérifiant le pilulier, il apparaît qu'elle le prend tous les jours depuis environ dix jours au lieu d'une fois par semaine (confusion lors du passage au pilulier fait par une voisine).

Elle présente de nombreux aphtes très douloureux, elle ne peut plus manger, de la diarrhée, une fièvre à 38,9 mesurée ici et elle a des bleus sur les bras. Elle est très fatiguée. Nous lui avons conseillé d'aller aux urgences mais elle souhaite votre avis avant. Nous la gardons assise à l'officine.

Pouvez-vous nous rappeler au 03 88 21 45 60 ?

Marc Hirsch, pharmacien titulaire
""", "pharmacien : surdosage en méthotrexate avec fièvre et signes de toxicité -> urgent")

m("fr", "clinical_urgent", "CR réunion d'équipe + chute ch. 8", """
Bonjour à tous,

Compte rendu de la réunion d'équipe de 14h :
1. Nouveau circuit des prélèvements à partir du 1er : les tubes partent à 7h30 et 13h.
2. Rappel sur la traçabilité des contentions.
3. Congés d'été : les demandes sont à remettre avant le 15.
4. Formation gestes d'urgence : deux places disponibles le 20.

Et pendant que je rédigeais ce mail, Mme Gautier (chambre 8, sous Préviscan pour sa FA) a été retrouvée au pied de son lit. Elle s'est tapé l'arrière de la tête, il y a une plaie qui saigne, elle a vomi deux fois depuis et elle est de plus en plus endormie, on a du mal à la réveiller. Pupille gauche plus grande que la droite. L'interne est appelé, j'ai mis le chariot d'urgence devant la chambre.

Pascale, cadre de santé
""", "compte rendu de réunion puis chute sous AVK avec vomissements et somnolence actuels -> urgent")

m("fr", "clinical_urgent", "astreinte anesthésie + SSPI", """
Bonjour,

Pour le planning d'astreinte de juillet : je prends le 14 et le 15 si personne ne s'y oppose, et je rends le 28 à Julien comme convenu. Pensez à remplir le tableau partagé avant vendredi.

Autre point, plus pressé : en SSPI, M. Lopes, opéré d'une thyroïdectomie totale il y a deux heures, a le cou qui gonfle à vue d'œil du côté gauche, il a un stridor, il s'agite et désature à 86 % sous masque. Le drain ne donne presque rien. Il faut que le chirurgien et l'anesthésiste de garde viennent tout de suite, je l'ai dit à l'IADE mais le chirurgien ne répond pas au bip.

Sophie, IDE SSPI
""", "planning d'astreinte + hématome cervical compressif post-op actuel -> urgent")

m("fr", "clinical_urgent", "fistule qui saigne", """
Bonsoir l'équipe de dialyse,

Je suis M. Kamara, dialysé le lundi-mercredi-vendredi sur la fistule du bras gauche. Je voulais vous dire que le taxi conventionné m'a encore laissé attendre une heure mercredi et qu'il faut revoir ça, et aussi que ma femme voudrait savoir si elle peut assister à la prochaine séance d'éducation.

Mais ce soir c'est grave je pense : en enlevant le pansement, la fistule s'est mise à saigner et ça gicle, je n'arrive pas à arrêter même en appuyant fort depuis 15 minutes avec une serviette. Il y a du sang partout dans la salle de bain. J'ai la tête qui tourne. Ma femme appuie pendant que j'écris.

Moussa Kamara
""", "dialysé : hémorragie active de fistule non contrôlée -> urgent")

m("fr", "clinical_urgent", "mon père ne va pas bien", """
Bonjour Docteur Michel,

Je vous écris pour mon père, Jean Perrot, 79 ans. Depuis sa sortie de l'hôpital pour son hernie il allait bien. J'avais surtout des questions sur la facture de l'ambulance et sur le rendez-vous avec le chirurgien qui n'a pas été fixé.

Mais depuis hier il n'a plus été à la selle et il ne fait même plus de gaz. Son ventre est énorme, tendu comme un ballon, il a une douleur très forte qui vient par vagues et il vomit tout ce qu'il boit, maintenant ça sent les selles. Il est très fatigué et ne boit plus. Il a été opéré de l'intestin il y a des années (cancer du côlon en 2010).

Est-ce que je peux attendre lundi ? Merci de me répondre vite.

Sa fille, Béatrice Perrot
""", "syndrome occlusif avec vomissements fécaloïdes actuels -> urgent")

m("fr", "clinical_urgent", "chute trampoline - Ethan", """
Bonjour,

Ethan, 7 ans, est tombé du trampoline chez un copain vers 15h et s'est cogné la tête sur le montant. Sur le moment il a pleuré puis il est reparti jouer, donc on n'a rien fait. J'écrivais justement à votre service pour décaler son rendez-vous d'orthophonie de mardi.

Mais depuis 17h il a vomi trois fois, il dit qu'il a très mal à la tête et il ne veut que dormir, il a du mal à garder les yeux ouverts quand je lui parle. Il ne se souvient pas de la chute. Je trouve qu'il parle bizarrement.

Qu'est-ce que je dois faire ? Le papa arrive avec la voiture.

Mme Leblanc
""", "enfant traumatisme crânien avec vomissements répétés et somnolence -> urgent")

m("fr", "clinical_urgent", "toute la famille malade", """
Bonjour,

Je vous écris pour toute la famille, on est vos patients depuis des années. Depuis qu'on a rallumé la chaudière à gaz hier soir (elle n'avait pas été révisée cette année, j'avoue), on a tous mal à la tête, des nausées, mon mari a vomi, et la petite Lou (4 ans) est très endormie, on n'arrive presque pas à la réveiller ce matin. Le chat est bizarre aussi. Quand on sort sur le balcon ça va un peu mieux. Mon fils aîné a des vertiges et a failli tomber dans l'escalier.

Je voulais aussi demander un rendez-vous pour le certificat de sport de mon fils, mais ce n'est pas le plus important.

On a ouvert toutes les fenêtres. Est-ce que c'est la grippe ?

Famille Marchetti, 12 allée des Pins
""", "intoxication au CO familiale avec enfant difficile à réveiller -> urgent")

m("fr", "clinical_urgent", "champignons", """
Bonjour,

Dimanche on a cueilli des champignons en forêt avec mon mari et on les a mangés en omelette hier soir vers 20h. Ce matin vers 8h on a commencé à avoir des diarrhées très fortes, comme de l'eau, et des vomissements sans arrêt. Mon mari est tout sec, il ne tient plus debout, il a des crampes, il a la tête qui tourne quand il se lève. Moi pareil mais un peu moins. Un voisin dit que c'étaient peut-être des amanites.

Nous avons gardé les restes dans un sac. Nous avions rendez-vous chez vous jeudi pour le vaccin de la grippe de mon mari. Que fait-on ?

Mme Brun
""", "intoxication aux champignons avec déshydratation sévère actuelle -> urgent")

m("fr", "clinical_urgent", "fièvre après cure - Mme Texier", """
Bonjour l'équipe d'hématologie,

Mme Chantal Texier (IPP 20881234), sortie mercredi après sa cure de consolidation. Nous sommes l'équipe d'HAD qui passe deux fois par jour pour les soins de PICC line.

Au passage de 17h : température 39,2, frissons intenses, TA 88/52 (habituellement 125/70), fréquence cardiaque 126, marbrures des genoux, elle est plus lente à répondre. Le pansement du PICC est propre. La NFS de ce matin montrait des polynucléaires à 0,1 G/L.

Nous avons prélevé des hémocultures comme prévu dans le protocole et nous attendons votre consigne pour le transfert. Le médecin coordonnateur de l'HAD est informé.

Laure, IDE HAD
""", "HAD : patiente neutropénique fébrile en état de choc -> urgent")

m("fr", "clinical_urgent", "TR: Bilan annuel - convocation", """
Infirmier du CMP : M. Hamidi vient de m'appeler, il est sur le pont de Bercy, il dit qu'il va sauter, qu'il a dit au revoir à sa sœur. Je le garde au téléphone sur l'autre ligne. Police appelée. Quelqu'un de l'équipe mobile peut-il y aller ?

Fabrice

> Objet : Bilan annuel - convocation
> Monsieur Hamidi,
> Vous êtes convoqué pour votre bilan annuel avec le Dr Faure le 12
> septembre à 10h au CMP. Pensez à apporter votre carte vitale et vos
> derniers résultats de lithiémie.
""", "ligne en tête : patient sur un pont avec intention suicidaire actuelle -> urgent")

m("fr", "clinical_urgent", "courrier pour le docteur Simon", """
Docteur,

Je m'appelle Marcel Chevalier, j'ai 76 ans, je suis votre patient. Ma femme m'aide à écrire ce courrier électronique.

Ce matin au réveil tout tournait, j'ai vu double, je n'arrivais pas à marcher droit, je penchais à gauche comme un homme saoul. J'ai du mal à avaler, je m'étouffe avec l'eau, et ma femme dit que ma voix a changé. J'ai aussi un fourmillement dans la moitié du visage. Ça a commencé vers 6h30 et c'est toujours là, il est 9h. J'ai de la tension et du cholestérol.

Nous voulions aussi vous demander de renouveler l'ordonnance de la kiné et de nous envoyer le double du dernier bilan sanguin pour le cardiologue.

Respectueusement,
M. et Mme Chevalier
""", "vertige brutal, diplopie, dysphagie, ataxie (AVC vertébro-basilaire) actuels -> urgent")

m("fr", "clinical_urgent", "guêpe", """
bonjour docteur, mon mari vient de se faire piquer par une guêpe dans le jardin il y a 10 min, il est devenu tout rouge, il a des plaques partout, le visage gonfle, il respire mal en sifflant et il vient de s'asseoir par terre en disant qu'il va tomber dans les pommes. Il avait déjà fait une grosse réaction l'an dernier et vous deviez lui prescrire l'Anapen mais on n'est jamais allés le chercher. Le 15 ne répond pas tout de suite, on fait quoi ?? Mme Pichon
""", "anaphylaxie actuelle après piqûre d'hyménoptère -> urgent")

m("fr", "clinical_urgent", "anniversaire - Chloé allergique", """
Bonsoir Dr Meunier,

Chloé (8 ans, allergie à l'arachide, PAI fait chez vous) est à l'anniversaire d'une copine et a mangé un cookie qui contenait des cacahuètes. Il y a un quart d'heure. La maman de la copine m'a appelée : elle a vomi, elle a de l'urticaire géante sur le cou et le ventre, elle tousse beaucoup et elle a la voix rauque. La maman a fait le stylo Epipen il y a 8 minutes mais Chloé dit qu'elle a toujours du mal à respirer et qu'elle a la gorge qui gratte.

Je suis en route, j'arrive dans 10 minutes. Le 15 est appelé. Je voulais vous prévenir parce qu'on devait justement vous voir lundi pour refaire le PAI de l'année prochaine.

Mme Faure
""", "enfant en anaphylaxie persistante après adrénaline -> urgent")

m("fr", "clinical_urgent", "Adressage SAU - M. Pinto", """
Cher confrère,

Je vous adresse M. Abel PINTO, 71 ans, que je vois ce jour en visite à domicile.

Antécédents : IDM en 2008 (pontage), AVC ischémique en 2015 sans séquelle, épilepsie séquellaire bien contrôlée, diabète de type 2 insulinotraité avec hypoglycémies sévères en 2019, ulcère gastrique hémorragique en 2021, BPCO stade 2.

Histoire actuelle : toux productive depuis 4 jours, fièvre depuis 48 h. Ce jour : température 39,7, FR 30/min, SpO2 86 % en air ambiant, TA 85/48, FC 122, confusion nouvelle (désorienté dans le temps), marbrures. Crépitants base droite. Diurèse faible selon l'épouse.

Conclusion : pneumopathie aiguë communautaire avec signes de sepsis sévère (qSOFA 3). Le SAMU a été appelé, transport en cours.

Confraternellement,
Dr Anne-Laure Besnard
""", "lettre d'adressage : ATCD chargés + sepsis sévère actuel -> urgent")

m("fr", "clinical_urgent", "séance de kiné - M. Royer", """
Docteur Garnier,

Je suis le kinésithérapeute de M. Royer, opéré du genou droit (PTG) par vous il y a trois semaines. La rééducation avançait bien, flexion à 95°.

Au début de la séance de ce matin, il m'a dit être essoufflé depuis la veille. Pendant les exercices il a dû s'arrêter : il respirait très vite, il avait une douleur thoracique à droite, ses lèvres étaient un peu violacées, saturation à 87 % sur mon oxymètre, pouls à 128. Son mollet droit est plus gros que le gauche. Il n'a plus de Lovenox depuis 5 jours.

Je l'ai allongé au cabinet et j'ai appelé le 15, ils arrivent. Je voulais vous avertir et savoir si vous souhaitez qu'il soit orienté vers votre établissement.

Cordialement,
Bastien Leroux, MK
""", "kiné : dyspnée, hypoxie, douleur thoracique post-PTG actuelles -> urgent")

m("fr", "clinical_urgent", "extraction dentaire - saignement", """
Bonjour, je suis chirurgien-dentiste et j'écris au service de cardiologie qui suit mon patient M. Dubreuil (valve mécanique, sous Coumadine).

Je lui ai extrait deux molaires ce matin après avoir vérifié l'INR (2,8) et fait les sutures et l'hémostase habituelles. Il revient ce soir au cabinet : le saignement n'a jamais cessé, il a rempli plusieurs compresses et crache du sang en continu, il a avalé beaucoup de sang et a vomi du sang. Il est pâle, il a la tête qui tourne assis, son pouls est à 110. Malgré la reprise des points et une compression de 20 min, ça saigne toujours.

Je l'envoie aux urgences par ambulance. Pouvez-vous me dire la conduite à tenir pour son anticoagulant ?

Dr Sabine Kahn, chirurgien-dentiste
""", "hémorragie post-extraction non contrôlée sous AVK avec malaise -> urgent")

m("fr", "clinical_urgent", "EPS - élève malaise", """
Madame l'infirmière du centre hospitalier,

Je suis professeur d'EPS au collège Pasteur. L'infirmière scolaire est absente aujourd'hui et c'est votre adresse qui figure sur le PAI de l'élève.

Pendant le cours de course d'endurance, Enzo Morel (14 ans, 4e B) s'est effondré d'un coup sur la piste. Il ne répond pas, ses yeux sont ouverts mais fixes, il fait des mouvements de respiration irréguliers et bruyants, il est tout gris. Mon collègue a commencé le massage cardiaque et l'élève qui est allé chercher le défibrillateur revient. Les pompiers sont appelés.

Son PAI parle d'une « cardiomyopathie suivie en cardiologie pédiatrique ». Pouvez-vous prévenir son cardiologue et ses parents ?

M. Durand
""", "élève effondré, inconscient, respiration agonique -> urgent")

m("fr", "clinical_urgent", "retour du Mali - fièvre", """
Bonjour Docteur,

Je suis rentré du Mali il y a 8 jours (mariage de mon cousin à Bamako). Je n'ai pas pris le traitement contre le paludisme jusqu'au bout, j'ai arrêté à mi-séjour car ça me donnait des nausées.

Depuis trois jours j'ai de la fièvre à 40 avec des gros frissons, j'ai mal partout. Aujourd'hui ma femme trouve que je suis confus, je me suis perdu dans l'appartement et je ne sais plus quel jour on est. J'ai les yeux un peu jaunes et je n'ai presque pas uriné. Je respire vite.

Je voulais aussi vous demander un arrêt de travail pour mon employeur car j'ai raté trois jours.

Merci,
Mamadou Keïta
""", "retour de zone d'endémie : fièvre élevée avec confusion (palu grave suspect) -> urgent")

m("fr", "clinical_urgent", "Re: livraison oxygène", """
> Madame, la prochaine livraison de bouteilles d'oxygène et de l'extracteur
> de rechange est programmée jeudi entre 8h et 12h.

Merci pour jeudi. Mais aujourd'hui mon mari ne va pas bien du tout : il est très essoufflé, il ne peut plus parler, ses lèvres et ses ongles sont bleus, il est de plus en plus endormi et il dit des choses sans queue ni tête. Le saturomètre affiche 78 % avec ses 2 litres d'oxygène. Il tousse des crachats verts depuis 3 jours. Je n'ose pas augmenter l'oxygène parce que le pneumologue avait dit de ne pas le faire.

Mme Robin
""", "BPCO : détresse respiratoire avec cyanose et somnolence actuelles -> urgent")

m("fr", "clinical_urgent", "douleur ventre enceinte", """
Bonjour,

Je suis enceinte d'environ 7 semaines d'après mes dernières règles, je n'ai pas encore eu la première échographie. Je voulais justement prendre rendez-vous avec une sage-femme chez vous et savoir quels examens sont remboursés.

Depuis une heure j'ai une douleur horrible en bas à gauche du ventre, comme un coup de poignard, qui remonte jusque dans l'épaule. J'ai un peu saigné, du sang foncé. J'ai failli m'évanouir aux toilettes et je suis toute blanche, j'ai des sueurs froides. J'ai eu une infection des trompes il y a quelques années.

Qu'est-ce que je dois faire ? Mon copain est au travail.

Lina
""", "suspicion de GEU rompue : douleur intense, malaise, saignement -> urgent")

m("fr", "clinical_urgent", "soirée - ma copine ne se réveille pas", """
Bonjour c'est urgent je sais pas qui appeler. On est à une soirée étudiante et ma copine Margaux a bu beaucoup et quelqu'un lui a donné du GHB je crois. Elle est allongée sur le canapé, elle ne se réveille pas du tout même quand on la pince, elle a vomi et elle respire très lentement avec des ronflements. Elle est suivie chez vous pour son épilepsie. On l'a mise sur le côté. On est au 4 rue Nationale 3e étage. Les pompiers on les a appelés mais ils demandent si elle a des antécédents, on ne sait pas quoi dire.
""", "étudiante inconsciente après intoxication, respiration lente -> urgent")

m("fr", "clinical_urgent", "bébé tombé de la table à langer", """
Bonjour,

Ma fille Rose, 3 mois, est tombée de la table à langer il y a environ une heure, je me suis retournée deux secondes pour attraper une couche. Elle est tombée sur le carrelage, environ 1 mètre. Elle a pleuré tout de suite. Elle a une grosse bosse molle sur le côté de la tête.

Depuis elle a vomi deux fois et maintenant elle est très endormie, elle ne réagit presque pas quand je la change, elle ne veut pas téter, et elle gémit. La fontanelle me paraît bombée.

Je culpabilise énormément. Je devais vous écrire aujourd'hui pour le vaccin des 4 mois.

Pauline Giraud
06 22 19 40 73
""", "nourrisson chute avec vomissements, somnolence, fontanelle bombée -> urgent")

m("fr", "clinical_urgent", "Lithiémie - résultat critique", """
Docteur Faure,

Laboratoire Biosud, confirmation écrite de notre appel de ce matin.

Patient : HAMON Denis, né le 30/10/1968.
Lithiémie : 2,6 mmol/L (zone thérapeutique 0,5-0,8 ; contrôle précédent 0,7 en mars)
Créatinine : 198 µmol/L (89 en mars)
Natrémie : 131 mmol/L

Lors du prélèvement, son épouse nous a signalé des diarrhées et des vomissements depuis 4 jours, des tremblements importants, une marche titubante et des propos confus depuis hier. Il a commencé de l'ibuprofène la semaine dernière pour une sciatique. Il est actuellement somnolent dans la voiture sur notre parking.

Merci de prendre en charge en urgence. Nous avons conseillé une orientation immédiate vers les urgences.

Dr Claire Fontaine, biologiste
""", "labo : intoxication au lithium avec confusion et somnolence actuelles -> urgent")

m("fr", "clinical_urgent", "HAD - Mme Vidal", """
Dr Masson,

Patiente en HAD, Mme Odette Vidal (86 ans, cancer pancréatique, PCA de morphine depuis le 2). Son fils a réglé la pompe seul cette nuit en croyant augmenter le débit « un petit peu ».

À ma visite de 8h : elle ne se réveille pas à la voix, à peine à la stimulation forte, fréquence respiratoire à 6, pupilles en tête d'épingle, SpO2 82 %. Elle n'est pas en fin de vie imminente selon le projet de soins : la réévaluation prévoyait une chimiothérapie orale et la famille souhaite la poursuite des soins actifs.

J'ai arrêté la pompe. Faut-il administrer de la naloxone (nous en avons dans la trousse) ? Merci de me rappeler immédiatement au 06 77 41 23 08.

Maud, IDE HAD
""", "HAD : surdosage morphinique avec dépression respiratoire actuelle -> urgent")

m("fr", "clinical_urgent", "papa", """
Bonjour Docteur,

Je m'inquiète pour mon père, Guy Lemaire, votre patient. Depuis la mort de maman en février, il ne sort plus, il ne mange plus vraiment. Je vous avais écrit pour l'aide à domicile et le dossier APA, merci pour le certificat.

Ce midi il m'a appelée pour me dire au revoir, qu'il avait « tout réglé », que le testament est chez le notaire et qu'il voulait rejoindre maman. Il m'a dit qu'il a sorti son fusil de chasse et qu'il était prêt. Il a raccroché et ne répond plus. J'habite à 300 km. J'ai appelé les gendarmes de son village. Est-ce que vous pouvez passer chez lui, vous êtes à 5 minutes ?

7 chemin des Vignes.

Hélène Lemaire
""", "père exprimant un projet suicidaire avec arme maintenant -> urgent")

m("fr", "clinical_urgent", "Sleeve J5 - douleurs", """
Bonjour,

Je suis Mme Da Silva, opérée d'une sleeve gastrectomie par le Dr Klein jeudi dernier. J'ai plusieurs questions sur le régime mixé et les compléments vitaminés à acheter, et ma mutuelle me demande la facture détaillée du dépassement d'honoraires.

Depuis cette nuit j'ai une douleur très forte dans le haut du ventre et l'épaule gauche, je ne peux pas respirer à fond, mon cœur bat à 130 au repos sur ma montre, j'ai 38,8 et j'ai des sueurs. Je ne peux même plus boire une gorgée d'eau sans avoir encore plus mal. On nous avait dit à la sortie que la fièvre et le cœur rapide étaient des signes d'alerte.

Merci de me répondre rapidement,
Fatima Da Silva
""", "post-op bariatrique : douleur intense, fièvre, tachycardie actuelles -> urgent")

m("fr", "clinical_urgent", "RE: renouvellement Dépakine", """
Il convulse depuis 10 minutes et ça ne s'arrête pas, il est tout bleu autour de la bouche. J'ai donné le Buccolam comme marqué sur le protocole il y a 5 min. Le 15 arrive. Mon frère Karim, 23 ans.

Nadia

-----Message d'origine-----
De : Secrétariat Neurologie
Envoyé : mardi 10:02
À : Nadia Belkacem
Objet : RE: renouvellement Dépakine

Bonjour Madame,
Le Dr Jolivet a bien signé le renouvellement de l'ordonnance de Dépakine et de Buccolam de votre frère. Vous pouvez la récupérer à l'accueil ou nous la transmettons par messagerie sécurisée à votre pharmacie. Le prochain rendez-vous de suivi est fixé au 14 novembre à 11h.
Cordialement
""", "ligne nouvelle : état de mal épileptique en cours sur fil de renouvellement -> urgent")

m("fr", "clinical_urgent", "Holter - résultat à voir aujourd'hui", """
Cher Dr Bonnet,

Je vous transmets l'analyse du Holter ECG de 24 h de votre patient, M. Gilbert ARNAUD (79 ans), posé lundi pour « malaises ».

Rythme sinusal au début de l'enregistrement, puis à partir de 3h du matin bloc auriculo-ventriculaire complet avec échappement ventriculaire à 26-30/min, pauses jusqu'à 7,2 secondes corrélées aux symptômes notés dans le carnet (« je me suis senti partir », « tombé dans la cuisine »).

J'ai appelé le patient ce matin pour lui demander de se rendre aux urgences : son épouse m'indique qu'il est à nouveau tombé il y a une heure, qu'il a perdu connaissance quelques secondes, qu'il est pâle, et qu'il refuse de se déplacer avant d'avoir votre avis. Son pouls qu'elle a compté est à 28.

Merci de le contacter sans délai (04 76 12 88 09).

Dr Marion Lecoq, cardiologue
""", "Holter : BAV complet avec syncopes qui se répètent maintenant -> urgent")

m("fr", "clinical_urgent", "Anaïs - consultation TCA", """
Bonjour Madame Perrin,

Anaïs a rendez-vous avec vous et la diététicienne mardi prochain, je voulais vous envoyer le carnet alimentaire et la courbe de poids de la semaine : elle a encore perdu, 39,2 kg ce matin. Elle refuse toujours le complément.

Je vous écris surtout parce qu'elle vient de faire un malaise dans la douche, elle est tombée, elle a perdu connaissance une minute. Maintenant elle est allongée sur son lit, glacée, les extrémités violettes, elle dit que tout tourne et elle n'arrive pas à se relever. Son pouls au poignet est lent, je compte 36. Elle tremble. Elle me supplie de ne pas appeler l'hôpital.

Qu'est-ce que je fais ?

Sa maman, Christine
""", "anorexie : syncope avec bradycardie et hypothermie actuelles -> urgent")

m("fr", "clinical_urgent", "accident tronçonneuse", """
Bonjour l'accueil,

Mon mari Jacques avait rendez-vous cet après-midi à 16h en ORL, il ne pourra pas venir. Il était en train de couper du bois et la tronçonneuse a rebondi sur sa cuisse gauche. Il y a une plaie énorme, profonde, et le sang sort par jets, ça ne s'arrête pas. J'ai serré une ceinture au-dessus comme j'ai pu et j'appuie avec des torchons mais tout est trempé. Il est blanc, il dit qu'il a froid et il commence à ne plus répondre très bien. Les pompiers ont été appelés il y a 5 minutes mais on est loin, à la ferme des Bordes.

Mme Ménard
""", "hémorragie massive actuelle de la cuisse avec signes de choc -> urgent")

# ---------------------------------------------------------------- appointment, English
m("en", "appointment", "Knee clinic 23rd - need to move it (long, sorry)", """
Dear Orthopaedic Appointments,

I have an appointment with Mr Haddock's clinic on Tuesday 23rd at 9.15 for my knee, and I'm afraid I need to move it. My husband has his cataract operation that same morning at the eye hospital and I'm the only driver now. Could I have something in the week of the 30th, any afternoon?

While I'm writing, a few other things that are on my mind. I had a statement through for £12 for the knee brace, which I'll pay by phone this week, it's just that the reference number on it is smudged. I'll call billing about it, I don't expect you to sort that. And I'm down to my last few naproxen so I'll ask the GP for more.

I suppose I also just want to say that I'm finding it hard. It's been eleven months since the first referral and I can barely get up the stairs now. I've stopped going to choir because I can't stand for the whole rehearsal. I know everyone is busy. I'm not ill otherwise, the heart is behaving since the stent and I've had no chest pain at all this year, it's just the knee.

Please let me know the new date by letter or on 01904 552 718, I don't always see emails.

Kind regards,
Patricia Oldroyd
DOB 30/06/1951
""", "long reschedule with bill, refill and feelings; negated chest pain trap -> appointment")

m("en", "appointment", "Mum's appointments in May - can they be grouped?", """
Hello,

I'm the daughter and main carer of Mrs Irene Castle (hospital number K2205731). I'm writing because Mum currently has four separate hospital appointments in May and I'd like to ask whether any can be moved onto the same day, as each trip is a huge effort for her.

Current bookings:
- Ophthalmology (macular clinic), Monday 5 May, 10.30
- Memory clinic, Wednesday 7 May, 14.00
- Podiatry, Friday 16 May, 9.00
- Stroke follow-up (Dr Nair), Thursday 22 May, 11.15

She needs a wheelchair from the car park, and since her stroke in 2021 she tires very quickly and gets muddled in the afternoons, so mornings are far better. Ideally memory clinic and Dr Nair on the same morning, and eyes and podiatry on another.

Family news in brief, in case it's useful for the memory clinic: my brother has moved back nearby and does Tuesdays and Thursdays, the carers come twice daily, and she's been calmer since we changed her bedroom round. No falls since Christmas.

It would also help to know whether the memory clinic appointment needs anything from us in advance. Last time they sent a questionnaire only two days before, and I had to fill it in at 11pm after a full day. If there's one this time, could it be posted to my address instead of Mum's? She tends to put letters "somewhere safe" and we never see them again.

On transport: we have a blue badge, but the disabled bays by the eye clinic are always full by 9.30. Is there a drop-off point closer to the outpatients entrance? And is the wheelchair loan still at the main reception, or has it moved since the new atrium opened? The last time we came, a porter kindly found us one, but we waited twenty minutes.

Finally, Mum's hearing aids: she's due a new set, and I think audiology is in the same building. If there is any chance of squeezing in an audiology check on the same day, it would save another trip.

Could the bookings team let me know what's possible? My mobile is 07721 408 115.

Many thanks,
Joanne Castle
""", "carer asks to cluster four appointments; historical stroke trap -> appointment")

m("en", "appointment", "Fw: Fracture clinic follow up", """
Hi, forwarding the letter below. Dad's cast comes off next week and the fracture clinic want to see him around 6 weeks after, but nobody has sent a date. Could you book one for him, preferably a Monday or Friday when I'm off work? He's doing really well and driving me mad wanting to get back to the golf course.

Thanks, Rob Fielding (son)

-----Original Message-----
From: Emergency Department, Royal Infirmary
Sent: 14 March
Subject: ED attendance summary - Mr Alan Fielding

Attendance: 13/03, 21:40. Brought in by ambulance after collapse at home; found on the kitchen floor by his son, brief loss of consciousness, head laceration. ECG and CT head normal. Left distal radius fracture, manipulated under haematoma block and placed in a backslab. Postural hypotension likely, amlodipine stopped. Discharged 14/03 04:10.
Plan: fracture clinic in 7-10 days, GP to review BP in 2 weeks.
""", "forwarded ED summary with past collapse; new text asks for booking -> appointment")

m("en", "appointment", "Your pre-operative assessment appointment", """
Dear Mr Olusegun Adeleke,

You are listed for a right inguinal hernia repair with Mr Cartwright. Before your operation you need a pre-operative assessment, which we have booked for:

Thursday 12 June at 13.30
Pre-operative Assessment Unit, Level 1, Outpatients B

The appointment takes up to two hours. You will see a nurse, and may have blood tests, an ECG and swabs for MRSA. Please bring all your current medicines in their boxes, or an up-to-date list from your GP.

Please complete the enclosed health questionnaire beforehand. It asks, among other things:
- Have you ever had a heart attack, angina or chest pain on exertion?
- Have you ever had a stroke or mini-stroke (TIA)?
- Do you get short of breath lying flat or climbing one flight of stairs?
- Have you ever had a seizure or fit?
- Have you or a blood relative ever had a problem with an anaesthetic?
- Do you bleed or bruise easily?

If you cannot attend, please call 0117 555 0290 at least 48 hours before so we can offer the slot to someone else. Patients who miss pre-assessment may have their operation postponed.

Yours sincerely,
Pre-operative Assessment Team
""", "pre-op booking letter with questionnaire of red-flag questions -> appointment")

m("en", "appointment", "video appointment instead?", """
Hi,

My follow-up with the rheumatology nurse is booked for next Friday at 11:00 face to face. Would it be possible to change it to a video or phone appointment? I live an hour and a half away by two buses and my hands have been so stiff in the mornings that the journey is really tough. I tried the video link for my last diabetes review and it worked fine on my tablet, although I had to ask my grandson to set up the camera.

I've been keeping the symptom diary you asked for, swollen joints are mainly wrists and knuckles, morning stiffness about 2 hours, and I've had no fevers or anything like that. I'm taking the methotrexate every Monday as instructed and the folic acid the other days. I also had my bloods done at the GP on Tuesday so those should be on the system.

If it has to stay face to face that's fine, just please could it be a bit later, after 1pm, so I can get the off-peak bus.

Thanks,
Dorothy Bramwell
Hospital no: 0448172
""", "request to switch to video consultation with clinical context -> appointment")

m("en", "appointment", "Reminder: exercise stress test Wednesday", """
Dear Mr Harland,

This is a reminder of your exercise tolerance test at the Cardiac Investigations Unit:

Wednesday 9 April, 08:40, Cardiac Investigations, Ground Floor, East Wing

Preparation:
- Wear comfortable shoes and loose clothing. You will walk on a treadmill.
- Do not take your bisoprolol for 48 hours before the test unless your cardiologist has told you otherwise.
- Have a light breakfast at least two hours before. No caffeine on the morning of the test.
- Bring your GTN spray if you have one.

The test takes about 45 minutes including preparation. A physiologist will be with you throughout and will stop the test if needed.

Important: this appointment is for a planned investigation. If before your appointment you develop chest pain at rest, chest pain lasting more than 15 minutes, or pain that does not settle with your GTN spray, do not wait for the test: call 999.

To rearrange, reply to this email or phone 0151 555 3381 (Mon-Fri 9-4).

Cardiac Investigations Unit
""", "appointment reminder with hypothetical chest-pain instructions -> appointment")

m("en", "appointment", "Cancelling all future appointments - moving to Portugal", """
Dear Sir/Madam,

I'm writing to cancel all my future appointments at the hospital as my wife and I are emigrating to Portugal at the end of next month. The ones I know about are:

- Urology clinic, 2 July (PSA review)
- Audiology hearing aid check, 15 July
- Dermatology, 4 August (the annual skin check after my melanoma removal in 2019)

I'd be grateful if you could confirm these have been cancelled so no one is waiting for me, and let me know how I get copies of my records to take to a doctor over there. I assume there is a form.

I want to say thank you as well. Twenty years ago your cardiac team saved my life when I collapsed at the railway station with a heart attack, and your dermatology team caught the melanoma early. We're moving to be near our daughter and grandchildren in Porto, and while it's exciting I'll genuinely miss the people here.

With best wishes,
Geoffrey Lund
DOB 17/02/1948
""", "cancelling appointments before emigrating; old heart attack trap -> appointment")

m("en", "appointment", "MRI booking - claustrophobia", """
Hello MRI bookings,

I've received a letter for an MRI of my lumbar spine on the 18th at 7.50pm at the main hospital. Before I confirm, I need to explain something. I'm very claustrophobic. Three years ago I had a brain MRI at another hospital and I had to stop halfway through because of a panic attack. I felt like I couldn't breathe, though obviously I was fine once I got out.

Is there any chance of:
a) an appointment on the wider-bore scanner I've read you have at the community site, or
b) something to calm me down beforehand (my GP says the hospital should decide), and
c) if I do need sedation, an earlier time of day so my partner can take me home?

I'm also a bit confused because the letter says to remove all metal and I have a copper coil, is that a problem?

I really do want the scan, the back pain has gone on long enough. Any date in the next month is fine.

Thanks,
Ellie Thorne
07700 900 884
""", "MRI booking with claustrophobia, sedation question; past panic trap -> appointment")

m("en", "appointment", "Pacemaker check / MRI", """
Dear Pacing Clinic,

My routine pacemaker check is due in September, but my neurologist has asked for an MRI of my head in July to look at the headaches I've been getting. The MRI department told me I need a pacing clinic appointment on the same day, before and after the scan, so the device can be put into MRI mode.

Could you coordinate a date with the MRI team? They said to quote reference MRI-77214. I would prefer a morning as I no longer drive.

For background, the device was fitted in 2022 after I had several blackouts, I fainted in the supermarket twice and once in the shower. Since it went in I haven't passed out once, I feel like a new man. My wife will come with me.

Yours faithfully,
Maurice Ogden
Hospital no. 2109884
""", "coordinating pacing check with MRI; historical fainting trap -> appointment")

m("en", "appointment", "Three kids, three appointments!", """
Hi Paediatric Outpatients,

Apologies in advance, this is a bit of a saga. I have three children under your care and I've just had letters for all three in the same fortnight, on different days, and I work shifts.

- Maisie (9): asthma review, 4 Nov, 15:30
- Theo (6): ENT follow up after his grommets, 7 Nov, 09:10
- Arlo (2): general paeds review, 12 Nov, 10:00 - this is the follow-up after his febrile seizure last winter. He's had no more fits since, and the last few colds he's just had normal temperatures that came down with Calpol.

Is there any chance of getting two or three of them on the same day? I'm off on Mondays and Fridays. Also Maisie's letter asks us to bring her inhalers and spacer, is that right even for a review? And should Theo bring his hearing test results from the school nurse, or will he have another hearing test on the day?

And do you have an after-school slot? Maisie really doesn't want to miss more school, she has SATs prep.

Thanks so much,
Kirsty Adebayo-Price
""", "parent coordinating three children's appointments; past febrile seizure trap -> appointment")

m("en", "appointment", "RE: RE: joint clinic slot for Mr Barnes", """
Hi Sandra,

Thanks - 14:20 on the 3rd works for Dr Khalil. Can you check the vascular side can match that? Mr Barnes is coming 60 miles by hospital transport so we really want both consultations on the same afternoon, plus the duplex scan beforehand if the vascular lab can squeeze him in.

Transport is booked for 12:30 pick up, I've asked for a stretcher-capable vehicle because of his amputation.

Cheers,
Fiona (Diabetes secretaries)

> From: Sandra Price (Vascular secretaries)
> Fiona, Mr Barnes has a vascular slot on the 3rd at 15:00 with Mr Oyelaran.
> Would Dr Khalil be able to see him earlier that afternoon? The consultant
> wants the podiatry wound review done jointly if possible.
>
>> From: Fiona
>> Sandra, could we arrange a joint diabetic foot clinic appointment for
>> Mr Derek Barnes (MRN 70114558)? Below-knee amputation on the left 2023,
>> current ulcer right heel, stable, no signs of infection at last review.
""", "secretaries coordinating joint clinic; past amputation, negated infection -> appointment")

m("en", "appointment", "Your clinic appointment has been changed", """
Dear Ms Fenwick,

Due to planned industrial action on Tuesday 17 June, your appointment with Dr Okwu in the Gastroenterology Clinic has unfortunately had to be rescheduled.

Original appointment: Tuesday 17 June, 10:20
New appointment: Thursday 26 June, 15:40, Clinic 4, Outpatients Level 2

If the new time is not convenient, please call 0114 555 6120 or reply to this email and we will do our best to offer an alternative. We are sorry for any inconvenience this causes.

While you wait for your appointment: please continue your current treatment. If your symptoms change - for example if you notice black or tarry stools, vomit blood, lose weight without trying, or have difficulty swallowing - please contact your GP or NHS 111 straight away rather than waiting for the clinic.

Gastroenterology Outpatients
""", "rescheduling notice with safety-net list of warning signs -> appointment")

m("en", "appointment", "transport and time for my appointment", """
Hello,

I've got an appointment on 3 March at 14.00 in the falls clinic. I wanted to check a few things because I'm not very good with getting about these days.

Can the hospital transport pick me up? Last time they came at 10 in the morning for a 2pm appointment and I sat in the waiting room for hours and then got home at 7. I use a walking frame and I can't manage the steps on the minibus, so I need the tail lift one.

Also do I need to bring anything? The letter says "bring your medication". I take about nine different tablets, can I just bring the list from the chemist?

My daughter says I should tell you about the falls so you know why I'm coming: I fell four times last year, once I was on the floor all night until the carer came. Nothing since October thankfully, and I've got the pendant alarm now.

Thanks for your help dear,
Mrs Vera Hollis
""", "elderly patient confirming time, transport; past falls/long lie trap -> appointment")

m("en", "appointment", "Interpreter needed - Polish", """
Dear Outpatient Bookings,

I'm a family support worker writing on behalf of Mr Tomasz Wiśniewski (DOB 05/09/1979, hospital number 8820145). He has a hepatology appointment on 11 April at 10:40 and he speaks very little English. His previous appointments went badly because there was no interpreter and his 12-year-old son had to translate, which isn't appropriate, especially for medical information.

Could you please book a face-to-face Polish interpreter for the appointment? If only telephone interpreting is available, please let me know so I can prepare him.

He also asked me to check whether the appointment includes the fibroscan, as the referral letter mentioned one, and whether he needs to fast.

His contact number is 07423 118 906 (he answers in Polish; text is better) and mine is below.

Kind regards,
Agnieszka Nowak
Family Support Worker, Eastside Community Hub
""", "booking interpreter for an appointment -> appointment")

m("en", "appointment", "physio - can I have evening slots", """
Hi there,

I got my physio referral letter asking me to ring to book 6 sessions for my shoulder (rotator cuff, after the fall off my bike). The problem is the booking line only offers me 10am or 2pm slots and I'm a bus driver on early/late rotating shifts. Do you have anything after 5.30pm, or a Saturday clinic?

My shift pattern for the next month: earlies (5am-1pm) week 1 and 3, lates (2pm-10pm) weeks 2 and 4. So afternoons in weeks 1 and 3 or early mornings in weeks 2 and 4 would work.

The shoulder is actually getting a bit better with the exercises from the leaflet. No numbness or weakness in the hand, which the doctor had asked me to watch out for. Sleeping on it is still a no-go though.

Cheers,
Gav Murray
""", "physio booking around shift work; negated numbness -> appointment")

m("en", "appointment", "Day 3 scan booking", """
Hi fertility team,

My period started this morning (heavy as usual, nothing unusual), so today is day 1 of the cycle for my frozen embryo transfer. The protocol sheet says to email you to book the day 3 baseline scan and bloods, which would be Thursday. Can I have an early slot, before 8.30 ideally, because I'm presenting at work at 10?

Also, the sheet says the transfer will likely be around day 19 to 21, which happens to fall when my husband is away on a work trip. Is it okay if my sister comes with me instead? And will we get a date for the transfer at the day 3 scan or later?

One more question: the last time, after the egg collection, I had that episode of bad pain and bloating that turned out to be mild OHSS. Do I need to worry about that with a frozen transfer?

Thanks so much,
Priya & Nikhil Shah
Patient ID FC-22871
""", "fertility scan booking; normal period bleeding, past OHSS trap -> appointment")

m("en", "appointment", "Sleep study booking + questionnaire", """
Dear Mr Kowalczyk,

Following your referral from Dr Ames, we have booked you in for an overnight home sleep study.

Equipment collection: Monday 2 September, 16:15, Respiratory Physiology, Ground Floor, Block C
Equipment return: Tuesday 3 September, by 10:00

A physiologist will show you how to fit the sensors. The study records your breathing, oxygen levels and heart rate overnight.

Before you come, please fill in the enclosed Epworth Sleepiness Scale and the STOP-BANG questionnaire, and bring them with you. Your partner may be able to help with some questions, such as:
- Has anyone observed you stop breathing or choking/gasping during your sleep?
- Do you snore loudly?
- Have you ever fallen asleep while driving?

If you drive for a living, please read the enclosed DVLA leaflet.

To rearrange, call 01482 555 219.

Respiratory Physiology Department
""", "home sleep study booking with questionnaire -> appointment")

m("en", "appointment", "Colonoscopy on the 4th - can I move it", """
Hi Endoscopy,

I've got a colonoscopy booked on the 4th of next month at 1pm and I'd like to move it to later in the month if possible. I know it's been a long wait already and I don't want to lose my place, but the 4th is my son's graduation, he's the first in the family to go to university and I promised I'd be there.

Honestly part of me is also quite anxious about it. The last one I had, years ago, they didn't give me enough sedation and it was painful. Can I ask for more this time, or even gas and air?

Just for the record, because I know they'll ask at the pre-check: the bleeding that I was referred for has stopped since I started the fibre and stopped straining. I've not seen any blood for about six weeks now and my weight is steady. I'd still like to go ahead with the test like the GP said.

Any date after the 10th is fine.

Thanks
Linda Carmichael
07700 921 046
""", "colonoscopy reschedule; bleeding resolved trap -> appointment")

m("en", "appointment", "Fwd: Fwd: Mum's cataract op date", """
Hi, I'm Mum's daughter, forwarding this thread because I'm now dealing with her appointments. Could you give her a cataract surgery date in September? She is available any weekday except Wednesdays (her day centre). She's ready to go and the GP has stopped the aspirin as you asked.

Thanks,
Helen Pryce

---------- Forwarded message ---------
From: Mum (Gwyneth Pryce)
Subject: Fwd: cataract op date

Helen love, can you sort this out for me, I can't make head nor tail of the website. x

---------- Forwarded message ---------
From: Eye Unit
Subject: cataract op date

Dear Mrs Pryce, following your consultation we placed you on the waiting list for right cataract surgery. We note that your operation in February was deferred because you had had a mini-stroke (TIA) in January, and that the stroke team has since confirmed you are fit to proceed. Please call to arrange your date.
""", "forwarded chain with past TIA; new text asks for surgery date -> appointment")

m("en", "appointment", "2WW appointment - patient still not contacted", """
Dear Colorectal Booking Team,

I'm the practice manager at Haverhill Road Surgery. Dr Mistry referred Mr Colin Jeffries (DOB 12/12/1956, NHS 623 441 0987) under the suspected cancer pathway on the 2nd. He rang us this morning to say he has not been contacted with an appointment yet, and he's understandably anxious.

Could you please check the referral was received (the e-RS reference is 000 2291 7734) and let us, or Mr Jeffries directly, know when he will be seen? His preferred contact is his mobile, 07783 226 140. He's happy to take a cancellation at short notice and can travel to any of your sites.

For your triage: there has been no change in his clinical status since the referral letter. Dr Mistry has seen him again this week; no further bleeding, he is eating normally and is otherwise well.

Thanks,
Rachel Dunmore
Practice Manager
""", "practice chasing 2WW appointment; negated bleeding -> appointment")

m("en", "appointment", "Yellow fever jab and travel clinic", """
Hi,

I'd like to book an appointment at your travel clinic for me and my partner. We're travelling to Ghana, Togo and Benin for 5 weeks from 20 September, mostly rural areas and a week volunteering at a school.

I believe we need yellow fever and possibly rabies, typhoid and hep A, plus advice about malaria tablets. Could we get a joint appointment, ideally a Saturday? How far in advance do we need to come, and how much will it cost for the two of us (I gather the yellow fever certificate isn't free)?

Also, my partner had a bad reaction to a vaccine as a child, his mum says he fainted and came out in a rash after one of his school jabs. Is that something to mention at the appointment, or does he need to see someone different?

Many thanks,
Ola & Sam
""", "travel clinic booking with historical vaccine reaction -> appointment")

m("en", "appointment", "RE: appointment text", """
C

Sorry I mean I need to cancel. I got your text about Thursday 10.20 for my smear but my little one has chickenpox and I can't leave her with anyone. Can I have a date in 3 weeks instead please, any time after school drop off (9.15)? Thanks, Lou Ferreira

> Your appointment is confirmed: Thu 10:20 with Practice Nurse at
> Greenfield Health Centre. Reply C to cancel.
""", "reply to reminder cancelling and asking for new date -> appointment")

m("en", "appointment", "Antenatal classes booking - and a few questions", """
Hello Parent Education Team,

We'd like to book onto your antenatal class course. I'm 26 weeks with our first baby, due 3 October. We saw on the website there's a 4-week evening course and a weekend "intensive". The weekend one would suit us better, my partner works away Monday to Thursday.

A few questions:
- Is there a cost, or is it free for people booked at your hospital?
- Is there a session on caesareans? I've been told my baby might be breech, though it's early.
- Do you cover what to do in an emergency with a newborn, like choking or if the baby has a fever? My sister had a scare with her little boy and it made me realise I'd have no idea.
- Can my mum come to the breastfeeding session instead of my partner?

Also, I haven't had my 28 week appointment letter yet, is that sent separately?

Thanks,
Megan & Callum
""", "booking antenatal classes; hypothetical emergency topics -> appointment")

m("en", "appointment", "Cycle 4 - can we shift by a week?", """
Dear Chemotherapy Day Unit,

I'm due to have cycle 4 of my FEC-T on Tuesday 15th. My son is getting married on Saturday 19th and I'd really like to be at the wedding without feeling dreadful, as I usually do days 3 to 5 after treatment. Is there any possibility of moving cycle 4 to Tuesday 22nd instead? I've asked Dr Lowry's secretary and she said the day unit manages the dates.

I've been well between cycles, bloods last week were fine according to the nurse. I know the rules about temperature above 38 and calling the 24h line, I have the card on the fridge. I haven't needed to use it yet.

If moving it isn't safe, I understand and will go with your advice, but I'd be grateful for a call to discuss: 07700 555 213.

Also, can I have my PICC line flushed on the same day as my oncology review on the 29th so I don't have to come in twice?

With thanks,
Gillian Ward
""", "chemo scheduling request; hypothetical fever rule -> appointment")

m("en", "appointment", "Memory clinic - questionnaire to complete before visit", """
Dear Mr and Mrs Okafor,

Thank you for confirming your appointment at the Memory Assessment Service on Tuesday 8 July at 10:00 at Fernbank House.

To make the most of the appointment, please ask someone who knows Mr Okafor well to complete the enclosed informant questionnaire before the visit. It asks about changes over the last two years, for example:

- Does he repeat questions or stories?
- Has he got lost in familiar places?
- Have there been any sudden changes, such as sudden confusion, weakness, or problems with speech? If so, when?
- Has he had any falls, blackouts or seizures?
- Has his mood changed?

Please also bring a list of his medicines, his glasses and hearing aids. The appointment lasts about 90 minutes and includes memory tests.

If you need an interpreter or wheelchair access, or need to change the date, please call 0161 555 8840.

Memory Assessment Service
""", "pre-visit questionnaire with red-flag questions -> appointment")

m("en", "appointment", "Occ Health appointment", """
Hi Occupational Health,

My manager has asked me to self-refer to you before my return to work after sick leave. I'm a healthcare assistant on Ward 22. Can you give me an appointment in the next two weeks? I'm available any weekday except Thursdays (I have physio).

Background for you: I was off for eight weeks. I had a pulmonary embolism in March after the long-haul flight back from Australia, I was admitted for three days and I'm now on rivaroxaban for six months. I'm feeling pretty much back to normal, walking 5k, no breathlessness now, no chest pain. The respiratory team are happy for me to go back. I'd like to talk about a phased return, maybe starting with shorter shifts and avoiding heavy patient moving for a few weeks.

I've attached my fit note, which ends on the 30th.

Thanks,
Shona Mackie
Staff no. 448812
""", "staff booking OH appointment; past PE, negated symptoms -> appointment")

m("en", "appointment", "missed appointment", """
Dear Cardiology Outpatients,

I'm so sorry that I missed my appointment with Dr Brennan on Monday at 11:40. I'm writing to explain and to ask for a new one.

On Sunday night I had chest pain and went to A&E, where they kept me in overnight. It turned out to be angina, they've added a new tablet (isosorbide) and arranged for me to have an angiogram as an inpatient on Tuesday. I was discharged yesterday, feeling much better, pain-free since the procedure. They've put a stent in.

So the appointment on Monday was the one I'd been waiting for about my breathlessness, which I suppose is now partly explained. The ward doctor said I should still keep my clinic appointment with Dr Brennan for a review in 6 weeks, so could you please book me in then? Morning if possible.

Thanks very much,
Terence Agbaje
Hospital no. C3318102
""", "missed appointment due to past admission; asks to rebook -> appointment")

m("en", "appointment", "bloods", """
Hi can I move my blood test on Tuesday 8.10 to Wednesday, same time or earlier? It's the fasting one for the diabetes clinic. Thanks, Jim Hollings DOB 4/4/63
""", "very short reschedule -> appointment")

m("en", "appointment", "Yet another cancellation - I need a date", """
Dear Patient Services,

My ENT appointment has now been cancelled by the hospital three times: first in January (consultant sick), then in March (clinic overbooked), and now the letter today says the 14 May clinic is cancelled with no new date. I'm not writing to make a formal complaint, I understand you're under pressure. I just need an actual date.

I was referred by my GP because of the hearing loss in my left ear and the ringing, which has been going on since last summer. The GP mentioned it was routine but should be looked at. I've had no dizziness or facial weakness, which she asked about.

Could someone please give me the next available appointment, at any of your sites? I'm retired and can come at any time, including evenings or Saturdays. My phone number is 01273 555 904.

Yours sincerely,
Mr Clive Ashdown
DOB 22/11/1955
""", "frustrated but dominant purpose is getting a new appointment -> appointment")

m("en", "appointment", "Holiday dialysis - September", """
Dear Holiday Dialysis Coordinator,

I'm a haemodialysis patient at the Northgate Renal Unit and I'd like to arrange holiday dialysis at your unit in Cornwall while we stay in Newquay from 6 to 20 September.

My usual schedule is Monday, Wednesday, Friday mornings, 4 hours, via a left brachiocephalic fistula. I'd like to keep the same days if possible, but can fit around your availability. My home unit will send the medical summary, latest bloods, MRSA and hepatitis screens, and the virology results once you have confirmed space.

For your records: I had an episode of line sepsis in 2021 when I still had a tunnelled line, and a small bleed from the fistula last year that stopped with pressure. Everything has been stable for over 12 months.

Please let me know what information you need and whether there's a cost. My renal nurse is Jenny Howarth (Northgate, 01642 555 380).

Many thanks,
Derek Pattinson
""", "booking holiday dialysis sessions; historical sepsis/bleed -> appointment")

# ---------------------------------------------------------------- appointment, French
m("fr", "appointment", "double rendez-vous Doctolib + quelques questions", """
Bonjour,

Je crois que j'ai fait une bêtise sur Doctolib : j'ai réservé deux fois, un rendez-vous avec le Dr Aubin (cardiologue) le 3 juin à 9h et un autre le 5 juin à 17h40, parce que le premier ne s'affichait pas dans mon compte. Pouvez-vous annuler celui du 3 et garder celui du 5 ? Le 5 m'arrange car mon fils pourra m'accompagner après le travail.

Le docteur voulait aussi que je fasse une échographie du cœur avant de le revoir. Est-ce qu'on peut la prévoir le même jour, juste avant la consultation ? Ça m'éviterait de revenir, j'habite à Cholet.

Au passage, la dernière fois j'ai payé un dépassement d'honoraires de 25 euros que ma mutuelle ne veut pas rembourser, mais je verrai ça avec eux.

Autre question : mon fils me demande s'il peut assister à la consultation. Il aimerait comprendre le traitement, parce que c'est lui qui prépare mon pilulier le dimanche. Et il faudrait qu'on sache combien de temps dure l'échographie, pour savoir s'il doit poser son après-midi.

Enfin, la dernière fois, le stationnement devant le bâtiment de cardiologie était complet, et j'ai dû marcher depuis le grand parking, ce qui est difficile pour moi avec ma hanche. Est-ce qu'il existe une dépose-minute plus près de l'entrée ?

Je voulais dire aussi que le Holter et le nouveau traitement ont fait du bien : j'ai beaucoup moins de palpitations et je n'ai plus eu de malaise depuis février. Je dors mieux et j'ai moins peur de sortir seule.

Cordialement,
Mme Ginette Rabier
née le 09/10/1949
""", "doublon Doctolib + écho le même jour ; malaises passés -> appointment")

m("fr", "appointment", "RDV PMI 9e mois et vaccins", """
Bonjour la PMI,

Je voudrais prendre rendez-vous pour Ilyès qui aura 9 mois le 20. Il lui faut l'examen du 9e mois avec le certificat obligatoire, et je crois aussi un vaccin (le ROR ? ou c'est à 12 mois ?). Je suis perdue avec le calendrier, la page du carnet de santé n'est pas claire pour moi.

Je suis disponible le mardi et le jeudi matin, je reprends le travail à mi-temps le mois prochain.

Petite précision pour le médecin : à la naissance il était resté 5 jours en néonatologie pour une jaunisse et une infection, il avait eu des antibiotiques par perfusion. Depuis il va très bien, il mange de tout, il se déplace à quatre pattes partout.

Et est-ce que vous faites aussi la pesée libre le vendredi ? Une amie m'a dit que oui.

Merci,
Sabrina Haddad
07 81 55 20 46
""", "RDV PMI avec historique néonatal -> appointment")

m("fr", "appointment", "entretien prénatal précoce et pré-admission", """
Bonjour,

Je suis enceinte de 13 semaines (première échographie faite en ville, tout allait bien), et je souhaite accoucher dans votre maternité. Je voudrais savoir comment faire la pré-admission et prendre rendez-vous pour l'entretien prénatal précoce avec une sage-femme.

Comme c'est ma deuxième grossesse, je préfère vous dire tout de suite : pour mon premier, en 2021 dans une autre maternité, j'ai fait une hémorragie de la délivrance avec transfusion. Ma gynécologue de ville m'a dit qu'il fallait le signaler dès le début pour que l'équipe s'organise, et peut-être voir l'anesthésiste plus tôt.

J'aimerais aussi savoir si la maternité propose une consultation avec l'anesthésiste plus tôt que d'habitude dans ce cas, et s'il est possible de visiter le bloc obstétrical. Mon conjoint était très choqué la première fois, il aimerait rencontrer l'équipe avant.

Je suis infirmière de nuit, donc les rendez-vous en fin de matinée m'arrangent (vers 11h-12h).

Merci,
Justine Caron
""", "pré-admission et entretien prénatal ; hémorragie passée -> appointment")

m("fr", "appointment", "consultation gériatrique de M. Pons - EHPAD", """
Bonjour,

Je suis l'infirmière coordinatrice de l'EHPAD Les Glycines. Nous avons reçu la convocation de M. Lucien Pons (né le 02/02/1932) pour une consultation de gériatrie le 18 à 10h30, à la demande de son médecin traitant.

Quelques points d'organisation :
- M. Pons se déplace en fauteuil roulant, nous réservons une ambulance assise ; pouvez-vous nous confirmer le lieu exact (consultations ou hôpital de jour) ?
- Il est très désorienté hors de l'établissement ; une aide-soignante peut l'accompagner, mais pas avant 10h à cause des toilettes du matin. Un créneau en fin de matinée serait préférable.
- Nous apporterons la fiche de liaison, le plan de soins et la liste des traitements.

Motif de la demande pour rappel : chutes à répétition cet hiver (trois chutes, dont une avec plaie du cuir chevelu suturée aux urgences en janvier), aucune depuis la mise en place d'un tapis de sol et d'un lit bas.

Cordialement,
Agnès Rolland, IDEC
""", "organisation d'une consultation pour un résident ; chutes passées -> appointment")

m("fr", "appointment", "Coronarographie programmée - informations", """
Monsieur Kebir,

Votre coronarographie est programmée en hospitalisation ambulatoire le :

Jeudi 12 juin, entrée à 7h15 à l'unité de cardiologie interventionnelle, 3e étage.

Consignes :
- Être à jeun depuis minuit (eau autorisée jusqu'à 6h).
- Arrêter la metformine 48 heures avant et la reprendre 48 heures après, sauf avis contraire.
- Poursuivre l'aspirine et les autres traitements.
- Faire réaliser le bilan sanguin prescrit (créatinine, NFS, TP) dans la semaine précédente.
- Prévoir un accompagnant pour le retour et ne pas conduire pendant 24 heures.

Apportez votre carte vitale, votre carte de mutuelle, vos ordonnances et vos examens cardiologiques antérieurs.

Si d'ici là vous ressentez une douleur thoracique au repos ou qui dure plus de 15 minutes malgré la Natispray, n'attendez pas la date prévue : appelez le 15.

Secrétariat de cardiologie interventionnelle
02 99 28 41 66
""", "convocation à une coronarographie avec consigne conditionnelle -> appointment")

m("fr", "appointment", "délai IRM prostate", """
Bonjour,

Mon urologue, le Dr Favier, m'a prescrit une IRM de la prostate suite à un PSA à 7,8 sur deux contrôles. Lorsque j'ai appelé le service d'imagerie, on m'a proposé le 28 septembre, soit dans quatre mois. Le Dr Favier m'a dit que l'examen devait idéalement être fait avant la consultation de résultats, prévue le 15 juillet.

Serait-il possible d'être inscrit sur une liste de désistements ? Je suis retraité, disponible à toute heure et je peux venir en moins d'une heure.

Je n'ai aucun symptôme particulier : pas de sang dans les urines, pas de douleur, j'urine normalement. C'est mon médecin qui a demandé le PSA dans un bilan de routine.

Merci de votre compréhension,
Marcel Guillon
né le 23/04/1956
06 80 14 37 29
""", "demande de créneau plus tôt ; symptômes niés -> appointment")

m("fr", "appointment", "TR: compte rendu de réanimation - RDV ablation matériel", """
Bonjour,

Je vous transfère le compte rendu de mon fils. Le chirurgien avait dit de reprendre rendez-vous vers trois mois pour discuter de l'ablation du matériel du fémur, et d'organiser la suite de la kiné. Pouvez-vous nous proposer une consultation avec le Dr Morin en juillet ? Lucas est en terminale, il passe le bac du 16 au 24 juin, donc pas avant.

Il va très bien, il remarche sans béquilles depuis deux semaines.

Merci,
Mme Stéphanie Blanchard

-----Message d'origine-----
De : Réanimation chirurgicale
Objet : CR d'hospitalisation - BLANCHARD Lucas

Accident de scooter contre voiture le 14/03. Polytraumatisme : fracture du fémur droit ostéosynthésée en urgence, contusion pulmonaire, hémorragie sur fracture du bassin ayant nécessité une embolisation et une transfusion de 6 culots. Séjour en réanimation de 5 jours, puis orthopédie. Évolution favorable. Sortie vers le SSR le 02/04.
""", "compte rendu de réa transféré (urgence passée) ; nouvelle demande de RDV -> appointment")

m("fr", "appointment", "Parcours chirurgie bariatrique - questionnaire en ligne", """
Madame,

Dans le cadre de votre parcours de préparation à la chirurgie bariatrique, vous êtes convoquée le mardi 9 septembre de 8h30 à 16h en hôpital de jour de nutrition, pour les consultations suivantes : diététicienne, psychologue, endocrinologue, anesthésiste, ainsi que la fibroscopie et la prise de sang (à jeun).

Avant cette journée, merci de compléter le questionnaire en ligne (lien ci-dessous) au moins 72 heures à l'avance. Il comporte des questions sur vos habitudes alimentaires, vos traitements et vos antécédents, notamment :
- Avez-vous déjà été hospitalisée pour une dépression ou une tentative de suicide ?
- Avez-vous déjà eu des crises où vous mangez de grandes quantités en perdant le contrôle ?
- Avez-vous déjà fait une phlébite ou une embolie pulmonaire ?
- Faites-vous des pauses respiratoires la nuit ?

Vos réponses sont confidentielles et seront discutées avec vous.

Coordination du parcours obésité
""", "convocation HDJ avec questionnaire préalable sensible -> appointment")

m("fr", "appointment", "rdv pose de stérilet", """
Bonjour,

Je voudrais prendre rendez-vous au centre de santé sexuelle pour me faire poser un stérilet au cuivre. Ma gynéco de ville n'a pas de créneau avant trois mois et on m'a dit que vous en posiez aussi.

Faut-il venir à un moment particulier du cycle ? J'ai lu que c'était mieux pendant les règles. Mes cycles sont assez irréguliers depuis que j'ai arrêté la pilule en mars, avec parfois quelques petits saignements entre les règles, rien d'abondant. Ma gynéco dit que c'est sans doute lié à l'arrêt de la pilule.

Et est-ce que c'est gratuit ? Je suis étudiante, j'ai 21 ans. Je n'ai pas de mutuelle pour l'instant, je suis en train de faire la demande de complémentaire santé solidaire. Est-ce qu'il faut faire des examens avant la pose, par exemple un prélèvement pour les infections ? Si oui, je préfère le faire avant pour ne pas avoir à revenir deux fois, car j'habite assez loin du centre.

Merci d'avance,
Laura
""", "prise de RDV pour pose de DIU ; saignements mineurs non alarmants -> appointment")

m("fr", "appointment", "bilan allergo pour Tom + PAI", """
Bonjour,

Mon fils Tom, 4 ans, a fait il y a trois semaines une réaction très forte après avoir goûté un biscuit aux noix de cajou chez sa nounou : gonflement du visage, vomissements et difficultés à respirer. Les pompiers l'ont emmené aux urgences pédiatriques où il a reçu de l'adrénaline, et il est resté en surveillance une nuit. Depuis il va bien.

Les urgences nous ont remis une trousse avec un stylo d'adrénaline et nous ont dit de prendre rendez-vous en consultation d'allergologie pédiatrique pour faire les tests, et pour que l'allergologue remplisse le PAI pour l'école maternelle.

Quel est le délai ? La rentrée est le 2 septembre et la directrice veut le PAI avant. Nous sommes disponibles n'importe quel jour, je peux poser des congés.

Merci,
Mme Laure Joubert
06 17 39 84 52
""", "demande de consultation d'allergologie après anaphylaxie passée -> appointment")

m("fr", "appointment", "Consultation PASS dentaire - M. Rahimi", """
Bonjour,

Je suis assistante sociale à l'accueil de jour Solidarité Gare. J'accompagne M. Jawad Rahimi, 34 ans, sans domicile stable, sans couverture maladie à ce jour (dossier AME en cours d'instruction, dépôt le 2 mai).

Il souffre d'une dent cassée depuis plusieurs semaines et souhaiterait être reçu à la consultation dentaire de la PASS. Pourriez-vous lui proposer un rendez-vous ? Il est joignable par mon intermédiaire, au 01 40 22 18 70, ou directement à l'accueil de jour du lundi au vendredi.

Il parle dari et un peu anglais ; je pourrai être présente ou organiser un interprétariat téléphonique.

Il n'a pas de fièvre ni de gonflement du visage à ce jour, j'ai vérifié ce matin avec l'infirmière de l'accueil.

Merci pour votre aide,
Claire Bonnin
Assistante sociale
""", "travailleuse sociale demandant un RDV PASS ; signes niés -> appointment")

m("fr", "appointment", "consultation d'oncogénétique pour ma sœur et moi", """
Madame, Monsieur,

Mon oncologue m'a orientée vers la consultation d'oncogénétique après mon cancer du sein à 38 ans, opéré l'an dernier. Dans notre famille, ma mère a eu un cancer de l'ovaire à 52 ans, et ma tante maternelle un cancer du sein à 45 ans.

J'aimerais savoir s'il est possible de prendre un rendez-vous commun avec ma sœur cadette, Aurélie, qui n'est pas malade mais qui s'inquiète beaucoup. Nous habitons à deux heures de route l'une de l'autre et ce serait plus simple pour nous de venir le même jour.

Quels documents faut-il apporter ? J'ai les comptes rendus anatomopathologiques de ma mère, mais pas ceux de ma tante (décédée).

Vous pouvez me joindre au 06 33 72 08 45.

Bien cordialement,
Émilie Vasseur
""", "demande de RDV d'oncogénétique commun -> appointment")

m("fr", "appointment", "consultation avant le ramadan", """
Bonjour Docteur,

Le ramadan commence dans environ cinq semaines et je souhaiterais avoir une consultation avec vous avant, pour adapter mon traitement du diabète (insuline lente et Januvia). Est-ce qu'un rendez-vous serait possible dans les trois prochaines semaines ?

L'année dernière, j'ai jeûné sans adapter mon traitement et j'ai fait une grosse hypoglycémie avec malaise au travail, mes collègues ont appelé les pompiers. Ça ne s'est pas reproduit depuis, mais je ne veux pas que ça recommence. Mon imam m'a dit aussi que je pouvais être dispensé si le médecin le conseille, j'aimerais en parler avec vous.

Je voudrais aussi faire le point sur mon lecteur de glycémie : mon fils m'a parlé des capteurs qu'on colle sur le bras, est-ce que j'y aurais droit avec mon traitement ? Ce serait plus simple pour surveiller pendant la journée de jeûne, au travail.

Je peux venir le matin tôt ou après 17h.

Merci beaucoup,
Karim Benaïssa
""", "demande de RDV avant le jeûne ; hypoglycémie passée -> appointment")

m("fr", "appointment", "consultation d'anesthésie pour péridurale - Mme Roy", """
Bonjour,

Je suis sage-femme libérale et je suis la grossesse de Mme Pauline Roy (née le 15/11/1990), 32 SA, qui doit accoucher dans votre maternité. Elle n'a pas encore de rendez-vous pour la consultation d'anesthésie alors que le terme approche (prévu le 28 août).

Pourriez-vous lui proposer un rendez-vous dans les trois semaines ? Elle est disponible tous les jours.

Pour l'anesthésiste : elle a une scoliose opérée avec une arthrodèse lombaire en 2008, ce qui pourrait compliquer la péridurale, et elle a fait une crise d'épilepsie unique en 2015 (aucun traitement, aucune récidive). Sa grossesse se déroule normalement, tension normale, pas de protéinurie.

Confraternellement,
Élise Barthe, sage-femme
""", "sage-femme demandant une consultation d'anesthésie ; ATCD historiques -> appointment")

m("fr", "appointment", "laser rétine - conduire après ?", """
Bonjour,

J'ai reçu la convocation pour la séance de laser de l'œil droit le lundi 16 à 14h45 (photocoagulation pour ma rétinopathie diabétique). Quelques questions avant de confirmer :

1. Est-ce que je pourrai conduire pour rentrer ? J'habite à 40 km et ma femme ne conduit pas.
2. Faut-il arrêter le Kardégic ?
3. Combien de temps dure la séance ? J'ai un autre rendez-vous à 17h.

Je voulais aussi savoir s'il faudra plusieurs séances pour cet œil, et si l'œil gauche devra être traité aussi ; le Dr Moulin n'a pas eu le temps de m'expliquer en détail à la dernière consultation, car il était très en retard.

Si je ne peux pas conduire, je préférerais décaler à un mercredi, jour où mon fils est disponible.

Pour information, j'ai déjà eu un décollement de rétine de l'œil gauche en 2018, opéré en urgence, qui a bien récupéré.

Merci de votre réponse,
Gérard Lucas
""", "questions pratiques sur un RDV laser ; décollement ancien -> appointment")

m("fr", "appointment", "Convocation bilan urodynamique", """
Madame Lefèvre,

Nous vous confirmons votre bilan urodynamique le vendredi 26 septembre à 9h30, au plateau technique d'urologie (rez-de-chaussée, bâtiment D). L'examen dure environ 45 minutes.

Préparation :
- Remplir le calendrier mictionnel joint pendant les 3 jours précédant l'examen (heures et volumes des mictions, fuites éventuelles).
- Faire un ECBU dans la semaine précédente ; en cas d'infection urinaire, l'examen sera reporté.
- Arriver avec la vessie modérément pleine.
- Pas besoin d'être à jeun.

Vous pouvez reprendre vos activités normalement après l'examen. Il est possible d'avoir une légère brûlure en urinant pendant un jour.

Pour tout report : 01 64 22 91 30.

Service d'urologie
""", "convocation simple à un examen programmé -> appointment")

m("fr", "appointment", "désistement - intervention avancée ?", """
Madame Gomez,

Suite à un désistement, nous pouvons avancer votre intervention (cure de hernie ombilicale, Dr Klein) initialement prévue le 14 octobre au jeudi 18 septembre, avec une entrée à 7h en chirurgie ambulatoire.

Votre consultation d'anesthésie du 2 septembre reste valable. Merci de nous indiquer votre réponse avant vendredi midi, par retour de mail ou au 03 81 44 20 18. Sans réponse de votre part, la date initiale sera maintenue.

---

Bonjour,

Oui avec plaisir pour le 18 septembre ! Ça m'arrange même beaucoup, car mon mari sera en congé cette semaine-là et pourra garder les enfants. La hernie me gêne de plus en plus pour porter ma petite dernière, donc plus tôt ce sera fait, mieux ce sera. Je m'organise avec mon employeur. Est-ce que je dois refaire une prise de sang ? La dernière date de juillet.

Merci beaucoup,
Lucia Gomez
""", "proposition de date avancée acceptée par la patiente -> appointment")

m("fr", "appointment", "corset Emma - radios et consultation même jour ?", """
Bonjour le service d'orthopédie pédiatrique,

Emma (13 ans) porte son corset pour sa scoliose depuis janvier. Le Dr Vernet veut la revoir en septembre avec des radios de contrôle, et l'orthoprothésiste doit aussi ajuster le corset, car elle a beaucoup grandi cet été.

Est-il possible d'avoir la radio, la consultation et le passage de l'orthoprothésiste le même jour ? Nous habitons à 1h30 et Emma rate déjà assez de cours. Un mercredi après-midi serait idéal.

Elle porte bien le corset 22 heures par jour, elle se plaint un peu du dos le soir mais sans fourmillement dans les jambes ni faiblesse, ce que le docteur nous avait dit de surveiller.

Une dernière question : Emma voudrait reprendre la natation en club à la rentrée. Le docteur avait dit que c'était plutôt conseillé, mais faut-il un certificat particulier, et peut-elle enlever le corset pendant l'entraînement ?

Merci,
Mme Natacha Vernier
""", "regroupement radio + consultation + appareillage ; signes niés -> appointment")

m("fr", "appointment", "accueil de jour - changer le créneau de maman", """
Bonjour,

Ma mère, Mme Colette Briand, a rendez-vous en consultation de neurologie le jeudi 4 à 15h. Or depuis ce mois-ci elle va à l'accueil de jour Alzheimer le jeudi et le ramassage se fait à 16h30. Pourriez-vous échanger pour un mardi ou un vendredi, à la même heure ou le matin ?

Le neurologue souhaitait aussi refaire les tests de mémoire ; nous avons le questionnaire rempli par mon frère.

Pour info, elle a fait une chute en janvier avec un traumatisme crânien, elle avait été gardée 24 h en observation et le scanner était normal. Depuis elle a un déambulateur et ne tombe plus.

Bien cordialement,
Pascal Briand
06 08 42 71 19
""", "changement de créneau ; traumatisme crânien ancien -> appointment")

m("fr", "appointment", "confirmation", """
Bonjour, je vous confirme ma présence au rendez-vous du mardi 14h avec le Dr Renaud en ORL. Cordialement, Denis Auclair
""", "très court : confirmation -> appointment")

m("fr", "appointment", "rdv oreilles", """
bjr je voudrai un rdv pour mon fils Yanis 5 ans pour ses oreilles svp, la maitresse dit qu il entend pas bien et il monte le son de la tele a fond. le plus vite possible. je suis dispo le mercredi. merci mme Bensalem 06 52 88 13 07
""", "court, style SMS : demande de RDV -> appointment")

m("fr", "appointment", "consultation pré-don - bilan donneur vivant", """
Bonjour,

Je souhaite donner un rein à mon frère Sébastien, dialysé dans votre service depuis deux ans. Le néphrologue m'a expliqué qu'il fallait commencer le bilan de donneur vivant par une consultation avec le médecin coordinateur et une série d'examens.

J'habite à Toulouse et je travaille à temps plein. Est-il possible d'organiser plusieurs examens le même jour (prise de sang, échographie, scanner, consultation) ? Je peux poser deux ou trois jours consécutifs si nécessaire.

J'ai aussi lu que les frais de déplacement et la perte de salaire du donneur sont pris en charge ; à qui dois-je m'adresser pour cela ?

Nous aimerions aussi rencontrer, si possible, d'autres donneurs qui sont passés par là ; ma femme est inquiète pour ma santé à long terme et pour notre fille de 6 ans.

Enfin, pour info, je n'ai aucun problème de santé connu, à part une appendicite opérée enfant.

Merci,
Olivier Marchand
""", "organisation du bilan de donneur vivant -> appointment")

m("fr", "appointment", "RDV psychologue du centre de la douleur", """
Bonjour,

Le Dr Hamel, que je vois au centre d'évaluation et de traitement de la douleur pour ma fibromyalgie, m'a conseillé de prendre rendez-vous avec la psychologue du centre. Pourriez-vous m'indiquer les disponibilités ? Je préfère le lundi ou le vendredi.

Je précise pour la psychologue, puisque le docteur m'a dit qu'elle me le demanderait : il y a deux ans, dans une très mauvaise période, j'ai eu des idées suicidaires et j'ai été suivie par un psychiatre pendant un an. Aujourd'hui ce n'est plus le cas du tout, j'ai envie d'avancer, mais la douleur me fatigue et j'aimerais apprendre à mieux la gérer (relaxation, hypnose ?).

Merci,
Nadine Perrin
""", "demande de RDV psy ; idées suicidaires anciennes, niées aujourd'hui -> appointment")

m("fr", "appointment", "Votre demande de consultation en pédopsychiatrie", """
Madame, Monsieur,

Nous avons bien reçu la demande de consultation pour votre fils Mathis, adressée par le Dr Royer. Le délai actuel pour un premier rendez-vous au CMP enfants et adolescents est d'environ quatre mois. Nous vous proposons le premier rendez-vous suivant :

Mercredi 15 octobre à 14h avec Mme Gautier, infirmière, pour un premier entretien d'accueil, puis une consultation avec le Dr Lemaire dans un second temps.

Merci de confirmer ce rendez-vous par téléphone au 02 31 55 16 40.

Dans l'attente de ce rendez-vous, si votre enfant exprime des idées suicidaires, se met en danger ou si vous êtes inquiets pour sa sécurité, n'attendez pas : contactez le 3114 (numéro national de prévention du suicide) ou le 15.

Le secrétariat du CMP
""", "proposition de premier RDV avec consigne de sécurité hypothétique -> appointment")

m("fr", "appointment", "bilan cardio avant marathon", """
Bonjour,

Je voudrais prendre rendez-vous pour un bilan cardiologique avec épreuve d'effort avant de m'inscrire au marathon de Paris l'an prochain. J'ai 46 ans, je cours depuis trois ans (semi en 1h52).

Mon médecin traitant me l'a conseillé à cause de mes antécédents familiaux : mon père est mort d'une crise cardiaque à 52 ans, et mon oncle a fait un arrêt cardiaque à 50 ans. Personnellement je n'ai jamais eu de douleur dans la poitrine ni de malaise à l'effort, mais je préfère vérifier.

Auriez-vous un créneau un samedi, ou un soir après 18h ? Sinon je poserai une demi-journée.

Merci,
Stéphane Moulin
""", "demande de bilan d'effort ; décès familial et symptômes niés -> appointment")

m("fr", "appointment", "Re: Re: consultation gynéco - décaler", """
Parfait, le 27 à 9h15 me convient. Merci beaucoup pour votre réactivité !
Marie Lopez

> Madame, nous pouvons vous proposer le 27 à 9h15 ou le 3 à 16h30
> avec le Dr Faure. Merci de nous indiquer votre choix.
>
>> Bonjour, je dois décaler ma consultation de suivi gynéco du 19 car
>> je serai en déplacement pour le travail. Est-ce possible de la
>> décaler d'une ou deux semaines ? Merci. Marie Lopez
""", "fil court de report de consultation -> appointment")

m("fr", "appointment", "Vaccination grippe et covid résidents - planning des passages", """
Bonjour Docteur Arnaud,

Pour la campagne de vaccination de cet automne à la résidence autonomie, nous vous proposons de venir vacciner les résidents qui le souhaitent le jeudi 16 octobre de 14h à 17h dans la salle d'activités. Vingt-deux résidents se sont inscrits pour la grippe et dix-huit pour le rappel covid.

Pourriez-vous nous confirmer si cette date vous convient, ou nous proposer une autre date ? Nous prévoyons aussi une seconde après-midi pour les personnes absentes.

Trois résidents nous demandent s'il faut un rendez-vous individuel avec vous avant, car ils ont eu des réactions aux vaccins les années précédentes (fièvre, bras gonflé, et pour Mme Lopez un malaise après le vaccin de 2021). Peut-on prévoir un créneau séparé pour eux en début d'après-midi ?

Cordialement,
Martine Fleury, responsable de la résidence
""", "organisation des créneaux de vaccination ; réactions passées -> appointment")

m("fr", "appointment", "RDV kiné respiratoire bébé - créneaux", """
Bonjour,

Le pédiatre a prescrit des séances de kiné respiratoire pour ma fille Léa (7 mois) qui a une bronchiolite depuis quatre jours. Votre cabinet hospitalier est le seul à proposer des séances le week-end, pourriez-vous nous en donner pour samedi et dimanche ?

Le pédiatre l'a examinée ce matin : pas de signe de gravité, elle respire un peu vite quand elle s'énerve mais elle mange bien (elle finit ses biberons), elle n'a pas de fièvre et elle ne creuse pas entre les côtes. Il nous a bien expliqué qu'il fallait appeler le 15 si elle s'essoufflait en mangeant ou si elle devenait bleue.

Nous sommes disponibles à tout moment.

Merci beaucoup,
Camille et Antoine Perrin
""", "RDV de kiné pour nourrisson sans signe de gravité ; consignes conditionnelles -> appointment")

m("fr", "appointment", "téléconsultation ratée ce matin", """
Bonjour,

J'avais une téléconsultation avec le Dr Lenoir (néphrologie) ce matin à 10h20. J'ai cliqué sur le lien reçu par SMS à l'heure prévue, mais la page restait bloquée sur « en attente du praticien » jusqu'à 10h50. J'ai essayé avec mon ordinateur puis mon téléphone, même chose. Je ne sais pas si le problème vient de chez moi ou de chez vous.

Pourriez-vous me reprogrammer un rendez-vous, en téléconsultation ou par téléphone tout simplement ? Je suis disponible tous les jours sauf le mercredi matin (dialyse péritonéale : changement de matériel avec l'infirmière).

Mes résultats de prise de sang de la semaine dernière sont sur mon espace santé. Je n'ai pas de souci particulier à signaler, pas d'œdème, pas d'essoufflement, la tension est stable.

Bien cordialement,
Josiane Perraud
née le 21/06/1957
""", "téléconsultation manquée, demande de reprogrammation -> appointment")

m("fr", "appointment", "RDV de contrôle après mon hospitalisation - toujours rien", """
Bonjour,

J'ai été hospitalisé en pneumologie du 2 au 9 mai pour une embolie pulmonaire. Sur ma lettre de sortie, il est écrit « consultation de contrôle avec le Dr Mercier à 3 mois, avec scintigraphie pulmonaire la veille ; le patient sera convoqué ». Nous sommes fin juillet et je n'ai reçu aucune convocation.

Pouvez-vous vérifier et me donner les dates de la scintigraphie et de la consultation ? Mon traitement anticoagulant (Eliquis) est prescrit jusqu'à fin août et le médecin doit décider à ce rendez-vous s'il faut continuer, donc il ne faudrait pas que ça tarde trop.

Je vais très bien, plus d'essoufflement, j'ai repris le vélo.

Cordialement,
Yann Le Bihan
06 64 30 18 22
""", "relance pour une convocation jamais reçue ; EP passée -> appointment")

# ---------------------------------------------------------------- prescription, English
m("en", "prescription", "Repeat prescription - and a catch up", """
Hello Dr Ferguson's team,

Could I please order my repeat prescription? I need:

- levetiracetam 750 mg twice daily (I have about 5 days left)
- lamotrigine 100 mg twice daily
- omeprazole 20 mg
- the Cerazette pill (3 months please if allowed)

Please send it to Boots on the High Street as usual.

I also wanted to let you know how I'm getting on, since I haven't been in for a while. It's been over two years since my last seizure now (the big one in the supermarket in 2021), and the neurologist says if it stays that way they may think about reducing the lamotrigine next year. I got my driving licence back in March, which has changed my life honestly, I can drive to work instead of two buses.

I have my annual review booked for next month anyway, and I paid the invoice for the private driving medical, so nothing outstanding there. Mood has been good too, I'm doing a pottery course on Thursdays.

Thanks very much,
Hannah Leggett
DOB 09/08/1992
""", "repeat request with catch-up; historical seizure trap -> prescription")

m("en", "prescription", "Dad's Parkinson's tablets and the patches", """
Dear Parkinson's Nurse,

I'm writing on behalf of my father, Mr Albert Finch (NHS 732 118 4506), as his main carer. A few medication issues have built up and I'd like to get them sorted before the bank holiday.

1. The rotigotine patches (4 mg) that Dr Hale started at the last clinic have not appeared on his repeat list at the GP, so the pharmacy can't dispense them. He's had none since Tuesday. Could you write to the GP or send a prescription?
2. His Madopar timings: he's on 4 times a day but he's "switching off" about 40 minutes before each dose is due. Would moving to 5 times a day be something you'd consider?
3. The pharmacy have changed the brand of his co-careldopa dispersible and he says the new ones taste awful.

4. His GP surgery have asked whether the hospital could send a clear, updated medication list, because the one from the last discharge letter still shows ropinirole, which Dr Hale stopped in January because of the hallucinations he was having at night. The pharmacy nearly dispensed it again last month.
5. Is there a "Get It On Time" card or wristband we could have for him? If he's admitted anywhere again, we want the ward to know the timings matter. Last year, on the orthopaedic ward, his tablets were given two or three hours late and he ended up barely able to move or swallow his food for two days.

On the family side, we're managing. Mum has moved into respite for two weeks to give us a break, and my sister is coming from Leeds at the weekend. Dad had two falls in the spring but none since we moved his bed downstairs. He's sleeping better.

Many thanks,
Graham Finch
07834 220 641
""", "carer raising several medication issues; past falls -> prescription")

m("en", "prescription", "Supply disruption: estradiol patches - alternatives", """
To: All GP practices and community pharmacies, North Locality
From: Medicines Optimisation Team

Subject: Supply disruption - Evorel 50 and Evorel Conti patches

We have been informed by the manufacturer of an intermittent supply problem affecting Evorel 50 and Evorel Conti patches, expected to last until at least the end of next quarter.

Recommended actions for prescribers:
- Do not switch patients who still have supplies; prescribe up to 3 months at a time only where stock allows.
- Suitable alternatives include Estradot 50 (twice weekly) or Evorel Sequi; estradiol gel (Oestrogel 2 pumps or Sandrena 1 mg) is a reasonable switch for many patients.
- Patients with a uterus must continue progestogen cover when switching from a combined patch.
- Remind patients that oestrogen-only HRT is not suitable if they have a history of breast cancer, stroke or venous thromboembolism, and that they should report any calf swelling or sudden breathlessness.

A patient information leaflet is attached for practices to share.

Medicines Optimisation Team
""", "shortage notice with alternatives; red-flag terms in contraindications -> prescription")

m("en", "prescription", "Prior authorization request - dupilumab", """
Re: Prior Authorization Request
Member: Brandon Tate, ID HPX-662019304, DOB 04/27/2001
Medication: Dupixent (dupilumab) 300 mg SC every 2 weeks, loading dose 600 mg
Prescriber: Dr Lauren Whitfield, Dermatology, NPI 1295834467

To the Utilization Review Team,

I am requesting prior authorization for dupilumab for this 23-year-old patient with severe atopic dermatitis (EASI 31, BSA 45%, IGA 4).

Failed therapies:
- High-potency topical corticosteroids (clobetasol 0.05%) x 12 weeks
- Tacrolimus 0.1% ointment x 10 weeks
- Narrowband UVB phototherapy x 24 sessions, stopped for lack of response
- Cyclosporine 4 mg/kg/day x 4 months, discontinued due to hypertension and rising creatinine

The disease has caused repeated skin infections, one requiring IV antibiotics in 2023, and severe sleep disruption affecting his employment. He has no history of helminth infection or conjunctivitis.

Chart notes and photographs are attached. Please contact my office at (617) 555-0183 for any questions.

Sincerely,
Lauren Whitfield, MD
""", "prior authorization letter for a biologic -> prescription")

m("en", "prescription", "Discharge meds query - Mrs Lomax", """
Dear Ward 15 Pharmacy Team,

Mrs Evelyn Lomax (DOB 18/03/1940, hospital number 10449921) was discharged from your ward on Friday following her admission with a pulmonary embolism. I am her GP, and I'm trying to reconcile her medicines as the discharge letter and the TTO box don't match.

1. The letter says apixaban 5 mg twice daily, but the box supplied is 10 mg twice daily with a handwritten label "7 days then 5 mg". Could you confirm which day she started the loading dose, so we know when to step down?
2. Her aspirin 75 mg has been stopped on the letter but she says a nurse told her to continue it. She has a history of a GI bleed in 2018, so I would rather she didn't take both.
3. Ramipril is not mentioned at all; was it stopped or just missed?

She is well in herself, no breathlessness, and the district nurses are visiting.

Many thanks,
Dr Aisha Rahman
Crossways Medical Centre
""", "GP reconciling discharge medicines; historical bleed -> prescription")

m("en", "prescription", "Can I take ibuprofen?", """
Hi,

I'm on rivaroxaban (Xarelto) 20 mg since my clot last year, and the GP has said I'm to stay on it long term. I've now hurt my back lifting the grandchildren's trampoline and it's really sore. Paracetamol isn't doing much. Can I take ibuprofen or naproxen with the Xarelto? My husband says definitely not, my friend says a few days is fine.

Also, my hospital letter from two years ago says I had "upper GI bleeding secondary to NSAID" before any of this, which I'd forgotten about until I read it this morning. Does that change the answer?

I'm otherwise fine, no bruising or anything, and the back pain is just muscle I think, it's the usual place.

If there's something else you'd suggest that's safe, please let me know and I'll pick it up from the pharmacy.

Thanks,
Sandra Okeke
""", "dosage/interaction question; past GI bleed trap -> prescription")

m("en", "prescription", "Fw: antibiotic for tooth - penicillin allergy", """
Hi Dr Nolan,

My dentist says I need an antibiotic for an abscess under a back tooth until he can do the root canal on the 14th, but he can't prescribe it himself as the practice's prescribing has been suspended while they change systems. He suggested asking you. It's sore and I've got a bit of a bad taste, but no swelling in my face or neck and no temperature, and I can swallow fine.

I'm forwarding my old A&E letter so you can see why I can't have penicillin.

Thanks,
Martin Doyle

---------- Forwarded message ----------
From: Emergency Department
Subject: Discharge letter

Diagnosis: Anaphylaxis to amoxicillin. Presented 40 minutes after first dose with facial and tongue swelling, widespread urticaria and stridor. Treated with IM adrenaline x2, IV hydrocortisone and chlorphenamine. Observed 12 hours, discharged well.
Advice: Penicillin allergy - anaphylaxis. Avoid all penicillins.
""", "request for alternative antibiotic; forwarded past anaphylaxis -> prescription")

m("en", "prescription", "lost prescription - oxycodone", """
Dear Dr Sato,

I'm embarrassed to write this. I collected my paper prescription for OxyContin 20 mg from the pain clinic reception on Monday and I've lost it. I think it fell out of my bag on the bus. I've reported it to the police, the reference is 11/442918/25, and I've told the pharmacy.

I have enough tablets to last until Saturday morning. Could a replacement prescription be issued? I understand you may need to inform the controlled drugs officer and I'm happy to collect it in person with ID.

For your record, the pain from the failed back surgery is about the same as last review, I'm managing my dose as agreed and I haven't needed to take extra. No side effects to mention apart from the usual constipation.

I'm very sorry for the trouble.

Yours sincerely,
Keith Brennan
DOB 20/11/1971
""", "lost controlled-drug prescription replacement -> prescription")

m("en", "prescription", "Travelling with methylphenidate - letter and 3 months' supply", """
Hello ADHD Clinic,

I'm going to be working in Spain and Portugal for three months from 1 August (a placement for my university course). I take Concerta XL 54 mg every morning, and I understand I'll need:

1. A letter from my prescriber stating my name, date of birth, destinations, dates, the drug, dose and total amount, because it's a controlled drug.
2. Enough supply for three months, or a way to get it while I'm away. The pharmacist said controlled drug prescriptions are only valid for 28 days and usually 30 days' supply, so I don't know how this works.

Would the clinic be able to help with either? If I can't take three months, is there a way to get a prescription filled in Spain?

I'm doing well on the current dose, no palpitations or problems with appetite, and my blood pressure was fine at the annual review.

Thanks,
Zara Lindqvist
DOB 02/01/2003
""", "controlled drug travel letter and supply -> prescription")

m("en", "prescription", "EpiPen renewal for Oscar", """
Hi,

Oscar's EpiPens (0.3 mg) expire at the end of this month and he needs two for home and two for school. Could you please issue a new prescription? The school nurse has also asked for an updated allergy action plan, I think that's the allergy clinic's job but any help appreciated.

As a reminder for your notes, he is anaphylactic to peanuts and tree nuts. His last reaction was at a birthday party in 2022, when he needed the pen and an ambulance. Nothing since, thank goodness. We carry the pens everywhere and the school has a nut-free policy.

He's now 11 and 42 kg, is the 0.3 mg still the right dose or should it go up? And would Jext be an option instead, as the pharmacy said EpiPen stock was a bit patchy?

Thanks so much,
Ruth Pemberton (mum)
""", "auto-injector renewal; past anaphylaxis trap -> prescription")

m("en", "prescription", "Interaction query - Mr Gallagher", """
Dear Dr Wu,

I'm the pharmacist at Oakfield Pharmacy. We have received a prescription today from your practice for clarithromycin 500 mg twice daily for 7 days for your patient Mr Seamus Gallagher (DOB 06/06/1947).

He is also taking warfarin (managed by the anticoagulation clinic, latest INR 2.6) and simvastatin 40 mg at night. Clarithromycin significantly increases the effect of warfarin and interacts with simvastatin, with a risk of myopathy.

Would you consider doxycycline as an alternative? If clarithromycin is preferred, we'd suggest suspending simvastatin during the course and asking the anticoagulation clinic to check his INR within 3 to 5 days.

We are holding the prescription until we hear from you. Mr Gallagher is aware and is waiting in the pharmacy; he says his chest infection is no worse and he has no breathlessness.

Kind regards,
Amir Shah, MPharm
Oakfield Pharmacy, 0121 555 0902
""", "pharmacist interaction query holding a prescription -> prescription")

m("en", "prescription", "Covert administration - Mrs Prentice", """
Dear Dr Obi,

Mrs Lilian Prentice (Room 7, Lavender Lodge) has been refusing her medicines increasingly over the last month. Her dementia has progressed and she doesn't understand what they are for. She now refuses around half of her morning doses.

We would like to discuss covert administration for her essential medicines, following our policy: a best interests meeting with her daughter (who holds LPA for health), yourself and the pharmacist. The medicines concerned are:

- apixaban 2.5 mg twice daily (AF, previous stroke in 2020)
- levetiracetam 500 mg twice daily (seizures after the stroke, none since 2021)
- sertraline 50 mg daily

We would also like the pharmacist's advice on which can be crushed or given as liquid, and whether any of the others (calcium, simvastatin, senna) could be stopped.

Could you suggest some dates for the meeting?

Kind regards,
Daisy Holt, Deputy Manager
Lavender Lodge Care Home
""", "care home covert medication request; historical stroke/seizures -> prescription")

m("en", "prescription", "aching muscles on statin", """
Hi Dr Brooks,

About four weeks ago you started me on atorvastatin 20 mg after the cholesterol test. Since then I've had aching in my thighs and shoulders, especially going up stairs, which I didn't have before. It's not terrible but it's annoying and I've stopped going to my aqua aerobics class.

I read the leaflet and checked the things it says to look out for: my urine is a normal colour, not dark, and I haven't got any weakness, I can still get up from a chair fine. No fever either.

Is it worth trying a different statin, or a lower dose? My neighbour is on rosuvastatin every other day and says she has no problems. Or should I stop for a couple of weeks to see if it's the tablets?

I also need my levothyroxine repeat at the same time if that's possible.

Thank you,
Margaret Ibbotson
""", "statin side effect and switch request; negated warning signs -> prescription")

m("en", "prescription", "sertraline - going up?", """
Hi Dr Cole,

You said to email after four weeks on the sertraline 50 mg to let you know how it was going. Honestly it's helped a bit: I'm sleeping better and I've been getting out for walks again, but the low mood is still there most days and I'm still anxious in the mornings. Work is a struggle.

You mentioned going up to 100 mg if it wasn't enough. Is that something we can do now? I've had a bit of nausea and a headache in the first couple of weeks but that's gone now.

To answer the question you always ask: I'm not having any thoughts of harming myself or ending my life, and I feel safe. I've also got the numbers you gave me if things change.

If you do increase it, could you send the new prescription to the pharmacy in the Co-op? I've got about a week's worth left.

Thanks,
Rob
""", "antidepressant dose increase request; negated suicidal thoughts -> prescription")

m("en", "prescription", "inhalers", """
hi can i get my inhalers please the blue one and the purple one, running low on both. same chemist as always. thanks, Tyler Bryce 14/06/1998
""", "very short refill -> prescription")

m("en", "prescription", "Amoxicillin dose for Mia", """
Hello,

Mia (3, 15 kg) was seen by the out-of-hours doctor on Sunday with an ear infection and given amoxicillin 250 mg/5 ml, 5 ml three times a day for five days. The bottle from the pharmacy says 125 mg/5 ml, and the label says 5 ml three times a day too. So I think she's been getting half the dose? Or is the label right and the doctor's note wrong?

She's actually much better. The fever was 39.4 on Saturday night but it's been normal since Monday, she's eating and back at nursery. I just want to make sure she finishes the course properly. Should I give her 10 ml of what I have for the remaining two days, or get a new bottle?

Thanks,
Jenna Price
""", "paediatric antibiotic dose discrepancy; resolved fever -> prescription")

m("en", "prescription", "Semaglutide shortage - switching?", """
Dear Diabetes Specialist Nurse,

My pharmacy can't get Ozempic 1 mg pens and says they don't know when stock will be back. I've missed last week's dose and I'm due again on Saturday. I've been on it for 18 months, my HbA1c came down from 78 to 52 and I've lost 14 kilos, so I really don't want to lose progress.

Would you be able to prescribe an alternative? The pharmacist mentioned dulaglutide (Trulicity) might be available, or switching to the 0.5 mg Ozempic pens and taking two. Which would you recommend?

I'm also a bit behind on my blood glucose monitoring strips (I use about 50 a month), could you add those too?

Otherwise all fine, no hypos and no tummy problems.

Kind regards,
Vikram Patel
Hospital number D4410982
""", "medicine shortage switch request -> prescription")

m("en", "prescription", "methotrexate - checking the day", """
Dear Rheumatology Helpline,

I've just been started on methotrexate 15 mg for my rheumatoid arthritis and I want to make sure I've got it right because the leaflet frightened me a bit. It's six 2.5 mg tablets once a WEEK, on the same day each week, right? Not every day? My pharmacist said Mondays and I've written it on the calendar in red.

And the folic acid 5 mg, is that on a different day, once a week too? Or every day except Monday?

The leaflet also says to tell someone straight away if I get a sore throat, mouth ulcers, bruising or breathlessness. I haven't got any of those, I'm just checking so I know what I'm looking out for. The bloods are booked every two weeks at the GP.

Thank you,
Doreen McAllister
""", "dosing clarification; hypothetical warning signs -> prescription")

m("en", "prescription", "INR 3.4 - do I change my dose?", """
Hi Anticoagulation Clinic,

Had my INR done at the GP this morning, it was 3.4 (my target is 2.5, range 2-3). The nurse said the clinic would be in touch with my dose but I haven't heard anything, and I normally take my warfarin at 6pm.

Current dose: 5 mg Mon/Wed/Fri, 4 mg the other days.

I did have a course of antibiotics last week for a water infection (nitrofurantoin), and I've been eating less as I've had a cold. I haven't had any bleeding, no nosebleeds, no blood in the urine, gums fine.

Should I still go to my grandson's christening on Sunday? We'll be eating out, and I wondered whether I should avoid anything in particular (my daughter mentioned cranberry juice and grapefruit).

What should I take tonight?

Thanks,
Desmond Clarke
DOB 05/07/1944
""", "warfarin dosing question; negated bleeding -> prescription")

m("en", "prescription", "Appeal of prior authorization denial - Ms Ruiz", """
To: Pharmacy Benefits Appeals, Meridian Health Plan
Re: Appeal of denial, Claim PA-88120-7, member Elena Ruiz (ID MHP553902281, DOB 11/02/1986)

I am writing to appeal your denial of coverage for erenumab (Aimovig) 140 mg monthly for my patient, on the grounds that "the member has not tried two preventive medications".

This is inaccurate. Ms Ruiz has tried and failed:
1. Propranolol 80 mg daily for 4 months (2021) - insufficient response; stopped due to fatigue and bradycardia.
2. Topiramate 50 mg twice daily for 3 months (2022) - stopped due to cognitive side effects and paraesthesia.
3. Amitriptyline 25 mg at night for 3 months (2023) - no reduction in headache days.

She currently has 18 headache days per month, 10 of them migraines, with repeated ED visits last year for status migrainosus. Her work attendance is affected.

Please reconsider. Supporting chart notes are enclosed.

Sincerely,
Dr Michael Chen, Neurology
""", "prior authorization appeal for a preventive medicine -> prescription")

m("en", "prescription", "TTO still not ready - been waiting 5 hours", """
Hello,

I was told at 10am this morning on Ward 8 that I could go home once my discharge medicines came up from pharmacy. It's now quarter past three. The nurses keep saying "pharmacy is busy". My husband has been in the car park since 11 and it's costing a fortune.

The medicines I'm waiting for are a new inhaler, a course of steroids (prednisolone, 5 days) and the antibiotics to finish. I already have everything else at home.

Could these be sent to my local pharmacy instead so I can go? Or could someone tell me honestly how much longer? I feel well, my breathing is back to normal and the doctor was happy with my oxygen levels this morning.

Thank you,
Bernadette Quinn, bed 4, Ward 8
""", "waiting for discharge medicines -> prescription")

m("en", "prescription", "Different coloured tablets?", """
Dear Pharmacy,

I picked up my repeat yesterday and my amlodipine tablets are white and round this time, instead of the little pink ones I've had for years. The box is a different make too. Are these definitely the same medicine and the same strength? The box says 5 mg which is what I take.

And my lansoprazole capsules are now purple and the ones before were pink and white.

I'm 84 and I sort my tablets into a dosette box by colour, so this has confused me a lot, I nearly took two amlodipine this morning but I checked the box in time. Is it possible to always get the same make? My son says you can write it on my record.

Many thanks,
Mrs Winifred Ackroyd
""", "generic brand change confusion -> prescription")

m("en", "prescription", "coming off citalopram", """
Hi Dr Mensah,

I've been on citalopram 20 mg for just over a year now, after the difficult time I had following my divorce. I'm in a really good place now, new job, sleeping well, back at the gym. I'd like to come off it, but I remember you saying not to stop suddenly.

Could you give me a plan for reducing? I've read about going down to 10 mg for a few weeks then stopping, but I don't know if that's right for me. I also read about "brain zaps", which sound horrible.

Back then I did have some dark thoughts, but I haven't had any for over six months. If anything changes while I'm reducing, I know to get in touch.

Would I need liquid or 10 mg tablets? Happy to have a phone call if easier.

Thanks,
Natalie Briggs
""", "tapering plan request; resolved dark thoughts -> prescription")

m("en", "prescription", "Humira delivery missed - no pens", """
Dear IBD Team,

My home delivery of Humira (adalimumab 40 mg) from Healthcare at Home was supposed to come last Thursday but the courier never turned up, and now they say the order is "on hold pending a new prescription from the hospital". I'm due my injection tomorrow and I have none left.

Could you please send the renewal to them? My patient number with them is HAH-77102. They also asked whether I still need the sharps bin collection.

For the nurses' information: I've been in remission since the second loading dose, no blood in my stools, about 2 motions a day, normal. I'd really like not to have a gap, as last year when I missed two doses I had a flare and ended up admitted.

Thank you,
Ben Osei
""", "biologic home delivery renewal; remission, past flare -> prescription")

m("en", "prescription", "Naloxone for my son", """
Hello,

My son is on a methadone programme with the community drug team and doing well, he has been clean for eight months and has a job at a warehouse now. He overdosed on heroin two years ago and nearly died, and it still frightens me.

His key worker said family members can have a naloxone kit. Could someone prescribe or give me one, and show me how to use it? Would the pharmacy near us stock it (Well Pharmacy, Church Road)? I'd also like one for my daughter's flat where he sometimes stays.

He knows I'm asking and he's fine with it. In fact, he said it would make him feel better knowing it's in the house, "just in case, Mum". I'd also like to know if there's a training session for families; the leaflet mentions the local drug service runs one on the first Monday of the month, but I can't find the details online.

Thank you,
Maureen Kerr
""", "family request for naloxone kit; past overdose -> prescription")

m("en", "prescription", "home oxygen order - concentrator", """
Dear Home Oxygen Team,

Please find attached the HOOF (Home Oxygen Order Form) for Mr Norman Ellis (DOB 30/01/1941, NHS 512 668 9034), who was assessed in clinic on Tuesday.

Resting SpO2 on air 86%, ABG on air pO2 7.1 kPa, pCO2 6.2 kPa, stable on two occasions three weeks apart. He meets the criteria for long-term oxygen therapy.

Prescription: 2 L/min via nasal cannulae, minimum 15 hours per day including overnight. Static concentrator plus back-up cylinder. Ambulatory assessment to follow.

He is an ex-smoker (stopped 2019), lives with his wife, no smokers in the house. Fire safety risk assessment completed and consented to fire service referral.

Please contact me if you need anything further.

Sarah Holloway
Respiratory Nurse Specialist
""", "home oxygen prescription form -> prescription")

m("en", "prescription", "Pill repeat and BP", """
Hi,

I need my repeat for Rigevidon, I've got one pack left. Last time the pharmacist said I need a blood pressure check before another one can be issued. Can I use the machine in the library and send you the reading? It was 118/76 last week when I gave blood.

Also I should probably mention I've started getting migraines again, about one a month around my period. They're just headaches with nausea, no zigzags or flashing lights or anything before them, which I know matters for the combined pill. I had aura once when I was a teenager but never since.

I'm also going travelling in South America for three months from October, so it would be really helpful to have enough packs to cover that, or to know how I'd get them out there.

Can I have 6 months this time?

Thanks,
Chloe Ramsey
DOB 19/04/1999
""", "contraceptive repeat; negated aura, historical -> prescription")

m("en", "prescription", "Prescription to pharmacy in France?", """
Dear Dr Morris,

We're spending the winter in our house in the Dordogne, from November to March, as we do every year. Last year we took 5 months of medication but this time the pharmacy said they could only give 3 months.

Could you issue a prescription that a French pharmacy would accept, or a letter listing the generic names of my medicines? I understand an EU cross-border prescription should work. The medicines are:

- bisoprolol 2.5 mg
- apixaban 5 mg twice daily
- atorvastatin 40 mg
- tamsulosin 400 mcg

I also have my GTN spray, which I haven't used for two years. My heart has been stable since the ablation.

My wife's medicines are all with a different practice, so she's sorting hers separately. And if there's a fee for the letter, I'm happy to pay it; just let me know.

Thank you very much,
David Worthington
""", "cross-border prescription request -> prescription")

m("en", "prescription", "Fentanyl patch conversion - Mrs Abbott", """
Hi Dr Kapoor,

Quick query from the community palliative care team about Mrs Joan Abbott (DOB 12/10/1938).

She's been on oral morphine MR 60 mg twice daily, with 20 mg of Oramorph as needed, about twice a day. She's finding tablets difficult to swallow now, and the family would like her to be switched to a patch so she doesn't need as many tablets.

By our calculation, 160 mg/day oral morphine is about a 50 mcg/hour fentanyl patch (we would round to 37 or 50). Would you be happy to prescribe fentanyl 50 mcg/h, with the last MR morphine given at the time the first patch is applied, and Oramorph 25 mg as needed for breakthrough?

She is comfortable, alert, breathing easily and eating small amounts.

Please let me know.

Harriet, CNS Palliative Care
""", "opioid conversion query for a stable palliative patient -> prescription")

m("en", "prescription", "Re: Discharge letter - Sophie Grant", """
Hi Practice Team,

Sophie's discharge letter (below) says the GP will add the new items to her repeat, but the pharmacy says they're not on there yet. Could you add these please:

- NovoRapid FlexPen (she's on more units now)
- BD Viva 4 mm pen needles
- blood ketone test strips (for the Freestyle meter)

And could her Lantus be changed to 3 boxes per month? She's fine, back at college and has started carb counting.

Thanks,
Karen Grant (mum)

> From: Paediatric Diabetes Team
> Discharge summary: Sophie Grant, 16, admitted 02/09 with diabetic
> ketoacidosis (pH 7.08) precipitated by a missed basal dose during a
> sleepover. Managed on DKA protocol, resolved within 20 h.
> Education reinforced: sick day rules, ketone testing.
> GP: please add blood ketone strips and updated insulin to repeat.
""", "refill request over quoted past DKA admission -> prescription")

# ---------------------------------------------------------------- prescription, French
m("fr", "prescription", "renouvellement + carte vitale + nouvelles", """
Bonjour Docteur Lefèvre,

Pourriez-vous me faire le renouvellement de mon ordonnance, s'il vous plaît ? Il me faut :

- Eliquis 5 mg matin et soir
- Tahor 40 mg
- Coversyl 5 mg
- Dafalgan 1 g si besoin (pour le genou)

Vous pouvez l'envoyer directement à la pharmacie des Halles, ils ont l'habitude.

Au passage, ma nouvelle carte vitale n'est toujours pas arrivée, la CPAM dit qu'il y a eu un problème avec la photo. Je vous apporterai l'attestation papier à ma prochaine visite, j'espère que ça ne pose pas de souci.

Sinon je vais plutôt bien. Ça fait maintenant trois ans depuis mon AVC, et à part une petite faiblesse dans la main gauche quand il fait froid, je n'ai aucune séquelle. J'ai repris la chorale et je fais mes trente minutes de marche tous les jours, comme le kiné m'avait conseillé. Ma femme dit que je suis plus de bonne humeur depuis que je chante.

Bien cordialement,
Jean-Claude Marty
né le 16/07/1948
""", "renouvellement avec nouvelles ; AVC ancien -> prescription")

m("fr", "prescription", "rupture amoxicilline pédiatrique", """
Bonjour Docteur,

Vous avez prescrit hier de l'amoxicilline en suspension buvable (Clamoxyl 250 mg/5 ml) pour l'angine de Lucie, 4 ans, 17 kg. J'ai fait trois pharmacies ce matin et aucune n'en a, ils parlent d'une rupture nationale. Le pharmacien de la place m'a dit qu'il pouvait préparer l'équivalent à partir de comprimés si vous faites une nouvelle ordonnance avec la mention adaptée, ou bien donner un autre antibiotique si vous êtes d'accord.

Que préférez-vous ? Je peux passer récupérer l'ordonnance au cabinet ou vous pouvez l'envoyer à la pharmacie de la place (fax 04 67 22 81 10).

Elle a toujours un peu mal à la gorge, mais elle a moins de fièvre qu'hier (37,9 ce matin), elle boit bien et elle joue.

Merci,
Mme Aude Salvat
""", "rupture de stock, demande d'alternative -> prescription")

m("fr", "prescription", "ordonnance sécurisée Skenan - non conforme", """
Docteur Meunier,

Pharmacie Centrale de Villeurbanne. Votre patiente Mme Odile Renaud (née le 03/05/1951) s'est présentée ce matin avec une ordonnance de Skenan LP 30 mg, matin et soir, et d'Actiskenan 10 mg si besoin.

Nous ne pouvons malheureusement pas la délivrer en l'état :
- la durée de traitement n'est pas indiquée en toutes lettres ;
- le nombre d'unités de prise d'Actiskenan n'est pas précisé ;
- le carré de sécurité n'est pas renseigné (nombre de spécialités).

Pourriez-vous lui refaire une ordonnance sécurisée conforme ? Elle dispose de son traitement jusqu'à demain soir. Elle peut repasser à votre cabinet en fin de matinée, ou vous pouvez nous l'adresser et elle nous apportera l'original.

Sa douleur est bien contrôlée avec ce schéma, elle n'a pas de somnolence ni de constipation gênante.

Cordialement,
Julien Faure, pharmacien
""", "pharmacien demandant une ordonnance de stupéfiant conforme -> prescription")

m("fr", "prescription", "Demande d'accord préalable - médicament d'exception", """
Madame, Monsieur le médecin-conseil,

Je vous adresse une demande d'accord préalable pour la prise en charge de l'évolocumab (Repatha 140 mg, une injection tous les 14 jours) chez mon patient, M. Alain Girard, né le 22/09/1961, NIR 1 61 09 75 115 042 63.

Indication : hypercholestérolémie familiale hétérozygote en prévention secondaire.

Antécédents : infarctus du myocarde en 2017 avec angioplastie et pose de deux stents, récidive d'angor instable en 2020 avec nouvelle angioplastie, AOMI stade 2.

Traitements antérieurs : atorvastatine 80 mg et ézétimibe 10 mg depuis 2020, avec LDL-cholestérol persistant à 1,42 g/L (objectif < 0,55 g/L), observance vérifiée. Intolérance musculaire à la rosuvastatine.

Je joins les trois derniers bilans lipidiques et le compte rendu de cardiologie.

Je vous prie d'agréer l'expression de mes salutations distinguées,
Dr Pierre Lacombe, cardiologue
""", "DAP pour un médicament d'exception ; ATCD cardiaques -> prescription")

m("fr", "prescription", "Kardégic et arrachage de dent", """
Bonjour,

Mon dentiste doit m'arracher deux dents de sagesse le 20, et il m'a dit de demander à mon cardiologue si je dois arrêter le Kardégic avant, ou pas. Je prends aussi du Plavix depuis la pose de mon stent l'an dernier. Le dentiste n'a pas été très clair : il m'a dit « pas d'arrêt en principe, mais demandez ».

Que dois-je faire pour les deux médicaments ? Et faut-il prévoir autre chose, comme un antibiotique avant l'intervention ?

Je n'ai plus du tout de douleur dans la poitrine depuis le stent, je fais mes séances de vélo d'appartement, tout va bien.

Merci beaucoup,
Frédéric Bouvier
""", "question sur les antiagrégants avant extraction ; douleur niée -> prescription")

m("fr", "prescription", "piluliers, ordonnance de soins et morphine de M. Dufour", """
Bonjour Docteur,

Petit mail de l'infirmière libérale pour M. Raymond Dufour, 84 ans :

1. L'ordonnance de soins infirmiers (préparation des piluliers et surveillance) expire le 30, pouvez-vous la renouveler pour trois mois ?
2. La pharmacie n'a plus de renouvellement pour son Durogesic 25 µg/h. Il lui reste deux patchs, donc six jours.
3. Il prend toujours la Seresta 10 le soir, sa fille demande si on peut essayer de baisser, car il est un peu ralenti le matin.

Côté clinique, rien d'inquiétant : il mange correctement, ses douleurs de dos sont calmées avec le patch, il se lève seul. Il est un peu constipé, je lui ai remis du Movicol.

Merci,
Aline Perrot, IDEL
06 18 44 23 70
""", "infirmière libérale : renouvellements et question de déprescription -> prescription")

m("fr", "prescription", "arrêter de fumer - patchs", """
Bonjour Docteur,

J'ai décidé d'arrêter de fumer pour de bon (je fume un paquet par jour depuis 25 ans). La pharmacienne m'a dit que les patchs et les gommes étaient remboursés sur ordonnance. Pourriez-vous m'en prescrire ? Je pensais aux patchs 21 mg et aux gommes 2 mg pour les moments difficiles, mais je ne sais pas quel dosage est le bon pour moi.

Je fume ma première cigarette dans les cinq minutes qui suivent mon réveil, si ça peut vous aider à choisir.

Mon cardiologue insiste depuis ma phlébite de l'an dernier, et ma fille attend un bébé en septembre, je voudrais ne plus sentir le tabac quand je le prendrai dans mes bras.

Merci,
Patrick Lemoine
""", "demande de substituts nicotiniques ; phlébite ancienne -> prescription")

m("fr", "prescription", "Accès compassionnel - M. Ferreira", """
Chère consœur,

Suite à notre RCP de neuro-oncologie du 12, nous avons retenu pour M. Hugo Ferreira (né le 30/04/1975), suivi pour un glioblastome en récidive, l'indication d'un traitement en accès compassionnel.

La demande d'autorisation d'accès compassionnel a été déposée sur la plateforme de l'ANSM le 14 ; le laboratoire a donné son accord de principe. Je vous contacte en tant que pharmacienne de la PUI pour organiser la dispensation en rétrocession dès réception de l'autorisation : pouvez-vous me confirmer la posologie retenue et me transmettre l'ordonnance nominative ?

Pour rappel, le patient a présenté une crise convulsive en mars au moment de la récidive, bien contrôlée depuis par le Keppra. Son état clinique actuel est stable d'après le dernier compte rendu (Karnofsky 70).

Bien à vous,
Dr Céline Barre, pharmacienne, PUI
""", "organisation de la dispensation d'un traitement en accès compassionnel -> prescription")

m("fr", "prescription", "Xeloda - rétrocession et horaires", """
Bonjour,

Mon oncologue, le Dr Giraud, m'a prescrit de la capécitabine (Xeloda) à prendre chez moi, et m'a dit qu'il fallait la chercher à la pharmacie de l'hôpital et non en ville. J'ai plusieurs questions :

- Quels sont les horaires de la pharmacie de rétrocession ? Je travaille jusqu'à 17h.
- Mon mari peut-il la récupérer à ma place, avec ma carte vitale et l'ordonnance ?
- Faut-il payer quelque chose ? Je suis en ALD.
- Les comprimés se prennent-ils pendant ou après le repas ?

L'infirmière d'annonce m'a dit de surveiller les mains et les pieds (rougeurs) et d'appeler si j'ai de la diarrhée plus de quatre fois par jour ou de la fièvre. Je n'ai encore rien commencé.

Merci,
Maryse Collet
""", "questions pratiques de délivrance d'un anticancéreux oral -> prescription")

m("fr", "prescription", "générique de l'antiépileptique de Théo", """
Bonjour Docteur Aubry,

La pharmacie a remplacé la Dépakine Chrono de Théo (9 ans) par un générique de valproate, car elle n'avait plus le princeps. Je n'étais pas d'accord, car j'avais lu que, pour les antiépileptiques, il valait mieux ne pas changer de marque. Le pharmacien m'a dit qu'il fallait que vous mettiez la mention « non substituable » sur l'ordonnance.

Pourriez-vous me refaire l'ordonnance avec cette mention ? Et est-ce grave s'il a pris le générique pendant deux jours ?

Sa dernière crise remonte à plus de deux ans, à l'école, et depuis tout va bien. Le dernier EEG était normal.

Merci,
Mme Sophie Carlier
""", "mention non substituable pour un antiépileptique ; crise ancienne -> prescription")

m("fr", "prescription", "capteurs Freestyle de maman + nouvelles", """
Bonjour Docteur,

Je vous écris pour ma mère, Mme Thérèse Moulin, qui est sous insuline depuis l'an dernier. L'infirmière qui passe pour les injections dit qu'il faudrait renouveler l'ordonnance des capteurs Freestyle Libre 2 (deux par mois) et des aiguilles, car la pharmacie n'a plus rien à délivrer après le 15.

Il faudrait aussi, si possible, ajouter sur l'ordonnance les bandelettes et les lancettes pour le lecteur de secours, car l'infirmière vérifie parfois au doigt quand le capteur affiche un chiffre qui lui paraît bizarre. Et le stylo d'insuline lente a changé de nom à la pharmacie (Abasaglar au lieu de Lantus), l'infirmière voudrait être sûre que c'est bien la même chose et la même dose, 18 unités le soir.

Dernière chose : maman aimerait savoir si elle pourrait passer à un capteur qui se change tous les quinze jours plutôt que deux par mois, parce que la pose lui fait un peu peur et ma main tremble quand je le fais.

Côté famille, on a eu un printemps mouvementé : mon frère s'est installé dans la maison d'à côté pour être plus près de maman, ma fille a eu son permis, et on a fêté les 80 ans de maman en mai avec toute la famille, elle était très émue. Ses glycémies sont plutôt bonnes depuis le changement d'insuline, elle n'a plus fait de malaise hypoglycémique comme celui de janvier.

Merci beaucoup,
Isabelle Moulin
""", "renouvellement de capteurs avec nouvelles familiales ; hypo ancienne -> prescription")

m("fr", "prescription", "TR: CR d'hospitalisation - délivrance fractionnée", """
Bonjour Docteur,

Je suis pharmacien à la pharmacie du Port. Le patient, M. Bastien Leroy, nous a transmis le compte rendu ci-dessous. Le psychiatre y recommande une délivrance hebdomadaire de ses traitements, mais l'ordonnance que vous lui avez faite la semaine dernière porte une délivrance mensuelle. Pourriez-vous nous faire une ordonnance précisant « délivrance fractionnée par 7 jours » ?

M. Leroy va bien, il vient chercher son traitement régulièrement et il est souriant.

Cordialement,
Stéphane Marin, pharmacien

-----Message d'origine-----
De : Service de psychiatrie
Objet : CR d'hospitalisation - M. LEROY Bastien

Hospitalisation du 02/02 au 20/02 au décours d'une intoxication médicamenteuse volontaire (paracétamol et benzodiazépines) prise en charge en réanimation. Évolution favorable. Absence d'idées suicidaires à la sortie.
Préconisations : délivrance hebdomadaire des traitements, suivi CMP.
""", "demande d'ordonnance à délivrance fractionnée ; IMV ancienne citée -> prescription")

m("fr", "prescription", "ordonnance lit médicalisé et fauteuil", """
Bonjour Docteur,

Suite à la réunion avec l'ergothérapeute de l'HAD, il a été convenu que maman (Mme Germaine Roux) aurait besoin d'un lit médicalisé avec barrières, d'un matelas anti-escarres et d'un fauteuil roulant manuel pour les sorties. Le prestataire de matériel (Bastide) demande une prescription médicale pour la location.

Pourriez-vous la faire et l'envoyer directement au prestataire, ou me la remettre ? Leur adresse : bastide-agence-nord@example.fr.

Elle n'a pas d'escarre pour l'instant, la peau des talons et du sacrum est intacte, mais elle reste de plus en plus au lit depuis sa fracture du col du fémur, opérée en février.

Merci,
Hervé Roux (son fils)
""", "prescription de matériel médical -> prescription")

m("fr", "prescription", "INR à 1,6 - dose de Préviscan ?", """
Bonjour,

Voici mon INR de ce matin : 1,6 (ma cible est entre 2 et 3). Le laboratoire m'a dit de voir avec vous pour la dose. Je prends actuellement un comprimé entier de Préviscan le soir.

Pour information, la semaine dernière j'ai mangé beaucoup de salade et de chou, car j'étais chez ma fille qui fait un régime, peut-être que ça a joué ? Sinon je n'ai pas oublié de comprimé.

Je n'ai aucun problème, pas de gonflement de la jambe comme lors de ma phlébite de 2022, pas d'essoufflement.

Que dois-je prendre ce soir et quand refaire la prise de sang ?

Merci,
Mme Janine Cordier
""", "ajustement d'AVK ; phlébite ancienne, symptômes niés -> prescription")

m("fr", "prescription", "toux sous Triatec", """
Bonjour Docteur,

Depuis que vous m'avez mis sous Triatec pour la tension il y a deux mois, j'ai une toux sèche, surtout le soir, qui me réveille et agace ma femme. J'ai lu sur la notice que ça pouvait être un effet secondaire.

Est-ce que vous pourriez me changer de médicament ? Mon beau-frère prend du Cozaar et il dit que ça va très bien.

Je précise que je n'ai pas de fièvre, pas de crachats, pas d'essoufflement, c'est vraiment juste une toux qui chatouille. Ma tension à la maison est autour de 13/8.

Vous pouvez m'envoyer l'ordonnance par mail ou à la pharmacie de l'Église.

Merci,
Jacques Tessier
""", "effet indésirable d'un IEC, demande de changement ; symptômes niés -> prescription")

m("fr", "prescription", "oubli de Lévothyrox en vacances", """
Bonjour,

Je suis en vacances en Corse et j'ai oublié ma boîte de Lévothyrox 75 à la maison. Je n'en ai pas pris depuis trois jours. Une pharmacie d'ici m'a dit qu'elle pouvait me dépanner si mon médecin envoyait une ordonnance par mail. Pourriez-vous l'envoyer à : pharmacie-du-port-calvi@example.fr ?

Est-ce grave d'avoir sauté trois jours ? Faut-il en prendre deux aujourd'hui pour rattraper ?

Je n'ai pas de symptôme particulier pour l'instant.

Merci beaucoup et désolée pour le dérangement,
Aurore Blanchet
née le 04/12/1984
""", "dépannage d'ordonnance en vacances et question de dose -> prescription")

m("fr", "prescription", "Ventoline pour l'école", """
Bonjour Docteur,

L'école demande une deuxième Ventoline avec chambre d'inhalation pour la laisser à l'infirmerie, en plus de celle que Noé a dans son cartable. Pourriez-vous me faire une ordonnance pour un flacon de Ventoline et une chambre d'inhalation pédiatrique supplémentaire ?

Le traitement de fond (Flixotide) fonctionne bien : il n'a plus eu de crise depuis l'hospitalisation de l'hiver dernier, et il fait du foot deux fois par semaine sans être essoufflé.

Si besoin je passe la chercher au cabinet demain.

Merci,
Émilie Rousseau
""", "ordonnance d'un second inhalateur ; crise ancienne -> prescription")

m("fr", "prescription", "seresta", """
bjr docteur il me faut le renouvellement du seresta 10 et du deroxat svp, plus que 2 jours. meme pharmacie. merci, Gisèle Morin
""", "très court : renouvellement -> prescription")

m("fr", "prescription", "ordonnance de sortie - erreur de dosage Lovenox ?", """
Bonjour le service de chirurgie orthopédique,

Pharmacie du Centre, Montauban. Nous avons reçu l'ordonnance de sortie de M. Henri Lagrange (né le 05/08/1949), opéré d'une prothèse totale de genou, avec « Lovenox 4000 UI/0,4 ml, une injection par jour pendant 35 jours ».

Or le compte rendu d'hospitalisation joint mentionne un poids de 118 kg et une clairance de la créatinine à 28 ml/min. Nous souhaiterions confirmer la molécule et la dose, car l'enoxaparine doit être adaptée en cas d'insuffisance rénale sévère, et la durée de 35 jours correspond plutôt aux recommandations après prothèse de hanche.

Le patient est à la pharmacie, il va bien, sans douleur particulière au mollet. Nous lui délivrons pour 48 heures en attendant votre réponse.

Merci de nous rappeler au 05 63 20 47 11.

Laurent Bessière, pharmacien
""", "pharmacien interrogeant une ordonnance de sortie -> prescription")

m("fr", "prescription", "révision des prescriptions - benzodiazépines", """
Bonjour à tous les médecins traitants intervenant à l'EHPAD,

Dans le cadre du programme de réduction des prescriptions de benzodiazépines chez les résidents, je vous transmets la liste de vos patients concernés, avec une proposition de schéma de décroissance pour chacun :

- Mme B. (ch. 12) : oxazépam 10 mg x2/j, proposer 10 mg le soir seul pendant 2 semaines puis arrêt.
- M. D. (ch. 3) : zopiclone 7,5 mg, passer à 3,75 mg pendant 3 semaines.
- Mme L. (ch. 21) : alprazolam 0,25 mg x3/j ; chute avec fracture du poignet en mars, décroissance prioritaire.
- M. T. (ch. 8) : bromazépam, patient opposé à l'arrêt, à rediscuter avec lui.

Merci de me faire savoir si vous validez ces propositions, afin que je mette à jour les prescriptions dans le logiciel.

Dr Nicole Fabre, médecin coordonnateur
""", "médecin coordonnateur : déprescription en EHPAD ; chute passée -> prescription")

m("fr", "prescription", "stylos d'insuline en avion - certificat", """
Bonjour Docteur,

Nous partons au Québec pour six semaines en juillet rendre visite à notre fils. Mon mari est sous insuline (Toujeo et Humalog en stylos) avec un capteur Freestyle.

Pourriez-vous nous faire :
1. un certificat en français et en anglais attestant qu'il doit voyager avec ses stylos, ses aiguilles et ses capteurs en cabine ;
2. une ordonnance pour six semaines de traitement plus une marge, en dénomination commune internationale, au cas où il faudrait en racheter là-bas ;
3. une ordonnance de Glucagen, car nous n'en avons plus (le dernier a servi lors de son hypo sévère d'il y a deux ans).

Merci beaucoup,
Martine Charpentier
""", "certificat et ordonnance pour voyage ; hypo sévère ancienne -> prescription")

m("fr", "prescription", "médicament non remboursé - équivalent ?", """
Bonjour Docteur,

Lors de la dernière consultation, vous m'avez prescrit un collyre pour mon glaucome qui n'est plus remboursé depuis le 1er du mois, d'après le pharmacien. Cela me coûte 14 euros par flacon, et il en faut un par mois pour chaque œil.

Existe-t-il un équivalent remboursé que vous pourriez me prescrire à la place ? Le pharmacien parlait d'un générique du latanoprost, mais il a besoin d'une nouvelle ordonnance.

Je supporte bien le collyre actuel, et ma vue n'a pas changé depuis le dernier contrôle.

Merci d'avance,
Bernard Lemaire
""", "demande de prescription d'un équivalent remboursé -> prescription")

m("fr", "prescription", "méthadone pendant les vacances", """
Bonjour au CSAPA,

Je suis suivi chez vous pour un traitement par méthadone (60 mg par jour) depuis quatre ans, et je suis stable. Je pars trois semaines en août chez ma sœur en Vendée. Comment faire pour la délivrance pendant cette période ? Est-ce que vous pouvez envoyer une ordonnance à une pharmacie là-bas ? J'ai trouvé celle de la grande rue, à Challans, qui est d'accord.

Le Dr Fontaine m'avait dit que, pour les vacances, on pouvait parfois délivrer pour 14 jours d'un coup.

Je tiens à préciser que je n'ai pas consommé depuis plus de deux ans. Ma dernière overdose remonte à 2019, et c'est ce qui m'avait décidé à commencer le traitement.

Merci,
Cédric
""", "organisation de la délivrance de TSO pendant les vacances ; overdose ancienne -> prescription")

m("fr", "prescription", "renouvellement hospitalier Humira", """
Bonjour l'équipe de rhumatologie,

Ma prescription initiale hospitalière d'Humira arrive à échéance le 30 (elle est valable un an). Sans renouvellement par un rhumatologue hospitalier, ma pharmacie ne pourra plus me délivrer les stylos, et le prestataire de livraison à domicile non plus.

Ma prochaine consultation n'est qu'en octobre. Serait-il possible d'avoir le renouvellement sans consultation, ou d'avancer le rendez-vous ?

Je vais très bien sous traitement : plus de poussée de spondylarthrite depuis 18 mois, pas d'infection, et la dernière prise de sang de contrôle était normale.

Merci,
Karine Dumas
Dossier 45-22019
""", "renouvellement d'une prescription initiale hospitalière -> prescription")

m("fr", "prescription", "crème pour l'eczéma du bébé", """
Bonjour Docteur,

Le dermatologue a prescrit à Gabriel (8 mois) une crème à la cortisone (Locapred) pour son eczéma, à appliquer « une fois par jour sur les plaques ». Je n'ose pas trop l'utiliser, car j'ai lu sur internet que la cortisone abîmait la peau des bébés.

Combien de temps peut-on l'utiliser ? Faut-il arrêter d'un coup ou diminuer progressivement ? Et quelle quantité mettre ? Le tube est déjà à moitié vide.

Par ailleurs, pourriez-vous me refaire une ordonnance pour l'émollient (Dexeryl), car on en utilise énormément et la pharmacie n'a plus de renouvellement ?

Les plaques sont moins rouges depuis une semaine, il se gratte moins la nuit.

Merci,
Lola Mercier
""", "questions d'utilisation d'un dermocorticoïde et renouvellement -> prescription")

m("fr", "prescription", "Doliprane - dose pour Adam", """
Bonjour,

Adam a 2 ans et demi et pèse 13 kg. Il avait de la fièvre ces trois derniers jours (jusqu'à 39,5 le premier soir) à cause d'une rhino, et je lui ai donné du Doliprane sirop avec la pipette graduée en kilos, sur la graduation 13 kg, quatre fois par jour.

La fièvre est tombée depuis hier, il va beaucoup mieux et il a retrouvé l'appétit. Mais ma belle-mère dit que je lui en ai trop donné. Ai-je bien fait ? Et est-ce que je peux continuer s'il a encore un peu mal aux oreilles ce soir ?

Il me reste un fond de flacon ; pouvez-vous aussi me faire une ordonnance pour un autre, pour l'avoir d'avance à la maison ?

Merci,
Yasmine Kaddour
""", "question de posologie pédiatrique ; fièvre résolue -> prescription")

m("fr", "prescription", "oxygénothérapie - renouvellement de prescription", """
Bonjour Docteur Vial,

Le prestataire d'oxygène (Air Santé) nous informe que la prescription d'oxygénothérapie de longue durée de M. Armand Pichon (né le 11/06/1944) arrive à échéance à la fin du mois. Pourriez-vous la renouveler ?

Prescription actuelle : concentrateur fixe, 1,5 L/min au repos et 2 L/min à l'effort et la nuit, au moins 15 heures par jour, avec un concentrateur portable pour les déplacements.

La dernière gazométrie du 3 mai montre une PaO2 à 56 mmHg en air ambiant, stable par rapport à l'an dernier. Le patient va bien, il sort tous les jours avec son portable, il n'a pas eu d'exacerbation cet hiver.

Cordialement,
Sandrine Morel, infirmière coordinatrice, pneumologie
""", "renouvellement de prescription d'oxygène -> prescription")

m("fr", "prescription", "triptans - plus de 6 comprimés par mois ?", """
Bonjour Docteur,

J'ai des migraines assez fréquentes en ce moment (environ huit par mois, surtout autour des règles), et le pharmacien m'a dit que la sécurité sociale ne rembourse que six comprimés de triptan par mois. Je me retrouve à payer les autres, ou à m'en passer.

Pourriez-vous me prescrire un traitement de fond ? Vous m'aviez parlé du propranolol l'an dernier, mais j'avais préféré attendre. Ou bien y a-t-il une autre solution ?

Mes migraines ressemblent toujours aux mêmes : douleur d'un côté, nausées, besoin du noir. Pas de trouble de la parole, pas de faiblesse, pas de mal de tête brutal ou différent de d'habitude.

Merci,
Héloïse Garnier
""", "demande de traitement de fond de la migraine ; signes d'alerte niés -> prescription")

m("fr", "prescription", "Xarelto + ibuprofène du dentiste", """
Bonjour Docteur Perrin,

Pharmacie Saint-Michel. Votre patient, M. Fabien Roger (né le 19/02/1957), sous Xarelto 20 mg pour sa FA, se présente avec une ordonnance de son dentiste pour de l'ibuprofène 400 mg trois fois par jour pendant cinq jours, à la suite d'une extraction.

Nous attirons votre attention sur le risque hémorragique de l'association anticoagulant + AINS, d'autant que le dossier pharmaceutique mentionne un ulcère gastrique hémorragique en 2016.

Nous lui avons proposé du paracétamol en attendant votre avis. Êtes-vous d'accord pour remplacer l'ibuprofène par du paracétamol, éventuellement associé à de la codéine ? Le patient n'a pas de saignement au niveau de l'extraction.

Cordialement,
Agathe Lemoine, pharmacienne
""", "pharmacien : interaction anticoagulant + AINS ; ulcère ancien -> prescription")

m("fr", "prescription", "Ritaline de Maxime - prescription annuelle", """
Bonjour le service de neuropédiatrie,

Maxime (11 ans) est sous Ritaline LP 20 mg depuis deux ans. Son médecin traitant renouvelle l'ordonnance sécurisée tous les 28 jours, mais la pharmacie m'a prévenue que la prescription hospitalière annuelle arrive à échéance le 15 juin et qu'elle ne pourra plus délivrer après cette date sans une nouvelle ordonnance du service.

Son rendez-vous de suivi avec le Dr Lambert n'est prévu qu'en septembre. Est-il possible d'obtenir le renouvellement annuel avant le 15 juin, ou d'avancer la consultation ?

Le traitement fonctionne bien : les résultats scolaires se sont améliorés, il mange correctement le soir, il a pris 3 cm depuis janvier et il n'a plus de palpitations depuis que la dose a été répartie différemment.

Merci,
Mme Delphine Aubert
""", "renouvellement de la prescription hospitalière annuelle -> prescription")

# ---------------------------------------------------------------- billing, English
m("en", "billing", "Claim determination - hospital admission 11/03-11/14", """
BRIGHTLINE HEALTH INSURANCE
Claim Determination Notice

Member: Raymond Castillo    Member ID: BHX-30019284    DOB: 07/19/1958
Provider: St. Anselm Medical Center    Claim no.: 2024-11-884120
Dates of service: 11/03 - 11/14

Diagnoses billed:
I21.01  ST elevation myocardial infarction involving left main coronary artery
I46.9   Cardiac arrest, cause unspecified
J96.01  Acute respiratory failure with hypoxia
N17.9   Acute kidney failure, unspecified
I63.9   Cerebral infarction, unspecified

Procedures billed:
92941  Percutaneous transluminal revascularization of acute total occlusion, single vessel
33967  Insertion of intra-aortic balloon assist device
31500  Emergency endotracheal intubation
94002  Ventilation assist and management, initial day
70450  CT head without contrast

Total billed: $214,882.40
Allowed amount: $96,310.15
Plan paid: $91,310.15
Member responsibility: $5,000.00 (annual out-of-pocket maximum reached)

If you disagree with this determination, you may file an appeal within 180 days. See enclosed rights notice.
""", "insurer claim notice listing dramatic diagnoses and procedures -> billing")

m("en", "billing", "A&E bill - I think there's a mistake (plus other bits)", """
Hello Patient Accounts,

I've received a bill (account 7728-114) for my visit to your Emergency Department on 2 February. I'm a private patient through my employer's scheme, so I know some of it comes to me, but some of the items don't look right.

1. "Cardiac troponin x3" - I only had two blood tests that night, I'm fairly sure.
2. "CT coronary angiogram, $1,240" - I never had this. I had a chest X-ray and an ECG. The doctor talked about a CT but decided it wasn't needed.
3. "Observation bed, 2 nights" - I was discharged at 6am the next morning, so it was one night at most.

For context, I came in with chest pain which turned out to be reflux (they gave me a "GI cocktail" and it settled). I'm fine now and on omeprazole.

I also need a follow-up with the gastro team at some point, but I'll book that separately. Honestly the bill has caused me more stress than the chest pain did. Could you send me an itemised breakdown and correct the errors?

Thank you,
Daniel Okafor
""", "itemised ED bill dispute; past chest pain resolved -> billing")

m("en", "billing", "Explanation of Benefits - ambulance charge?", """
Hi,

I received an Explanation of Benefits from Cascade Health for my husband's ambulance ride on 9/14, and I don't understand it. It says:

Billed: $2,140.00   Allowed: $612.00   Plan paid: $489.60   You may owe: $1,650.40

Why would we owe more than the allowed amount? Is the ambulance company out of network? We didn't exactly get to choose, he'd had a seizure at the mall and somebody called 911. He's fine now, the neurologist changed his medication, and he hasn't had another one.

Can your billing team help us understand whether this is "balance billing" and whether we can dispute it? I read something about the No Surprises Act covering emergency ambulances, but I'm not sure if it applies to ground ambulances.

Thank you,
Lucy Nakamura
Member ID CHP-992017-02
""", "EOB/balance billing question after past seizure -> billing")

m("en", "billing", "Payment plan please - things have been hard", """
Dear Billing Department,

I'm writing about my outstanding balance of $3,846.20 (account 11-90283) for my gallbladder surgery in July. I can't pay this in one go and I'd like to ask for a payment plan.

Some background, so you understand. In August I was laid off from my job at the distribution centre, and two weeks later my wife's hours were cut. We have three kids, and my mother moved in with us after her hip surgery. My oldest starts community college in September, and we're trying to keep that on track. I'm working temp jobs until something permanent comes up.

I could manage about $150 a month right now, maybe more once I'm working full time again. Is that possible? I'd also like to know if the hospital has a financial assistance or charity care programme, as I think we might qualify now with the lower income.

I'd also be grateful if you could check one thing on the statement. There is a line for "anaesthesia services, $1,120" that my insurance marked as "provider not in network", but the anaesthesiologist was assigned by the hospital on the day; I had no way of choosing. Should that be billed at the in-network rate? If so, the balance should be lower than what's showing.

Also, the statements keep going to our old address on Maple Street. Our new address is 2210 Birchwood Drive, Akron OH 44312. I only found out about the second reminder because the new tenants handed it over.

If it helps, I can set up automatic payments from our checking account once we agree an amount, so nothing gets missed.

I'm fully recovered from the surgery, by the way. The surgeons were great.

Thank you for understanding,
Marcus Bell
(330) 555-2188
""", "payment plan request with family situation -> billing")

m("en", "billing", "Paid twice - refund please", """
Dear Accounts,

I paid invoice INV-2024-5521 (£180, private physiotherapy block of 4 sessions) by card over the phone on 3 May, and then on 6 May my husband paid the same invoice online without realising I had already done it. Both payments have come out of our joint account; the bank statement is attached.

Could you refund one of the payments to the card ending 4471? We're going on holiday at the end of the month and I'd like the account straightened out before then. The transaction references are PH-88102 and WEB-55019.

While I'm writing, could you also confirm that the remaining sessions in June are already covered by this payment, so we don't get another invoice?

Thank you,
Gillian Marsh
07711 309 442
""", "duplicate payment refund -> billing")

m("en", "billing", "Quote for private hip replacement", """
Dear Private Patients Unit,

I've been on the NHS waiting list for a right hip replacement for 14 months, and I'm now considering going private with you, paying for it myself. Could you please send me a fixed-price package quote?

What I'd like to know:
- what the package includes (consultant and anaesthetist fees, implant, hospital stay, physio, follow-up appointments);
- what isn't included, e.g. if I needed a longer stay or a blood transfusion;
- whether there is a discount for paying in full in advance, or a finance option;
- how soon surgery could happen after payment.

My health otherwise: I had a heart attack in 2015 and a stent, and I've been fine since, with no angina. I'm on aspirin and a statin. I know the anaesthetist may want to see me first, is that included?

Kind regards,
Peter Lindley
DOB 14/05/1954
""", "private surgery quote request; historical MI -> billing")

m("en", "billing", "Overseas visitor charges - invoice OV-4471", """
Dear Overseas Visitors Team,

I have received an invoice for £6,420 for my treatment in your hospital in April (invoice OV-4471). The letter says I was not eligible for free NHS hospital treatment.

I think there has been a mistake. I have lived in the UK since 2019 on a Skilled Worker visa and I paid the Immigration Health Surcharge with my visa application. My BRP number is ZU4409182, and I have attached a copy of my visa and the IHS payment reference (IHS-0029918-44).

The treatment was when I collapsed at work with a severe asthma attack and was admitted to ICU for two days. I have recovered fully and I'm back at work.

Please could you review my eligibility and cancel the invoice? If you need more documents (payslips, tenancy agreement), please let me know.

Yours sincerely,
Oluwaseun Adeyemi
""", "overseas visitor charge dispute; past ICU admission -> billing")

m("en", "billing", "Statement of account - June", """
ST. MARY'S REGIONAL HOSPITAL - PATIENT STATEMENT

Guarantor: Patricia Dunne                    Account: 400-228-173
Statement date: 06/30                         Due date: 07/25

Date     Description                              Charges    Ins. paid   Adjust.    Balance
05/02    ER visit level 4 (99284)                 $1,280.00  $896.00     $224.00    $160.00
05/02    CT head w/o contrast (70450)               $940.00  $658.00     $164.50    $117.50
05/02    Laceration repair 4.5 cm (12032)           $410.00  $287.00      $71.75     $51.25
05/16    Suture removal, clinic (99212)              $95.00   $66.50      $16.62     $11.88

Previous balance: $0.00      Payments received: $0.00
AMOUNT DUE: $340.63

Pay online at stmarysregional.example/pay, by phone at 1-800-555-0133, or by mail using the slip below. Questions about your bill? Call Patient Financial Services, Mon-Fri 8-5.
""", "patient statement listing past ER services -> billing")

m("en", "billing", "Itemised invoice for travel insurance - appendicitis in Spain", """
Dear Hospital Quirónsalud Billing Office,

I was treated at your hospital in Málaga from 12 to 16 August for acute appendicitis, which needed an emergency laparoscopic appendicectomy. I'm now home in England and recovering well; the wounds have healed.

My travel insurer (Allianz Travel, claim reference ATI-2291-0083) requires the following before they can reimburse the amount I paid upfront (€7,850 by credit card on discharge):

1. a fully itemised invoice in English or Spanish, showing each service with its date and cost;
2. the discharge report (informe de alta);
3. proof of payment.

I only received a summary receipt showing the total. Could you please email me the itemised invoice and the discharge report? My passport number is 553019287, and my date of birth is 09/03/1990.

Thank you very much for the care I received.

Kind regards,
Harriet Cole
""", "request for itemised invoice for travel insurance claim; past emergency -> billing")

m("en", "billing", "Mum's hospital bill and the care home top-up - POA", """
Dear Finance Team,

I hold Lasting Power of Attorney for property and financial affairs for my mother, Mrs Doreen Whitlock (DOB 21/08/1935), and I'd like to register this so that future bills come to me. A certified copy of the LPA is attached.

There are currently two invoices:

1. Your invoice 55-20193 for £412 for the private single room she was moved to during her admission in March. I wasn't told there would be a charge; she was moved for infection control reasons, as I understood it (she had norovirus on the ward). Could you check whether this charge is correct?

2. The "third party top-up" for her care home placement, which the council says is invoiced through the hospital discharge team for the first four weeks. Is that right?

For the family: my brother and I now share her affairs, and she's settled well at the home. Her chest infection cleared, and she's eating better than she has for months.

Regards,
Simon Whitlock
""", "POA holder handling mother's invoices -> billing")

m("en", "billing", "Coding query - Mr Patel, admission 44019", """
Dear Dr Hargreaves,

Clinical coding query for the admission of Mr Ravi Patel (MRN 60211937), 04/05 to 19/05, Ward 21, under your care.

The discharge summary lists the primary diagnosis as "community-acquired pneumonia". However, the notes from 05/05 document lactate 4.6, hypotension needing vasopressors in HDU, and "septic shock secondary to pneumonia", and an AKI stage 3 needing haemofiltration for 48 hours on 06/05.

For accurate coding and tariff, could you please confirm:
1. that septic shock should be recorded as a diagnosis for this spell;
2. that the AKI was acute (not acute-on-chronic) and the stage;
3. whether the delirium documented by nursing staff on 07/05 was clinically significant.

We need responses by 28/05 to meet the submission deadline.

Thank you,
Joanne Pike
Clinical Coding Team
""", "coding query for tariff about a past admission -> billing")

m("en", "billing", "FINAL NOTICE - Account referred to collections", """
Apex Recovery Services
Re: Balance owed to Riverside Medical Group
Account: RMG-7719203   Balance: $1,288.45

Dear Jordan Price,

This account has been placed with our agency for collection. Our records show no payment since the date of service, 01/22, despite three statements sent by Riverside Medical Group.

Services: Emergency department visit for allergic reaction, epinephrine administration, observation 6 hours.

If you dispute this debt, or any part of it, you must notify us in writing within 30 days of receiving this notice; otherwise we will assume the debt is valid. If you notify us in writing that you dispute it, we will obtain verification of the debt and mail it to you.

To arrange payment or a payment plan, call 1-888-555-0172 or visit apexrecovery.example.

This communication is from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.
""", "collections notice for a past ED visit -> billing")

m("en", "billing", "self-pay price for MRI knee", """
Hi,

I'm self-employed with a high deductible plan ($7,500) that I won't meet this year, so I'd be paying cash for an MRI of my left knee that my orthopedist ordered (torn meniscus suspected after a skiing fall). Can you give me your self-pay price for an MRI knee without contrast (CPT 73721)?

The imaging centre down the road quoted $475 cash, and your hospital charge on the website says $2,890. Do you have a cash discount? Also, would the radiologist's reading fee be separate?

One more question: if I go somewhere cheaper for the scan, will your orthopedist be able to see the images, or do I need to bring a disc? I'd rather not have to repeat it.

I'm not in any rush medically, the knee is sore and clicks but it's not locking or giving way, so I can shop around.

Thanks,
Tyler Jensen
""", "self-pay price enquiry -> billing")

m("en", "billing", "PT copay question", """
Dear Billing,

I've started physical therapy at your outpatient rehab centre after my stroke in January (twice a week, 12 weeks). My Medicare Advantage plan says PT has a $40 copay per visit, but I'm being charged $65 per visit at the front desk.

Could you check whether I'm being billed under the right plan? My card says "Humana Gold Plus HMO", member number H5619-0042-883. The therapist says I'm making great progress (I can walk to the mailbox now without the cane), and I'd hate to have to cut down the visits because of cost.

My daughter helps me with my paperwork and says that the card was scanned at my first visit, so she doesn't understand how the wrong plan got attached. She's happy to come in with me on Thursday to sort it out at the desk if that's easier.

If I've been overcharged, I'd like a refund of the difference for the 8 visits so far.

Thank you,
Walter Simmons
""", "copay overcharge question; past stroke -> billing")

m("en", "billing", "Workers comp claim - billing for hand surgery", """
To: Patient Financial Services
Re: Workers' compensation claim WC-2024-33018, employer Redline Fabrication

I am the claims adjuster handling the claim of Mr Luis Ortega (DOB 02/14/1983), who was injured at work on 03/09 when his left hand was caught in a press, with partial amputation of the index finger and severe bleeding. He was treated in your ED and underwent surgery the same day.

Your office has been billing Mr Ortega's personal health insurance, which has denied the claims as work-related. Please rebill all charges for dates of service 03/09 to the present to:

Keystone Mutual Workers' Comp, PO Box 5521, Harrisburg PA
Claim no. WC-2024-33018, adjuster Karen Mills, (717) 555-0144

Please also stop sending statements to Mr Ortega, as he is not responsible for these charges under state law.

Sincerely,
Karen Mills, Claims Adjuster
""", "workers' comp rebilling request; past injury -> billing")

m("en", "billing", "Fw: ambulance invoice?? we have insurance", """
Hi, can someone explain why we've been sent this invoice for £1,100? We have private medical insurance through my husband's work (AXA, policy 88-20194) and the ambulance took him to your private hospital, so I assumed it would all be covered. Who do I send it to?

He's completely recovered, thank goodness, and back playing tennis. He also asked me to pass on his thanks to the cardiology team, who were wonderful. We just want this invoice out of the way before our insurance renewal next month, in case it affects anything.

Thanks
Sarah Ingram

-----Original Message-----
From: Coastline Ambulance Services
Subject: Invoice CAS-70019

Dear Mr Ingram,
Invoice for emergency transfer on 12 April, 21:14, from the Hilltop Tennis Club to Wellesley Private Hospital.
Clinical summary: 52-year-old male, collapse on court, chest pain, ECG ST elevation, aspirin and GTN given, pre-alert to cath lab.
Amount due: £1,100.00, payable within 30 days.
""", "forwarded ambulance invoice over past emergency, new text is billing -> billing")

m("en", "billing", "Parking charge refund - visiting my son in ICU", """
Dear Estates / Finance,

My son was in your intensive care unit for 23 days in February after a motorbike accident (he's now at home and recovering, walking again). During that time my wife and I visited every day, and we paid £8.50 a day for parking, which added up to almost £400.

A nurse in ICU mentioned that relatives of critical care patients are entitled to free or reduced parking, but nobody told us at the time, and the permit form wasn't offered. Is it possible to get a refund, even a partial one? I've kept most of the receipts (19 of them) and can send them.

I'd be grateful for any help. It's been a very expensive few months.

Kind regards,
Michael Tennant
""", "parking refund request; past ICU stay -> billing")

m("en", "billing", "Private room charge - was it optional?", """
Hello,

My husband was admitted from A&E on 14 October with pneumonia, and on the second day he was moved to a private room. I've now got a bill for £150 per night for 6 nights, £900 in total, as a "private amenity bed".

At no point did anyone ask us whether we wanted to pay for a private room, and we didn't sign anything. He was moved because he was coughing and they said it was better for the other patients. I'd understand paying if we had asked for it.

Can you check the records and cancel the charge? If there's a form we're supposed to have signed, I'd like to see it.

He is home now and much better, just tired.

Regards,
Angela Moss
""", "disputing an unrequested amenity bed charge -> billing")

m("en", "billing", "Invoice - locum cover, Emergency Medicine, March", """
To: Accounts Payable, Northgate Hospitals NHS Trust
From: MedStaff Locums Ltd
Invoice no.: MSL-22-0419     Date: 31 March     PO: NG-44102

Locum: Dr A. Hussain, ST4 equivalent, Emergency Department
Shifts worked (timesheets attached, signed by the ED rota lead):
- 04/03 08:00-18:00  10 h @ £95   £950.00
- 06/03 22:00-08:00  10 h @ £110  £1,100.00
- 12/03 14:00-00:00  10 h @ £95   £950.00
- 19/03 22:00-08:00  10 h @ £110  £1,100.00
- 27/03 08:00-18:00  10 h @ £95   £950.00

Subtotal: £5,050.00
Agency fee (12%): £606.00
VAT on fee: £121.20
Total due: £5,777.20

Payment terms: 30 days. Bank details on the attached remittance advice.
""", "agency invoice to the hospital -> billing")

m("en", "billing", "pay bill", """
how do i pay my bill online, the reference is 4471-2209 and the link in the letter doesn't work. thanks, Ann Clarke
""", "very short payment question -> billing")

m("en", "billing", "Receipts for my FSA", """
Hi,

I need itemized receipts for all payments I made to your practice in 2024 for my flexible spending account reimbursement. The FSA administrator won't accept credit card statements; they need the provider name, date of service, description of service and the amount I paid.

From my records, I paid for:
- 2/12 office visit copay $30
- 3/4 lab work $84.20
- 6/18 office visit copay $30
- 9/30 physical therapy evaluation $75
- 11/8 allergy testing $210

I've moved since my last visit, so please update my address to 418 Sycamore Lane, Apt 3B, Portland OR 97214; the receipts should show the practice's details, not mine, so that shouldn't hold anything up. The deadline for submitting claims is 3/31, so I'd appreciate it if you could send them by email as PDFs.

Thank you,
Monica Reyes
DOB 10/22/1987
""", "receipts for FSA reimbursement -> billing")

m("en", "billing", "Appeal: ER claim denied as non-emergency", """
To: Appeals Department, Summit Health Plan
Member: Gregory Hall, ID SHP-44810-09
Claim: 9910-22314, date of service 08/02

I am appealing the denial of my emergency room claim, which your letter says was denied because the "final diagnosis (costochondritis) does not represent an emergency".

Under the prudent layperson standard, coverage should depend on my symptoms at the time, not on the final diagnosis. On 08/02, I had sudden chest pain radiating to my left arm, with sweating and shortness of breath. I am 58 with a family history of heart disease, and my father died of a heart attack at 60. Any reasonable person would have gone to the ER. The hospital performed an ECG, troponins and a CT angiogram to rule out a heart attack and a pulmonary embolism.

I have attached the ER records. Please reverse the denial and process the claim at the in-network emergency benefit level.

Sincerely,
Gregory Hall
""", "insurance appeal about a past ER visit -> billing")

m("en", "billing", "Maternity package invoice and NICU charges", """
Dear Private Maternity Billing,

We booked the Complete Maternity Package (£8,900, paid in full in December) for the birth of our daughter on 4 February. We've now received an additional invoice of £14,230 for "NICU stay 5 nights, neonatal consultant fees and transfusion".

We understand that the package didn't include neonatal intensive care. Our daughter had breathing problems after birth and needed NICU, and we are endlessly grateful to the team, she is thriving now. However, nobody discussed costs with us at the time, and we'd like to know:

1. whether our health insurance (Bupa, policy 11-8820-BB, newborn added on 6 Feb) can be billed directly;
2. whether the neonatal consultant bills separately (we've had a letter from a Dr Amani as well);
3. whether a payment plan is available for any balance.

Thank you,
Rachel and Tom Ashworth
""", "maternity/NICU invoice query; past neonatal emergency -> billing")

m("en", "billing", "Hardship fund application - bill for Mum's stay", """
Dear Patient Financial Assistance,

I'm writing to ask whether my mother, Mrs Rosa Delgado (DOB 03/30/1949), can be considered for your financial assistance programme for her bill of $12,640 (account 88-30192).

She was admitted for 9 days in October with a stroke. Since then she has needed help at home, and I have reduced my hours at work to care for her. Her only income is Social Security ($1,380/month). She has Medicare Part A and B, but no supplemental plan, and this bill is the deductible and 20% coinsurance.

Attached are her Social Security statement, her last bank statements, and my statement of household income. Please let me know if you need anything else, and whether collection activity can be paused while the application is reviewed.

Thank you,
Carmen Delgado (daughter)
""", "financial assistance application; past stroke -> billing")

m("en", "billing", "Invoice for fitness to fly letter and firearms report", """
Dear Mr Harrison,

Thank you for your requests. Please find below the fees for the non-NHS services you asked for, which are not covered by the NHS and are charged according to the practice's published fee schedule:

1. Fitness to fly letter (pregnancy not applicable; following your DVT last year, confirming you are on anticoagulation and fit to travel): £35.00
2. Firearms licensing medical report (GP review of records for mental health conditions, epilepsy, substance misuse, etc.): £95.00

Total: £130.00

Payment can be made at reception by card, or by bank transfer (sort code 20-55-41, account 30922817, reference HAR130). The documents will be ready to collect within 10 working days of payment.

Kind regards,
Janet Moore
Practice Administrator, Elmfield Surgery
""", "practice fee invoice for non-NHS reports; historical DVT -> billing")

m("en", "billing", "Duplicate invoice - pathology services April", """
Hi Accounts Receivable,

We've received two invoices from your laboratory for April: INV-L-40219 dated 30/04 for £3,812.60, and INV-L-40288 dated 02/05 for £3,812.60. The line items appear identical (histology, cytology and send-away tests for our clinic, same patient references).

Could you confirm that the second is a duplicate and cancel it? We have paid INV-L-40219 via BACS today (remittance attached).

Also, our contract rate for frozen section was revised to £145 from 1 April, but both invoices show the old rate of £162 for the 3 frozen sections. Please issue a credit note for £51.00.

Thanks,
Priya Desai
Finance Officer, Meadowbank Surgical Clinic
""", "B2B duplicate invoice and credit note -> billing")

m("en", "billing", "Pre-authorisation for surgery costs - policy query", """
Dear Bupa Pre-authorisation Team,

Re: Member Andrew Kerr, membership 22-9019-AK

My consultant, Mr Sethi, has recommended a right total knee replacement at the Spire Hospital, and his secretary has given me these codes to pre-authorise: procedure W4210 (total knee replacement), anaesthetic and 3-night stay.

Could you confirm:
1. whether the procedure is covered under my policy, and to what limit;
2. whether my £250 excess applies;
3. whether the consultant's fees are fully covered at his rates, or whether there may be a shortfall;
4. whether pre-operative tests (ECG, bloods) and post-operative physio are included.

For the medical history question on your form: I had a DVT after a long-haul flight in 2016, treated with 6 months of warfarin, with no recurrence. I understand this may affect the anaesthetic plan but shouldn't affect cover.

Thank you,
Andrew Kerr
""", "pre-authorisation of costs with insurer; past DVT -> billing")

m("en", "billing", "Invoice 30192 - still being chased, plus updates", """
Dear Accounts Team,

I'm writing, again, about invoice 30192 for £640 for my dermatology surgery (the Mohs procedure on my nose in January). This is my third email. I paid £320 as a deposit on the day, and the consultant's secretary confirmed in writing that my insurer (WPA, policy 7710-22) would pay the rest directly. I now have a reminder letter saying the full £640 is overdue, and a threat of a £25 late fee.

Please could you:
1. Confirm that my £320 deposit has been recorded (receipt no. R-22018 attached).
2. Bill WPA for the balance, using the pre-authorisation number PA-559201.
3. Remove the late fee and stop the reminders while this is sorted.

Other bits, only briefly. I have my six-month skin check in July, which I've already booked. My GP has renewed the cream the surgeon suggested, so nothing needed there. And I'm feeling well: the scar has healed beautifully, and my granddaughter says you can't see it at all. It's just this bill that has been weighing on me. I'm 78 and I don't like owing money.

Yours sincerely,
Mrs Hilda Crabtree
DOB 12/04/1947
""", "long billing dispute with booking, refill and feelings mentioned -> billing")

# ---------------------------------------------------------------- billing, French
m("fr", "billing", "Prévoyance - décision de prise en charge", """
PRÉVOYANCE HORIZON - Service Indemnisation
Objet : votre demande d'indemnités journalières complémentaires
Dossier n° PH-2024-118302

Madame Moreau,

Nous avons étudié le dossier de votre conjoint, M. Gilles Moreau (né le 14/02/1963), adhérent au contrat collectif de l'entreprise Transports Lenoir, à la suite de son arrêt de travail du 03/02 au 30/06.

Pièces médicales reçues (sous pli confidentiel au médecin-conseil) :
- compte rendu d'hospitalisation en neurologie : AVC ischémique sylvien gauche, thrombolyse, aphasie et hémiparésie droite régressives ;
- antécédents mentionnés : infarctus du myocarde en 2015, embolie pulmonaire en 2019 ;
- compte rendu de rééducation en SSR neurologique.

Décision : prise en charge acceptée. Indemnités complémentaires versées du 04/03 au 30/06 (franchise de 30 jours), soit 118 jours x 42,80 € = 5 050,40 €. Le virement sera effectué sous 10 jours sur le compte enregistré.

Pour toute prolongation, merci de nous adresser l'avis de prolongation ou de reprise.

Le service Indemnisation
""", "courrier de prévoyance listant diagnostics graves passés -> billing")

m("fr", "billing", "facture urgences - je ne comprends pas", """
Bonjour,

J'ai reçu une facture de 19,61 € intitulée « forfait patient urgences » pour mon passage aux urgences du 6 mars, plus une facture de 43,20 € pour « ticket modérateur actes et examens ».

Je croyais que les urgences étaient gratuites ! Et surtout, j'ai une mutuelle (Harmonie, n° d'adhérent 30018822) qui aurait dû prendre en charge le ticket modérateur. J'ai pourtant présenté ma carte de mutuelle à l'accueil.

Pour rappel, j'étais venu pour une douleur dans la poitrine, qui s'est avérée être une douleur musculaire après le déménagement de mon fils. On m'a fait un électrocardiogramme et une prise de sang, tout était normal, et je suis rentré le soir même.

Pouvez-vous transmettre la facture à ma mutuelle, ou m'expliquer ce que je dois payer moi-même ? Je veux bien payer le forfait si c'est obligatoire.

Cordialement,
Alain Rivière
""", "contestation de facture des urgences ; douleur thoracique passée et bénigne -> billing")

m("fr", "billing", "tiers payant refusé au laboratoire", """
Bonjour,

Ce matin au laboratoire de l'hôpital, on m'a demandé de payer 87,40 € pour ma prise de sang, alors que j'ai toujours bénéficié du tiers payant. La secrétaire m'a dit que ma carte vitale n'était « pas à jour » et que ma mutuelle n'était pas reconnue par leur logiciel.

J'ai pourtant mis à jour ma carte vitale en pharmacie la semaine dernière, et ma mutuelle (MGEN) est indiquée sur mon attestation.

J'ai payé par carte pour ne pas repartir sans l'examen, mais je voudrais savoir comment me faire rembourser : est-ce à moi d'envoyer une feuille de soins à la CPAM, ou pouvez-vous refaire la facturation en tiers payant et me rembourser ?

Je vous joins mon attestation de droits et ma carte de mutuelle.

Merci,
Nathalie Gervais
NIR 2 78 11 33 063 114 27
""", "tiers payant refusé, demande de refacturation -> billing")

m("fr", "billing", "dépassement d'honoraires - devis non remis", """
Madame, Monsieur,

J'ai été opéré d'une hernie inguinale le 12 mai par le Dr Garnier, en secteur privé au sein de votre hôpital. À ma sortie, on m'a demandé de régler un dépassement d'honoraires de 450 € pour le chirurgien et de 180 € pour l'anesthésiste.

Or aucun devis ne m'a été remis avant l'intervention, contrairement à l'obligation d'information préalable pour les dépassements de plus de 70 €. Je n'ai rien signé. Lors de la consultation, le chirurgien m'avait seulement dit qu'il « y aurait peut-être un petit complément ».

Ma mutuelle rembourse au maximum 150 % du tarif de base, et elle me demande le devis signé.

Je souhaite obtenir une explication, ainsi que le détail des honoraires. À défaut, je saisirai le conciliateur de la CPAM.

Cordialement,
Georges Lambert
""", "contestation d'un dépassement d'honoraires sans devis -> billing")

m("fr", "billing", "échéancier - situation difficile", """
Madame, Monsieur,

Je vous écris au sujet de l'avis des sommes à payer de 1 860 € reçu pour l'hospitalisation de mon fils Kevin en mars (dépassement du forfait et ticket modérateur, car notre mutuelle avait été résiliée sans que je m'en rende compte).

Je ne peux pas payer cette somme en une fois. Je suis seule avec trois enfants depuis le départ de mon mari l'an dernier, je travaille à temps partiel comme agent d'entretien, et la CAF a suspendu mes allocations le temps de revoir mon dossier. Mon aînée entre au lycée en septembre, avec les frais que ça implique.

Pourriez-vous m'accorder un échéancier de 60 € par mois ? Je peux aussi fournir mes justificatifs de ressources. J'ai entendu parler d'un fonds d'aide de l'hôpital : est-ce que je peux en bénéficier ?

J'ai aussi une question sur la facture elle-même. Il y a une ligne « chambre particulière 5 nuits » à 275 €, or Kevin était dans une chambre double, je m'en souviens très bien parce que le petit voisin pleurait la nuit. Pouvez-vous vérifier cette ligne ? Si elle est erronée, le montant tomberait à 1 585 €.

Depuis, j'ai repris une mutuelle (la Mutuelle Familiale, contrat n° MF-220981) à compter du 1er mai, mais elle ne couvre évidemment pas ce qui s'est passé avant. J'ai joint l'attestation au cas où elle pourrait servir pour les prochaines consultations de Kevin.

Je peux venir au bureau des entrées un mercredi, c'est mon jour de repos, si c'est plus simple d'en parler de vive voix. Je préfère régler les choses correctement plutôt que d'avoir une relance du Trésor public.

Kevin va bien maintenant, ses examens de contrôle étaient normaux.

Merci de votre compréhension,
Mme Sandrine Petit
""", "demande d'échéancier avec situation familiale -> billing")

m("fr", "billing", "trop-perçu - remboursement", """
Bonjour,

Lors de ma consultation de cardiologie du 14 mars, j'ai réglé 60 € par carte bancaire, puis ma mutuelle a également payé la part complémentaire directement à l'hôpital. Le relevé de la mutuelle (joint) indique un versement de 21 € au centre hospitalier pour cette même consultation.

J'ai donc payé deux fois la partie complémentaire. Pouvez-vous me rembourser le trop-perçu par virement ? Voici mon RIB en pièce jointe.

Merci d'avance,
Christophe Vallet
Dossier n° 12-440918
""", "demande de remboursement d'un trop-perçu -> billing")

m("fr", "billing", "forfait journalier - je paie combien ?", """
Bonjour,

Mon père, M. Joseph Cadiou, 88 ans, est hospitalisé en soins de suite depuis le 10 avril, après son opération de la hanche. On nous a dit qu'il fallait payer un « forfait journalier » de 20 € par jour, et qu'il pourrait rester encore un mois.

Pouvez-vous me préciser :
- si sa mutuelle (Mutuelle de Bretagne) prend en charge ce forfait, et si oui, comment lui transmettre la facture ;
- s'il est exonéré en raison de son ALD pour son insuffisance cardiaque (je crois que non, mais je préfère demander) ;
- si nous recevrons une facture à la sortie ou chaque mois.

Il va mieux, il marche avec le déambulateur dans le couloir.

Merci,
Anne Cadiou
""", "questions sur le forfait journalier -> billing")

m("fr", "billing", "Relance - avis des sommes à payer", """
DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES
Centre des finances publiques - Service de gestion comptable
Objet : lettre de relance avant poursuites

Madame Hakimi,

Sauf erreur de notre part, l'avis des sommes à payer n° 2024-CH-00871, émis par le centre hospitalier de Saint-Brieuc pour un montant de 248,32 €, demeure impayé à ce jour.

Nature de la créance : ticket modérateur et forfait journalier, hospitalisation du 12/01 au 15/01 (service de pneumologie).

Nous vous invitons à régler cette somme sous 30 jours, par paiement en ligne sur payfip.gouv.fr, par chèque à l'ordre du Trésor public ou en espèces auprès d'un buraliste agréé. À défaut, des poursuites pourront être engagées, générant des frais supplémentaires.

En cas de difficulté, vous pouvez solliciter des délais de paiement auprès de notre service.

Le comptable public
""", "relance du Trésor public pour une créance hospitalière -> billing")

m("fr", "billing", "TR: facture SMUR - pourquoi à nous ?", """
Bonjour,

Nous avons reçu la facture ci-dessous et nous ne comprenons pas pourquoi elle nous est adressée personnellement. Notre fils était mineur au moment des faits, couvert par notre sécurité sociale et notre mutuelle (Apivia, contrat 5521-00). Pouvez-vous la transmettre directement à l'assurance maladie ?

Il va très bien aujourd'hui, il a repris le vélo (avec un casque...).

Merci,
M. et Mme Corbel

-----Message d'origine-----
De : Centre hospitalier - Bureau des entrées
Objet : facture n° SM-22019

Intervention SMUR du 18/05 à 17h40, Plouha.
Motif : traumatisme crânien grave après chute à vélo, perte de connaissance, Glasgow 9, intubation sur place, transport médicalisé vers le déchocage.
Montant à régler : 648,00 €.
""", "TR de facture SMUR sur urgence passée ; nouvelle demande de facturation -> billing")

m("fr", "billing", "C2S - on me demande de payer", """
Bonjour,

Je bénéficie de la Complémentaire santé solidaire (C2S) sans participation depuis janvier ; mon attestation est jointe, elle est valable jusqu'au 31 décembre. Pourtant j'ai reçu de votre établissement une facture de 56,80 € pour ma consultation d'ORL et l'audiogramme du 3 avril.

Normalement, avec la C2S, je ne dois rien avancer ni payer. La secrétaire a peut-être oublié de scanner l'attestation.

Pouvez-vous annuler cette facture et la refaire au nom de la C2S ? Je ne peux vraiment pas payer cette somme ce mois-ci.

Merci beaucoup,
Fatoumata Cissé
""", "bénéficiaire C2S recevant une facture à tort -> billing")

m("fr", "billing", "devis appareils auditifs", """
Bonjour,

Suite à ma consultation d'ORL dans votre service, on m'a orienté vers l'audioprothésiste de l'hôpital. Pourriez-vous m'envoyer un devis détaillé pour deux appareils auditifs ?

Je voudrais connaître :
- le prix de l'équipement de classe I (100 % Santé) et celui de classe II ;
- ce que rembourse la sécurité sociale et ce qui reste à ma charge, sachant que ma mutuelle est la MAAF Santé (contrat Confort) ;
- le coût des piles ou de la batterie rechargeable, et de l'entretien ;
- si un essai de 30 jours est possible avant l'achat.

Je précise que mon audition a baissé progressivement depuis des années, sans vertiges ni douleurs.

Merci,
Raymond Chevalier
""", "demande de devis pour appareils auditifs -> billing")

m("fr", "billing", "indemnités journalières non versées", """
Bonjour,

Je suis en arrêt maladie depuis le 2 février, à la suite de mon infarctus et de ma pose de stent ; puis j'ai enchaîné sur la réadaptation cardiaque en hôpital de jour dans votre établissement. La CPAM ne me verse plus les indemnités journalières depuis le 1er avril, au motif qu'elle n'a pas reçu l'avis de prolongation.

Le Dr Meyer m'a fait la prolongation lors de la consultation du 28 mars, mais elle n'a peut-être pas été transmise en ligne. Pourriez-vous vérifier et, si besoin, me renvoyer le volet 3 pour mon employeur, ainsi que la preuve de l'envoi à la caisse ?

Cela fait deux mois sans revenu et ça devient compliqué pour nous.

Je me sens bien, la réadaptation se passe très bien.

Cordialement,
Thierry Navarro
""", "IJ non versées faute d'avis de prolongation ; IDM passé -> billing")

m("fr", "billing", "attestation de paiement pour la mutuelle", """
Bonjour,

Pourriez-vous m'envoyer une attestation de paiement (ou une facture acquittée) pour les consultations suivantes, que j'ai réglées sur place ? Ma mutuelle en a besoin pour me rembourser la part complémentaire et les dépassements :

- consultation de dermatologie du 12 février, 50 € ;
- consultation de gastro-entérologie du 18 mars, 70 € ;
- séance de cryothérapie du 2 avril, 45 €.

Mon numéro de dossier est 08-332190. Merci de l'envoyer par mail.

Si vous ne pouvez pas l'envoyer par mail, je peux passer la chercher à la caisse des consultations lors de mon prochain rendez-vous, le 30.

Bonne journée,
Clémence Fournier
""", "demande d'attestations de paiement -> billing")

m("fr", "billing", "accident du travail - facture reçue", """
Madame, Monsieur,

Je me suis blessé le 14 janvier sur mon lieu de travail (coupure profonde à la main avec une disqueuse, qui saignait beaucoup, suivie d'une suture d'un tendon au bloc opératoire). Mon employeur a fait la déclaration d'accident du travail et la CPAM l'a reconnu (décision jointe).

J'ai pourtant reçu de votre établissement une facture de 312 € pour « ticket modérateur et forfait journalier ». Or, en accident du travail, les soins sont pris en charge à 100 % et il n'y a pas de forfait journalier.

J'avais présenté la feuille d'accident du travail à l'accueil, mais elle n'a peut-être pas été enregistrée. Pouvez-vous annuler la facture et la refaire au titre de l'accident du travail (n° de dossier CPAM AT-2024-0019-88) ?

Cordialement,
Sébastien Royer
""", "refacturation en accident du travail ; blessure passée -> billing")

m("fr", "billing", "refus de prévoyance - antécédents", """
Monsieur,

Nous accusons réception de votre demande d'adhésion au contrat Prévoyance Indépendants, pour laquelle vous avez complété le questionnaire de santé.

Après examen par notre médecin-conseil des éléments déclarés - lymphome traité par chimiothérapie en 2018, en rémission ; syndrome coronarien aigu en 2021 avec angioplastie ; épisode dépressif avec hospitalisation en 2022 -, nous sommes en mesure de vous proposer une adhésion aux conditions suivantes :

- exclusion des arrêts de travail et de l'invalidité liés aux pathologies cardiovasculaires et psychiatriques ;
- surprime de 75 % sur la garantie décès ;
- délai de carence porté à 90 jours.

Vous disposez d'un délai de 30 jours pour accepter ces conditions, en nous retournant la proposition signée. Vous pouvez également solliciter un nouvel examen dans le cadre de la convention AERAS.

Le service Souscription
""", "courrier d'assureur avec exclusions et antécédents -> billing")

m("fr", "billing", "relance consultation non réglée", """
Madame Garcia,

Sauf erreur de notre part, la consultation de gynécologie du 22 janvier (facture n° CG-4410, 30 €, part non prise en charge par l'assurance maladie) n'a pas été réglée. Votre mutuelle n'était pas renseignée dans votre dossier le jour de la consultation, et le tiers payant n'a donc pas pu être appliqué.

Nous vous remercions de bien vouloir régler cette somme, ou de nous transmettre votre attestation de mutuelle afin que nous puissions lui adresser la facture directement.

Vous pouvez régler en ligne, par chèque ou à la caisse des consultations (rez-de-chaussée, ouverte du lundi au vendredi de 8h30 à 17h).

Le service des frais de séjour
""", "relance amiable d'une facture -> billing")

m("fr", "billing", "remboursement des transports en VSL", """
Bonjour,

Pendant mes séances de radiothérapie (30 séances en mars et avril), j'ai pris un VSL pour aller et revenir à l'hôpital. La société de transport m'envoie maintenant une facture de 640 €, en me disant que la prescription médicale de transport n'était pas valable pour toute la série.

Le radiothérapeute m'avait pourtant fait une prescription de transport pour « série de séances » au début du traitement. La société dit qu'il fallait une demande d'accord préalable à la CPAM parce que c'était plus de 150 km aller-retour par jour.

Pouvez-vous m'aider à obtenir le document nécessaire ? Je suis en ALD, et je pensais que tout était pris en charge.

Merci,
Mme Yvonne Le Roux
""", "facturation de transports sanitaires -> billing")

m("fr", "billing", "facture EHPAD et aide sociale", """
Madame la directrice,

Je suis le tuteur de M. André Picard, résident de votre EHPAD depuis novembre. Sa facture d'hébergement s'élève à 2 340 € par mois, alors que ses ressources (retraite et réversion) sont de 1 620 €. Sa petite épargne est épuisée depuis ce mois-ci.

Nous avons déposé une demande d'aide sociale à l'hébergement auprès du conseil départemental le 15 février ; elle est en cours d'instruction. En attendant la décision, pourriez-vous suspendre le recouvrement de la différence, comme le prévoit, je crois, votre règlement de fonctionnement ? Je vous joins l'accusé de réception du dossier.

Je souhaite aussi que l'APL soit versée directement à l'établissement.

M. Picard va bien, il s'est adapté, et il participe même aux ateliers mémoire.

Cordialement,
Jean-Marc Delorme, mandataire judiciaire
""", "tuteur : facture d'EHPAD et aide sociale -> billing")

m("fr", "billing", "forfait maternité - séjour néonatologie", """
Bonjour,

Notre fils est né le 3 mars à 33 semaines et a passé 19 jours en néonatologie. Nous avons reçu une facture de 385 € intitulée « forfait journalier accompagnant » et « repas accompagnant ».

Notre mutuelle (Alan) nous demande la facture détaillée pour rembourser les frais d'accompagnant. Pouvez-vous nous l'envoyer, avec les dates ?

Par ailleurs, la CPAM nous indique que le séjour de bébé est pris en charge à 100 %, mais nous avons aussi reçu un courrier concernant un « ticket modérateur » pour le séjour de ma femme en maternité après la césarienne. Est-ce normal, alors que la maternité est prise en charge à partir du 6e mois ?

Le petit va très bien, il a rattrapé sa courbe.

Merci,
Julien et Aurélie Perrin
""", "facturation maternité/néonatologie ; séjour passé -> billing")

m("fr", "billing", "Commandement de payer - huissier", """
Monsieur,

Je viens de recevoir la visite d'un commissaire de justice, qui m'a remis un commandement de payer la somme de 1 128,45 € (principal 980 € et frais), correspondant selon lui à des factures impayées de votre clinique pour mon hospitalisation de 2022.

Je conteste cette créance. À l'époque, j'étais couvert par ma mutuelle d'entreprise, qui devait payer directement la clinique. Je n'ai jamais reçu de facture ni de relance à mon adresse actuelle (j'ai déménagé en 2023 et j'en ai informé votre service administratif par courrier recommandé, dont je possède l'accusé de réception).

Je vous demande de suspendre la procédure, de m'adresser le détail des factures et de vérifier auprès de ma mutuelle (Malakoff Humanis, contrat collectif n° 22-00198).

Veuillez agréer, Monsieur, mes salutations distinguées.

Karim Zerrouki
""", "contestation d'un commandement de payer -> billing")

m("fr", "billing", "soins en Espagne - remboursement CEAM", """
Bonjour,

J'ai été hospitalisée trois jours à Valence (Espagne) en juillet pour une pyélonéphrite avec beaucoup de fièvre. Tout s'est bien terminé, je suis rentrée guérie.

J'avais ma carte européenne d'assurance maladie, mais l'hôpital m'a quand même fait payer 1 240 € à la sortie (c'était une clinique privée, je crois). J'ai la facture en espagnol et le reçu de paiement.

Je précise que j'étais en voyage scolaire en tant qu'accompagnatrice, avec l'assurance du collège, qui a pris en charge le rapatriement mais pas les soins.

Comment me faire rembourser par la CPAM ? J'ai vu qu'il fallait remplir le formulaire S3125 « soins reçus à l'étranger ». Est-ce que le service social de l'hôpital peut m'aider à le remplir ? Et ma mutuelle peut-elle compléter ?

Merci,
Sophie Langlois
""", "remboursement de soins à l'étranger ; épisode passé -> billing")

m("fr", "billing", "facture anesthésiste - je ne l'attendais pas", """
Bonjour,

Après ma coloscopie du 12 juin (tout était normal, ouf), j'ai reçu une facture d'un anesthésiste, le Dr Vautrin, de 95 €, dont 55 € de dépassement d'honoraires. Personne ne m'avait prévenue que l'anesthésiste facturait à part ; le gastro-entérologue est en secteur 1 et je n'avais rien payé à la sortie.

Lors de la consultation d'anesthésie, on m'a remis un papier, mais sans aucun montant.

Je ne conteste pas l'intervention de l'anesthésiste, tout s'est très bien passé et il a été très gentil. Mais j'aurais aimé être informée du coût à l'avance, comme c'est le cas pour le gastro-entérologue.

Est-ce que ce dépassement est obligatoire ? Pouvez-vous m'envoyer une facture détaillée avec le code de l'acte, pour que ma mutuelle puisse étudier le remboursement ?

Merci,
Martine Carré
""", "facture d'anesthésiste non attendue -> billing")

m("fr", "billing", "TR: décompte mutuelle - reste à charge ?", """
Bonjour le service des frais de séjour,

Je vous transfère le décompte de ma mutuelle pour l'hospitalisation de mon mari en janvier. Je ne comprends pas pourquoi il reste 486 € à notre charge, alors que la mutuelle dit avoir tout remboursé « selon les garanties ». Est-ce que c'est votre facture qui est erronée, ou faut-il que je voie avec eux ? Je voudrais aussi un échéancier si la somme est vraiment due.

Et sinon, pour vous donner des nouvelles, il va bien, il a repris ses parties de pétanque et il a son rendez-vous de contrôle en cardiologie le mois prochain. Le pharmacien a renouvelé ses traitements sans problème.

Merci,
Mme Odette Marchal

---------- Message transféré ----------
De : Mutuelle Générale du Centre
Objet : Décompte de remboursement n° 2024-03-99120

Bénéficiaire : MARCHAL Roger
Séjour du 08/01 au 19/01, CHU, cardiologie puis réanimation
Actes : DDAF007 coronarographie avec angioplastie et pose d'endoprothèse ; EQLF003 choc électrique externe ; GELD004 intubation trachéale ; forfait journalier x 11.
Motif de séjour : arrêt cardiaque récupéré sur infarctus antérieur.
Base de remboursement : 14 920,00 € - Part AMO : 14 920,00 € - Part mutuelle (forfait journalier, dépassements) : 220,00 € - Reste à charge : 486,00 € (dépassements d'honoraires au-delà de 150 % BR, chambre particulière).
""", "décompte mutuelle transféré listant actes et diagnostics graves passés -> billing")

# ---------------------------------------------------------------- followup, English
m("en", "followup", "Cardiology clinic letter - Mr D. Kaminski", """
Dear Dr Whitaker,

Re: Daniel KAMINSKI, DOB 03/02/1957, Hospital no. 20441893
Seen in General Cardiology Clinic, 14 May

Diagnoses:
1. Anterior STEMI (2019), primary PCI to proximal LAD, complicated by VF arrest in the cath lab with successful defibrillation
2. Ischaemic cardiomyopathy, LVEF 35% (2019), now 45%
3. Secondary prevention ICD implanted 2020, no therapies delivered
4. Left MCA ischaemic stroke (2021) with mild residual right hand weakness
5. Upper GI bleed on dual antiplatelets (2020), duodenal ulcer, H. pylori eradicated
6. Type 2 diabetes, hypertension

Current medication: bisoprolol 5 mg, ramipril 5 mg, sacubitril/valsartan not tolerated, dapagliflozin 10 mg, atorvastatin 80 mg, clopidogrel 75 mg, lansoprazole 30 mg, metformin 1 g bd.

Mr Kaminski is very well. He walks two miles daily without chest pain or breathlessness, NYHA class I. No palpitations, presyncope or syncope. No further bleeding. Device check this morning: normal function, no arrhythmias recorded. BP 124/72, HR 62 regular, euvolaemic.

Echo today shows further improvement in LV function (EF 45%). No significant valve disease. Lipids: LDL 1.6 mmol/L on atorvastatin 80 mg; we discussed adding ezetimibe to reach the target of below 1.4, and he would prefer to try further dietary change first, which is reasonable. HbA1c 54 on metformin and dapagliflozin. Renal function stable, eGFR 68, potassium 4.6.

He asked about flying to Poland for his daughter's wedding in September. I have reassured him that with his current stability and ICD there is no contraindication; he should carry his device card and the latest ECG, and inform the airport security staff about the device.

We also discussed his driving licence: with no ICD therapies and no syncope, he may hold a group 1 licence; he does not drive professionally.

Plan: no changes to medication. Continue remote device monitoring. Review in 12 months with echo.

Yours sincerely,
Dr Fiona McLeod, Consultant Cardiologist
""", "clinic letter with red-flag-heavy PMH, patient stable -> followup")

m("en", "followup", "Discharge summary - Miss Hana Ito", """
DISCHARGE SUMMARY - Acute Medical Unit

Patient: Hana ITO, 24F, MRN 77109328
Admitted: 03/10 via ED   Discharged: 05/10

Presenting complaint: First witnessed generalised tonic-clonic seizure at a friend's house, lasting about 2 minutes, with post-ictal confusion for 20 minutes and tongue biting. Preceded by sleep deprivation (night shifts) and alcohol the evening before.

Investigations: CT head normal. Bloods including Na, Ca, Mg, glucose normal. ECG normal sinus rhythm, QTc 410. MRI brain (05/10): no structural abnormality.

Progress: No further seizures during admission. Neurologically intact throughout.

Diagnosis: First unprovoked seizure (possible provoking factors: sleep deprivation, alcohol).

Plan:
- Referred to First Seizure Clinic (appointment letter to follow), EEG requested
- No antiepileptic started at this stage
- Advised not to drive and to inform the DVLA; leaflet given
- Safety advice given: avoid bathing alone, heights, swimming unsupervised
- If further seizure lasting more than 5 minutes or repeated seizures: call 999

GP actions: none required beyond awareness.
""", "discharge summary of past seizure with safety-net -> followup")

m("en", "followup", "wound after hysterectomy - day 10", """
Hi Gynae Ward,

I had my abdominal hysterectomy 10 days ago with Miss Adeyemi and I said I'd email if I had any questions. Overall I'm doing okay, walking a bit further each day and the pain is much less, down to paracetamol only.

The wound is the main thing. It's a bikini-line cut with a dressing the district nurse changed on Monday. Underneath, it's a bit pink right along the line, maybe 2-3 mm either side, and itchy, but not hot or swollen and there's no discharge at all, no smell. I've been checking my temperature every evening (36.8 last night). Is the itching normal? Can I stop the dressing now and just leave it open?

Also, how long should I keep wearing the compression stockings, and when can I have a proper bath rather than a shower?

Thanks so much,
Karen Whitlow
Hospital no. 7729104
""", "post-op wound questions, no red flags -> followup")

m("en", "followup", "stitches - when out?", """
Hello,

My son Jake (14) had 6 stitches put in his shin at the Minor Injuries Unit on Saturday after falling off his skateboard. The nurse said they'd need to come out in 10 to 14 days at the GP practice nurse. Is that right, or should we come back to you? It's been 5 days.

It looks clean, the edges are together, no redness spreading, no pus, and he hasn't had a temperature. The Minor Injuries nurse also put some paper strips over the top; can we take those off, or do they fall off by themselves? He's desperate to go swimming with his friends this weekend: is that ok if we cover it with a waterproof plaster, or should he wait until the stitches are out?

Thanks,
Amanda Rhodes
""", "suture removal and activity questions, no red flags -> followup")

m("en", "followup", "Your blood test results", """
Dear Mr Afolabi,

Following your routine health check on 2 April, your blood test results have been reviewed by Dr Simmonds.

- Full blood count: normal
- Kidney function: normal (eGFR 82)
- Liver function: ALT slightly raised at 58 (normal up to 45). This is commonly caused by alcohol, being overweight, some medicines, or a fatty liver. It is not a cause for concern at this level.
- HbA1c: 44 mmol/mol. This is in the "pre-diabetes" range (42-47). It is not diabetes, but it means you are at increased risk of developing it.
- Cholesterol: total 6.1, LDL 4.0. Your 10-year cardiovascular risk (QRISK3) is 11%.

Dr Simmonds suggests:
1. A repeat liver test and HbA1c in 3 months. Please book this with reception.
2. Referral to the NHS Diabetes Prevention Programme, if you agree.
3. A discussion about a statin at your next appointment.

Kind regards,
Riverside Practice
""", "results letter with plan -> followup")

m("en", "followup", "Night handover - Ward 10 (orthogeriatrics)", """
Night handover, Ward 10. All patients stable; no escalations expected.

Bed 1 - Mrs Fry, 87, day 4 post hemiarthroplasty R NOF. Obs stable, NEWS 1. Mobilised with frame x2 today. Wound clean and dry. Eating 50%.
Bed 2 - Mr Ahmed, 79, day 2 post DHS L NOF. Mild delirium last night, settled today with reorientation; no new confusion this evening. Catheter out at 14:00, passed urine.
Bed 3 - Mrs Olsen, 91, fall at home with pubic rami fractures, conservative. Had a fall on the ward on Tuesday - no head injury, neuro obs completed and normal. Bed at lowest, sensor mat on.
Bed 4 - Mr Doyle, 83, day 6, awaiting care package. Medically fit.
Bed 5 - Mrs Pell, 85, day 3 post THR. History of PE in 2018, on enoxaparin, calf soft, no breathlessness, sats 97% RA.
Bed 6 - Mrs Chan, 88, wrist and hip fractures, for MDT tomorrow.

Tasks overnight: 02:00 bloods for beds 1 and 5, Mr Ahmed's 4AT at 22:00.
""", "handover of stable patients with historical events -> followup")

m("en", "followup", "Referral - First Seizure Clinic", """
Dear Colleague,

Re: Mr Owen Pritchard, DOB 17/09/1985, NHS 402 881 3396

I would be grateful if you could see this 38-year-old man in the First Seizure Clinic.

On 12 April, while at work, he had an episode witnessed by colleagues: he stopped talking mid-sentence, stared, then fell and had jerking of all four limbs for about a minute. He was incontinent of urine and confused for 15 minutes afterwards. Paramedics attended; he declined conveyance once recovered. He has no previous history of blackouts, apart from one faint at a blood test aged 18.

Since then (6 weeks), he has had no further events. He has stopped driving and informed the DVLA.

Examination today was normal, including neurological examination. ECG normal sinus rhythm.

Past history: none significant. No alcohol excess or recreational drugs. Family history: a cousin with epilepsy.

Yours sincerely,
Dr Nisha Goswami, GP
""", "referral letter about a past event -> followup")

m("en", "followup", "Mum's recovery - update and questions", """
Dear Mr Barnes and team,

I wanted to update you on my mother, Mrs Edith Varley, who had her hip replacement with you on 2 March, and ask a few questions, as the family has been taking turns looking after her.

She's doing well overall. She's walking to the end of the garden with the frame, the stairs are coming along with the physio, and her appetite is back. My sister stayed the first two weeks, my husband did the shopping, and now my brother's family is covering weekends. The grandchildren have made her a chart to tick off her exercises, which she loves.

Questions:
1. The wound has healed well, no redness, no discharge, and she has no temperature. But she has some bruising down the outside of the thigh, going yellow now. Is that normal this long after?
2. When can she stop the blood-thinning injections? The box says 28 days.
3. She's desperate to sleep on her side again. Is that allowed yet?
4. When should we expect the 6-week check appointment letter?

With many thanks for all the care,
Julie Hammond (daughter)
""", "carer's family update centred on post-op recovery questions -> followup")

m("en", "followup", "Re: Fwd: ED attendance - update from Leon", """
Hi Marie,

Just a quick update for your notes before our session on Thursday, as you asked. The last few weeks have been much better. I've been going to the peer support group on Tuesdays and I've started back at the gym. Sleep is still patchy but I'm getting 5 or 6 hours. Mood is maybe a 6 out of 10 most days, up from 2 or 3.

I've not had any thoughts of hurting myself since the hospital, and I've kept the safety plan on my phone. My mum is staying with me on weekends.

See you Thursday,
Leon

> From: ED Mental Health Liaison
> Subject: ED attendance - Leon Barker
> Attended 03/02 following an intentional overdose of 16 paracetamol
> tablets after an argument with his partner. Treated with NAC per
> protocol, LFTs normal at 24h. Assessed by liaison psychiatry: low
> ongoing risk, protective factors (mother, work). Referred to CMHT.
""", "patient update to keyworker over quoted past overdose; negated SI -> followup")

m("en", "followup", "Psychiatry outpatient letter", """
Dear Dr Lambert,

Re: Ms Chloe ANDERSON, DOB 22/01/1990
Seen in the General Adult Psychiatry Outpatient Clinic, 4 June

Diagnosis: Recurrent depressive disorder, currently in remission. Emotionally unstable personality traits.

History: Ms Anderson has a history of two suicide attempts by overdose (2016 and 2021), the latter requiring ICU admission, and of self-harm by cutting in her early twenties. She has had no self-harm for three years.

Current mental state: well kempt, good rapport, euthymic. She described her mood as "steady" and is enjoying her new job as a teaching assistant. Sleep and appetite are normal. She denied any current suicidal ideation, intent or plans, and was future-orientated (planning a holiday in September). No psychotic symptoms.

Medication: sertraline 150 mg daily, continued.

Risk: Currently low. She has a crisis plan and knows how to access the crisis team.

Plan: Continue sertraline. Continue DBT skills group. Review in 6 months, discharge to GP if she remains well.

Yours sincerely,
Dr Omar Siddiqui, Consultant Psychiatrist
""", "psychiatry letter with past attempts, currently denies SI -> followup")

m("en", "followup", "Home BP readings as requested", """
Hi Dr Nair,

As you asked at my review, here are my home blood pressure readings for the past 7 days, two in the morning and two in the evening, sitting down after a 5-minute rest:

Mon 142/88, 138/86 | 136/84, 134/82
Tue 140/86, 139/85 | 132/80, 130/82
Wed 145/90, 141/87 | 138/84, 135/83
Thu 137/85, 136/84 | 131/79, 133/81
Fri 139/88, 137/86 | 134/82, 132/80
Sat 133/82, 131/80 | 129/78, 130/80
Sun 136/84, 134/83 | 131/80, 128/79

Average is roughly 135/83 if I've done my sums right. I've been cutting down on salt and walking the dog every evening. No headaches or dizziness.

Is this good enough, or do you want me to start the tablet you mentioned?

Thanks,
Graham Tulley
""", "home monitoring readings sent to GP -> followup")

m("en", "followup", "Cardiac rehab progress - Mrs Oduya", """
Dear Dr Fenwick,

Re: Mrs Grace Oduya, DOB 08/11/1961

Mrs Oduya has now completed her 8-week cardiac rehabilitation programme following her NSTEMI in January (PCI to the circumflex).

Progress summary:
- Attendance 15/16 sessions
- Incremental shuttle walk test: improved from 290 m to 520 m
- Weight: 84 kg to 80.5 kg
- Anxiety (HADS-A): from 12 to 6
- No chest pain, breathlessness or palpitations during exercise or at home
- She has stopped smoking (CO reading 2 ppm)

She is confident with home exercise, and has joined the local Phase IV community class on Wednesdays. She remains on dual antiplatelets until January.

She asked about returning to work as a school cook; we have advised a phased return, which she will discuss with you.

Kind regards,
Tom Baxter, Cardiac Rehabilitation Specialist Nurse
""", "rehab progress letter after a past MI -> followup")

m("en", "followup", "Histology result - polyp", """
Dear Mrs Henshaw,

I am writing with the results of the biopsy taken during your colonoscopy on 3 March.

The 8 mm polyp removed from your sigmoid colon was a tubular adenoma with low-grade dysplasia, completely removed. This is a common, non-cancerous type of polyp. Removing it reduces the risk of it developing into a cancer in the future.

The small biopsies taken from the rest of the bowel were normal, with no signs of inflammation.

Based on current guidelines, you do not need another colonoscopy for this polyp. You will continue to be invited for bowel cancer screening as usual.

If you notice a change in your bowel habit lasting more than a few weeks, blood in your stools or unexplained weight loss in the future, please see your GP.

Yours sincerely,
Dr Liam Hughes, Consultant Gastroenterologist
""", "histology result letter with conditional advice -> followup")

m("en", "followup", "Postnatal visit day 5 - summary for GP", """
Community Midwifery - Postnatal Visit, Day 5

Mother: Ruth Akinola, 31, P2. SVD 18/06 after induction for pre-eclampsia at 37+2 (BP peaked 158/104, no severe features, magnesium not required).
Baby: boy, 3.21 kg at birth.

Mother today: well in herself. BP 128/82 on labetalol 200 mg bd (reduced from tds on day 3). No headache, no visual disturbance, no epigastric pain. Lochia moderate, red, no clots, not offensive. Perineum healing well (first-degree tear, unsutured). Breasts soft, feeding well. Mood good; partner at home for 2 weeks.

Baby: feeding 8-10 times in 24h, breastfed. Weight 3.04 kg (5.3% loss). Mild jaundice to chest, baby alert, feeding well; TcB 180, below the threshold. Cord clean. Blood spot taken.

Plan: BP check on day 7 with midwife, and GP review of labetalol at 2 weeks. Next visit day 10.

Midwife Joanna Lee
""", "postnatal summary after past pre-eclampsia, now stable -> followup")

m("en", "followup", "Health visitor follow-up after Evie's admission", """
Dear Dr Mills,

I visited Evie Fraser (DOB 03/01, now 4 months) at home today following her discharge from the children's ward on 14 February, where she was admitted for 3 days with bronchiolitis needing oxygen and NG feeds.

Today she was bright and alert, feeding well (bottle-fed, 5 x 180 ml), with no signs of increased work of breathing. Her mum reports a residual cough, mostly at night, but no pauses in breathing and no colour changes. Weight has recovered to 6.1 kg (on the 50th centile). Wet nappies normal.

Mum was very shaken by the admission, and we talked through the signs to look out for, and when to call 999 or 111. She is coping well, with good family support, and her PHQ-9 is 4.

I will see Evie again at her 6-month review. No action required from you at this point.

Kind regards,
Sarah Evans, Health Visitor
""", "health visitor update after past admission -> followup")

m("en", "followup", "Stroke rehab discharge summary - Mr Quinn", """
Community Stroke Rehabilitation Team - Discharge Summary

Patient: Brendan QUINN, 67, NHS 881 204 5517
Stroke: left total anterior circulation infarct, 12 January (thrombolysed). Initial deficits: right hemiparesis, expressive dysphasia, right facial weakness.

Progress over 12 weeks of community rehab:
- Mobility: independent indoors with a quad stick, outdoors with supervision
- Arm: grip returning; can lift a cup, fine motor skills still impaired
- Speech: much improved, mild word-finding difficulties when tired
- Swallow: normal diet and thin fluids since week 3
- Mood: low at times; referred to the stroke psychology service

No new neurological symptoms reported during the episode. His wife knows the FAST signs and to call 999 if anything new occurs.

Discharged to his own exercise programme. Stroke 6-month review booked for July.

Rebecca Gill, Lead Physiotherapist
""", "rehab discharge summary of a past stroke -> followup")

m("en", "followup", "Follow-up call - Noah, head injury Sunday", """
Paediatric ED follow-up call, 48 hours after attendance

Patient: Noah Campbell, 6, seen in Paediatric ED on Sunday after falling from playground climbing frame (approx. 1.2 m), hitting his forehead. No LOC, one vomit at the scene, GCS 15 throughout. Observed for 4 hours with no further vomiting. CT not indicated per NICE. Discharged with head injury advice.

Call today with mum: Noah is back at school and well. No further vomiting, no headache since Monday morning, behaving normally, sleeping well. Bruise on his forehead is fading. Mum understands the advice to return if he develops drowsiness, vomiting, severe headache or unusual behaviour.

No further action. GP copied for information.

Nurse Practitioner Ellie Ward
""", "follow-up call summary after head injury, child well -> followup")

m("en", "followup", "Diabetes clinic letter - Mr Tomasz Zielinski", """
Dear Dr Harper,

Re: Tomasz ZIELINSKI, 29, Type 1 diabetes since age 11

Seen in Young Adult Diabetes Clinic, 10 September.

Background: Previous admissions with DKA (2015, 2019, the latter requiring ICU); severe hypoglycaemia with seizure in 2022 (ambulance attended). Mild background retinopathy.

Since starting the closed-loop pump (Omnipod 5 with Dexcom G7) in March, things have transformed. HbA1c 58 (from 81). Time in range 71%, below range 2%. No DKA and no severe hypos this year. He has had one mild hypo a week, which he treats himself. Hypo awareness restored (Gold score 2).

He is back playing five-a-side football, and driving again with appropriate checks.

Plan: continue the current settings; retinal screening due in December; annual review of kidneys and feet today normal. Review in 6 months.

Yours sincerely,
Dr Elena Marsh, Consultant Diabetologist
""", "diabetes letter listing past DKA and severe hypo; now well -> followup")

m("en", "followup", "Surveillance CT - good news", """
Dear Mrs Kowalski,

I am pleased to write with the result of your surveillance CT scan of the chest, abdomen and pelvis from 22 May.

The scan shows no evidence of recurrence of your bowel cancer, and there are no new areas of concern in the liver or lungs. The small lung nodule noted last year is unchanged in size (4 mm) and is very likely to be benign; we will keep an eye on it on your next scan.

Your CEA blood test was also normal at 1.8.

You are now 3 years from your surgery (anterior resection in 2021). Your next scan will be in 12 months, with a colonoscopy due in 2026. Your clinical nurse specialist, Anne, will phone you in the next two weeks to discuss any concerns.

With best wishes,
Mr David Oyelowo, Consultant Colorectal Surgeon
""", "surveillance CT result letter -> followup")

m("en", "followup", "Still waiting for my biopsy results", """
Hi,

I had a breast biopsy at the one-stop clinic on 3 June and was told the results would be back within 7-10 days and someone would call me. It's now been 16 days and I haven't heard anything. I've rung the breast care nurses twice and left messages.

I know it's probably nothing and maybe it's just a backlog, but the waiting is really hard. I'm not sleeping, and I keep googling, which I know I shouldn't. My husband is trying to keep me calm.

Could someone please let me know whether the results are back, and when I'll get them? I'm happy to come in for the appointment, or to have a phone call, whichever is quickest.

Thank you,
Rachel Tennant
DOB 14/07/1978
Hospital no. 2284107
""", "chasing biopsy results -> followup")

m("en", "followup", "After ICU - questions about recovery", """
Dear ICU Follow-up Team,

I was in your intensive care unit for 11 days in April with severe pneumonia and sepsis. I was on a ventilator for 6 days. I've been home 6 weeks now and someone gave me a leaflet about the ICU follow-up clinic, so I'm writing with some questions before my appointment.

Physically, I'm slowly getting stronger, I can walk to the shops now, but I get tired very quickly and my legs feel weak on the stairs. My voice is still hoarse and my hair has been falling out, which nobody warned me about.

Mentally it's been harder than I expected. I have vivid nightmares about the ICU, I wake up thinking I'm still tied to the bed, and I get flashes of memory that don't make sense. I'm not depressed exactly and I don't have any dark thoughts, just anxious and jumpy.

Is all this normal? Is there anything I should be doing before the clinic? My wife would like to come too; is that okay?

Thanks,
Stephen Royle
""", "post-ICU recovery questions; past sepsis, negated dark thoughts -> followup")

m("en", "followup", "Leg ulcer update - Mrs Barker", """
Hi Dr Kaur,

District nursing update on Mrs Hilda Barker's venous leg ulcer (left gaiter area).

Week 8 of four-layer compression bandaging, twice weekly.
- Size: 3.1 x 2.4 cm (from 6.2 x 4.8 cm at baseline)
- Wound bed: 80% granulation, 20% slough, no necrotic tissue
- Exudate: low, serous
- Surrounding skin: mild haemosiderin staining, no cellulitis, no heat or spreading redness
- Pain: 2/10, managed with paracetamol
- ABPI 0.92 (repeated last week)

She had a wound infection in week 2 treated with flucloxacillin, and there has been no recurrence.

Plan: continue compression, review ABPI in 3 months, and consider hosiery once healed.

She is keen to go to her granddaughter's wedding in Cornwall next month; we have arranged for the local district nursing team there to continue the bandaging for the week she is away.

Kind regards,
Jenny Ashton, District Nursing Sister
""", "district nurse wound progress update -> followup")

m("en", "followup", "Renal transplant clinic - routine review", """
Dear Dr Sinclair,

Re: Mr Adrian Holt, DOB 23/04/1972
Renal transplant (deceased donor), 2018

Seen today in transplant clinic, 6-monthly review.

He remains very well. Creatinine 118 (stable, baseline 110-125), eGFR 61. Urine PCR 12. Tacrolimus trough 5.8 (target 5-7). BP 128/78. No rejection episodes since the biopsy-proven episode in 2019, which was treated with pulsed steroids. CMV and BK PCR negative.

Past history also includes a line sepsis when he was on haemodialysis in 2017, and a fractured hip in 2020.

Skin check today: no suspicious lesions, but he is reminded about sun protection. Dermatology review annually.

Plan: continue tacrolimus, mycophenolate and prednisolone 5 mg. Bloods every 3 months with the GP, results to us. Review in 6 months.

Yours sincerely,
Dr Priya Venkat, Consultant Nephrologist
""", "transplant clinic letter with past events; stable -> followup")

m("en", "followup", "hernia op last week - bruising normal?", """
Hello,

I had a laparoscopic inguinal hernia repair (left side) last Thursday, day case. Recovery has been mostly fine; pain is manageable with paracetamol and ibuprofen, and I've been walking round the block twice a day.

I've got quite a lot of bruising though, purple-yellow spreading into the groin and the top of the thigh, and the scrotum on that side is swollen and bruised too. It looked alarming this morning, but it isn't getting bigger, it isn't hard or very painful, I can pee fine, and I haven't had a temperature. The three little cuts are dry and healing.

Is this normal? And when can I get back to cycling to work? It's about 5 miles each way.

Thanks,
James Holloway
""", "post-op bruising question without red flags -> followup")

m("en", "followup", "Your ECG result", """
Dear Ms Pearce,

Dr Akhtar has reviewed the ECG that was done at the surgery on Tuesday, following your episodes of palpitations.

The ECG shows a normal heart rhythm (sinus rhythm) with no abnormalities. This is reassuring, although, as the palpitations come and go, a normal ECG cannot completely rule out an intermittent rhythm problem.

Dr Akhtar has therefore requested a 7-day heart monitor, which the cardiac investigations department will contact you to arrange. She also suggests cutting down on caffeine and alcohol in the meantime.

If you experience palpitations with chest pain, severe breathlessness, fainting or near-fainting, please call 999 or attend A&E.

Kind regards,
The Practice Team
""", "ECG result letter with conditional advice -> followup")

m("en", "followup", "Spirometry and annual COPD review", """
Dear Mr Brown,

Thank you for attending your annual COPD review on 12 November with Nurse Helen.

Spirometry: FEV1 1.62 L (58% predicted), FEV1/FVC 0.56, unchanged from last year.
MRC dyspnoea score: 2 (short of breath when hurrying or walking up a slight hill).
Exacerbations in the past year: one, in February, treated at home with steroids and antibiotics (no hospital admission).
Inhaler technique: good.
Oxygen saturation: 95% on air.
Vaccinations: flu and COVID given today; pneumococcal up to date.

Your COPD is stable. No changes to your inhalers. Your rescue pack has been renewed; remember to contact us if you start it.

Please continue with the pulmonary rehab exercises. Your next review is in 12 months.

Best wishes,
Eastfield Practice
""", "annual review summary, stable COPD -> followup")

m("en", "followup", "ED discharge letter to GP - chest pain, troponin negative", """
EMERGENCY DEPARTMENT DISCHARGE LETTER

Patient: Leonard ASHBY, 52M, ED no. E4419021
Attended: 22/07, 19:40; discharged 23/07, 01:15

Presenting complaint: Central chest tightness for 30 minutes after carrying boxes, resolved spontaneously before arrival.

Findings: Pain-free on arrival. Obs normal. ECG: sinus rhythm, no ischaemic changes. High-sensitivity troponin 0 h: 4 ng/L, 3 h: 5 ng/L. CXR normal. HEART score 3.

Diagnosis: Chest pain, acute coronary syndrome excluded. Possible musculoskeletal cause.

Plan:
- Discharged home
- GP: please arrange a rapid access chest pain clinic referral if symptoms recur on exertion, check lipids and HbA1c
- Patient advised to call 999 if he has chest pain lasting more than 15 minutes or associated with sweating or breathlessness

ED Registrar, Dr Kemi Bello
""", "ED discharge letter about a past episode, ACS excluded -> followup")

m("en", "followup", "Discharge letter - febrile convulsion", """
Children's Assessment Unit - Discharge Letter

Patient: Isla McKenzie, 19 months, NHS 740 210 9981
Attended: 04/12; discharged same day

History: Brought by ambulance after a generalised tonic-clonic seizure lasting 3 minutes at home, in the context of a fever (39.1) from a viral URTI. First seizure. Fully recovered within 30 minutes. No focal features.

Examination: alert, playing, no meningism, no rash. Red throat. Observations normal after antipyretics.

Diagnosis: Simple febrile convulsion.

Parents given the febrile convulsion leaflet. We explained that around 1 in 3 children have another febrile convulsion, that this is not epilepsy, and when to call 999 (seizure over 5 minutes, difficulty breathing, not waking up afterwards).

No follow-up required. GP for information.

Dr Hamish Grant, Paediatric Registrar
""", "discharge letter for a past febrile convulsion -> followup")

m("en", "followup", "Dad after the stroke - how he's getting on", """
Hi Dr Hussain,

I thought I'd send an update on Dad (Norman Briggs) before his review next week, since he doesn't like to make a fuss in appointments and will say "fine" to everything.

It's now four months since his stroke. He's walking with a stick indoors and out, and he's managing the stairs with the rail. His right hand is still clumsy: he can't do up buttons, so we've got him some Velcro shirts. His speech is much better, although he gets frustrated when he can't find a word. He's doing his exercises most days, and the community physio finished last week.

The family side: Mum is coping, though she's tired. I go over three evenings a week, and my brother does the weekend shopping. Dad has started going back to the social club on Fridays, which has really lifted him.

A couple of other things we've noticed, which may or may not matter. He's sleeping a lot during the day, two or three naps, and he gets quite teary when the grandchildren leave, which isn't like him at all; he was never a crier. Mum thinks he's a bit down and doesn't want to say so. He's had no new weakness or anything sudden since he came home; we know the FAST signs now and keep the leaflet on the fridge.

His blood pressure readings at home are mostly 125-135 over 75-80. He's stopped adding salt, cut down to one pint on Fridays, and hasn't smoked since the day of the stroke, which after 40 years is amazing.

His main questions will be:
1. Can he drive again? The DVLA form confuses him.
2. Should he still be on both the clopidogrel and the statin forever?
3. Is it normal to feel so tired all the time?

Thanks,
Karen Briggs
""", "carer update on past stroke recovery with questions -> followup")

m("en", "followup", "Weekly care home update", """
Hi Dr Russell,

Weekly update for your residents at Maple Court, as agreed:

- Mr Devlin: chest infection resolved; antibiotics finished Tuesday; back to his normal self, eating well.
- Mrs Ferreira: weight stable at 52 kg with fortified diet; MUST score 1.
- Mrs Oakes: no falls this week (sensor mat in use since her fall with a head injury in March). Bruise on arm fading.
- Mr Ng: BP readings all under 140/90 since the amlodipine was increased. No dizziness.
- Mrs Parr: her daughter wants to discuss the DNACPR form at your next visit.
- Mr Harlow: settled since the trazodone dose was reduced. No agitation overnight.

Nothing urgent this week. Your next visit is Thursday at 10, and the list will be ready.

Kind regards,
Sunita, Nurse in Charge
""", "care home weekly update, all stable -> followup")

m("en", "followup", "Neurosurgery follow-up letter - Ms Adaeze Nwosu", """
Dear Dr Clarke,

Re: Adaeze NWOSU, 46, NHS 993 110 4472

I reviewed Ms Nwosu in the vascular neurosurgery clinic today, 12 months after her subarachnoid haemorrhage from a ruptured anterior communicating artery aneurysm, which was treated with endovascular coiling on the day of admission. Her admission was complicated by hydrocephalus requiring an external ventricular drain, and by delayed cerebral ischaemia on day 7, from which she made a good recovery.

She reports mild fatigue and occasional word-finding difficulties but has returned to work as an accountant, three days a week. No headaches of note, no seizures.

Follow-up MR angiogram: stable coil mass, with no recanalisation and no new aneurysms.

Plan: repeat MRA in 2 years. BP control is important; please aim for below 130/80. She should not smoke. Driving is permitted.

Yours sincerely,
Mr Anand Rao, Consultant Neurosurgeon
""", "neurosurgery letter about a past SAH, stable imaging -> followup")

m("en", "followup", "Palliative care visit summary - Mr Gough", """
Community Palliative Care - Visit Summary

Patient: Geoffrey GOUGH, 81, metastatic lung cancer, on best supportive care.
Visit: home, 14:00, with his wife Sheila present.

Symptoms: pain controlled on MST 30 mg bd, using oramorph once a day at most. Breathlessness stable; comfortable at rest, uses the fan. No new cough or haemoptysis since the small streaks in January. Appetite poor but enjoying small meals. Bowels open on alternate days with laxido. Sleeping well.

Psychosocial: Geoffrey is at peace with his situation; he has completed his advance care plan (preferred place of death: home). Sheila is coping, with their daughter visiting from Devon next week. Anticipatory medications are in the house.

Plan: review in 2 weeks, or sooner if needed. GP and district nurses updated.

Claire Holmes, Palliative Care CNS
""", "palliative visit summary, stable -> followup")

m("en", "followup", "post-vasectomy results", """
Dear Mr Evans,

Your post-vasectomy semen analysis from 15 August has been reported: no sperm were seen in the sample (azoospermia).

This means your vasectomy has been successful, and you may stop using other contraception.

A very small risk of late recanalisation (the tubes rejoining) remains, of about 1 in 2,000. No further tests are needed.

Thank you for attending.

Urology Department
""", "short result letter -> followup")

m("en", "followup", "Three weeks after my gallbladder op - how am I doing?", """
Dear Mr Oduya's team,

I had my gallbladder removed by keyhole surgery three weeks ago and thought I'd let you know how it's going, because the discharge sheet said to get in touch if I had questions, and I've saved a few up.

First, the good: the pain has almost gone, and I'm only taking paracetamol now and then. All four little wounds have healed; there's no redness or oozing, and I haven't had any fevers. I'm eating normally again, even a bit of cheese, which I'd been too scared to touch for a year.

Questions:
1. I still get some loose stools after fatty meals. Is that expected, and will it settle?
2. There's a small hard lump under the belly-button scar. It isn't painful or red. Is that normal healing?
3. When can I go back to lifting at work? I'm a warehouse supervisor, and sometimes I help with deliveries.

Other bits, just so you know: I've paid the parking fine from the day of the op (my own fault). My GP has renewed my blood pressure tablets, and my 6-week check hasn't been booked, but the letter said that's only "if needed".

Honestly, I feel like a new woman.

Best wishes,
Denise Akers
""", "long post-op recovery message with other topics in passing -> followup")

m("en", "followup", "Fwd: allergy test results?", """
Hi Allergy Clinic,

Forwarding the ED letter below so you have it. Sam had his skin prick tests with you on the 4th, and we were told the results would come by letter, but nothing has arrived. Could you let us know what they showed? And, in particular, whether he's allergic to all tree nuts or only cashew, because it makes a big difference to what he can eat at school.

He's been absolutely fine since; he hasn't needed his pen.

Thanks,
Eleanor Pike (mum)

---------- Forwarded message ----------
From: Paediatric Emergency Department
Subject: Discharge letter - Samuel Pike, 7

Presented with lip and tongue swelling, widespread urticaria, vomiting and wheeze 15 minutes after eating cashew pesto. Anaphylaxis. IM adrenaline x1 by paramedics, nebulised salbutamol in the ED. Observed for 12 hours without biphasic reaction. Discharged with 2 x adrenaline auto-injectors. Referred to the paediatric allergy clinic.
""", "chasing test results over a quoted past anaphylaxis -> followup")

# ---------------------------------------------------------------- followup, French
m("fr", "followup", "CR de consultation de neurologie - M. Delorme", """
Cher confrère,

J'ai revu en consultation ce jour M. Bernard DELORME, né le 11/05/1952, IPP 20118744.

Antécédents :
- AVC ischémique sylvien droit en 2019, thrombectomie, séquelles : légère parésie de la main gauche ;
- épilepsie vasculaire secondaire (deux crises généralisées en 2019-2020), sans crise depuis trois ans sous lévétiracétam ;
- fibrillation atriale paroxystique sous apixaban ;
- hémorragie digestive sur ulcère en 2020 ;
- syndrome d'apnées du sommeil appareillé.

Traitement : Keppra 750 mg x2, Eliquis 5 mg x2, atorvastatine 40 mg, ésoméprazole 20 mg.

M. Delorme va bien. Il ne rapporte aucun nouvel événement neurologique, aucune crise, aucun malaise. Il marche une heure par jour. L'examen est superposable au précédent. L'EEG de contrôle est sans anomalie paroxystique.

Sur le plan cardiovasculaire, la tension artérielle est à 128/76 ; le bilan lipidique du mois dernier montre un LDL à 0,62 g/L. Je suggère, si vous en êtes d'accord, d'ajouter de l'ézétimibe pour atteindre l'objectif de 0,55 g/L. Pas de récidive hémorragique sous IPP. L'observance de l'appareillage pour l'apnée du sommeil est bonne (6 h 40 par nuit en moyenne), et la somnolence diurne a disparu.

M. Delorme m'interroge sur la conduite automobile : compte tenu de l'absence de crise depuis plus d'un an, il peut conduire un véhicule léger, après avis de la commission médicale du permis de conduire. Je lui ai remis le formulaire.

Il souhaite également reprendre la randonnée en moyenne montagne, ce que j'ai encouragé, à condition d'être accompagné.

Conduite à tenir : poursuite du traitement à l'identique. Nous pourrons discuter d'une diminution du Keppra à la prochaine consultation, dans un an, si l'évolution reste favorable.

Bien confraternellement,
Dr Agnès Vidal, neurologue
""", "CR de consultation avec ATCD chargés, patient stable -> followup")

m("fr", "followup", "Compte rendu d'hospitalisation - Mme Bonnet", """
COMPTE RENDU D'HOSPITALISATION - Cardiologie

Patiente : Mme Lucienne BONNET, 81 ans
Séjour du 04/02 au 12/02

Motif : œdème aigu du poumon sur poussée hypertensive, inaugural.

Histoire : admise par le SAMU pour une détresse respiratoire avec orthopnée, crépitants bilatéraux et SpO2 à 82 % en air ambiant. TA 210/110. Amélioration rapide sous ventilation non invasive, dérivés nitrés et furosémide IV.

Bilan : ETT : FEVG 50 %, hypertrophie ventriculaire gauche, rétrécissement aortique modéré. Coronarographie sans lésion significative. BNP d'entrée 2 400, 380 à la sortie.

Évolution : favorable. Sevrage de l'oxygène à J3. Patiente euvolémique à la sortie, poids de sortie 61,2 kg.

Traitement de sortie : furosémide 40 mg, ramipril 5 mg, bisoprolol 2,5 mg, amlodipine 5 mg.

Suivi : pesée quotidienne ; consulter si prise de plus de 2 kg en 3 jours ou en cas d'essoufflement. Consultation de cardiologie à 1 mois, ETT à 6 mois. Ionogramme à J7 chez le médecin traitant.

Dr Julien Masson, cardiologue
""", "CR d'hospitalisation d'un OAP passé avec plan de suivi -> followup")

m("fr", "followup", "ablation des agrafes - IDE", """
Bonjour Docteur Garnier,

Je suis l'infirmière libérale de M. Olivier Chapuis, opéré d'une prothèse de hanche le 2. Je lui ai retiré les agrafes ce matin (J14) comme prévu sur l'ordonnance : 24 agrafes retirées sans difficulté.

La cicatrice est propre et sèche, bien fermée sur toute la longueur, sans rougeur, écoulement ni désunion. Il n'a pas de fièvre. J'ai mis des Steri-Strip pour quelques jours.

Il continue ses injections d'anticoagulant jusqu'à J35, il se lève seul et marche avec deux cannes. Pas de douleur au mollet.

Dois-je vous envoyer une photo de la cicatrice ? Pour votre dossier, je peux le faire via la messagerie sécurisée.

Bien cordialement,
Sophie Marchand, IDEL
""", "IDE : ablation des agrafes, suivi sans anomalie -> followup")

m("fr", "followup", "vos résultats de prise de sang", """
Madame Perret,

Le Dr Bernier a pris connaissance des résultats de votre bilan sanguin du 12 mars.

- Numération formule sanguine : normale.
- Glycémie à jeun : 1,14 g/L (normale < 1,10). Il s'agit d'une hyperglycémie modérée à jeun, qui n'est pas un diabète mais qui nécessite une surveillance.
- Cholestérol LDL : 1,72 g/L, un peu élevé compte tenu de vos facteurs de risque.
- Fonction rénale et thyroïde : normales.
- Ferritine : 12 µg/L (basse), ce qui peut expliquer la fatigue dont vous parliez.

Le docteur vous propose :
1. de refaire une glycémie à jeun et un bilan lipidique dans 3 mois, après des mesures diététiques ;
2. de commencer un traitement par fer pendant 3 mois (l'ordonnance est disponible à l'accueil) ;
3. d'en rediscuter lors de votre prochaine consultation.

Cordialement,
Le secrétariat du cabinet médical
""", "courrier de résultats avec plan -> followup")

m("fr", "followup", "transmissions SSR - nuit", """
Transmissions de nuit, SSR gériatrique, 2e étage. Aucun patient instable.

Ch. 1 - Mme Perrin, 86 ans, fracture du col fémoral opérée J15. Marche avec déambulateur + 1. Constantes stables. Cicatrice propre.
Ch. 2 - M. Roche, 79 ans, suite d'AVC (mars), aphasie en amélioration, alimentation mixée bien tolérée. Aucun nouveau déficit.
Ch. 3 - Mme Lopez, 91 ans, chute à domicile avec traumatisme crânien le 10 (scanner normal), surveillance neurologique terminée, RAS depuis.
Ch. 4 - M. Diallo, 74 ans, post-pneumopathie, apyrétique depuis 5 jours, SpO2 96 % en air ambiant.
Ch. 5 - Mme Fabre, 88 ans, insuffisance cardiaque, poids stable à 58 kg, pas d'œdème.
Ch. 6 - M. Henry, 82 ans, suite de TVP du mollet, sous anticoagulant, mollet souple, non douloureux.

À faire : bilan sanguin à 6h pour les ch. 2 et 5, pesée de Mme Fabre.
""", "transmissions de patients stables avec événements passés -> followup")

m("fr", "followup", "adressage en pneumologie - suivi après EP", """
Cher confrère,

Je vous adresse Mme Chloé Arnaud, 34 ans, pour le suivi de l'embolie pulmonaire qu'elle a présentée il y a trois mois.

Pour rappel : EP segmentaire bilatérale diagnostiquée le 12 janvier aux urgences, dans un contexte de contraception œstroprogestative et de voyage en avion de 11 heures, sans retentissement cardiaque. Traitement par rivaroxaban. La contraception œstroprogestative a été arrêtée et remplacée par un DIU au cuivre.

Depuis, Mme Arnaud va bien. Elle n'a plus d'essoufflement, plus de douleur thoracique, et elle a repris la course à pied. Son examen clinique est normal.

Je souhaiterais votre avis sur la durée du traitement anticoagulant, ainsi que sur l'opportunité d'un bilan de thrombophilie (sa mère a fait une phlébite à 40 ans).

Confraternellement,
Dr Hélène Brunet, médecin généraliste
""", "lettre d'adressage sur un événement passé -> followup")

m("fr", "followup", "des nouvelles de papa après son pontage", """
Bonjour Docteur Lambert,

Je me permets de vous donner des nouvelles de mon père, M. Yves Le Goff, opéré d'un triple pontage par votre équipe il y a cinq semaines, et de vous poser quelques questions avant sa consultation.

Toute la famille se relaie : ma mère s'occupe des repas sans sel, mon frère l'emmène en réadaptation trois fois par semaine, et ma fille lui a installé une tablette pour qu'il regarde ses matchs. Il a repris goût à la vie et fait son tour de quartier tous les jours.

La cicatrice du sternum est bien fermée, sans rougeur ni écoulement, et il n'a pas de fièvre. Celle de la jambe (prélèvement de veine) est encore un peu gonflée en fin de journée.

Il y a aussi quelques petites choses qui nous tracassent. Il dort mal, il se réveille vers 4h et n'arrive plus à se rendormir ; il dit que c'est la cicatrice qui tire quand il se retourne. Il a un peu perdu l'appétit pour les plats sans sel, et ma mère s'arrache les cheveux pour trouver des recettes. Il n'a eu aucune douleur dans la poitrine depuis l'opération, ni d'essoufflement en marchant, c'est déjà une grande victoire par rapport à cet hiver.

La pharmacie a bien tout délivré, et les prises de sang sont faites toutes les semaines par l'infirmière à domicile ; l'INR était à 2,4 la dernière fois.

Ses questions :
1. Quand pourra-t-il reconduire ?
2. Peut-il dormir sur le côté ?
3. Est-ce normal qu'il soit si émotif, qu'il pleure devant la télé ?

Merci pour tout,
Gwenaëlle Le Goff
""", "mise à jour familiale centrée sur la convalescence -> followup")

m("fr", "followup", "Re: TR: CR passage SAU - nouvelles de Mme Nguyen", """
Bonjour Docteur Perrin,

Je vous transmets des nouvelles de Mme Nguyen, que nous suivons au CMP depuis sa sortie. Elle vient toutes les semaines à ses entretiens infirmiers, et deux fois par mois en consultation avec le Dr Roux. L'humeur est nettement meilleure, elle a repris son travail à mi-temps et elle dort mieux. Lors de chaque entretien, elle dit ne plus avoir d'idées suicidaires, et son mari le confirme. Le plan de sécurité est en place.

Pas de modification du traitement pour le moment.

Bien cordialement,
Laurence Fabre, IDE, CMP Nord

> De : SAU
> Objet : CR passage SAU - Mme NGUYEN Thi
> Passage le 14/01 pour intoxication médicamenteuse volontaire
> (zolpidem, 20 cp) dans un contexte de conflit conjugal. Surveillance
> 24 h en UHCD, évaluation psychiatrique : risque modéré. Orientation CMP.
""", "nouvelles de suivi par le CMP au-dessus d'un CR d'IMV passée -> followup")

m("fr", "followup", "Compte rendu de consultation psychiatrique", """
Cher confrère,

J'ai revu ce jour en consultation M. Antoine LEMAIRE, 42 ans.

Diagnostic : trouble bipolaire de type I, actuellement en rémission.

Antécédents : deux épisodes maniaques avec hospitalisation sous contrainte (2012, 2018) ; un épisode dépressif sévère en 2019, avec tentative de suicide par pendaison interrompue par son frère, suivi d'une hospitalisation de deux mois.

Évolution : stabilité thymique depuis plus de quatre ans sous lithium. Lithiémie à 0,72 mmol/L. Fonction rénale et thyroïdienne normales.

Examen : contact adapté, humeur neutre, discours cohérent. Il n'exprime aucune idée suicidaire ni aucun projet de passage à l'acte. Il a des projets : il part en voyage avec sa compagne en août. Le sommeil est régulier.

Conduite : poursuite du Téralithe 400 mg LP, 2 cp le soir. Surveillance biologique tous les 3 mois. Prochaine consultation dans 4 mois.

Bien confraternellement,
Dr Isabelle Roux, psychiatre
""", "CR psychiatrique avec ATCD de TS, idées suicidaires niées -> followup")

m("fr", "followup", "Bilan de fin de réadaptation cardiaque - M. Petit", """
Cher confrère,

M. Alain PETIT, 58 ans, a terminé ce jour son programme de réadaptation cardiaque en hôpital de jour (20 séances), à la suite de son syndrome coronarien aigu ST+ de mars (angioplastie de l'IVA proximale).

Bilan :
- Épreuve d'effort de fin de stage : 150 W (110 W à l'entrée), sans angor ni anomalie ECG, et sans trouble du rythme.
- Poids : 92 kg (96 kg à l'entrée).
- Tabac : sevré depuis l'événement, sous substituts nicotiniques.
- Éducation thérapeutique : connaissance des signes d'alerte et conduite à tenir, observance, activité physique.

Il ne présente ni douleur thoracique ni dyspnée dans la vie courante.

Recommandations : poursuite de l'activité physique (marche rapide 5 x 30 min par semaine), objectif LDL < 0,55 g/L. Reprise du travail envisageable à mi-temps thérapeutique, à discuter avec le médecin du travail.

Confraternellement,
Dr Marc Olivier, cardiologue, SSR cardiologique
""", "bilan de réadaptation après un IDM passé -> followup")

m("fr", "followup", "résultat anatomopathologique - naevus", """
Madame Girard,

Je vous écris pour vous communiquer le résultat de l'analyse de la lésion du dos que je vous ai retirée le 4 avril.

Il s'agit d'un naevus dysplasique (grain de beauté atypique) sans signe de malignité, dont l'exérèse est complète. Aucune reprise chirurgicale n'est nécessaire.

Compte tenu du nombre important de grains de beauté et de vos antécédents familiaux (mélanome chez votre père), je vous propose une surveillance dermatologique annuelle, avec un examen de l'ensemble de la peau.

D'ici là, n'hésitez pas à consulter si vous constatez un grain de beauté qui change de taille, de forme ou de couleur, ou qui saigne.

Bien cordialement,
Dr Sylvie Martin, dermatologue
""", "courrier de résultat d'anapath bénin -> followup")

m("fr", "followup", "Visite post-natale à domicile - J4", """
Compte rendu de visite post-natale à domicile (PRADO), sage-femme libérale

Maman : Mme Léa Vasseur, 29 ans, primipare. Accouchement par voie basse le 02/09 avec une hémorragie de la délivrance de 900 ml traitée par ocytociques, sans transfusion. Hb de sortie : 9,8 g/dL, fer per os.
Aujourd'hui : bon état général. TA 118/74. Lochies modérées, sans caillot, non malodorantes. Utérus bien involué. Périnée : épisiotomie en bonne voie de cicatrisation. Pas de céphalée, pas de douleur des mollets. Allaitement maternel bien en place, mamelons légèrement irrités. Moral bon, bien entourée par son conjoint.

Bébé : Jules, J4, 3 280 g (naissance 3 450 g, -5 %). Tète bien, 8 à 10 tétées par jour, selles de transition. Ictère léger jusqu'au thorax, bébé tonique. Cordon propre.

Prochaine visite : J7 pour la pesée et le contrôle de l'ictère.

Mme Pauline Roger, sage-femme
""", "visite post-natale avec hémorragie passée, tout est stable -> followup")

m("fr", "followup", "suivi tensionnel après ma pré-éclampsie", """
Bonjour Docteur,

Comme convenu lors de ma sortie de maternité, je vous envoie mes relevés de tension. Pour rappel, j'ai accouché le 3 à 36 semaines, par césarienne en urgence pour pré-éclampsie sévère, et je suis sortie sous Trandate.

Depuis une semaine, ma tension est autour de 12/7 le matin et le soir, sous un comprimé de Trandate deux fois par jour. Je n'ai aucun mal de tête, aucun trouble de la vue et aucune douleur au ventre. Les œdèmes des jambes ont disparu.

Je prends la tension avec l'appareil au bras que la maternité m'a conseillé, toujours assise, après cinq minutes de repos. La visite postnatale est prévue dans trois semaines avec la gynécologue.

La sage-femme m'a dit qu'on pourrait peut-être diminuer le traitement. Qu'en pensez-vous ?

Ma fille va très bien, elle prend bien le biberon.

Merci,
Céline Morel
""", "suivi tensionnel après une pré-éclampsie passée, symptômes niés -> followup")

m("fr", "followup", "bilan orthophonique d'évolution - M. Garnier", """
Cher Docteur,

Vous trouverez ci-dessous le bilan d'évolution de M. Jean GARNIER, 71 ans, suivi en orthophonie depuis son AVC ischémique sylvien gauche de novembre (aphasie de Broca initiale sévère).

Après 40 séances :
- Expression orale : nette amélioration. Les phrases simples sont possibles, avec un manque du mot persistant, surtout pour les noms propres.
- Compréhension : bonne pour les consignes simples et complexes.
- Lecture : récupérée pour des textes courts.
- Écriture : toujours difficile (main droite parétique), mais il utilise le clavier.
- Déglutition : normale.

M. Garnier est très investi et son épouse participe aux séances. Aucun nouvel épisode neurologique n'a été signalé par la famille.

Je propose de poursuivre à raison de deux séances par semaine pendant trois mois, puis de refaire un bilan. Une nouvelle prescription sera nécessaire.

Bien cordialement,
Claire Hubert, orthophoniste
""", "bilan orthophonique après un AVC passé -> followup")

m("fr", "followup", "CR téléconsultation - suivi commotion Clara", """
Compte rendu de téléconsultation de suivi - Pédiatrie

Patiente : Clara MOREAU, 12 ans.
Contexte : commotion cérébrale lors d'un match de hand il y a 10 jours (choc tête contre tête, brève amnésie, pas de perte de connaissance). Vue aux urgences : examen neurologique normal, sans indication de scanner. Retour à domicile avec consignes de repos.

Ce jour : Clara va bien. Les céphalées ont disparu depuis 4 jours et elle n'a ni vomissements, ni troubles visuels, ni somnolence anormale. La concentration à l'école est revenue. Elle dort bien.

Conduite : reprise scolaire complète. Reprise progressive du sport selon le protocole par paliers (pas de contact avant 3 semaines sans symptôme). Consulter en cas de réapparition des maux de tête, de vomissements ou de troubles du comportement.

Dr Fabien Leroy, pédiatre
""", "téléconsultation de suivi après commotion, enfant bien -> followup")

m("fr", "followup", "scanner de surveillance - résultat", """
Madame Blanchard,

J'ai le plaisir de vous communiquer le résultat de votre scanner thoraco-abdomino-pelvien de surveillance du 20 mai.

Il n'y a aucun signe de récidive de votre cancer de l'ovaire, et aucune lésion nouvelle au niveau du foie, du péritoine ou des poumons. Le marqueur CA 125 est normal (12 U/mL).

Vous êtes maintenant à deux ans de la fin de votre traitement (chirurgie puis chimiothérapie). La surveillance se poursuivra par une consultation avec dosage du CA 125 tous les 4 mois, et par un scanner annuel.

L'infirmière de coordination vous appellera pour programmer la prochaine consultation. N'hésitez pas à nous contacter si vous avez des questions.

Bien cordialement,
Dr Nathalie Caron, oncologue
""", "courrier de scanner de surveillance rassurant -> followup")

m("fr", "followup", "évolution de l'escarre - Mme Girard", """
Bonjour Docteur,

Voici le point hebdomadaire sur l'escarre sacrée de Mme Marguerite Girard.

Semaine 6 de soins (pansements tous les deux jours) :
- Dimensions : 2,5 x 2 cm (6 x 5 cm au départ), profondeur 0,5 cm.
- Lit de la plaie : bourgeonnement à 90 %, un peu de fibrine.
- Exsudat faible et clair, sans odeur.
- Peau péri-lésionnelle saine, sans rougeur extensive ni chaleur.
- Douleur : faible, 2/10 lors du soin.
- Matelas à air en place, changements de position toutes les 3 heures par les aides-soignants.

Elle a eu une infection de l'escarre en semaine 2, traitée par antibiotiques, sans récidive depuis. Son état nutritionnel s'est amélioré grâce aux compléments (albumine à 34 g/L).

La famille est très présente et participe aux changements de position l'après-midi. Je continue le même protocole. Il faudra renouveler l'ordonnance de pansements à la fin du mois.

Cordialement,
Fabienne Roux, IDEL
""", "suivi de cicatrisation d'une escarre -> followup")

m("fr", "followup", "Consultation de suivi - greffe hépatique", """
Cher confrère,

J'ai revu en consultation de suivi M. Yannick BOUCHER, 55 ans, transplanté hépatique en 2020 pour une cirrhose alcoolique compliquée d'hémorragies digestives par rupture de varices œsophagiennes et d'un carcinome hépatocellulaire.

Il reste abstinent depuis 2019, ce que confirment les dosages réguliers. L'état général est excellent, il a repris une activité professionnelle à temps plein.

Biologie : bilan hépatique normal, tacrolimus à 6,2 ng/mL (cible 5-8), créatinine stable à 108 µmol/L. L'échographie Doppler du greffon est normale et l'AFP est normale.

Aucune modification du traitement immunosuppresseur. Surveillance dermatologique annuelle et dépistage des cancers à poursuivre. Prochaine consultation dans 6 mois.

Confraternellement,
Dr Claire Petitjean, hépatologue, centre de transplantation
""", "suivi post-greffe avec ATCD d'hémorragies passées ; stable -> followup")

m("fr", "followup", "prothèse de genou J20 - questions", """
Bonjour,

J'ai été opérée d'une prothèse totale du genou droit il y a 20 jours, et je fais ma rééducation en centre. Tout se passe plutôt bien, mais j'ai quelques questions pour le Dr Bernard.

Le genou est encore gonflé, surtout en fin de journée. Il n'est ni rouge ni chaud, la cicatrice est bien fermée, elle ne coule pas, et je n'ai pas de fièvre. Mon mollet est souple et je ne souffre pas à l'arrière de la jambe. La flexion atteint 90°.

1. Le gonflement est-il normal à ce stade ?
2. Puis-je appliquer de la glace plus souvent ?
3. Quand pourrai-je marcher sans béquilles ?
4. Le kiné me demande si je peux commencer le vélo d'appartement.

Merci,
Marie-Claude Renaud
""", "questions post-PTG sans signe d'alerte -> followup")

m("fr", "followup", "vos résultats de Holter", """
Monsieur Dupré,

Le Dr Vasseur a analysé l'enregistrement Holter ECG de 24 heures que vous avez porté du 3 au 4 juin, à la suite de vos épisodes de palpitations.

L'enregistrement montre un rythme sinusal normal, avec quelques extrasystoles auriculaires et ventriculaires isolées (moins de 1 %), qui sont banales et sans gravité. Il n'y a pas de trouble du rythme soutenu, pas de pause et pas de fibrillation atriale.

Les palpitations que vous avez notées dans votre carnet à 15h20 et à 22h10 correspondent à ces extrasystoles.

Le docteur vous conseille de limiter le café et l'alcool. Aucune autre exploration n'est nécessaire. Si vous présentez des palpitations accompagnées d'un malaise, d'une perte de connaissance ou d'une douleur dans la poitrine, consultez rapidement.

Cordialement,
Le secrétariat de cardiologie
""", "résultats de Holter rassurants avec consigne conditionnelle -> followup")

m("fr", "followup", "résultats EFR - asthme", """
Madame Lefort,

Voici les résultats de vos explorations fonctionnelles respiratoires du 10 octobre :

- VEMS : 2,68 L (91 % de la valeur prédite), en amélioration par rapport à l'an dernier (78 %).
- Rapport VEMS/CVF : 0,79.
- Pas de réversibilité significative après bronchodilatateur.
- Débit expiratoire de pointe : 420 L/min.

Ces résultats traduisent un asthme bien contrôlé sous votre traitement actuel (Symbicort 200, une bouffée matin et soir). Vous n'avez pas fait de crise depuis votre hospitalisation de l'hiver 2022.

Le Dr Aubry propose de maintenir le traitement, et de discuter d'une éventuelle diminution lors de la prochaine consultation, dans 6 mois.

Cordialement,
Service de pneumologie
""", "résultats d'EFR avec crise ancienne -> followup")

m("fr", "followup", "CR de passage aux urgences - malaise vagal", """
COMPTE RENDU DE PASSAGE AUX URGENCES

Patient : M. Julien FAURE, 27 ans
Date : 14/06, de 08h20 à 12h45

Motif : malaise avec perte de connaissance brève lors d'une prise de sang au laboratoire, précédé de sueurs, de nausées et d'une vision floue. Chute de sa hauteur sans traumatisme crânien. Reprise de conscience immédiate, sans confusion ni morsure de langue.

Examen : normal. TA 122/74 couché et 118/72 debout. ECG : rythme sinusal, PR et QT normaux, sans onde epsilon ni aspect de Brugada. Glycémie normale.

Diagnostic : malaise vagal typique.

Conduite : retour à domicile. Conseils donnés : s'allonger lors des prises de sang et se relever progressivement. Aucun suivi spécifique n'est nécessaire. Consulter son médecin traitant si les malaises surviennent à l'effort ou sont récidivants.

Dr Amandine Leroux, urgentiste
""", "CR des urgences pour un malaise passé et bénin -> followup")

m("fr", "followup", "bilan après l'intoxication de Rayan", """
Bonjour Docteur,

Je voulais vous demander votre avis sur les résultats de prise de sang de Rayan (3 ans). Pour rappel, il avait avalé plusieurs comprimés de Doliprane 500 de sa grand-mère le 2 mai. Il avait été hospitalisé 36 heures en pédiatrie et avait reçu l'antidote en perfusion. Les urgences nous ont demandé de refaire un bilan hépatique à J10 chez notre médecin.

Voici les résultats de ce matin : ASAT 28, ALAT 22, TP 100 %, bilirubine normale. Le laboratoire dit que « tout est normal », mais je préférais que vous les voyiez.

Il va très bien, il mange, il joue, il a retrouvé sa bonne humeur. Nous avons installé un placard fermé à clé pour tous les médicaments.

Est-ce qu'il faut faire d'autres contrôles ?

Merci,
Samia Bouzid
""", "résultats de contrôle après une intoxication passée ; enfant bien -> followup")

m("fr", "followup", "Maman - trois mois après sa fracture", """
Bonjour Docteur Henry,

Voici des nouvelles de maman, Mme Solange Petit, trois mois après sa fracture du col du fémur. Je vous les envoie avant la consultation, car elle minimise toujours tout.

Elle marche maintenant avec une canne dans la maison, et avec le déambulateur dehors. Elle n'est pas retombée depuis qu'on a installé les barres dans la salle de bain et retiré les tapis. La kiné vient deux fois par semaine. Elle a retrouvé l'appétit et a repris 2 kilos.

Dans la famille, on s'est organisés : ma sœur passe le matin, moi le soir, et l'aide-ménagère vient trois fois par semaine. Le téléalarme est posé.

Quelques questions :
1. Faut-il continuer le traitement pour l'ostéoporose et, si oui, combien de temps ?
2. Elle se plaint d'une douleur à l'aine le soir : est-ce la prothèse ?
3. Peut-elle reprendre l'aquagym ?

Merci,
Dominique Petit
""", "aidant : point sur la convalescence après fracture, chute passée -> followup")

m("fr", "followup", "scanner de contrôle après évacuation de l'hématome", """
Cher confrère,

J'ai revu en consultation M. René BLANC, 78 ans, six mois après l'évacuation chirurgicale de son hématome sous-dural chronique gauche. Celui-ci s'était révélé en décembre par une confusion et une faiblesse du bras droit, dans les suites d'une chute sous anticoagulant.

M. Blanc a totalement récupéré. Il n'a plus de déficit moteur, plus de trouble du langage, et sa famille ne note plus de confusion. Il ne rapporte pas de céphalées.

Le scanner cérébral de contrôle montre une résorption complète de l'hématome, sans récidive.

En accord avec son cardiologue, l'anticoagulation a été reprise à un mois. Il n'est pas nécessaire de prévoir un autre suivi neurochirurgical. Je reste disponible en cas de nouvelle chute ou de symptôme neurologique.

Confraternellement,
Dr Olivier Marchal, neurochirurgien
""", "suivi neurochirurgical d'un hématome passé, récupération complète -> followup")

m("fr", "followup", "visite de l'équipe mobile de soins palliatifs - M. Roux", """
Compte rendu de visite, équipe mobile de soins palliatifs

Patient : M. Henri ROUX, 84 ans, cancer de la prostate avec métastases osseuses, en soins de confort.
Visite à domicile ce jour, en présence de son épouse et de l'IDEL.

Symptômes : la douleur est bien contrôlée par Oxycontin 20 mg x2, avec une interdose par jour au maximum. Pas de dyspnée. Appétit faible, mais il apprécie les petits plats de son épouse. Transit correct sous macrogol. Il dort bien.

Plan de soins : les directives anticipées sont rédigées (il souhaite rester à domicile). Les prescriptions anticipées sont en place, et l'HAD pourra être sollicitée si besoin. L'épouse est fatiguée ; un relais par une aide à domicile supplémentaire est organisé.

Prochaine visite dans 15 jours.

Dr Laure Fontaine, EMSP
""", "visite de soins palliatifs, patient confortable -> followup")

m("fr", "followup", "charge virale hépatite C - fin de traitement", """
Monsieur Lopez,

J'ai le plaisir de vous informer que la recherche du virus de l'hépatite C, réalisée 12 semaines après la fin de votre traitement (Epclusa), est négative : la charge virale est indétectable.

Cela signifie que vous êtes guéri de l'hépatite C.

Le Fibroscan de contrôle montre une élasticité du foie à 7,2 kPa, en amélioration. Une échographie hépatique annuelle reste conseillée compte tenu de la fibrose initiale.

Votre médecin traitant recevra une copie de ce courrier. Il n'est pas nécessaire de prévoir une nouvelle consultation d'hépatologie cette année ; l'échographie pourra être prescrite par votre médecin.

Une réinfection reste possible en cas de nouvelle exposition au virus ; les conseils de prévention vous ont été remis.

Bien cordialement,
Dr Émilie Garnier, hépatologue
""", "courrier de résultat de fin de traitement -> followup")

m("fr", "followup", "télésurveillance insuffisance cardiaque - point mensuel", """
Bonjour Docteur Moreau,

Voici le point mensuel de télésurveillance de M. Paul Girard, 76 ans, insuffisant cardiaque (FEVG 30 %), inclus dans le programme depuis son hospitalisation de février pour décompensation.

Sur les 30 derniers jours :
- Poids : stable, entre 71,8 et 72,6 kg, sans alerte de prise de poids.
- Questionnaire de symptômes quotidien : pas d'essoufflement inhabituel, pas d'œdème, pas d'orthopnée déclarée.
- Observance : 29 transmissions sur 30.
- TA moyenne 112/68, FC 64.

Le patient se sent bien. Il a repris le jardinage léger. Aucune modification thérapeutique n'est proposée.

Prochain point dans un mois, ou avant en cas d'alerte.

Cordialement,
Anne-Sophie Leclerc, infirmière de télésurveillance
""", "rapport de télésurveillance stable -> followup")

# ---------------------------------------------------------------- other, English
m("en", "other", "The Weekly Pulse - staff news", """
THE WEEKLY PULSE - news for everyone at Riverside Hospitals

1. Sepsis Awareness Week starts Monday
Sepsis still causes around 48,000 deaths a year in the UK. Learn the signs in adults: slurred speech or confusion, extreme shivering or muscle pain, passing no urine in a day, severe breathlessness, "I feel like I might die", and skin that is mottled or discoloured. Stands in the main atrium all week, and the Sepsis Six refresher on the e-learning hub counts towards your mandatory training.

2. Car park B resurfacing
Car park B will close from 14 to 18 July. Staff permits will be valid at the Park & Ride, with buses every 10 minutes from 6am.

3. Star of the month: Ward 12's Healthcare Assistant Marcy Oduya
Nominated by a family for "noticing that Dad just wasn't himself and getting the doctor straight away". Congratulations, Marcy!

4. New staff gym opens
The gym in the old pharmacy store opens on 1 August; membership costs £10 a month.

5. Menopause café
Join our supportive, informal menopause café on the first Thursday of the month, 12:30, in the library.

6. Digital corner
From 1 July, annual leave requests move entirely into HealthRoster. Paper forms will no longer be accepted. Drop-in training sessions are available in the IT suite every Wednesday.

7. From the Chief Nurse
"This month I'd like to thank every team that supported the Ward 17 refurbishment. Moving 28 patients in a single day, without a single incident, is a credit to you. I'm also delighted that our nursing vacancy rate has fallen below 6% for the first time in five years."

8. Retirements
Fond farewells to Maureen Akers (Outpatients, 38 years), Dr Jim Halloran (Anaesthetics, 31 years) and Brian Cole (Porters, 27 years). Brian's leaving do is in the social club on Friday 19 July, from 5pm: all welcome.

Got a story? Email comms@riverside.example
""", "staff newsletter with sepsis education -> other")

m("en", "other", "Members' Magazine - Summer edition", """
YOUR HOSPITAL - Members' Magazine, Summer

In this issue:

Stroke unit scoops national award
Our Hyper Acute Stroke Unit has been rated "A" in the national audit for the third year running. Consultant Dr Nair says: "Every minute counts. If you see face drooping, arm weakness or speech problems, call 999 straight away - don't wait to see if it passes."

Meet our volunteers
From ward buddies to the hospital radio team, 340 volunteers gave over 28,000 hours last year. Retired postman Ken, 78, explains why he pushes the library trolley every Tuesday.

Governors' elections
Nominations are open until 30 June for three public governor seats.

Recipe corner: heart-healthy summer salad
Our dietitians share a low-salt bean and grain salad that serves four for under £5.

Your Charity
Thank you to everyone who took part in the Midsummer Walk, which raised £18,400 for the neonatal unit's new family rooms.
""", "members' magazine with stroke education -> other")

m("en", "other", "Minutes - Clinical Governance Committee, 12 March", """
MINUTES - Medicine Division Clinical Governance Committee
12 March, 14:00-16:00, Boardroom 2 / Teams

Present: Dr A. Clarke (Chair), Sr M. Hughes, Dr P. Obi, Mr K. Ellis (Patient Safety), Ms J. Ward (Pharmacy), Dr S. Bannerjee
Apologies: Dr R. Fox

1. Minutes of the last meeting: approved.

2. Serious incidents
2.1 SI 2024/031 - delayed recognition of sepsis on Ward 8 (patient admitted with UTI, NEWS of 7 not escalated for 4 hours; patient required ICU admission, now recovered). Actions: NEWS escalation training for bank staff, and e-obs alerting enabled. Owner: Sr Hughes. Due: April.
2.2 SI 2024/035 - missed PE in a post-operative patient, discharged with pleuritic chest pain; readmitted 48 hours later. Actions: ED-surgical interface pathway review. Owner: Dr Obi.

3. Audits
Falls audit: 14% reduction in inpatient falls with harm. Anticoagulation audit: 92% compliance.

4. Mortality review
Three structured judgement reviews completed; no avoidable deaths identified.

5. Risk register
Risk 1412 (insufficient middle-grade cover at night on AMU) remains rated 16. Recruitment of two clinical fellows is under way; interviews on 28 March. Risk 1388 (ageing telemetry system) reduced to 9 following the installation of new monitors on Ward 10.

6. NICE guidance
Three new guidelines were reviewed; a gap analysis will be undertaken for NG51 (sepsis) by Dr Bannerjee, given the changes to antibiotic timing targets.

7. Patient experience
Friends and Family Test: 91% positive. The main themes of negative comments were noise at night and delays in discharge medicines.

8. AOB: new junior doctor induction, 6 August. The Chair thanked Sr Hughes, who leaves the committee after six years.5. AOB: new junior doctor induction, 6 August.

Next meeting: 9 April.
""", "governance minutes describing past incidents -> other")

m("en", "other", "Ward 6 team meeting - notes", """
Hi all,

Notes from Tuesday's team meeting for those who couldn't make it:

- Rota: the August rota will go out on the 20th. Please get your leave requests in by Friday, as there are already 6 people off in the second week.
- Uniforms: new navy tunics for band 6s are arriving. Please return old ones to the linen room.
- Audit: our hand hygiene score was 96%. Well done! Mattress audit next month.
- Training: two places are left on the ILS course on the 15th. Ask Jess.
- Patient feedback: lovely comments about night staff. One complaint about noise at night: please remember the "quiet from 11" poster.
- Reminder: the resus trolley checks were missed on two days last week. It must be checked daily and signed, no exceptions. We had a cardiac arrest on the ward last month and everything was there, but we can't take that for granted.
- Social: leaving do for Priya, Friday 28th, at the Crown.

Thanks,
Claire (Ward Manager)
""", "ward team meeting notes -> other")

m("en", "other", "December rota published + swap rules", """
Dear ED nursing team,

The December rota is now live on HealthRoster. Please check your shifts carefully.

Key points:
- Christmas Day and Boxing Day were allocated using the fairness log: if you worked Christmas last year, you have been given New Year this year.
- Swaps must be agreed by both parties and approved by the shift coordinator at least 72 hours in advance, through HealthRoster only. WhatsApp agreements are not valid.
- Bank shifts will be released on Monday at 10am; substantive staff get priority for the first 48 hours.
- Minimum staffing for resus: two band 6+ nurses with ILS on every shift. If a swap would breach this, it won't be approved.
- If you are unwell for a shift, call the bleep holder (bleep 2200), not a text to your manager.

Any issues, speak to me or Tom by the 10th.

Thanks for all your hard work this year.

Amanda Lowe
Senior Sister, Emergency Department
""", "staff rota mail -> other")

m("en", "other", "Consultant on-call rota - bank holiday cover", """
Hi all,

Attached is the consultant on-call rota for the next quarter, covering general medicine, including the two bank holidays.

A few changes from the draft:
- Dr Haines and Dr Okeke have swapped 26 and 27 August.
- Dr Mistry is on leave 2-16 September, so her Thursdays are covered by Dr Brennan (2 Sept) and the locum, Dr Volkov (9 and 16 Sept).
- The stroke thrombolysis rota is now separate and held by the stroke team; please don't swap those through me.

Reminder that the on-call consultant must be able to reach the hospital within 30 minutes, and that the switchboard needs your mobile number if it has changed.

Please let me know of any errors by Friday. After that, swaps are your responsibility, but please copy me in.

Thanks,
Joanna (Medical Staffing)
""", "consultant on-call rota admin -> other")

m("en", "other", "ILS course - places available", """
Resuscitation Training Department

Immediate Life Support (ILS) course - places available

Dates: 15 May, 12 June, 10 July (08:30-16:30)
Venue: Education Centre, Clinical Skills Lab 2
Who: registered nurses, midwives, ODPs, physiotherapists and FY1s whose ILS certificate expires within 6 months

The course covers:
- recognising the deteriorating patient and preventing cardiac arrest (ABCDE, NEWS2)
- managing a cardiac arrest: high-quality CPR, defibrillation with an AED and a manual defibrillator
- airway management and bag-valve-mask ventilation
- peri-arrest arrhythmias, anaphylaxis and post-resuscitation care
- simulation scenarios: the collapsed patient on the ward, hyperkalaemia, massive haemorrhage

Pre-course e-learning must be completed at least a week before the course.

Book on LearnZone (course code RES-ILS). Places are limited to 12 per course.
""", "training course advert with emergency topics -> other")

m("en", "other", "Call for abstracts - Regional Stroke Forum", """
Dear colleagues,

We are delighted to announce the 12th Regional Stroke Forum, to be held on 14 November at the Royal College of Physicians, Edinburgh.

Themes this year:
- Mobile stroke units and pre-hospital thrombolysis
- Thrombectomy access in rural areas
- Intracerebral haemorrhage: anticoagulation reversal and BP targets
- Post-stroke seizures and epilepsy
- Life after stroke: psychological care and return to work

Keynote: Professor Helen Marsh, "Time is brain: 30 years of acute stroke care".

Abstracts (300 words maximum) for oral and poster presentations are invited from doctors, nurses, therapists and researchers. Deadline: 15 August. Registration: £95 (£45 for trainees and nurses). CPD accreditation applied for.

A half-day pre-conference workshop on "Stroke mimics: seizures, migraine, functional disorders and hypoglycaemia" will run on 13 November (limited to 40 places, £30).

Submit at stroke-forum.example/abstracts.

Organising Committee
""", "conference announcement with stroke topics -> other")

m("en", "other", "Vacancy: Band 6 Emergency Nurse Practitioner (trainee)", """
JOB VACANCY
Band 6 Trainee Emergency Nurse Practitioner - Emergency Department
37.5 hours, permanent. Salary £35,392-£42,618 pro rata.

We are looking for an enthusiastic, experienced ED nurse to join our growing ENP team. You will be supported through the MSc module in minor injuries and illness, working towards independent practice.

Essential:
- NMC registration, with at least 3 years' ED experience at Band 5 or above
- ILS (ALS desirable)
- Experience of triage, including recognising patients with chest pain, sepsis, stroke and major trauma who need immediate escalation
- Excellent communication skills

What we offer: protected study time, a preceptorship and clinical supervision, flexible working, and an NHS pension.

Informal visits are welcomed. Contact Matron Sam Idowu on 01632 960 500.
Closing date: 28 June. Interviews: 8 July.
""", "job advert with red-flag terms in the skills list -> other")

m("en", "other", "Special offer - LifeSaver Pro AED for your clinic", """
Dear Practice Manager,

Sudden cardiac arrest can happen to anyone, anywhere - including in your waiting room. Survival falls by around 10% for every minute without defibrillation. Is your practice ready?

The LifeSaver Pro AED is:
- fully automatic, with clear voice prompts, so anyone can use it
- supplied with a 10-year warranty and self-testing every day
- equipped with paediatric mode at the press of a button
- connected via 4G: we'll alert you if pads or batteries need replacing

EXCLUSIVE OFFER for GP practices: £995 + VAT (RRP £1,495), including a wall cabinet, signage and free online CPR training for up to 20 staff.

Book a free, no-obligation demo at your surgery this month, and receive a complimentary first aid kit.

Best regards,
Mark Dennison
Sales Manager, HeartSafe Medical Ltd
Unsubscribe | Privacy
""", "vendor sales email for a defibrillator -> other")

m("en", "other", "Demo request: SepsisAlert early warning module", """
Dear Director of Nursing,

I'm reaching out from ClinicalSense AI. Our SepsisAlert module integrates with your existing EPR (we support Cerner, Epic and System C) and continuously analyses observations, lab results and nursing notes to flag patients at risk of deterioration up to 6 hours earlier than NEWS2 alone.

Results from a 14-month evaluation at a 900-bed teaching hospital:
- 23% reduction in unplanned ICU admissions
- 18% reduction in sepsis mortality
- 31% fewer cardiac arrest calls on general wards
- high clinician acceptance (alert fatigue reduced by 40% versus the standard trigger)

We'd love to offer your team a 45-minute online demonstration, and a free data-readiness assessment. Would any of the following work: 3 June at 10:00, 5 June at 14:00, or 10 June at 11:00?

Kind regards,
Hannah Frost
Partnerships Lead, ClinicalSense AI
""", "vendor software pitch -> other")

m("en", "other", "PLANNED EPR DOWNTIME - Sunday 02:00-06:00", """
IT SERVICE NOTICE - ALL STAFF

The electronic patient record (EPR) will be unavailable on Sunday 23 June, from 02:00 to 06:00, for a planned upgrade.

During the downtime:
- use the downtime packs in each ward office (paper obs charts, drug charts and request forms);
- read-only access to the last 72 hours of records will be available on the BCA PCs (marked with a red sticker);
- pathology will phone all critical results (e.g. potassium above 6.5, glucose below 3) to the ward, and all other results will be printed;
- radiology will phone urgent findings to the requesting team;
- bed management will run from the paper board in the site office.

After the upgrade, please back-enter observations and medication given during the downtime, within 4 hours.

Service Desk: ext 5000 (24/7)
""", "IT downtime notice mentioning critical result handling -> other")

m("en", "other", "PHISHING ALERT - fake 'payroll update' emails", """
IT Security Notice

We are aware of a phishing campaign targeting staff with emails titled "Action required: payroll bank details update" or "Your June payslip is ready", appearing to come from "NHS Payroll Services".

These emails are FAKE. They link to a website that asks for your network password and bank details.

If you received one:
- do not click the link or open attachments;
- use the "Report Phish" button in Outlook;
- if you clicked and entered your details, change your password immediately and call the Service Desk on ext 5000.

Reminder: Payroll will never ask you to confirm bank details by email. Legitimate payslips are only available via ESR.

Thank you for staying vigilant. Last month, staff reports helped us block over 3,000 malicious emails.

Cyber Security Team
""", "IT security phishing warning -> other")

m("en", "other", "Doctor's SECRET: unblock your arteries in 7 days!!!", """
Dear friend,

Are you worried about HEART ATTACK or STROKE? Big Pharma doesn't want you to know about this simple 30-second morning ritual that cardiologists are calling "a miracle".

Thousands of people over 50 have reported:
✔ no more chest pains
✔ blood pressure back to normal in days
✔ more energy than at age 30
✔ "My doctor couldn't believe my test results!"

CardioFlush Xtreme uses 7 ancient herbs to dissolve plaque and "reset" your heart.

LIMITED STOCK - order in the next 24 hours to receive 3 FREE bottles!
>> CLICK HERE <<

100% money-back guarantee. These statements have not been evaluated by any authority.

To unsubscribe, reply STOP.
""", "spam with heart attack and stroke terms -> other")

m("en", "other", "Research study - have you had a heart attack?", """
Are you recovering from a heart attack? Could you help our research?

The HEART-ACTIVE study, run by the University Cardiovascular Research Unit, is testing whether a smartphone coaching app, used alongside standard cardiac rehabilitation, helps people stay active after a heart attack.

We are looking for adults who:
- have had a heart attack (myocardial infarction) in the last 3 months;
- have been invited to cardiac rehabilitation;
- own a smartphone.

Taking part involves 3 visits over 12 months (fitness test, questionnaires, blood tests), and wearing an activity tracker. Travel expenses are reimbursed, plus a £50 voucher at the end.

This study has been approved by the Research Ethics Committee (REC ref 24/NE/0112). Taking part is voluntary and will not affect your care.

Interested? Email heartactive@uni.example or call 0191 555 7720.
""", "research recruitment advert -> other")

m("en", "other", "Subject access request - my records", """
Dear Data Protection Officer,

Under Article 15 of the UK GDPR, I am making a subject access request for copies of all personal data you hold about me, including:

- all records from my attendance at the Emergency Department on 3-4 February 2023, where I was brought in after taking an overdose, and from my subsequent admission to Ward 22;
- all mental health liaison assessments;
- any notes, emails or incident reports mentioning me;
- CCTV footage from the ED waiting room on the night of 3 February, if still retained;
- audit logs showing who accessed my electronic record between February 2023 and now.

Please provide them electronically. My details: Jordan Mills, DOB 02/09/1996, hospital number 88203196. A copy of my driving licence is attached as proof of identity.

I look forward to your response within one calendar month.

Jordan Mills
""", "subject access request about a past admission -> other")

m("en", "other", "Complaint about my treatment at reception", """
Dear Patient Advice and Liaison Service,

I wish to complain about the way I was treated by the reception staff at the Outpatients Department on Monday 12 May.

I arrived 10 minutes early for my 2:20pm cardiology appointment. The receptionist told me I was "not on the list" and, without checking, told me to "go home and ring the booking line". When I showed her my letter, she rolled her eyes and said, loudly enough for the whole waiting room to hear, "well, you're not important enough to be on my screen".

I am 74. I had a heart attack last year, and these appointments matter to me. I was finally seen at 4:10pm, after another member of staff found my booking under a misspelt name.

I would like an apology, an explanation of why my name was wrong on the system, and reassurance that staff will be reminded of how to speak to patients. I also want my name corrected: it's Whitelaw, not Whitlow.

Yours faithfully,
Gordon Whitelaw
""", "complaint about staff; past MI in passing -> other")

m("en", "other", "Thank you to the ED and ICU teams", """
To everyone in the Emergency Department and the Intensive Care Unit,

Six months ago, on a Sunday afternoon in November, my husband Peter collapsed in our garden with a cardiac arrest. The paramedics got his heart going again, and you took over from there.

I will never forget the calm of the resus team, the nurse (I think her name was Becky) who held my hand and explained everything, or the ICU doctors who phoned me every evening even when there was no news. When they told me he might not wake up, a nurse sat with me until 2am.

He did wake up. He's home, he's walking the dog again, and last week he did the crossword in 20 minutes. He has no memory of any of it, which is probably a blessing.

Please share this with everyone who was there. We've made a donation to the ICU charity in your honour.

With love and gratitude,
Ann and Peter Sullivan
""", "thank-you letter recounting a past cardiac arrest -> other")

m("en", "other", "Act FAST - stroke awareness campaign materials", """
Dear Practice Managers and Community Pharmacists,

The regional Act FAST stroke awareness campaign runs from 1 to 31 May. We'd be grateful if you could display the enclosed materials and share the messages with patients.

The key message is FAST:
F - Face: has their face fallen on one side? Can they smile?
A - Arms: can they raise both arms and keep them there?
S - Speech: is their speech slurred?
T - Time to call 999 if you see any single one of these signs.

We're also highlighting that a "mini-stroke" (TIA) needs urgent assessment even if the symptoms go away.

Enclosed: 2 A3 posters, 100 leaflets (English, Polish, Urdu and Romanian), screen-saver files for waiting-room TVs, and social media graphics.

Reorder free materials at campaigns.example/stroke.

Thank you for your support,
Public Health Campaigns Team
""", "health education campaign about stroke signs -> other")

m("en", "other", "Staff flu vaccination programme starts Monday", """
Dear colleagues,

Our staff flu and COVID vaccination programme starts on Monday 2 October.

Where to get vaccinated:
- Drop-in clinic, Staff Health Hub (Level 1): Mon-Fri, 8am-6pm
- Roving vaccinators will visit wards and departments: check the schedule on the intranet
- Peer vaccinators in each division: ask your ward manager

Why it matters: last winter, flu outbreaks closed 14 bays and led to more than 900 lost staff days. Vaccination protects you, your family, and patients who are vulnerable to serious complications.

If you have had a severe allergic reaction (anaphylaxis) to a previous vaccine or any of its components, please speak to Occupational Health before being vaccinated.

Our target this year is 80% uptake. Every vaccinated member of staff is entered into a prize draw for an extra day's annual leave!

Occupational Health and Wellbeing
""", "staff vaccination campaign with conditional allergy advice -> other")

m("en", "other", "Blood donation session in the hospital atrium", """
Hi everyone,

NHS Blood and Transplant will be running a donation session in the main atrium on Thursday 19 September, from 10am to 4pm.

Every day, hospitals need around 5,000 donations to treat patients: people with major bleeding after accidents, women who haemorrhage in childbirth, children with sickle cell disease, and people having cancer treatment.

You can give blood if you're 17-65 (up to 70 for existing donors), weigh over 7 st 12 lb (50 kg), and are in good health. Some conditions and recent travel may mean you have to wait; check the eligibility quiz online.

Book a slot at blood.example/donate (search "Riverside Hospital"), or just drop in. Tea and biscuits guaranteed!

Staff who donate during working hours can have up to 1 hour's paid time, with their manager's approval.

Thanks,
Staff Engagement Team
""", "blood donation campaign -> other")

m("en", "other", "Pension scheme changes - action needed by 30 September", """
Dear colleague,

Following the NHS Pension Scheme consultation, changes to member contribution tiers will take effect from 1 October. What you need to know:

- Your contribution rate will now be based on your actual annual pensionable pay, rather than the whole-time equivalent.
- If you work part time, your contribution rate may decrease.
- If you have more than one NHS post, each post will be assessed separately.

Action needed: if you have changed your hours in the last 12 months, please check that your details are correct in ESR by 30 September.

Drop-in sessions with the Pensions team: 12, 19 and 26 September, 12:00-14:00, Seminar Room 4.

If you are considering retirement in the next two years, you can also book a one-to-one appointment with a pensions adviser, either in person or via Teams.

Workforce & Payroll Services
""", "staff admin pension notice -> other")

m("en", "other", "Car parking permits - renewal window open", """
Hi all,

The annual staff car parking permit renewal window is open from 1 to 21 March. Permits run from 1 April to 31 March.

To renew:
1. Log in to the Parking Portal with your staff number.
2. Check your vehicle registration(s); you can register up to 2 vehicles.
3. Select your pay band for the salary-linked charge.
4. Agree to the salary deduction.

New this year: priority permits for staff working night shifts and for those with caring responsibilities (evidence needed). Blue Badge holders remain free of charge.

Permits not renewed by 21 March will expire, and you will need to reapply, subject to the waiting list.

Estates & Facilities
""", "parking permit admin -> other")

m("en", "other", "Mandatory training - you are non-compliant", """
Dear Dr Fernandes,

Our records show that the following mandatory training modules are overdue:

- Basic Life Support (adult and paediatric) - expired 14 February
- Safeguarding Adults Level 3 - expired 2 January
- Information Governance - due 30 April
- Blood transfusion (including recognising and managing a transfusion reaction) - expired 10 March

Compliance below 85% will affect your eligibility for study leave and may be raised at your appraisal.

Please complete the e-learning modules on LearnZone and book a face-to-face BLS session through the Resuscitation Department (ext 4410).

If you believe this information is incorrect, please contact the Training Administration team and include your certificates.

Learning & Development
""", "mandatory training reminder -> other")

m("en", "other", "Volunteers wanted - Emergency Department meet & greet", """
Could you spare 4 hours a week?

We're recruiting volunteers for our new Emergency Department "Meet & Greet" service. Volunteers welcome patients and visitors, help them find their way, fetch drinks for people waiting (with staff approval), and offer a friendly chat to anxious relatives.

You don't need any medical experience. You'll receive full training, including:
- what to do if someone in the waiting room becomes unwell (alert a nurse immediately - volunteers never give clinical care)
- safeguarding and confidentiality
- dementia awareness

Shifts are available 7 days a week, 8am-8pm. Volunteers must be aged 18+ and complete a DBS check (free).

Our current volunteers say it's one of the most rewarding things they've done. "You see people at their most worried, and a cup of tea and a kind word really does help," says Pat, who has volunteered in Outpatients for 9 years.

Apply at volunteering.example or call the Voluntary Services team on 01632 960 222.
""", "volunteer recruitment advert -> other")

m("en", "other", "Year 4 medical students - placement timetable", """
Dear Clinical Supervisors,

Please find below the timetable for the Year 4 medical students joining Acute Medicine from 2 September for 6 weeks.

Group A (4 students): Ward 21 and AMU. Supervisor: Dr Khan
Group B (4 students): Ward 22 and Ambulatory Emergency Care. Supervisor: Dr Lindqvist

Weekly teaching:
- Monday 13:00: Case-based learning (week 1: chest pain; week 2: breathlessness; week 3: collapse and syncope; week 4: the confused older patient; week 5: GI bleeding; week 6: sepsis)
- Wednesday 16:00: Bedside teaching with the registrar
- Friday 08:00: Simulation (acute deterioration scenarios)

Students must complete 4 mini-CEXs and 2 CBDs. Please sign their logbooks.

Any concerns about student attendance or professionalism should go to the undergraduate office.

Thanks,
Medical Education Office
""", "medical student timetable with emergency teaching topics -> other")

m("en", "other", "Request for statement - HM Coroner, inquest touching the death of Mr A. Reid", """
Dear Dr Patel,

HM Senior Coroner for the County has opened an inquest into the death of Mr Alan Reid (DOB 12/02/1951), who died on Ward 14 on 9 January following a cardiac arrest.

The Coroner has requested a factual witness statement from you, as the FY2 doctor who reviewed Mr Reid on the evening of 8 January. Please describe your involvement, with reference to the medical notes, including the times of review, your findings, your management plan, and any escalation.

The Legal Services team will support you in preparing the statement, and a template is attached. Please send a draft by 14 March. You may wish to contact your medical defence organisation and your educational supervisor.

Support is available through the staff wellbeing service and the Professional Support Unit.

Kind regards,
Legal Services
""", "legal/staff admin request about a past death -> other")

m("en", "other", "Complaint - and my other issues", """
Dear Patient Relations,

I'm writing to make a formal complaint about the care and communication my wife received on the Day Surgery Unit on 8 April.

Her operation was cancelled after she had been fasting since midnight and sitting in a gown for 7 hours, and nobody told us why until 5pm. When I asked, I was told "that's just how it is". She was upset and humiliated.

I'd like a written explanation of why the operation was cancelled so late, what is being done to stop it happening to others, and an apology.

Separately, and I'm mentioning these only so you have the full picture: her new date is 2 June (booked, thank you). We've paid the parking, and the pharmacy has sorted her tablets. She's well, just fed up. This complaint is about how she was treated on the day.

Yours sincerely,
Raymond Ellis
""", "formal complaint with other topics mentioned in passing -> other")

m("en", "other", "Information request under FOI", """
Dear Freedom of Information Officer,

Under the Freedom of Information Act 2000, I would like to request the following information for each of the last three financial years:

1. the number of patients who waited more than 12 hours in your Emergency Department from the time of arrival;
2. the number of ambulance handovers that took longer than 60 minutes;
3. the number of serious incidents declared relating to delayed treatment of sepsis, stroke or heart attack in the Emergency Department;
4. the number of patients who left the ED without being seen.

Please provide the data in a spreadsheet if possible. I am a journalist at the Northern Echo, writing a story on urgent care pressures.

Yours faithfully,
Fiona Haig
""", "freedom of information request -> other")

m("en", "other", "Re: Would you share your story?", """
Hi Lucy,

Yes, I'm very happy for you to use my story in the patient magazine and on the website. You can use my first name and the photo with the grandchildren. Please don't mention the street I live in. Could I see the final draft before it goes out?

Best wishes,
Graham

> From: Lucy Tran, Communications Team
> Hi Graham, thank you so much for speaking to me last week. Here's the
> draft paragraph for the "Patient Voices" feature:
>
> "Graham, 64, was mowing his lawn last spring when his wife noticed his
> face had dropped and his words were slurred. She called 999 straight
> away. Within 40 minutes of arriving, he had received clot-busting
> treatment on our Hyper Acute Stroke Unit, and the next day he was
> sitting up reading the paper. 'I owe my life to my wife acting FAST,'
> he says."
>
> Are you happy for us to publish this, with your photo?
""", "consent for a comms story; quoted past stroke -> other")

# ---------------------------------------------------------------- other, French
m("fr", "other", "L'Écho du CHU - lettre interne n° 142", """
L'ÉCHO DU CHU - Lettre d'information interne n° 142

1. Semaine de la sécurité des patients
Du 18 au 22 novembre, des stands seront installés dans le hall principal. Au programme, un quiz sur l'identitovigilance et une « chambre des erreurs » en réanimation, sans oublier un atelier « reconnaître l'aggravation d'un patient » : score NEWS, signes de sepsis (marbrures, confusion, polypnée, hypotension), et appel précoce de l'équipe de réanimation.

2. Ouverture de la crèche du personnel
La nouvelle crèche de 60 berceaux ouvrira le 6 janvier, avec des horaires étendus (6h-21h30) pour les agents en horaires décalés. Les inscriptions sont à faire auprès de la DRH.

3. Portrait : Mireille, 35 ans de carrière en néonatologie
Elle part à la retraite ce mois-ci. Souvenirs, anecdotes et conseils aux jeunes collègues.

4. Le restaurant du personnel fait peau neuve
Les travaux auront lieu du 2 au 13 décembre. Des repas seront servis en salle polyvalente.

5. Prix de l'innovation
L'équipe de l'UNV est récompensée pour son parcours « AVC : alerte thrombolyse » qui a permis de réduire de 18 minutes le délai porte-aiguille.

6. Numérique
Le nouvel intranet sera mis en ligne le 2 décembre. Vos identifiants restent les mêmes, et des tutoriels vidéo seront disponibles dès la semaine prochaine.

7. Le mot de la directrice des soins
« Je tiens à remercier toutes les équipes mobilisées lors de l'épisode de grippe de l'automne. Malgré les fermetures de lits et les absences, vous avez su maintenir la qualité des soins. Les nouvelles embauches d'infirmières et d'aides-soignantes permettront de soulager les services dès janvier. »

8. Carnet
Bienvenue aux 48 nouveaux internes arrivés en novembre. Félicitations à Julien et Sarah (bloc opératoire) pour la naissance de leur petite Jeanne.

Vos idées d'articles : communication@chu.example.fr
""", "lettre interne multi-articles avec contenu éducatif -> other")

m("fr", "other", "Le Journal des usagers - printemps", """
LE JOURNAL DES USAGERS - Centre hospitalier de la Vallée

Édito de la présidente de la Commission des usagers
« Cette année, nous avons traité 182 réclamations et 312 éloges. Merci pour votre confiance. »

Dossier : les maladies cardiovasculaires chez la femme
L'infarctus du myocarde est souvent moins typique chez la femme : essoufflement, nausées, fatigue inhabituelle, douleur dans le dos ou la mâchoire. Au moindre doute, appelez le 15. Interview du Dr Claire Martin, cardiologue.

La Maison des usagers vous accueille
Des associations sont présentes tous les jeudis après-midi dans le hall : France AVC, l'association des diabétiques, la Ligue contre le cancer.

Nouveau : la conciergerie
Pressing, cordonnerie, paniers de légumes : un service pour les patients hospitalisés et leurs proches.

Agenda
Le 12 avril, conférence « Bien vieillir chez soi » ; le 25 mai, course solidaire au profit du service de pédiatrie.
""", "journal des usagers avec éducation sur l'infarctus -> other")

m("fr", "other", "Formation AFGSU niveau 2 - inscriptions", """
Centre d'enseignement des soins d'urgence (CESU)

Attestation de formation aux gestes et soins d'urgence (AFGSU) de niveau 2
Sessions : 3-4-5 juin, 1-2-3 juillet, 16-17-18 septembre
Lieu : CESU, bâtiment Formation, salles de simulation
Public : professionnels de santé inscrits dans la 4e partie du code de la santé publique

Programme :
- Alerte et protection, bilan, transmission au SAMU (15)
- Arrêt cardio-respiratoire : RCP de qualité, utilisation du DAE, chariot d'urgence
- Obstruction des voies aériennes, hémorragies externes, garrot
- Malaise : douleur thoracique, signes d'AVC, hypoglycémie, crise convulsive
- Traumatismes, brûlures, accouchement inopiné
- Risques collectifs : plan blanc, risque NRBC

Inscription via la plateforme formation, avec l'accord du cadre. 12 participants maximum par session.
""", "annonce de formation aux gestes d'urgence -> other")

m("fr", "other", "Congrès - Journées francophones de médecine d'urgence", """
Chères et chers collègues,

Les Journées francophones de médecine d'urgence se tiendront du 4 au 6 juin au Palais des congrès de Lyon.

Thèmes phares :
- Douleur thoracique aux urgences : place de la troponine ultrasensible et des algorithmes 0/1 h
- AVC : régulation et thrombectomie en zone rurale
- Sepsis : remplissage, noradrénaline précoce
- Intoxications : nouvelles drogues de synthèse
- Pédiatrie : convulsion fébrile, bronchiolite, traumatisme crânien du nourrisson

Soumission des résumés avant le 15 janvier. Inscriptions à tarif préférentiel jusqu'au 28 février (internes : 90 €). Le congrès est validant pour le DPC.

Comité d'organisation
""", "annonce de congrès -> other")

m("fr", "other", "Offre d'emploi - IDE SMUR / urgences", """
OFFRE D'EMPLOI
Infirmier(ère) diplômé(e) d'État - Structure des urgences et SMUR
Poste à temps plein, CDI ou mutation, horaires en 12 heures

Le centre hospitalier de Beauvais recrute, pour son service des urgences (45 000 passages par an) et son SMUR, des IDE motivé(e)s.

Profil recherché :
- expérience en urgences, réanimation ou soins continus appréciée ;
- AFGSU 2 à jour ;
- capacité à prendre en charge les urgences vitales : arrêt cardiaque, détresse respiratoire, polytraumatisme, AVC, choc septique ;
- sens du travail en équipe et sang-froid.

Nous proposons : une formation d'adaptation à l'emploi au SMUR, une prime d'engagement, une crèche sur site et un logement temporaire possible.

Candidature (CV et lettre de motivation) : recrutement@ch-beauvais.example.fr
Contact : Mme Lenoir, cadre supérieure de santé, 03 44 11 22 33.
""", "offre d'emploi avec termes d'urgence -> other")

m("fr", "other", "Demande de communication du dossier médical de mon père", """
Madame, Monsieur le Directeur,

Mon père, M. Claude Renard, né le 03/04/1940, est décédé dans votre établissement le 18 janvier, dans le service de réanimation, après un arrêt cardiaque survenu aux urgences.

En application de l'article L.1110-4 du code de la santé publique, je sollicite, en qualité d'ayant droit, la communication des éléments de son dossier médical me permettant de connaître les causes de son décès : compte rendu des urgences, compte rendu de réanimation et certificat de décès.

Je joins à ma demande une copie de ma pièce d'identité, un extrait d'acte de décès et un acte de notoriété établissant ma qualité d'ayant droit.

Je souhaite recevoir ces documents par voie postale.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Renard
""", "demande de dossier médical par une ayant droit -> other")

m("fr", "other", "Réclamation - accueil aux urgences", """
Madame, Monsieur,

Je souhaite porter réclamation concernant l'accueil reçu aux urgences de votre établissement dans la nuit du 3 au 4 mars.

J'y ai accompagné ma mère, âgée de 86 ans, qui avait fait une chute à domicile. Elle a attendu 9 heures sur un brancard dans le couloir, sans qu'on lui propose à boire ni qu'on l'aide à aller aux toilettes, malgré mes demandes répétées. Une soignante m'a répondu : « Ce n'est pas un hôtel ici. »

Je comprends que les équipes soient débordées et je ne remets pas en cause la qualité des soins médicaux : on lui a fait un scanner, qui n'a heureusement montré aucune fracture. Mais la dignité des personnes âgées doit être respectée.

Je souhaiterais une réponse écrite et que ma réclamation soit présentée à la Commission des usagers.

Veuillez agréer mes salutations distinguées,
Bernard Moulin
""", "réclamation sur l'accueil, chute passée -> other")

m("fr", "other", "Merci à toute l'équipe de réanimation", """
À toute l'équipe de réanimation médicale,

Il y a un an jour pour jour, notre fils Hugo, 19 ans, était admis chez vous dans le coma, après un grave accident de moto. Vous nous aviez prévenus que les prochaines heures seraient décisives, qu'il avait une hémorragie cérébrale et de nombreuses fractures.

Nous n'oublierons jamais la douceur des infirmières de nuit, la patience du Dr Lemaire qui prenait le temps de tout nous expliquer, ni ce kiné qui chantait en le mobilisant.

Aujourd'hui, Hugo a repris ses études de graphisme. Il marche, il rit, il a même recommencé à nous agacer, comme tout jeune de son âge !

Nous avons fait un don à l'association des familles de la réanimation. Merci, merci, merci.

Isabelle et Marc Durand
""", "remerciements évoquant une urgence passée -> other")

m("fr", "other", "Course solidaire pour la pédiatrie - inscrivez-vous !", """
Bonjour à toutes et à tous,

L'association Les Petits Cœurs organise le dimanche 25 mai sa 6e course solidaire (5 km et 10 km, marche ou course) au profit du service de pédiatrie du centre hospitalier.

L'an dernier, vous avez été 640 participants et nous avons collecté 12 800 €, qui ont permis d'aménager une salle de jeux et d'acheter des fauteuils-lits pour les parents.

Cette année, l'objectif est de financer un espace de repos pour les familles d'enfants hospitalisés en réanimation pédiatrique.

Inscription : 12 € (gratuit pour les moins de 12 ans) sur lespetitscoeurs.example. Un tee-shirt est offert aux 300 premiers inscrits. Venez en équipe de service !

Un poste de secours sera assuré par la Croix-Rouge sur le parcours.

L'équipe de l'association
""", "événement caritatif -> other")

m("fr", "other", "Prime et bulletin de paie de juin", """
Madame, Monsieur,

Nous vous informons que votre bulletin de paie de juin comprendra les éléments suivants :

- le versement de la prime de service annuelle, calculée au prorata de votre temps de présence ;
- la revalorisation du point d'indice de 1,5 %, avec un rappel depuis le 1er juillet de l'an dernier ;
- la régularisation des heures supplémentaires du mois de mai.

Pour les agents en arrêt maladie au cours de l'année, la prime de service est réduite selon les modalités prévues par le règlement intérieur. Les absences pour accident du travail ne sont pas décomptées.

Vos bulletins sont disponibles sur le coffre-fort numérique. En cas de question, contactez le service paie (poste 4120) du lundi au vendredi, de 9h à 12h.

Direction des ressources humaines
""", "information RH sur la paie -> other")

m("fr", "other", "Délégué à la protection des données - demande d'effacement", """
Madame la Déléguée à la protection des données,

En application de l'article 17 du RGPD, je vous demande l'effacement de mes données personnelles de la liste de diffusion « Lettre des patients » de votre établissement, à laquelle j'ai été inscrite sans mon consentement lors de mon hospitalisation de 2022.

Je ne demande pas la suppression de mon dossier médical, que je sais devoir être conservé pendant 20 ans. Je souhaite seulement ne plus recevoir de messages promotionnels ni d'enquêtes de satisfaction par courriel ou par SMS.

Je souhaite également savoir à quels tiers mes coordonnées ont été communiquées (prestataires d'enquête, associations).

Je vous remercie de me confirmer la prise en compte de ma demande dans un délai d'un mois.

Claire Fontaine
""", "demande RGPD au DPO -> other")

m("fr", "other", "Exercice plan blanc - jeudi 14h", """
À l'ensemble des personnels du site principal,

Un exercice de déclenchement du plan blanc (afflux massif de victimes) aura lieu le jeudi 16 novembre à partir de 14h, en lien avec le SAMU et la préfecture.

Scénario fictif : accident de bus sur la rocade, avec 25 victimes, dont 6 urgences absolues (polytraumatismes, hémorragies, brûlures). Les « victimes » seront jouées par des étudiants infirmiers maquillés.

Ce qui sera testé :
- le rappel du personnel (SMS d'alerte : merci de répondre comme indiqué, sans vous déplacer) ;
- l'activation de la cellule de crise ;
- le tri à l'entrée des urgences et la libération de lits ;
- la communication avec les familles.

L'activité habituelle des services continue. Les patients réels restent prioritaires.

Un débriefing est prévu le 23 novembre.

Direction générale - cellule de gestion de crise
""", "annonce d'exercice de crise, scénario fictif -> other")

m("fr", "other", "Rapport annuel de la Commission des usagers", """
Madame, Monsieur les membres de la CDU,

Vous trouverez ci-joint le projet de rapport annuel de la Commission des usagers, qui sera soumis au vote lors de la séance du 12 mars.

Points saillants :
- 182 réclamations (contre 205 l'an dernier), principalement liées aux délais d'attente aux urgences, à la communication avec les familles et aux pertes d'objets personnels ;
- 312 éloges, adressés notamment à la maternité et aux soins palliatifs ;
- 9 médiations médicales réalisées, dont 2 concernant des retards de diagnostic (un infarctus et un AVC, pris en charge ensuite sans séquelle grave) ;
- 4 demandes d'indemnisation transmises à l'assureur.

Les recommandations de la commission portent sur l'information des familles pendant l'attente aux urgences et sur la signalétique.

Merci de nous faire part de vos remarques avant le 5 mars.

Le secrétariat de la CDU
""", "rapport de la CDU mentionnant des cas passés -> other")

# ---------------------------------------------------------------- French replacements (other)
m("fr", "other", "CR du CREX - pôle femme-enfant", """
RELEVÉ DE CONCLUSIONS - CREX du pôle Femme-Enfant
Séance du 7 février. Animation : Mme Rivière (sage-femme coordinatrice), Dr Haddad (pédiatre)

1. Événement n° FE-2024-022 : administration de lait maternel au mauvais nouveau-né en néonatologie (biberons de deux mères étiquetés avec des étiquettes manuscrites semblables). Aucune conséquence clinique ; le dépistage sérologique de la mère donneuse était négatif. Causes : absence d'étiquettes code-barres au lactarium, interruption de tâche lors de la préparation. Actions : étiquetage nominatif imprimé, double vérification au lit. Pilote : cadre de néonatologie.

2. Événement n° FE-2024-027 : chute d'un nouveau-né du lit de sa mère en suites de couches, la nuit, pendant un allaitement (mère endormie). L'examen pédiatrique et l'échographie transfontanellaire étaient normaux ; l'enfant est sorti à J3 comme prévu. Actions : information des mères sur le risque de somnolence, berceaux side-car, passage de nuit renforcé.

3. Points divers : la semaine de la sécurité des patients est fixée au 18 novembre.

Prochain CREX : 6 mars.
""", "CREX sur des événements indésirables passés -> other")

m("fr", "other", "Relevé de décisions - conseil de bloc opératoire", """
Bonjour à tous,

Voici le relevé de décisions du conseil de bloc du 12 :

1. Programmation : à partir du 1er septembre, les programmes opératoires devront être validés le jeudi à 12h pour la semaine suivante. Les ajouts tardifs passeront par la régulation du cadre de bloc.
2. Retards d'ouverture de salle : le retard moyen est de 22 minutes en juin. Les anesthésistes et les chirurgiens s'engagent à être présents en salle à 8h. Un suivi mensuel sera affiché.
3. Check-list HAS : le taux de remplissage complet est de 89 %. La pause avant incision reste insuffisamment tracée en orthopédie.
4. Stérilisation : les deux boîtes de cœlioscopie manquantes ont été commandées et la livraison est prévue fin août.
5. Revue de morbi-mortalité : la reprise au bloc pour hémorragie après thyroïdectomie du mois de mai a été analysée. Le protocole de surveillance post-opératoire du cou en SSPI sera mis à jour.
6. Travaux : la salle 4 sera fermée du 5 au 16 août pour le remplacement du bras de plafond.

Prochain conseil : 9 octobre.

Dr Frédéric Morel, président du conseil de bloc
""", "relevé de décisions du conseil de bloc -> other")

m("fr", "other", "Manipulateurs radio - nouveaux cycles en 12h : consultation", """
Bonjour à toutes et à tous,

Comme annoncé lors de la réunion du 3, la direction des soins propose de passer le service d'imagerie en cycles de 12 heures (7h-19h / 19h-7h) à partir du 1er janvier, à titre expérimental pour 6 mois.

Ce que cela changerait :
- 3 à 4 postes par semaine au lieu de 5 ;
- une nuit sur six en moyenne, sans week-end de plus qu'aujourd'hui ;
- le scanner des urgences serait couvert en continu par un manipulateur dédié ; l'IRM resterait en horaires de jour jusqu'à 21h.

Avant toute décision, un vote consultatif est organisé du 2 au 13 décembre : une urne sera disponible au secrétariat, et le vote est anonyme. Les représentants du personnel ont reçu le projet de trame et donneront leur avis en CSE le 16.

Le planning de décembre reste inchangé.

Merci de votre participation,
Mme Bertrand, cadre supérieure, pôle imagerie
""", "mail sur l'organisation des cycles de travail -> other")

m("fr", "other", "Astreinte infirmière de nuit mutualisée - planning des 4 EHPAD", """
Bonjour aux IDE des EHPAD Les Tilleuls, Les Acacias, Le Clos Fleuri et La Roseraie,

Vous trouverez ci-joint le planning de l'astreinte infirmière de nuit mutualisée pour octobre à décembre. Pour rappel, l'IDE d'astreinte est joignable de 21h à 7h par les aides-soignants de nuit des quatre établissements ; elle intervient sur place si nécessaire et appelle le 15 en cas d'urgence.

Quelques règles :
- les échanges d'astreinte sont possibles, mais doivent être signalés à l'IDEC coordinatrice avant le 20 du mois précédent ;
- le téléphone d'astreinte se récupère à l'accueil des Tilleuls à 20h30, avec la mallette et les clés des armoires à pharmacie ;
- la fiche de traçabilité des appels doit être remplie à chaque appel reçu, même sans déplacement.

Les indemnités d'astreinte et de déplacement figureront sur la paie du mois suivant.

Merci,
Nadège Fournier, IDEC coordinatrice
""", "planning d'astreinte du personnel -> other")

m("fr", "other", "Lits connectés anti-chute pour vos résidents", """
Madame la Directrice,

Chaque année en France, les chutes des personnes âgées entraînent plus de 100 000 hospitalisations, et une part importante d'entre elles survient la nuit, lors du lever du lit.

SérénaLit propose un lit médicalisé nouvelle génération, équipé :
- d'un capteur de sortie de lit qui alerte discrètement le personnel de nuit sur smartphone ;
- d'une hauteur variable jusqu'à 20 cm du sol ;
- d'un éclairage automatique au sol ;
- d'un tableau de bord qui suit les levers nocturnes pour adapter les soins.

Dans un EHPAD pilote de 80 lits, les chutes nocturnes ont baissé de 34 % en un an.

Offre de lancement : location à 2,90 € par jour et par lit, sans engagement, avec l'installation et la formation des équipes.

Je serais ravi de vous présenter la solution lors d'un rendez-vous dans votre établissement.

Bien cordialement,
Thomas Perrin, responsable commercial, SérénaLit
""", "démarchage commercial pour des lits -> other")

m("fr", "other", "Télémédecine en EHPAD : présentation de notre chariot connecté", """
Madame, Monsieur,

Notre société propose aux EHPAD un chariot de télémédecine clé en main : écran, caméra haute définition, stéthoscope connecté, otoscope, dermatoscope et ECG 12 dérivations.

Il permet :
- des téléconsultations avec le médecin traitant ou les spécialistes du GHT, sans transport du résident ;
- des téléexpertises en dermatologie et en cardiologie ;
- un avis rapide de la gériatrie de l'hôpital de référence, pour éviter des passages aux urgences évitables.

Les actes sont pris en charge par l'assurance maladie, et un financement de l'ARS est possible dans le cadre du programme régional de télésanté.

Nous vous proposons une démonstration sur site d'une heure, avec votre médecin coordonnateur. Quelles dates vous conviendraient en septembre ?

Cordialement,
Sarah Lemoine, TéléSoins Solutions
""", "démarchage d'un prestataire de télémédecine -> other")

m("fr", "other", "Passage à la messagerie sécurisée MSSanté - ce qui change", """
À tous les médecins, secrétaires médicales et cadres de santé,

À partir du 1er juillet, l'envoi des comptes rendus de consultation et d'hospitalisation aux médecins de ville se fera exclusivement par la messagerie sécurisée de santé (MSSanté), et non plus par courrier postal ni par fax.

Ce qui change pour vous :
- les comptes rendus validés dans le DPI seront envoyés automatiquement à l'adresse MSSanté du médecin traitant et des correspondants indiqués ;
- si un correspondant n'a pas d'adresse MSSanté, le secrétariat recevra une alerte et devra procéder à un envoi postal ;
- une copie sera déposée dans le DMP/Mon espace santé du patient, sauf opposition de sa part.

Des formations de 45 minutes sont organisées pour les secrétariats les 10, 12 et 17 juin. Inscription auprès de la DSI.

La Direction du système d'information
""", "note de la DSI sur un changement de messagerie -> other")

m("fr", "other", "Rappel : pas de photos de patients sur WhatsApp", """
Chers collègues,

Plusieurs signalements récents nous amènent à rappeler quelques règles de sécurité des données.

1. Photos de plaies ou de lésions : il est interdit de les prendre avec votre téléphone personnel ou de les partager via WhatsApp, Messenger ou SMS, même entre soignants et même sans visage visible. Utilisez l'application sécurisée de l'établissement, qui verse directement la photo dans le dossier du patient.

2. Clés USB : deux clés contenant des listes de patients ont été perdues ce trimestre. Les clés USB personnelles sont interdites ; des clés chiffrées sont disponibles auprès de la DSI.

3. Impressions : ne laissez pas de listes de patients sur les imprimantes partagées.

Ces incidents doivent être déclarés à la DPO, car ils peuvent constituer des violations de données à notifier à la CNIL.

Merci pour votre vigilance.
La DPO et le RSSI
""", "rappel sur la sécurité des données -> other")

m("fr", "other", "ameli : votre remboursement de 146,20 € est en attente", """
Assurance Maladie

Cher(e) assuré(e),

Après la dernière vérification annuelle de vos droits, nous avons constaté que vous pouvez recevoir un remboursement de 146,20 €.

Pour le recevoir sous 48 h, veuillez confirmer vos informations et vos coordonnées bancaires en cliquant sur le lien ci-dessous :

>> Recevoir mon remboursement <<

Passé un délai de 72 h, votre demande sera annulée et le montant perdu.

Cordialement,
Le service remboursement
ameIi-remboursement-securise.example.com

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "faux courriel de remboursement (hameçonnage) -> other")

m("fr", "other", "Registre ÉPI-GROSSESSE - appel à participation", """
Vous êtes enceinte et vous avez une épilepsie ?

Le service de neurologie et la maternité du CHU participent au registre national ÉPI-GROSSESSE, qui suit les grossesses de femmes épileptiques afin de mieux connaître les effets des médicaments antiépileptiques sur le déroulement de la grossesse et sur le développement des enfants.

Participer, c'est :
- répondre à un questionnaire à chaque trimestre, puis à la naissance et lorsque l'enfant a 1 an et 3 ans ;
- autoriser le recueil des informations médicales de votre dossier (traitements, crises pendant la grossesse, accouchement, santé du bébé).

Il n'y a aucun examen supplémentaire, aucun changement de traitement, et aucune visite en plus de votre suivi habituel. La participation est libre, et vous pouvez l'arrêter à tout moment.

Projet autorisé par la CNIL et approuvé par un comité d'éthique.

Renseignements : attachée de recherche clinique, epi-grossesse@chu.example.fr
""", "recrutement pour un registre de recherche -> other")

m("fr", "other", "Mars bleu - dépistage du cancer colorectal", """
Mesdames, Messieurs les professionnels de santé,

À l'occasion de Mars bleu, le Centre régional de coordination des dépistages des cancers vous invite à relayer la campagne de dépistage organisé du cancer colorectal.

Les messages clés :
- le cancer colorectal est le 2e cancer le plus meurtrier en France, et il se guérit dans 9 cas sur 10 s'il est détecté tôt ;
- le test immunologique est destiné aux personnes de 50 à 74 ans, sans symptôme ni antécédent particulier, tous les 2 ans ;
- il est gratuit, rapide et se fait à domicile ; le kit peut être commandé en ligne, ou remis par le médecin ou le pharmacien ;
- les personnes qui ont du sang dans les selles, des troubles du transit récents ou des antécédents familiaux doivent consulter leur médecin plutôt que de faire le test.

Vous trouverez ci-joints les affiches, les dépliants (en français, en arabe et en turc) et les visuels pour les écrans.

Le CRCDC
""", "campagne de dépistage -> other")

m("fr", "other", "5 mai - Journée mondiale de l'hygiène des mains", """
Chers collègues,

Le 5 mai, l'équipe opérationnelle d'hygiène (EOH) vous donne rendez-vous pour la Journée mondiale de l'hygiène des mains.

Au programme :
- un caisson pédagogique à lumière noire dans le hall, de 10h à 16h, pour tester votre friction hydroalcoolique ;
- un passage de l'EOH dans les services avec un quiz (des lots sont à gagner) ;
- le bilan de l'indicateur de consommation de solutions hydroalcooliques : notre établissement atteint 82 % de l'objectif, contre 74 % l'an dernier.

Un rappel : les bijoux (y compris les alliances et les montres) et les ongles longs ou vernis sont incompatibles avec une friction efficace.

Les infections associées aux soins touchent un patient hospitalisé sur vingt. La friction des mains reste le geste le plus efficace pour les prévenir.

L'EOH
""", "campagne d'hygiène des mains -> other")

m("fr", "other", "22 juin - Journée nationale du don d'organes", """
Bonjour à tous,

À l'occasion de la Journée nationale de réflexion sur le don d'organes, la coordination hospitalière des prélèvements tiendra un stand d'information dans le hall le 22 juin, de 9h à 17h.

Quelques rappels :
- en France, nous sommes tous présumés donneurs, sauf si nous avons exprimé notre refus (registre national des refus, écrit confié à un proche ou refus exprimé oralement à ses proches) ;
- la plupart des prélèvements sont réalisés chez des personnes en état de mort encéphalique, souvent après un AVC grave ou un traumatisme crânien ;
- plus de 20 000 personnes sont inscrites sur liste d'attente de greffe.

Le plus important reste d'en parler à ses proches.

La coordination vous propose aussi une formation de 2 heures pour les soignants de réanimation et des urgences, le 28 juin.

Coordination hospitalière des prélèvements d'organes et de tissus
""", "journée d'information sur le don d'organes -> other")

m("fr", "other", "Restaurant du personnel - nouvelle carte et nouveaux tarifs", """
Bonjour à toutes et à tous,

À partir du 2 septembre, le restaurant du personnel passe à un nouveau système :

- la carte professionnelle sert désormais de carte de paiement ; elle se recharge en ligne ou à la borne de l'entrée ;
- le prix du repas complet (entrée, plat, dessert) passe à 4,20 € pour les agents de catégorie C, 4,80 € pour la catégorie B et 5,40 € pour la catégorie A et les médecins, avec une participation employeur revalorisée ;
- de nouveaux horaires sont mis en place : 11h15-14h30, et un service du soir de 18h30 à 20h30 pour les équipes de nuit ;
- des plateaux froids sont disponibles pour les agents de nuit au distributeur du rez-de-chaussée.

Les anciennes cartes de cantine ne seront plus acceptées après le 30 septembre ; le solde restant sera transféré automatiquement.

Direction des services économiques et logistiques
""", "information du personnel sur la restauration -> other")

m("fr", "other", "Campagne des entretiens professionnels annuels", """
Madame, Monsieur,

La campagne des entretiens professionnels annuels est ouverte du 15 septembre au 15 décembre.

Cet entretien avec votre supérieur hiérarchique direct permet de faire le bilan de l'année écoulée, de fixer les objectifs de l'année à venir et d'exprimer vos souhaits de formation et d'évolution professionnelle.

Étapes :
1. Votre cadre vous proposera une date au moins 8 jours à l'avance.
2. Le formulaire de préparation est disponible sur l'intranet (rubrique RH > Carrière).
3. Le compte rendu vous sera communiqué et vous pourrez y ajouter vos observations.
4. Il sera ensuite versé à votre dossier administratif.

Les demandes de formation exprimées lors de l'entretien alimenteront le plan de formation de l'an prochain.

Pour toute question : carrieres@ch.example.fr

Direction des ressources humaines
""", "campagne RH d'entretiens annuels -> other")

m("fr", "other", "Devenez patient partenaire", """
Vous avez vécu une maladie chronique, un cancer, un AVC ou un long séjour à l'hôpital ? Votre expérience peut aider d'autres patients et les équipes soignantes.

Le centre hospitalier recrute des patients partenaires pour :
- co-animer les ateliers d'éducation thérapeutique (diabète, insuffisance cardiaque, après un infarctus) ;
- participer à la formation des étudiants infirmiers et en médecine ;
- relire les documents d'information remis aux patients ;
- siéger dans les groupes de travail sur la qualité de l'accueil.

Une formation de 40 heures est proposée, et une indemnisation est prévue pour les interventions.

Il n'est pas nécessaire d'être guéri, mais votre situation doit être stabilisée et vous devez avoir du recul sur votre parcours.

Pour en savoir plus, participez à la réunion d'information du 14 octobre à 17h (salle du conseil), ou écrivez à patients.partenaires@ch.example.fr.
""", "appel à candidatures de patients partenaires -> other")

m("fr", "other", "Séminaire d'accueil des nouveaux internes - novembre", """
Chères internes, chers internes,

Bienvenue au CHU ! Le séminaire d'accueil aura lieu le vendredi 3 novembre, de 8h30 à 17h, dans l'amphithéâtre B.

Programme :
- 8h30 : accueil par le directeur général et par le président de la CME
- 9h15 : le fonctionnement des gardes et des astreintes, et le repos de sécurité
- 10h00 : atelier « gérer une urgence vitale la nuit dans un service de médecine » (arrêt cardiaque, détresse respiratoire, hémorragie, troubles de conscience) : qui appeler, et comment
- 11h30 : la prescription informatisée et les pièges du DPI
- 14h00 : annoncer un décès à une famille, par l'équipe de soins palliatifs
- 15h30 : prendre soin de soi, avec la cellule d'écoute des internes et la médecine du travail
- 16h30 : présentation du syndicat des internes et de la vie associative

La présence est obligatoire et compte comme du temps de travail. Les badges, les tenues et les codes informatiques seront remis sur place.

Direction des affaires médicales
""", "séminaire d'accueil avec thèmes d'urgence -> other")

# ---------------------------------------------------------------- French replacements (billing)
m("fr", "billing", "1 € et 2 € retenus ?", """
Bonjour, sur mon relevé ameli, la CPAM a retenu 2 € sur ma consultation chez vous et 1 € sur la prise de sang. C'est une erreur de votre facturation ou c'est normal ? Merci. Mme Garnier
""", "court : participation forfaitaire retenue -> billing")

m("fr", "billing", "Séjour non facturable - pièces manquantes", """
Madame Lopes,

Votre hospitalisation en chirurgie ambulatoire du 4 mars ne peut pas encore être facturée à votre caisse d'assurance maladie ni à votre complémentaire, car votre dossier administratif est incomplet.

Il nous manque :
- une attestation de droits à l'assurance maladie à jour (votre carte vitale n'a pas pu être lue le jour de l'admission) ;
- votre attestation de mutuelle, avec le numéro d'adhérent et le code de télétransmission ;
- la déclaration de médecin traitant, ou le nom de votre médecin traitant, car le parcours de soins modifie le taux de remboursement.

Sans ces documents dans un délai de 30 jours, la totalité des frais (1 124,60 €) vous sera facturée directement, et vous devrez ensuite en demander le remboursement vous-même.

Vous pouvez les déposer au bureau des entrées, les envoyer par courrier ou les transmettre par mail à frais.sejour@ch.example.fr.

Le bureau des entrées
""", "bureau des entrées demandant des pièces pour facturer -> billing")

m("fr", "billing", "ALD non appliquée sur ma facture", """
Bonjour,

Je suis reconnu en affection de longue durée (ALD) pour mon insuffisance cardiaque depuis 2021, après mon infarctus. Normalement, les soins en rapport avec cette maladie sont pris en charge à 100 %.

Or la facture de ma consultation de cardiologie du 12 mai et de l'échographie cardiaque du même jour (86,40 € au total) indique un ticket modérateur de 30 % à ma charge, soit 25,92 €. Il semble que l'exonération ALD n'ait pas été cochée au moment de la facturation.

Pouvez-vous corriger la facture et la refaire en exonération ? Je vous joins mon protocole de soins ALD, valable jusqu'en 2026.

Je me porte bien, merci, le nouveau traitement me réussit.

Cordialement,
René Cousin
""", "exonération ALD non appliquée sur une facture -> billing")

m("fr", "billing", "Facture d'hospitalisation - patient sans couverture, AME en cours", """
Madame, Monsieur,

Je suis assistante sociale à l'hôpital et j'accompagne M. Ibrahim Sow, hospitalisé du 2 au 9 avril dans le service de maladies infectieuses.

M. Sow n'avait aucune couverture maladie au moment de son admission. Nous avons déposé le 5 avril une demande d'aide médicale de l'État (AME) auprès de la CPAM ; la demande est en cours d'instruction. Or il vient de recevoir à son adresse de domiciliation un avis des sommes à payer de 8 430 € pour ce séjour.

L'AME, si elle est accordée, prend effet à la date de dépôt de la demande, et peut couvrir rétroactivement les soins hospitaliers des trois mois précédents. Je vous demande donc de suspendre le recouvrement jusqu'à la décision de la CPAM, et de refacturer le séjour à l'AME une fois les droits ouverts. À défaut, nous solliciterons le dispositif des soins urgents.

Je joins le récépissé de dépôt.

Cordialement,
Hélène Martin, assistante sociale
""", "assistante sociale : facture d'un patient sans couverture -> billing")

# ---------------------------------------------------------------- French replacements (followup)
m("fr", "followup", "reprise du sport après ma myocardite", """
Bonjour Docteur Arnaud,

Il y a quatre mois, j'ai été hospitalisé en cardiologie pour une myocardite, après une grosse grippe. J'avais eu des douleurs dans la poitrine et la troponine était très élevée, et l'IRM avait confirmé le diagnostic. Vous m'aviez interdit le sport en compétition pendant 6 mois.

Depuis, tout va bien : je n'ai plus eu de douleur, plus d'essoufflement, plus de palpitations, et je marche une heure par jour sans problème. L'échographie de contrôle du mois dernier était normale d'après le compte rendu.

J'aimerais savoir quand et comment je pourrai reprendre le football en club (je joue en départemental). Faut-il refaire une IRM, une épreuve d'effort ou un Holter avant la reprise ? Mon club me demande aussi un certificat pour la prochaine saison.

Merci d'avance,
Maxime Lebrun
""", "question sur la reprise du sport après une myocardite passée -> followup")

m("fr", "followup", "mon compte rendu d'IRM - je ne comprends rien", """
Bonjour,

J'ai reçu le compte rendu de mon IRM du genou gauche, faite le 14 dans votre service, mais ma consultation avec le chirurgien n'est que dans 5 semaines. J'ai lu le compte rendu et je n'y comprends pas grand-chose :

« Fissure horizontale de la corne postérieure du ménisque médial atteignant la surface articulaire inférieure. Chondropathie fémoro-tibiale médiale de grade II. Épanchement intra-articulaire de faible abondance. Ligaments croisés intacts. »

Est-ce que c'est grave ? Est-ce que je risque de devoir être opérée ? En attendant, dois-je arrêter la marche nordique ?

Le genou me fait mal surtout dans les escaliers. Il ne se bloque pas et ne gonfle pas beaucoup.

Merci si quelqu'un peut me répondre,
Catherine Morin
""", "patiente demandant l'explication d'un résultat d'IRM -> followup")

m("fr", "followup", "Avis de la RCP d'oncologie thoracique - M. Gauthier", """
Cher confrère,

Votre patient, M. Serge GAUTHIER, 66 ans, a été présenté à la réunion de concertation pluridisciplinaire d'oncologie thoracique du 9 mai.

Antécédents : tabagisme sevré (40 paquets-années), BPCO stade 2, infarctus du myocarde en 2016 avec pontage, AVC ischémique mineur en 2020 sans séquelle.

Histoire : nodule du lobe supérieur droit de 22 mm, découvert sur le scanner de suivi de sa BPCO. Le TEP-scanner montre une hyperfixation isolée du nodule, sans adénopathie ni lésion à distance. La biopsie conclut à un adénocarcinome pulmonaire. Stade cT1cN0M0.

Les EFR et l'évaluation cardiologique sont compatibles avec une chirurgie.

Décision de la RCP : lobectomie supérieure droite par vidéothoracoscopie, puis surveillance. La consultation avec le Dr Lemaire, chirurgien thoracique, lui sera proposée dans les 15 jours.

Le patient a été informé du diagnostic par le pneumologue le 10 mai.

Confraternellement,
Dr Anne Dufresne, pneumologue, secrétaire de la RCP
""", "avis de RCP avec ATCD cardiovasculaires -> followup")

m("fr", "followup", "carnet de glycémies - diabète gestationnel", """
Bonjour Docteur Hamel,

Comme convenu, je vous envoie mes glycémies capillaires de la semaine (diabète gestationnel diagnostiqué à 26 semaines, je suis maintenant à 30 SA) :

À jeun : 0,88 / 0,91 / 0,86 / 0,94 / 0,89 / 0,92 / 0,90
2 h après le petit-déjeuner : 1,18 / 1,24 / 1,15 / 1,31 / 1,19 / 1,22 / 1,16
2 h après le déjeuner : 1,12 / 1,09 / 1,20 / 1,14 / 1,26 / 1,10 / 1,13
2 h après le dîner : 1,21 / 1,17 / 1,28 / 1,19 / 1,15 / 1,24 / 1,20

Je suis bien le régime de la diététicienne (plus de jus de fruit le matin, pain complet) et je marche 30 minutes après le dîner. Seule la valeur de 1,31 jeudi dépasse ; c'était le jour de l'anniversaire de ma fille.

Est-ce que tout va bien ou faut-il envisager l'insuline ?

Merci,
Laetitia Roger
""", "relevés de glycémies en diabète gestationnel -> followup")

m("fr", "followup", "morsure de chien de Théo - contrôle de la plaie", """
Bonjour,

Théo (8 ans) a été soigné aux urgences pédiatriques dimanche pour une morsure de chien à l'avant-bras droit (le chien d'un voisin, à jour de ses vaccins). La plaie a été lavée, laissée ouverte sans points, et on lui a prescrit de l'Augmentin pour 5 jours. On nous a dit de faire contrôler la plaie à 48 heures.

Je vous envoie des nouvelles et deux photos : les trous sont propres, un peu rosés autour sur un demi-centimètre, il n'y a pas de pus, pas de gonflement, et la rougeur ne s'étend pas (j'ai tracé le contour au stylo comme demandé, elle n'a pas dépassé). Il n'a pas de fièvre et il bouge bien les doigts.

Est-ce que le contrôle chez notre médecin suffit, ou faut-il revenir chez vous ? Et il peut retourner à la piscine avec l'école jeudi ?

Merci,
Mme Aurélie Vasseur
""", "contrôle d'une plaie de morsure sans signe d'infection -> followup")

m("fr", "followup", "brûlure de la main - évolution", """
Bonjour l'équipe du centre des brûlés,

Je suis venu en consultation le 3 pour une brûlure du dos de la main gauche (de l'huile de friture). On m'a fait un pansement gras et on m'a dit de revenir dans une semaine, mais je pars en déplacement professionnel et je ne pourrai revenir que le 15.

L'infirmière de mon quartier refait le pansement tous les deux jours. Elle dit que ça cicatrise bien : la peau est rose, il reste une petite zone suintante de la taille d'une pièce de 1 €. Il n'y a pas d'odeur, pas de rougeur autour, et je n'ai pas de fièvre. Je bouge bien les doigts.

Est-ce que je peux décaler le contrôle au 15 ? Et faut-il prévoir de la crème ou un vêtement compressif après la cicatrisation ?

Merci,
Karim Haddad
""", "suivi de cicatrisation d'une brûlure sans signe d'infection -> followup")

m("fr", "followup", "CR de consultation de néphrologie - M. Lambert", """
Cher confrère,

J'ai revu ce jour en consultation M. Georges LAMBERT, 74 ans, suivi pour une maladie rénale chronique de stade 4 d'origine vasculaire et diabétique.

Antécédents : œdème aigu du poumon en 2021 et en 2022, hyperkaliémie sévère à 7,2 mmol/L en 2022 ayant nécessité une hospitalisation en soins intensifs, infarctus du myocarde en 2015, AOMI avec amputation de l'orteil droit.

Évolution : stabilité de la fonction rénale depuis un an (DFG 18 mL/min, contre 19 il y a six mois). Kaliémie à 5,1 mmol/L sous patiromère. Pas de surcharge : poids stable, sans œdème. TA 132/74. Hémoglobine 10,8 g/dL sous EPO.

Nous avons abordé la préparation à la suppléance. Le patient et son épouse souhaitent, le moment venu, une dialyse péritonéale à domicile. Une consultation d'information avec l'infirmière de dialyse est organisée.

Prochaine consultation dans 3 mois, avec un bilan mensuel en ville.

Confraternellement,
Dr Sophie Kessler, néphrologue
""", "CR de néphrologie avec ATCD graves, patient stable -> followup")


# ---------------------------------------------------------------- write the jsonl
EXPECTED = {"appointment": 60, "prescription": 60, "billing": 55,
            "clinical_urgent": 95, "followup": 70, "other": 60}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "train_long.jsonl")
    part = out + ".part"
    counts = collections.Counter(x["category"] for x in M)
    langs = collections.Counter(x["lang"] for x in M)
    assert dict(counts) == EXPECTED, counts
    assert langs["en"] == 200 and langs["fr"] == 200, langs
    subjects = collections.Counter(x["subject"] for x in M)
    assert not [s for s, c in subjects.items() if c > 1], "duplicate subject"
    with open(part, "w", encoding="utf-8") as f:
        for i, x in enumerate(M):
            assert x["lang"] in ("en", "fr") and x["body"] and x["note"]
            rec = {"id": "tr-lg-%03d" % i, "lang": x["lang"], "subject": x["subject"],
                   "body": x["body"], "category": x["category"], "urgent": x["urgent"],
                   "note": x["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(part, out)
    print("wrote %d messages to %s: %s" % (len(M), out, dict(counts)))


if __name__ == "__main__":
    main()
