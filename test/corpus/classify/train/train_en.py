#!/usr/bin/env python3
"""English training messages for the medmilter classifier.

Hand-written, one message at a time. Run this file to (re)write train_en.jsonl next to it.
Ids tr-en-000 ... are assigned after a fixed-seed shuffle so categories are interleaved.
"""
import json
import os
import random

A, P, B, U, F, O = ("appointment", "prescription", "billing", "clinical_urgent",
                    "followup", "other")
M = []


def m(cat, subject, note, body):
    M.append({"category": cat, "subject": subject, "note": note,
              "body": body.strip("\n")})

# ---------------------------------------------------------------- clinical_urgent
# chest pain / pressure
m(U, "not feeling right", "chest pressure described as weight on chest, sweating; lay wording, no 'chest pain' phrase",
"""
Hi,

I know this is probably not the right address but I don't know who else to email at 6am. It feels
like somebody is sitting on my chest, a big heavy weight right in the middle, and I'm sweating
buckets even though the window is open. It started about 40 minutes ago when I was taking the bins out.

I'm 58, I take tablets for my blood pressure. Should I just wait for the surgery to open?

Gary Holt
DOB 14/02/1967
""")
m(U, "husband", "wife reports tightness spreading to jaw and arm, current; short lay message",
"""
My husband has a tightness across his chest that is going up into his jaw and down his left arm.
He says it's just indigestion but he's gone a funny grey colour. What do we do?? He won't let me call anyone.
""")
m(U, "Re: reschedule my echo?", "routine reschedule request with acute crushing chest pain buried at the end -> urgent overrides",
"""
Hello,

Thanks for getting back to me. Unfortunately Tuesday the 9th won't work as I'm travelling for work,
could we look at the following week instead? Mornings are best, anything before 11.

Also I wanted to ask whether I need to stop my aspirin before the echo or not, the letter didn't say.

And this is probably nothing but since about an hour ago I have had a crushing sort of feeling in my
chest and my left arm is tingly, I had to sit down on the stairs. Probably just stress from the move.

Regards
Martin Okafor
MRN 40718832

> On Mon, Jessica (Cardiology bookings) wrote:
> Dear Mr Okafor, your echocardiogram is booked for Tuesday 9th at 10:20.
""")
m(U, "", "text-speak, empty subject, chest tight hurting with breathing and sweats",
"""
hey its kayla from 3B, my chest is rly tight n it hurts when i breathe in, im all sweaty n shaky
been like this since i woke up. is this a panic attack or smth worse?? mum at work. pls reply asap
""")
m(U, "Resident Mrs D. Fairweather - Room 14", "care home carer reporting pressure behind breastbone, clammy and grey, current",
"""
Good afternoon,

I am the senior carer on duty at Willowbank Care Home. Mrs Doris Fairweather (DOB 03/08/1939,
NHS 485 777 3456) has been complaining for the last 30 minutes of a pressure behind her breastbone.
She is clammy, pale and grey around the lips, pulse feels irregular. She has a history of angina
but her GTN spray has not helped after two doses.

Her GP surgery is closed for training this afternoon so we are emailing the hospital team she
saw in March. Please advise urgently, we have also called 111 and are on hold.

Nicola Bray
Senior Carer
""")
m(U, "Fwd: mum", "forwarded text from mother: squeezing chest and racing heart now; daughter forwarding",
"""
Can someone from the heart clinic look at this please, she's your patient (Irene Walsh, 1948).
I'm three hours away and she won't call an ambulance for herself.

---------- Forwarded message ---------
From: Irene Walsh
Sent: Sunday 07:52
To: Claire

darling my heart is going like the clappers and theres a squeezing across my chest like a belt
pulled tight, i feel sick. dont want to make a fuss. love mum x
""")
m(U, "Bed 12 Ward 7 - new chest pain", "nurse to on-call: new central chest pain radiating to back, ST changes; clinician wording",
"""
Dr Ames,

Bed 12 (Mr L. Petrovic, MRN 22019457), day 2 post hip replacement, developed new central chest pain
at 02:10 radiating through to his back, 8/10. BP 92/58, HR 118, sats 93% on 2L. ECG done, looks
like ST elevation in II, III, aVF. Troponin sent. Please attend, bleeped twice with no answer.

Staff Nurse Adaeze N.
Ward 7 ext 4417
""")

# stroke signs
m(U, "dad", "mouth droopy on one side, dribbling, current; son writing",
"""
My dad's mouth has gone droopy on one side and he's dribbling his tea down his chin. He says he's fine but
he sounds like he's had a few drinks and he hasn't. He is 81, he's under Dr Price for his heart.
Started maybe 20 min ago. Do I bring him in to the clinic or what?
""")
m(U, "Can't lift arm - Mrs Sato", "daughter: can't lift arm, dropping things since lunch; no word 'weakness'",
"""
Hi

My mother (Keiko Sato, DOB 11/30/1944) can't lift her right arm since lunchtime. She keeps dropping
her fork and couldn't hold the phone. She thought she'd slept on it funny but it's been two hours now
and she's not getting better. She's on warfarin from your anticoagulation clinic.

Thank you
Emi Sato
(617) 555-0148
""")
m(U, "urgent pls", "talking gibberish, words jumbled; text style from grandchild",
"""
grandad is talking gibberish, like real words but all jumbled up in the wrong order and he looks scared
cos he knows its wrong. started at tea time like 20 mins ago. his face looks a bit wonky too. nan says
to email you cos hes your patient. what do we do
""")
m(U, "weird", "first-person slurred speech and numb face, thinks it's nothing",
"""
Probably overreacting but my words are coming out slurred, like I'm drunk, and I've not had a drop.
The left side of my face feels numb and heavy and my smile looks lopsided in the mirror. Woke up like
this half an hour ago. Can I get a same day appointment or should I wait till tomorrow?
Sam
""")
m(U, "Resident update - Mr B. Collins", "care home: sudden confusion, leg gives way, lopsided smile; current",
"""
To the stroke team / Dr Haddad,

Mr Bernard Collins (room 6, MRN 55120398) was his normal self at breakfast. Around 10:45 staff found
him suddenly confused, not knowing where he was, and his left leg kept giving way when we tried to
stand him. His smile is lopsided. He had a TIA in 2019 which you followed up.

We have him sitting in a chair with a carer. Please tell us what to do.

Maple Lodge Nursing Home
""")
m(U, "RE: Thursday physio appointment", "reply chain: cancels physio because husband can't find words and face lopsided now -> urgent",
"""
Sorry I won't be able to bring Jim on Thursday after all, and I don't know if I should even be
emailing this but he woke up from his nap and he cannot find his words, he's pointing at things and
getting cross, and one side of his face looks lower than the other. It's been about 15 minutes.

Joan

-----Original Message-----
From: Physiotherapy Outpatients
Subject: Thursday physio appointment

Dear Mr Wheeler, this is a reminder of your physiotherapy appointment on Thursday at 14:00.
""")
m(U, "eye and hand", "sudden vision loss one eye + hand feels not her own; indirect stroke signs",
"""
Dear Dr Mensah,

About an hour ago it was like a curtain came down over my left eye and now my right hand feels as if
it belongs to someone else, I can't do the buttons on my cardigan. I am on your list for my blood
pressure. My neighbour has said she will drive me somewhere, please tell me where to go.

Margaret Hale
""")

# breathing difficulty
m(U, "breathing", "first-person can't catch breath at rest, short",
"""
I can't catch my breath even sitting still. It's getting worse since this morning, I can only say a
few words then need to stop. I have COPD, Dr Lin is my consultant. Inhalers not helping.
""")
m(U, "my son", "parent: lips going blue, child struggling; lay",
"""
My 4 year old's lips are going a bit blue and he's breathing really fast with a horrible grunting
noise. He's had a cold for 3 days but this is different. He's asleep but hard to wake. Sorry I
didn't know who to email, we're under Dr Nkemelu for his asthma.
""")
m(U, "asthma attack", "wheezing, can't talk in sentences, reliever not working; US wording",
"""
Hi, I'm writing because I can't really talk on the phone right now. I'm wheezing really bad and I can't
get through a sentence without stopping for air. I've done 10 puffs of my albuterol in the last hour and
it's barely doing anything. Can someone call my husband Derek at 503-555-0192? He's on his way home.
Lena Dubois, DOB 07/22/1990
""")
m(U, "baby breathing funny", "infant: ribs sucking in, gasping; parent typos",
"""
my baby is 7 weeks old and her breathing looks wrong, her tummy goes in and out really fast and
you can see her ribs sucking in under the skin with every breath, and she keeps stopping feeds to
gasp. she was discharged from your neonatal unit 3 wks ago. is this normal??? shes floppy too
""")
m(U, "through a straw", "breathing through a straw feeling after long-haul flight, pain on breathing in",
"""
Hello,

I flew back from Singapore yesterday and since this afternoon it's like I'm breathing through a straw.
Sharp pain under my right ribs when I breathe in, and my right calf has been sore and swollen since the
flight. I'm on the pill. I don't have a GP here yet, I saw your walk-in clinic once last year.

Anna Kowalczyk
""")
m(U, "Dad's oxygen", "carer: sats 84% at rest on home monitor, breathless; numeric",
"""
Dad's home pulse oximeter is reading 84% and he's breathless just sitting in his chair, puffing and
blowing, can't finish his sentences. Normally he's 92-93. He's on the virtual ward for his lung
fibrosis (hospital number H4420193). The virtual ward number just rings out. What should I do?

Tom (son)
""")
m(U, "Re: Re: inhaler technique leaflet", "reply thread about leaflet, then current breathlessness, struggling every breath",
"""
Thanks for the leaflet. I'll have a read.

Also I don't want to panic anyone but today every breath is a struggle, I had to stop halfway from the
bathroom to the bed and sit on the floor. My ankles are like balloons too. Is this my heart failure
getting worse? I'm on my own till tonight.

Harold

> > Could you send me the inhaler technique leaflet you mentioned? My spacer seems different.
> Hi Harold, attached is the leaflet. Kind regards, Respiratory Nurse Team
""")

# suicidal thoughts / self-harm
m(U, "i'm sorry", "suicidal intent with plan, first person, indirect wording",
"""
I don't want to be here anymore. I've worked out how I'm going to do it and I think tonight is the night.
I just wanted someone at the clinic to know it wasn't anyone's fault. Thank you to Dr Rahman for trying.
""")
m(U, "my daughter", "parent found fresh cuts and daughter says she wants to die",
"""
Hello,

I found fresh cuts on my daughter's arms tonight, quite deep ones, and when I asked her she said she
wants to die and that she's been planning it. She is 15 and sees your CAMHS team (Lily Barnes, DOB
09/04/2010). I've taken the razors away but she's locked herself in the bathroom now.

Please can someone ring me on 07700 900461.

Rachel Barnes
""")
m(U, "", "text-speak goodbye-style message, empty subject",
"""
cant do this anymore. everyone wud be better off w/o me. sorry for wasting ur time at the appts. bye
""")
m(U, "Fwd: worried about Jake", "friend forwarding goodbye post; self-harm plan by third party",
"""
Hi, Jake is a patient at your psych outpatients (he's mentioned Dr Osei). He posted this in our group
chat 20 minutes ago and now isn't answering. I'm not family so I don't know if I'm allowed to email
but I'm really scared.

----- Forwarded message -----
From: Jake
love you all. going to the bridge tonight. don't try to stop me. I've made my peace with it
""")
m(U, "repeat prescription - sertraline", "looks like prescription refill, then states thoughts of ending life and stockpiled pills -> urgent",
"""
Hi,

Please could I get my sertraline 100mg renewed, I'm down to my last few. Same pharmacy as before
(Boots on the high street).

Honestly though I've been thinking a lot about ending it lately. I've got a drawer full of the old
tablets saved up and some days it's all I think about. I'm not sure why I'm telling you this by email.

Chris
NHS no. 943 476 5870
""")
m(U, "Client disclosure - urgent review needed", "social worker reports active SI with plan and means today",
"""
Dear Crisis Team,

I'm a community social worker. During a home visit this morning my client, Ms Denise Fairley (DOB
12/01/1983, MRN 77310264), disclosed active suicidal thoughts with a plan to hang herself this evening
once her children are with their father. She has rope in the house. She would not agree to come with me.

I have left her with her sister. Please advise on immediate next steps. My mobile: 07700 900733.

Owen Pryce
Adult Social Care
""")
m(U, "hurting myself again", "first-person current self-harm, bleeding, lay",
"""
i said at my last appointment that i'd stopped but i havent. i cut again tonight and its worse than
usual, its still bleeding through the towel. i dont want to go to a&e and have everyone look at me.
is there someone i can talk to. i also keep thinking about not waking up
""")
# overdose / poisoning / ingestion
m(U, "took too many", "first-person overdose of paracetamol, several hours ago",
"""
I took a whole packet of paracetamol about 4 hours ago, 16 tablets, plus some of my mum's co-codamol.
I wasn't trying to die I just wanted to sleep. Now I feel sick and scared. Should I tell someone?
""")
m(U, "toddler got into pills", "toddler swallowed grandmother's tablets; parent panic",
"""
My 2 year old got into my mother in law's handbag and we think she's eaten some of her heart tablets,
amlodipine and bisoprolol, blister pack has 5 missing. It was maybe 15 minutes ago. She seems ok
right now. We're at grandma's. Please what do we do. Our daughter is Ava Mitchell, your patient.
""")
m(U, "Battery", "button battery swallowed by child; current",
"""
Hello, my son (3) just swallowed one of those small round flat batteries from the kitchen scales, I saw
him do it. He's coughing a bit and drooling. Is this an emergency or will it pass? I tried ringing the
children's ward but no answer.

Priya
""")
m(U, "Nan", "elderly confused took double/triple doses of digoxin, now vomiting and seeing yellow",
"""
Hi, I'm writing about my nan Evelyn Price (DOB 02/06/1936). We think she's been taking her digoxin
three times a day instead of once for the past week because her dosette box was filled wrong. Today
she's been vomiting, she's really muddled and she says everything looks yellow. Her heart rate on
the machine is 38. She's under your cardiology team.
""")
m(U, "drank something from under the sink", "child ingestion of bleach/drain cleaner; lay wording",
"""
my son (22 months) drank something from under the sink, i think its the drain unblocker, there was
some on his lips and hes crying and spitting, his mouth looks red inside. wiped his mouth. do i make
him sick??? pls answer
""")
m(U, "RE: methadone pick up times", "reply about pharmacy pickup, then friend found unresponsive-ish after taking extra methadone -> urgent",
"""
Ok thanks, I'll pick up at 9 on Mondays from now on.

Also my flatmate who's on the programme with me took my take-home dose as well as his own about an
hour ago and now he's snoring really loud and I can't wake him up properly, his lips look a bit dusky.
What do I do, I don't have naloxone.

> Your collection times have been updated to 09:00 Mon-Sat.
> Community Pharmacy Team
""")
m(U, "Mushrooms?", "adult ate foraged mushrooms, now vomiting, possible poisoning; US wording",
"""
My husband and I picked mushrooms on a hike yesterday and cooked them for dinner. About 6 hours ago
we both started throwing up and having terrible diarrhea, and now he's really weak and yellowish. We
thought it was food poisoning but someone on a forum said this is how death cap poisoning starts.
We're both patients at your family medicine clinic. Please advise. 971-555-0163
""")

# severe bleeding / vomiting or coughing blood
m(U, "throwing up blood", "first-person vomiting blood, coffee grounds, dizzy",
"""
I've been sick twice this morning and it's dark red with bits like coffee grounds in it. I feel dizzy
when I stand up. I take naproxen for my back every day. Do I need to come in?
Pete Gallagher, MRN 31208775
""")
m(U, "nosebleed won't stop", "nosebleed over an hour on warfarin, soaking towels",
"""
Dear Anticoagulation Clinic,

My father (Desmond Reid, DOB 05/19/1941) has had a nosebleed for an hour and twenty minutes and it
will not stop. We have pinched it and used ice, he has soaked through two tea towels and is now
spitting out clots. His INR last week was 4.1. He is very pale.
""")
m(U, "coughing", "coughing up blood, more than streaks; lay",
"""
hi doc, for the last day ive been coughing up proper blood, not just streaks, like a mouthful each time,
bright red and frothy. im a smoker, 61. had a chest xray last month ordered by your clinic, never heard back
""")
m(U, "Post-partum", "heavy postpartum bleeding, passing big clots, dizzy; current",
"""
I had my baby 9 days ago at your maternity unit. Since this afternoon the bleeding has got really heavy
again, I'm soaking a maternity pad every half hour and passing clots the size of a lemon. I feel faint
and my heart is racing. Is that normal at this stage? My partner is at work.
Chloe
""")
m(U, "black poo", "black tarry stools and fainting; elder wording; UK 'poo'",
"""
Sorry to be crude but my husband's poo has gone jet black and sticky like tar since yesterday and this
morning he went all clammy and nearly passed out on the toilet. He's on blood thinners after his valve.
Should we wait for his appointment next week?

Brenda Moss
""")
m(U, "cut my hand", "deep cut spurting blood, can't stop with pressure",
"""
Cut my hand badly on a broken glass about 10 min ago, its spurting blood in pulses even when I press
down hard with a tea towel, the towel is soaked through. Wife is driving. which entrance do we use?
""")
m(U, "Site query - femoral puncture site", "nurse reports expanding haematoma and bleeding after angiogram",
"""
Hi Cath Lab team,

Patient returned to ward 3 at 14:00 post-angiogram (Mrs R. Chaudhry, MRN 61147320). Right femoral site
now oozing steadily through pressure dressing, with a rapidly expanding swelling, BP dropped from
138/80 to 96/60 over 20 min. Manual pressure being applied. Please send someone urgently.

Charge Nurse, Ward 3
""")

# seizures
m(U, "fit", "UK 'fit' for seizure, ongoing >5 min, child",
"""
My daughter is having a fit right now and its been going more than 5 minutes, her arms and legs are
jerking and her eyes are rolled back. Her rescue med is at school. Emailing because my phone is with
my husband calling 999. She's your patient in neurology clinic. Please send someone.
""")
m(U, "husband shaking", "lay description of tonic-clonic seizure without the word 'seizure'",
"""
My husband went stiff then started shaking all over on the kitchen floor, his lips were blue and he wet
himself. It stopped after a couple of minutes but now he's really sleepy and can't tell me what day it is.
He's never had anything like this. He had a bang on the head playing rugby on Saturday.

Fiona
""")
m(U, "Episode on the bus", "carer: person with epilepsy having repeated seizures without recovering",
"""
Hi, I'm a support worker for Daniel Webb (DOB 23/10/1995), your neurology patient. He's had three
seizures in the last 40 minutes and hasn't come round properly between them. We gave the buccal
midazolam 10 minutes ago. He's on the floor in the day centre in recovery position.
""")
m(U, "", "text-speak: friend 'having a seizure', empty subject",
"""
my gf is having a seizure rn she doesnt have epilepsy shes on the floor twitching n foaming wat do i do
""")
m(U, "baby jerking", "infant rhythmic jerking, febrile convulsion description; parent",
"""
My baby (10 months) was hot this evening and then suddenly went rigid and his arms started jerking,
eyes staring, not responding to me. It lasted maybe 3 minutes. Now he's very floppy and grey.
We are Mr and Mrs Adeyemi, our son Tobi was born at your hospital.
""")
m(U, "staring spells getting worse", "staring spells now continuous, unresponsive — current status",
"""
Dear Dr Kaur,

Zara's absences have been different today. Since about 2pm she's been in and out of these staring
episodes almost continuously, lip smacking and not answering us, hardly any normal time between them.
It's been more than an hour. She is 12, you saw her in clinic last month. Please advise.

Samira (mum)
""")
m(U, "RE: EEG appointment confirmation", "reply confirming EEG then reports seizure happening now/clustering",
"""
Yes the 14th is fine for the EEG, thank you.

But I need to tell someone, my son has just had another one of his shaking episodes, this is the
second one today and he still hasn't woken up properly from the first, he's breathing noisily.

Kind regards
Mark Ellison

> Please confirm you can attend the EEG on the 14th at 09:30.
""")

# unresponsive, fainting, collapse
m(U, "Mum collapsed", "collapse, not responding properly; daughter writing",
"""
My mum just collapsed in the hallway, she's breathing but she won't answer me properly, just groaning.
She has diabetes and heart problems, your patient Pauline Fitch. Ambulance said 40 mins. Help.
""")
m(U, "keeps passing out", "repeated fainting today with palpitations; first person",
"""
Hi, I've passed out three times today, once on the stairs. Each time my heart goes really fast first
and then everything goes black. I'm on the waiting list for the cardiology holter. Is it ok to wait?
Jordan
""")
m(U, "can't wake him", "parent cannot wake teen, possible alcohol; unresponsive",
"""
Our son came home from a party and we can't wake him up, he's breathing slow and snoring and doesn't
respond when we shake him or shout. He's 16. We don't know what he's taken. He's cold to touch.
""")
m(U, "Fall - Resident Mr Thornton", "care home: found on floor, unresponsive to voice, GCS low",
"""
Mr Ken Thornton (Room 22, DOB 01/07/1932) found on floor of en-suite at 06:15, not responding to
voice, only groans to pain. Pupils look unequal. Unknown how long down. He is on apixaban.
Please advise the on-call team. Staff with him.

Elmhurst House Care Home
""")
m(U, "went down at the gym", "bystander: someone dropped at the gym, went grey, CPR",
"""
Writing this from the gym reception, one of your cardiac rehab patients (Alan, the class on Tuesdays)
just went down on the treadmill, grey and not breathing right, our staff are doing CPR and using the
defib. Ambulance called. His wife's number is on your file, can someone contact her?
""")
m(U, "mum's dizzy spells", "started as followup-style message, now blacked out and not fully awake",
"""
Hello,

I emailed last week about mum's dizzy spells after her pacemaker check. Today she blacked out at the
table, face down in her dinner, and she's only half with it now, not making sense, very pale and cold.
Her pulse feels really slow, like 30. Please can someone call back. 0161 496 0732.

Helen Grant (daughter of Ruth Grant)
""")
m(U, "floppy", "infant floppy and unresponsive, hard to rouse",
"""
baby very floppy and wont wake up properly for feeds, shes kind of limp when i pick her up and her eyes
roll. shes 5 weeks. is this an emergency
""")
# anaphylaxis
m(U, "throat", "throat closing after peanut, lips swelling; first person",
"""
Ate something with peanut in it at lunch, my throat feels like its closing and my lips are swelling up,
I've used one epipen. My voice sounds weird. I'm at work, on my own in the office.
""")
m(U, "after the injection", "reaction minutes after first antibiotic dose, hives and wheeze",
"""
Dear clinic, I had the first dose of the new antibiotic you prescribed (amoxicillin) half an hour ago
and now I've come out in big itchy welts all over, my face is puffing up and I'm getting wheezy.
Is this normal side effect? I'm 34.
""")
m(U, "Son - bee sting", "child stung, face swelling, struggling to breathe and floppy",
"""
My son got stung by a bee 10 minutes ago in the garden and his whole face is blowing up, his eyes are
nearly shut and he's making a noise when he breathes in. He's gone pale and sleepy. He's 7.
""")
m(U, "tongue swelling", "ACE inhibitor angioedema, tongue swelling, difficulty swallowing; lay",
"""
My tongue has swollen up like a balloon since this morning and I can hardly swallow my own spit. My
lips are huge. I started ramipril from your hypertension clinic 3 weeks ago, not sure if it's related.
Mr Yusuf Bello, MRN 88410275
""")
m(U, "Re: allergy clinic food challenge", "reply after food challenge at home: widespread hives, vomiting, faint",
"""
We did the egg step at home like the sheet said. About 20 min later she's covered in hives, she's thrown
up twice and now she says she feels dizzy and funny and she's very pale. Her lips look a bit swollen.
Do I give the adrenaline pen?

Lucy (mum of Isla)

> Please introduce the baked egg muffin as per the attached ladder and report any reactions.
""")
m(U, "Infusion reaction bay 4", "nurse: anaphylaxis to IV infusion in day unit",
"""
Day Unit Bay 4 - patient (MRN 51902276) 5 min into iron infusion: flushing, stridor, BP 78/40, sats
89%. Infusion stopped, IM adrenaline given 0.5mg. Need the medical reg now please, crash call also put out.
""")
m(U, "rash n cant breathe", "text-speak: shrimp then rash and breathing trouble",
"""
ate prawns at a wedding n now im covered in hives n my chest is tight n throat feels tight n scratchy,
feel like im gonna pass out. dont have an epipen. whats the nearest a&e to the venue
""")

# high fever in infant
m(U, "6 week old temperature", "6-week-old 38.6C; infant fever",
"""
Hi, my baby is 6 weeks old and her temperature is 38.6 under the arm. She's more sleepy than usual and
isn't interested in her bottle. We had our newborn check with your team last week. Does she need to be seen?
""")
m(U, "hot baby", "2-month-old burning up, Fahrenheit reading; US",
"""
My 2 month old is burning up, the thermometer says 101.3 F rectal. He's fussy and won't nurse, and he
got his shots 5 days ago so I don't think it's from them. Is it okay to give Tylenol and wait til morning?
""")
m(U, "fever + rash", "baby fever with rash that doesn't fade with glass test",
"""
Our 9 month old has had a high temperature since the afternoon (39.4) and now there's a purple spotty
rash on her legs that doesn't go away when I press a glass on it. She's whimpering and floppy.
""")
m(U, "Re: newborn hearing test", "reply about hearing test then mentions newborn fever and poor feeding",
"""
Thank you, we'll bring him on the 3rd.

By the way, he feels really hot tonight, the ear thermometer says 38.2 and he's only 3 weeks old.
He's gone a bit mottled on his tummy and isn't feeding. Is that something to worry about?

> Your baby's newborn hearing screen is booked for the 3rd at 10:00.
""")
m(U, "", "text-speak: newborn fever, empty subject",
"""
baby 4wks temp 38.9 wont feed crying weird high pitched cry. midwife said email if worried. worried
""")
m(U, "Grandchild temperature", "grandparent carer, infant very hot and breathing fast",
"""
I'm looking after my grandson this week (Noah, 11 weeks old). He's very hot to touch, 39 on the
thermometer, breathing fast and he's been sleeping nearly all day and won't take his milk. His mum is
abroad. I've given nothing yet. Should I take him somewhere?
Graham
""")

# severe abdominal pain
m(U, "stomach", "worst pain ever, can't stand up straight; lay",
"""
Worst stomach pain of my life, started round my belly button and now it's down on the right side, I
can't stand up straight and I've been sick. Hurts to walk or cough. I'm 19, at uni, registered with
your student health.
""")
m(U, "Tummy pain - Mrs Adebayo", "pregnant? abdominal pain one side with shoulder tip pain, faint - possible ectopic",
"""
I'm about 6 weeks pregnant (positive test last week) and I have really bad pain low down on the left,
it's sharp and getting worse, and now I've got a weird pain in the tip of my shoulder and I nearly
fainted in the shower. A bit of spotting. I haven't had my booking appointment yet.
Tolu Adebayo
""")
m(U, "RE: colonoscopy prep", "bowel prep question then rigid belly, severe pain, vomiting",
"""
Hi, I've stopped the prep as the instructions said if sick. But the pain is now really bad, my belly is
swollen and hard as a board, I haven't passed wind since yesterday and I keep vomiting green stuff.
Is this the prep or something else?

> If you experience vomiting during bowel preparation, pause for 30 minutes then continue slowly.
""")
m(U, "back and belly", "older man: sudden tearing belly pain into back, collapse feeling (AAA)",
"""
My husband (74) suddenly got a terrible pain in his belly that goes straight through to his back,
he says it's tearing. He's sweating and grey and says he feels like he's going to pass out. He has
an aneurysm they were "watching" at your vascular clinic.
""")
m(U, "kid's tummy", "child: testicle/belly pain, vomiting — testicular torsion-ish; parent",
"""
my 13 yr old woke up screaming with pain in his lower tummy and his privates, one side is swollen and
hes been sick twice. hes too embarrassed to let me look properly. hes doubled over on the bed
""")
m(U, "Pancreatitis again?", "known history + current severe epigastric pain through to back, vomiting",
"""
Dear GI team,

I think it's happening again. The same awful pain as when I was admitted in June, top of my stomach
boring through to my back, I can't lie flat, been vomiting since 4am and can't keep water down.
Pain 10/10. You told me to let you know.

Gavin Thorpe, MRN 40291188
""")

# post-operative warning signs
m(U, "wound after c-section", "c-section wound hot, red, oozing pus with fever",
"""
I had my c-section 8 days ago. Since yesterday the wound is really red and hot, it's started oozing
yellow-green stuff that smells, and I've got a temperature of 38.7 with shivers. Feeling really rough.
Should I come back in?
""")
m(U, "knee op", "post knee replacement: calf swollen hot and breathless",
"""
Hello orthopaedic team, I had my knee replaced 10 days ago. My calf on the op side has gone swollen,
hot and tight and since this morning I'm getting short of breath walking to the loo. Is this normal?
Patricia Lowe, hospital no. 30918847
""")
m(U, "Re: Re: post op check", "reply chain: stitches question becomes fever and pus at wound",
"""
Thanks for the reply about the stitches. Since I wrote, it's got worse, the scar is swollen, angry red
and there's pus coming out of one end, and I've got a fever of 39 and feel shivery and weak. I'm on
day 6 after the gallbladder op.

> > When should the stitches come out?
> > Mike
> They're dissolvable, no need to remove. Surgical Nurse Team
""")
m(U, "after my op", "post-op bowel surgery: increasing belly pain, fever, fast heart - possible leak",
"""
I was discharged 2 days ago after having part of my bowel removed. Since last night the pain in my
tummy is getting worse not better, I've got a fever, my heart is racing and I feel terrible. My
wife says I look grey. Dr Iqbal's team.
""")
m(U, "tonsils", "post tonsillectomy bleeding fresh blood; child",
"""
My son had his tonsils out 6 days ago and he's just spat out a load of bright red blood and it keeps
coming, he's swallowing a lot. He's 8. What should I do?
""")
m(U, "hernia repair", "post-op wound hot and red, spreading, fever; US",
"""
Hi, I had my hernia repair last week with Dr Shaw. The incision is hot, red and the redness is spreading
up my belly, it's draining cloudy fluid and I've had a fever of 102 since last night with chills. Do I
need to be seen today?
Rick Alvarez, DOB 04/11/1969
""")

# critical labs / acute findings reported by clinicians
m(U, "CRITICAL RESULT - potassium", "lab phoning-through style email: critical potassium",
"""
CRITICAL VALUE NOTIFICATION

Patient: HOLLOWAY, Dennis   MRN 70138842   Loc: Renal Outpatients (sample taken 09:12)
Potassium 7.1 mmol/L (non-haemolysed, repeat confirmed)
Requesting clinician: Dr A. Farouk

Unable to reach requesting clinician by phone. Please action immediately and acknowledge.
Biochemistry Duty Scientist
""")
m(U, "CT head result - Bed 4 ED", "radiology: acute subdural / brain bleed on CT",
"""
Dr Morris,

Preliminary report CT head, patient in ED bay 4 (MRN 22948017): large acute left subdural haematoma
with 9mm midline shift. Patient on apixaban. Discussed with ED registrar; neurosurgery not yet
contacted. Please escalate.

Dr P. Singh, Radiology registrar on call
""")
m(U, "Hb 52", "critical low haemoglobin from lab; terse",
"""
FYI urgent - outpatient bloods for Mrs J Keane (MRN 88201934) back: Hb 52 g/L (was 108 last month).
She's at home. Needs contacting today and recalling.
Haematology lab
""")
m(U, "Sodium result - Mr Obi", "critical low sodium with confusion, clinician to GP",
"""
Dear Dr Williams,

Mr Chinedu Obi's sodium this morning is 112 mmol/L. The district nurse reports he is newly confused
and had a brief fit-like episode at home. He needs urgent admission; can you arrange or shall we?

Dr Lucy Ferris, Community Geriatrics
""")
m(U, "Troponin", "lab/clinician: troponin markedly raised in patient sent home",
"""
Hi,
The troponin for the man we discharged from the acute medical unit last night (Mr N. Haddad, MRN
43092218) has come back at 2,450 ng/L. He went home with "musculoskeletal chest pain". He needs to
come straight back in. Can the on-call team call him on 020 7946 0588?
Thanks, AMU SHO
""")
m(U, "Glucose 34 mmol", "critical high glucose + ketones, clinician",
"""
Point-of-care result from diabetes outreach visit: capillary glucose 34.2 mmol/L, blood ketones 5.8,
patient (Kieran Doyle, 19, MRN 19283744) vomiting and drowsy, breathing deep and fast. Ambulance
requested. Please inform the medical reg and the diabetes team.
DSN Outreach
""")

# sepsis / shock
m(U, "Dad not right", "lay sepsis signs: shivering, mottled, confused, not peed; UK",
"""
Hi, sorry this is long, I'm writing it on my phone in the kitchen. It's about my dad, Leonard Price,
DOB 11/02/1946, he's under Dr Anand in urology and he also goes to your diabetes clinic.

First thing, we got a letter saying his urology appointment has been moved to the 28th but we never asked
for it to be moved, and it's now the same day as his eye screening, so someone needs to sort that out
but that can wait. Second, the pharmacy said his metformin prescription needs re-authorising, again
that can wait.

The reason I'm actually writing is that I'm worried about him today. He's got a water infection, the GP
started him on antibiotics yesterday (nitrofurantoin I think). But this afternoon he's gone downhill fast.
He's shivering uncontrollably even under two blankets, his knees and hands look blotchy and mottled,
and he's talking nonsense - he asked me where my mum was and she's been dead ten years. He hasn't had a
wee since this morning. His breathing is fast. He's 79 and normally sharp as a tack, does the crossword
every day.

My sister says give him paracetamol and see how he is in the morning but I don't think he's right at
all. I've tried the GP line and it says they're closed. Do I take him to A&E or call an ambulance? I
don't want to waste anyone's time.

Thanks, Claire (daughter) 07700 900358
""")
m(U, "NEWS 9 - Ward 10", "nurse: NEWS2 score 9, sepsis screen positive",
"""
Bed 21 Ward 10 (MRN 66392015): NEWS2 now 9 - RR 30, sats 90% on air, HR 132, BP 84/50, temp 39.4,
new confusion. Sepsis screen positive, source likely chest. Bleeped outreach and FY1, no response
yet. Please attend.
""")
m(U, "Chemo - temperature", "neutropenic fever during chemo, shivery",
"""
Hello chemo day unit,

It's Sue Renfrew (MRN 70311952), I'm on the FEC-T regime for breast cancer, Dr Osborne's patient.

A few things, sorry, I've been saving them up. The wig voucher you gave me has expired before I could
use it, is there a way to get another one? Also my parking permit for the treatment days ran out last
week and the machine charged me £9.60, which I know sounds petty but it adds up. And can my next cycle
be moved from the Monday to the Tuesday as my daughter can drive me then?

But the main thing - I had cycle 3 on Monday and tonight I just don't feel right. My temperature was
38.4 at 8pm and 38.6 just now, I'm shaking under the duvet, my teeth are chattering and I feel awful,
sort of achy and sick. I'm not coughing and my port site looks ok. The card you gave me says to contact
you straight away if my temperature is over 38 and not to take paracetamol first, which I haven't.

My husband is away on a work trip until Friday. I'm on my own. Is it ok for me to drive myself in or
should I ring the number on the card? I don't want to be a nuisance at this hour.

Sue
""")
m(U, "", "text-speak; 'feels like dying', high fever, cold hands — sepsis lay phrasing",
"""
feel like im actually dying, fever 40, hands n feet freezing, heart pounding, dizzy when i stand.
had kidney infection diagnosed tues. is this normal or do i go back in
""")
m(U, "Mum after her op", "carer: post-op, cold clammy, very low BP on home cuff, fast pulse - shock",
"""
My mum is cold and clammy, her home BP machine says 74/42 and her pulse is 128. She's very drowsy.
She had her hip done last week at your hospital. Her wound looks ok. She's on blood thinners.
Dee (daughter)
""")
m(U, "baby rash and cold hands", "child: fever, cold hands and feet, leg pain, won't walk - meningococcal/sepsis signs",
"""
My 3 year old has a temperature, her hands and feet are ice cold even though she's burning up, she
says her legs hurt too much to walk and she's breathing fast. Her skin looks a bit grey-blue around
the mouth. We were seen at your urgent care yesterday and told it was a virus.
""")

# pre-eclampsia
m(U, "headache and swelling", "34 weeks pregnant: severe headache, flashing lights, swelling",
"""
Hi midwives, I'm 34 weeks and I've had a really bad headache all day that paracetamol hasn't touched,
I'm seeing flashing lights and my face and hands are really puffy, rings won't come off. Is this
normal for the third trimester?
Jess Carter, DOB 29/03/1995
""")
m(U, "BP reading", "home BP 168/112 at 37 weeks with pain under ribs",
"""
My home blood pressure is 168/112 (took it three times) and I'm 37 weeks pregnant. I also have this
pain under my ribs on the right side. The community midwife said to email the day assessment unit if
it went high.
""")
m(U, "Re: antenatal appointment 32 wks", "reply about appointment time, then headache, vision, swelling",
"""
Yes 2:30 is fine. Also I've had a pounding headache since last night, my vision is blurry and my feet
and face have swollen up overnight. I feel sick. Should I wait until Thursday?

> Your 32-week antenatal check is on Thursday at 14:30 in clinic 2B.
""")
m(U, "wife pregnant - seeing spots", "husband: wife 36 wks, spots in vision, vomiting, puffed up",
"""
My wife is 36 weeks and she's seeing spots in front of her eyes, she's thrown up twice and her legs
and face are really puffy. She's got a headache that won't go. Please tell us if we come in.
""")
m(U, "Postnatal - high BP", "postpartum: severe headache and high BP days after birth",
"""
I gave birth 5 days ago. I've got the worst headache ever and my BP on the machine they gave me is
172/108. They said to let you know if it was over 150/100. Also a bit short of breath.
""")
m(U, "Triage - Ms Obi 35/40", "midwife: BP 170/115 with proteinuria 3+ and clonus",
"""
Community midwife home visit: Ms Grace Obi, 35+2 weeks, BP 170/115 and 168/112, urine protein 3+,
brisk reflexes with clonus, frontal headache. Sent in by ambulance. Please alert labour ward and
the obstetric registrar.
""")

# severe hypoglycaemia with drowsiness
m(U, "type 1 - can't wake properly", "carer: T1 diabetic, sugar 1.9, drowsy, can't swallow",
"""
My husband is type 1, his sugar is 1.9 and he's really drowsy and sweaty, I can't get him to drink
the juice, he's just mumbling. We don't have glucagon at home. He's under your diabetes clinic.
""")
m(U, "sugar low", "US mg/dL reading 38 and confused; first person typing by partner",
"""
This is Kelly typing for my boyfriend Marcus. His meter says 38 mg/dL and he's confused, slurring and
not making sense, he won't eat anything. He started a new insulin dose last week from your endocrinology
office. What do we do?
""")
m(U, "Resident glucose", "care home: resident glucose 2.1 after insulin, unresponsive-ish",
"""
Mrs Violet Ames (Room 3, MRN 50928374) insulin given at 08:00, did not eat breakfast. Now very drowsy,
only opening eyes to voice, sweating, BM 2.1. We have given glucogel, no improvement after 15 min.
Please advise urgently.
Oakwood Residential Home
""")
m(U, "school - diabetic pupil", "school nurse: pupil hypo not responding to treatment, drowsy",
"""
Dear Paediatric Diabetes Team,

Ethan Marsh (Year 8, DOB 14/09/2012) had a hypo in PE, reading 2.4. He's had two lots of glucose
tablets and a drink but he's still 2.6 and getting drowsy and difficult to rouse. Parents not answering.
School Nurse, Hillcrest Academy
""")
m(U, "", "text-speak: sugars crashing, shaky, can't think; empty subject",
"""
sugars keep crashing 2.3 now after eating, cant think straight n feel like im going 2 pass out, on my own
at home, new gliclazide dose started mon
""")
m(U, "Night hypo?", "partner found him sweaty, fitting-like, sugar 1.6",
"""
Found my partner at 3am drenched in sweat and jerking in the bed, sugar was 1.6. I rubbed honey on his
gums and he's a bit better but still very drowsy and confused. He's type 1, your patient.
""")

# head injury with vomiting / drowsiness
m(U, "fell off the bunk bed", "child head injury with repeated vomiting and drowsiness",
"""
My 5 year old fell off the top bunk about 2 hours ago and banged his head on the floor. He's been sick
3 times since and now keeps wanting to sleep and I can hardly keep him awake. There's a big lump on
the side of his head.
""")
m(U, "Mum's fall", "elderly on anticoagulant, hit head, now drowsy and vomiting",
"""
Mum fell this morning and hit her head on the radiator. She said she was fine but this evening she's
been sick twice, she's very sleepy and repeating herself. She's on rivaroxaban. She's 86.
""")
m(U, "rugby knock", "teen concussion worsening: vomiting, confused, headache worse",
"""
Our son took a knock to the head at rugby this afternoon. Tonight his headache is getting worse, he's
vomited, he's slurring a bit and one pupil looks bigger than the other. He's 15.
""")
m(U, "Re: fracture clinic follow up", "reply about wrist fracture clinic + new: fell again, hit head, drowsy vomiting",
"""
Re the fracture clinic - Friday is fine. But she fell again last night, this time she hit her head on
the bathroom floor, and today she's really drowsy, keeps being sick and doesn't seem to know me.
Should we come to A&E instead?

> Appointment: Fracture clinic, Friday 10:15, for review of left wrist.
""")
m(U, "banged head at work", "first person: hit head, vomited, vision double, sleepy",
"""
Banged my head on a steel beam at work, hard hat was off. That was at 11. I've thrown up twice, seeing
double and I'm struggling to stay awake at my desk. Boss says just go home. Is that ok?
""")
# ---------------------------------------------------------------- appointment
m(A, "appt", "short text-speak reschedule request",
"""
hi can i move my appt on fri to next wk? got work. any time after 3 is gd. thx - Jade (DOB 12/05/1998)
""")
m(A, "Cancel my appointment please", "plain cancellation, UK",
"""
Dear Sir/Madam,

I would like to cancel my appointment at the dermatology clinic on Wednesday 12th at 11.40. The mole
has been looked at privately. Thank you.

Yours faithfully,
Mrs E. Harrington
Hospital number: K2284710
""")
m(A, "Re: Your upcoming visit", "patient confirming appointment via reply; quoted reminder",
"""
Yes I'll be there, thank you.
Lorraine

> This is a reminder of your appointment with Dr Fischer (Rheumatology) on 18 March at 09:45.
> Please reply YES to confirm or call 0121 496 0031 to rearrange.
""")
m(A, "Chest pain clinic - can I move it?", "trap: chest pain clinic appointment, pain resolved/none now; dominant = reschedule",
"""
Hello,

I've got an appointment at the rapid access chest pain clinic next Monday but my daughter is having
her baby that week and I'll be down in Bristol. The pain I had in January hasn't come back at all,
I've been fine walking the dog every day. Could I move it to the week after?

Many thanks
Keith Hollis, DOB 08/08/1959
""")
m(A, "my sons appointment", "parent rambling about school and appointment; no red flags",
"""
Hi there, so sorry to bother you, I did try ringing but was on hold for 40 minutes and then it cut off.

My son Alfie (DOB 03/06/2016) has his ENT appointment on the 22nd at 9.40 with Mr Duncan, but I've just
found out that's the day of his school trip to the Science Museum which he's been going on about for
months and I honestly don't have the heart to make him miss it, he's been saving his pocket money for
the gift shop. He's been a lot better with his ears actually since the grommets, no more infections
since the summer, touch wood, and he hasn't had any of the high temperatures he used to get, so I don't
think it's urgent urgent, but I also don't want to lose our place and go back to the bottom of the list
because I know how long it took to get this one.

Is there anything the following week? Not Tuesday as I work Tuesdays at the bakery and my mum can't drive
any more since her cataracts. Wednesday or Thursday morning would be perfect, or after 3.30 any day if
you do late clinics.

Also do I need to bring his red book or anything? Last time they asked for it and I'd left it at home.
And is it the same building as last time (the one by the multi-storey) or the new children's outpatients?

Thanks so much and sorry again for the hassle,
Kerry Lister
07700 900677
""")
m(A, "pre-op assessment", "pre-op booking; form question about seizures (trap)",
"""
Dear Pre-operative Assessment Unit,

I received your letter asking me to book my pre-op assessment before my gallbladder surgery. I can do
any weekday morning in the next fortnight. The questionnaire that came with it asks "have you ever had
a seizure or blackout?" - I had one faint as a teenager when giving blood, does that count? I'll bring
my completed form to the appointment.

Regards,
Derek Mayhew
""")
m(A, "telehealth link?", "US: teleconsultation link request",
"""
Hi, I have a telehealth visit with Dr Okoro tomorrow at 2:30pm but I never got the Zoom link. Can you
resend it to this email? Thanks!
- Brittany (DOB 3/14/1988)
""")
m(A, "Fwd: appointment letter", "forwarded appointment letter from carer asking for accessible transport",
"""
Hi, forwarding this letter for my dad who doesn't use email. He's in a wheelchair since his stroke in
2021 so he'll need a ground floor room or a lift, and hospital transport if possible. Can you confirm?
Thanks, Sanjay Mehta

---------- Forwarded message ----------
From: Outpatient Appointments
To: Raj Mehta
Subject: Appointment letter

Dear Mr Mehta, you have been booked into Neurology Outpatients, Clinic C, 2nd floor, on 4 June at 13:20.
""")
m(A, "wrong date??", "confusion about two conflicting appointment letters",
"""
I have got two letters, one says my scan is on the 5th and one says the 15th. Which one is right?
I don't want to miss it, I've waited 9 months. The reference on them is RX-448201.
Thank you, Agnes
""")
m(A, "book smear test", "booking cervical screening; lay",
"""
Hiya, I got the letter saying I'm due my smear. Can I book in with the nurse? I'd prefer a female
nurse if possible and I'm free Thursday or Friday after 4. Thanks, Niamh
""")
m(A, "RE: RE: Missed appointment", "reply chain explaining missed appointment, asks rebook; mentions past collapse (historical trap)",
"""
I'm really sorry I missed it, I didn't get the letter because we moved house. Could you please rebook
the cardiology follow-up? They wanted to see me after I collapsed at work back in August but I've been
absolutely fine since then, no more dizzy spells. New address is 14 Holly Close, Leeds LS6 2QQ.

Thanks
Danielle Ogun

> > Our records show you did not attend your appointment on 3 October.
> > Please contact us to rebook.
""")
m(A, "", "empty subject, very short: confirm",
"""
confirming tues 10am for bloods. cheers, Ron
""")
m(A, "Appointment for my mother - memory clinic", "daughter rambling: memory clinic booking, no acute confusion (historical/slow)",
"""
Dear Memory Clinic,

My mother Eileen (DOB 19/06/1940) was referred to you by her GP three months ago and we still haven't
heard anything. Her memory has been slowly getting worse over the past two years - forgetting names,
leaving the gas on - nothing sudden, but it's wearing us down. She lives alone and I do the shopping on
Saturdays. Would it be possible to get an appointment, and could it be a morning as she's better
earlier in the day? I would like to come with her. My number is 07700 900812.

Thank you,
Bernadette Quinn
""")
m(A, "scan prep + time", "MRI appointment time change; asks about metal implant",
"""
Hello, I'm booked for an MRI of my lower back on the 3rd at 7:40pm. Is there anything earlier in the
evening? Also I have a metal plate in my ankle from an accident years ago, is that a problem?
Thanks
Callum Reid
""")
m(A, "reschedule colonoscopy", "US reschedule with insurance aside (dominant appointment)",
"""
Hi there,

I need to reschedule my colonoscopy on 11/18. My ride fell through and I know I can't drive myself after
sedation. Anything in early December works. Also - is it still in network with BlueCross? I'll check
with them but just in case you know.

Thanks,
Denise Palmer
""")
m(A, "baby 8 week jabs", "parent booking vaccinations, mentions leaflet fever advice (hypothetical trap)",
"""
Hi, can I book Olivia's 8 week jabs please? She's 7 weeks on Monday. Any day except Wednesdays. I read
in the leaflet that if she gets a high temperature after I should call, is that the same number as this?

Thanks,
Amy (mum)
""")
m(A, "REMINDER: your appointment tomorrow", "automated reminder with standard safety text (trap)",
"""
Dear Patient,

This is a reminder that you have an appointment tomorrow:
Clinic: Respiratory Medicine, Level 2
Time: 10:30
Clinician: Dr S. Ahmed

Please arrive 15 minutes early and bring a list of your medicines. If you are feeling unwell with new
shortness of breath or chest pain before your appointment, do not attend clinic - call 999 or go to
your nearest Emergency Department.

To cancel, reply CANCEL.
""")
m(A, "CANCEL", "one-word reply cancel",
"""
CANCEL

> To cancel, reply CANCEL.
""")
m(A, "Can Dr Patel see me sooner?", "request earlier slot; historical mini-stroke, no current symptoms",
"""
Hello,

I was told my next neurology appointment is in April. Is there any chance of something sooner? Since
my mini-stroke last year I've been ok but I'd like to talk about coming off one of my tablets, and
about driving. No new symptoms, I just feel in limbo. I can take a cancellation at short notice.

Gwen Lewis
NHS 401 023 2137
""")
m(A, "physio", "UK lay rambling about physio appt, pain is chronic, not urgent",
"""
Morning, I'm meant to be seeing the physio on the 8th for my shoulder but my car's in the garage till
the 10th and the bus doesn't go near yours. Could we do a phone one instead or move it? Shoulder's
the same, still can't reach the top cupboard but nothing new. Ta, Bev
""")
m(A, "interpreter needed", "booking interpreter for appointment",
"""
Dear Sir or Madam,

My father, Mr Hoang Van Minh, has an appointment at the eye clinic on 29 May. He speaks only Vietnamese.
Please can you book an interpreter for him? I can't get time off work to go with him.

Thank you
Linh Hoang
""")
m(A, "Re: Appointment offer - Orthopaedics", "patient accepting offer; asks parking",
"""
Hi, yes please, I'll take the 16th at 2pm. Where is the best place to park? Last time I circled for
half an hour. Thanks, Phil

> We can offer you an appointment on the 16th at 14:00 or the 23rd at 09:10. Please let us know.
""")
m(A, "dentist??", "misdirected but appointment purpose; short",
"""
is this the right email to book the maxillofacial clinic for my wisdom tooth? my dentist said to contact
you. i have the referral letter.
""")
m(A, "Daughter's follow-up after febrile convulsion", "trap: historical febrile convulsion; booking follow-up appointment",
"""
Hello,

Our daughter Maya (2) had a febrile convulsion back in September and was seen in your children's ED.
The discharge letter said the paediatric clinic would send an appointment in 6-8 weeks but it's been
12 weeks. She's been absolutely fine since, no more fits. Can we book that appointment?

Thanks,
Tom & Leanne Hart
""")
m(A, "rescheduling - again sorry!!", "apologetic rambling reschedule with childcare; typos",
"""
SO sorry to do this again, i know i moved it last month aswell but my childminder has covid and i have
nobody to watch the twins. is there anything next week for my diabetic review?? im ok, sugars have
been good, just need my annual check. sorry sorry sorry. Megan x
""")
m(A, "Booking request: well-woman check", "US booking request, detailed availability",
"""
Hello,

I'd like to schedule my annual well-woman exam with Dr Reyes. I'm available Monday and Wednesday
afternoons or Friday mornings. My insurance is Aetna, same as last year.

Best,
Catalina Ortiz
DOB 09/02/1985
(415) 555-0177
""")
m(A, "questionnaire before clinic", "questionnaire to fill before visit; has questions about wording",
"""
Dear Sleep Clinic,

I've started filling in the questionnaire you sent before my appointment but I'm not sure how to answer
some questions. It asks if anyone has noticed me stop breathing at night - my wife says I sometimes
do, snore and then go quiet. Should I put yes? And do I need to send it back before or bring it?

Thanks
Graham Whitlock
""")
m(A, "Fwd: Fw: appointment", "forwarded chain, sister arranging appointment for brother; no urgency",
"""
Please see below - my brother gave permission for me to sort his appointments (there's a signed form on
his file from last year, I think, when he had the cataract done). Can you change his hearing aid
fitting to a Saturday if you do those? If not Saturday then a Monday afternoon, as I do the early shift
at the supermarket Monday and can take him after.

He's fine in himself, just deaf as a post and stubborn with it - he refuses to use the phone because he
can't hear it, which is why I'm emailing. Also, could the letter go to my address rather than his?
His post gets lost in the shared hallway at the flats.

Thanks, Maureen Kettle
07700 900944

-----Original Message-----
From: Dennis
To: Maureen
Subject: Fw: appointment

mo can you sort this for me i cant work the email thing. saturday if poss. not thursday its darts. d

-----Original Message-----
From: Audiology
Subject: appointment
Your hearing aid fitting is booked for Thursday 2 May 11:00. Please bring a list of your current
medications and arrive 10 minutes early.
""")
m(A, "Need to cancel - moved abroad", "cancel all appointments, moving abroad",
"""
Hi,

Please cancel all my upcoming appointments (gastro and dietitian). I'm moving to Canada for work next
week. I'll get my notes transferred - do I need to fill in a form for that?

Sven Andersson
""")
m(A, "Scan appointment / worried about the wait", "trap: mentions breast lump found, worried but asks about appointment date, not a red flag",
"""
Hello,

I was referred on the two week wait for a lump in my breast and the appointment letter says the 28th,
which is actually 3 weeks away. Is there anything sooner? I'm trying not to panic. No pain or anything,
I just want to know.

Kind regards
Helen Marsh
""")
m(A, "heart clinic", "text-speak confirm, mentions no chest pain",
"""
hi its dave, just confirmin im comin 2 heart clinic thurs. no chest pains since the stent so hopefully a quick one lol
""")
m(A, "Request for home visit", "carer asking for home visit instead of clinic, mobility",
"""
Dear Community Nursing Team,

My wife has advanced MS and getting her to the clinic for her catheter change is becoming very hard.
Would a home visit be possible for the next one, due early next month? She's comfortable, no fever or
anything, it's just the transport.

Many thanks,
Ian Forbes
""")
m(A, "Appointment query", "formal GP practice to hospital asking for appointment status",
"""
Dear Colleagues,

We referred Mrs Salma Begum (DOB 17/11/1962, NHS 625 004 9121) to the endocrine clinic on 3 February
for a thyroid nodule. The patient has not yet received an appointment. Please could you confirm the
referral was received and let us know the expected date?

Kind regards,
Practice Manager, Riverside Medical Centre
""")
m(A, "can i bring my baby", "lay: can baby come to mum's appointment",
"""
Hi I have my appointment on tuesday at 11 for my knee, can I bring my baby with me as I have no one to
have her? She's 4 months. She'll be in the pram. Thanks, Shannon
""")
m(A, "Please cancel Mr Gordon's appointments", "bereavement: cancel deceased husband's appointments; mentions past heart attack",
"""
Dear Sir/Madam,

I'm writing to let you know that my husband, Alistair Gordon (DOB 02/12/1944), passed away peacefully
last Tuesday. He had been unwell since his heart attack in the spring. Please could you cancel his
appointments at the cardiology and diabetes clinics so that the letters stop coming.

Thank you to everyone who looked after him.

Moira Gordon
""")
m(A, "antenatal booking", "first pregnancy booking; spotting resolved (trap)",
"""
Hi, I think I'm about 8 weeks pregnant, this is my first. My GP said to self-refer to book my first
midwife appointment. I had a tiny bit of spotting last week but it stopped after a day and the GP said
that's common. When is the earliest booking appointment? I work nights so daytime is fine.

Thanks, Roisin Kelly (DOB 22/07/1997)
""")
m(A, "group session", "booking onto a pulmonary rehab group",
"""
Hello,

My consultant said I could join the pulmonary rehab classes. Is there a space in the Tuesday group
starting in May? I'm on oxygen at night only, I manage the stairs slowly. No flare ups since winter.

Kind regards
Barry Fenwick
""")
m(A, "Re: Re: Re: vasectomy", "long reply chain, final confirmation of vasectomy appointment",
"""
Great, 9:15 on the 7th it is. I've read the leaflet and I'll shave the area the day before as it says.

Cheers
Owen

> > > Hi, I'd like to book the vasectomy consultation my GP referred me for.
> > Hi Owen, we have 9:15 on the 7th or 15:40 on the 12th.
> The 7th is fine. Do I need someone to drive me?
> Yes, please arrange for someone to take you home.
""")
m(A, "my Eye appointment", "elderly typing style, capitals, reschedule eye clinic",
"""
Dear Eye Clinic
I Have An Appointment On The 14th For My Cataract Check But My Son Cannot Bring Me That Day. Could I
Have One The Week After When He Is Off Work. My Sight Is The Same As Before No Worse.
Thank You
Mrs Dorothy Pike
""")
m(A, "consultation request - second opinion", "US: request to schedule second-opinion consult; history of seizure disorder (trap)",
"""
Hello,

I'd like to schedule a second-opinion consultation with your epilepsy center. I was diagnosed with a
seizure disorder in 2019, and I've been seizure-free on lamotrigine for 18 months, but I'm hoping to
discuss pregnancy planning. I can send my records in advance. What's the earliest new-patient slot?

Thank you,
Jenna Whitaker
DOB 06/30/1991
""")
m(A, "time change request", "very short, polite change",
"""
Could my 8am on Monday be changed to later in the day? I'll be on the school run. Thanks, Paula
""")
m(A, "fasting before blood test?", "appointment for blood test with fasting question",
"""
Hi, I've booked my fasting bloods for Thursday at 8.20. Can I still have black coffee or just water?
And can I take my tablets before? Thanks, Norman
""")
m(A, "Booking for allergy testing", "parent books allergy test; past reaction to nuts, fine now (historical trap)",
"""
Dear Allergy Team,

My son Finn (6) was referred to you after he had a reaction to cashews at a party in the summer. His lips
swelled up and he had hives but it settled with antihistamine and he didn't need the pen. We've kept
him away from nuts since. When can we bring him for skin prick testing? School holidays would be ideal.

Thanks,
Gemma Lyons
""")
m(A, "Sick note AND appointment", "mixed: appointment and fit note; appointment dominant",
"""
Hi, two things. Can I get an appointment with Dr Hughes in the next week to review my back? And would
she be able to do me a fit note at the same time because mine runs out on Friday? Thanks, Lee Dawson
""")
m(A, "Reminder: Virtual consultation", "system reminder for video consult with tech instructions",
"""
Your video consultation with the Paediatric Gastroenterology team is scheduled for 14 March at 11:00.

Before your appointment:
- Test your camera and microphone using the link below
- Have your child's weight and height ready
- Find a quiet, private space

Join: https://attend.example-hospital.org/v/8821-ZQ

If your child becomes seriously unwell before the appointment (for example, vomiting blood or severe
tummy pain), please do not wait for this consultation - call 999 or attend ED.
""")
m(A, "lost my appointment letter", "lay: lost letter, asks when it is",
"""
hiya ive lost my letter and i cant remember if my bone scan is this week or next, its for my hip.
can u tell me when it is. Name is Shirley Baines born 4/4/1955
""")
m(A, "Question about my daughter's sleep study booking", "booking sleep study for child, mentions pauses in breathing noted at night (chronic, stable)",
"""
Hi,

We've had a letter about Evie's overnight sleep study but it's on the night of her 7th birthday party.
Could it be moved to the following week? For context, she's still snoring loudly with the little pauses
the ENT doctor asked about, nothing worse, so I'm happy to wait a week.

Thanks,
Hannah Bright
""")
m(A, "APPOINTMENT", "all caps, elderly, can't come due to weather",
"""
I CANNOT COME TO MY APPOINTMENT TOMORROW BECAUSE OF THE SNOW. PLEASE SEND ME ANOTHER ONE. ALBERT
SMITH. 23 CHURCH LANE.
""")
m(A, "Re: Your appointment has been rescheduled", "patient unhappy about hospital-initiated reschedule, asks alternative",
"""
This is the third time you've moved this. I took a day off work for the last one. Is there anything at all
before the end of the month? I'll take an early morning or late afternoon, I don't care. I've been
waiting since last year for this knee.

Steve Kemp

> Unfortunately your appointment on 2 April has had to be rescheduled due to clinician unavailability.
> Your new appointment is on 21 May at 15:00.
""")
m(A, "sending form for tomorrow", "pre-visit health questionnaire answered in email; lists 'no' to red flags",
"""
Hi, the online form wouldn't load so here are my answers for tomorrow's pre-op:

Chest pain on exertion - no
Shortness of breath lying flat - no
Ever had a stroke or TIA - no
Seizures - no
Bleeding problems - bruise easily, that's all
Allergies - penicillin (rash)

See you at 9. Regards, Colin Brandt
""")
m(A, "appointment for my husband at the stroke clinic", "wife rescheduling 6-month stroke review; historical stroke",
"""
Hello, my husband Frank had his stroke in June and he is due the 6 month review at the stroke clinic on
the 19th. Unfortunately our daughter is having an operation that day and we need to look after the
grandchildren. Frank is doing well, walking with a stick. Could we have a date in early January?

Kind regards,
Pamela Briggs
""")
m(A, "Urgent: need to reschedule", "'urgent' in subject but just a reschedule",
"""
URGENT - I have jury duty next week and my consultant appointment on the 9th clashes. Please can you
move it? Any day the following week. Thanks, Marion Tate, MRN 30214455
""")
m(A, "Booking ultrasound - 20 week", "booking anomaly scan",
"""
Hi, I'm 17 weeks now and haven't had my 20 week scan date through yet. Can I book it directly with you?
Partner would like to come so a Friday would be ideal. Thank you, Ellie
""")
m(A, "dr appt for son re adhd", "parent: wants appointment, rambling school concerns",
"""
Hi I'm hoping to get an appointment for my son Kai (9) with the community paeds about his ADHD
assessment, school have been on at me for ages, he can't sit still, he's always getting detentions,
and his teacher says he's bright but all over the place. He's been on the waiting list 18 months. Is
there any update? Is there a way to get seen quicker if I go private? Thanks, Marie
""")
m(A, "can I come to the walk in", "question about walk-in vs booked appointment; non-urgent rash",
"""
Do I need to book for the walk in centre or just turn up? I've got a rash on my arm that's been there a
week, not itchy, no fever, just want it looked at. Would Saturday morning be busy?
""")
m(A, "Patient transport for dialysis times", "change of dialysis session times and transport",
"""
Dear Renal Unit,

My mother now has a hospital appointment elsewhere every second Wednesday. Could her dialysis on those
Wednesdays be moved to the afternoon shift, and can the transport be changed too? Her name is Gloria
Bennett, hospital number R0298811.

Best wishes,
Angela Bennett
""")
m(A, "Re: Appointment reminder", "reply confirming but asking to add another family member's appointment",
"""
Yes I'm coming. Also could you book my wife in for her flu jab at the same time if there's a slot next to
mine? Her name's Janet, same address. Thanks, Don

> Reminder: your asthma review is on Monday 4th at 09:20 with the practice nurse.
""")
m(A, "Booking a follow up after A&E", "book follow up after A&E visit; seizure history of event, now fine",
"""
Hello, I was seen in your A&E last weekend after I had what they thought was a seizure at a concert.
They said the first seizure clinic would contact me to book an appointment but I haven't heard
anything. I haven't had another episode and I'm not driving. Could you tell me how to book?

Dylan Foster
DOB 18/02/2000
""")
m(A, "time?", "text: asking what time appointment is",
"""
wat time is my appt tmrw i forgot. its Chantelle Wright. ta
""")
m(A, "Moving my child's appointment", "US: change pediatric appointment, mentions fever gone",
"""
Hi, I need to move Liam's 4-year well-child visit from this Thursday. He had a fever over the weekend but
it's gone now and he's back to normal, we just have a family thing Thursday. Any time next week. Thanks,
Ashley
""")
m(A, "Nurse appointment for dressing change", "booking dressing change at practice; wound fine",
"""
Can I book in with the practice nurse for a dressing change on Friday? The hospital said twice a week
after my leg ulcer clinic. It's healing nicely, no smell or redness. Morning please. Tony Rourke
""")
m(A, "Can I switch consultants", "appointment: requesting different consultant for upcoming appointment",
"""
Hello,

Is it possible to see a female consultant at my gynaecology appointment on 2 July instead of Dr Brown?
I'm not comfortable otherwise. I'd be happy to wait a bit longer if needed.

Thanks,
Farah
""")
m(A, "Fwd: clinic invite", "care home forwarding invite and confirming attendance for resident",
"""
Good morning,

Confirming that Mr Walter Ames from Rosedene will attend the falls clinic on 9 October at 10:00, escorted
by a carer. He has had no further falls since the one in July. He uses a frame.

Rosedene Care Home Admin

> Invitation: Falls Prevention Clinic - Mr W Ames - 9 Oct 10:00. Please confirm attendance.
""")
m(A, "Overdue for my annual review", "chronic patient asking to book annual review; mentions past overdose in history (trap)",
"""
Hi,

I'm overdue my annual mental health medication review with the community team. I've been stable for a
long time now - the overdose was over five years ago and I'm in a much better place. I just need the
review so my GP can keep prescribing. Can you send me a date?

Thanks,
Rhiannon
""")
m(A, "Double booked!", "two appointments same time, asks to move one",
"""
I've got my diabetic eye screening AND my podiatry both at 10am on the 6th, different buildings. Please
could one of them be moved? Doesn't matter which. Harold Finch, NHS 943 476 5919
""")
m(A, "Want an appointment but not sure which clinic", "lay: asks which clinic to book for ongoing knee pain; no flags",
"""
My knee has been hurting on and off for about 6 months, worse on stairs. No swelling, no injury. My GP
said to self-refer to MSK physio but the website says orthopaedics. Which one do I book and how?
Thanks, Liz Warren
""")
m(A, "Re: Re: rescheduling", "short final reply accepting slot",
"""
perfect, the 30th at 1:15 works. thanks for your patience!
K

> > could we do something end of the month?
> We have 30th at 13:15 available.
""")
m(A, "Daughter's appointment - asthma check", "parent books routine asthma check; instructions mention 'if she can't talk in sentences' (hypothetical trap)",
"""
Hi, please can I book Sophie in for her asthma review. She's been well, only using the blue inhaler
maybe once a week. Her action plan says if she's wheezing and can't talk in full sentences to call an
ambulance, but thankfully that hasn't happened since she was little. After school any day please.

Jo Reeves
""")
m(A, "Booking cancellation slot", "asking to be on cancellation list",
"""
Could you put me on the cancellation list for the hand clinic please? I can get there within an hour on
most days. Current appointment is 3 months away. Vikram Nair, 07700 900215.
""")
m(A, "Hip surgery date", "asking for surgery date booking; US wording",
"""
Hello,

Dr Alvarez said at my last visit that I'm approved for hip replacement surgery and someone would call to
schedule. It's been 5 weeks. Could you let me know available surgery dates? I need to arrange time off.

Thank you,
Robert Kline
DOB 01/25/1958
""")
# ---------------------------------------------------------------- prescription
m(P, "repeat please", "short repeat request, UK lay",
"""
Can I have my repeat of omeprazole and amlodipine please, going to Lloyds. Ta. Bill Yates DOB 03/03/1950
""")
m(P, "Refill request - Keppra", "seizure med refill; seizure-free (negated/historical trap)",
"""
Hi,

I need a refill on my levetiracetam (Keppra) 500mg twice daily. I have about 5 days left. No seizures
since we increased the dose in the spring, so I'd like to stay on the same. Please send to CVS on Main St.

Thanks,
Jordan Ellis
DOB 10/19/1987
""")
m(P, "GTN spray", "GTN spray refill; 'for when I get chest pain' (hypothetical trap)",
"""
Hello, can I get a new GTN spray please, mine's out of date. I haven't had to use it for over a year but
the nurse said to always carry one in case I get chest pain. Same chemist as usual. Thanks, Eric Nolan
""")
m(P, "epi pen expired!!", "parent: EpiPen renewal; anaphylaxis history (trap)",
"""
hi just noticed both of Noah's epipens expired last month!! can we get new ones asap, he has a nut allergy
(had anaphylaxis at 2, none since thank god). also need a spare for school. boots please. Laura
""")
m(P, "Re: Prior authorization - Ozempic", "US prior authorization follow-up with pharmacy/insurer",
"""
Hi Dr Chen's office,

Following up - CVS says the prior authorization for my Ozempic is still pending with United. They said
the office needs to submit my A1c and BMI. Could you please send that over? I've been out for 9 days.

Thanks,
Tamara Hughes
DOB 05/12/1979

> We have received your request and submitted a prior authorization to your insurance.
""")
m(P, "warfarin dose this week", "dosage question, INR result; no bleeding (negated trap)",
"""
Dear Anticoag Clinic,

My INR today at the pharmacy was 3.6. My target is 2-3. What dose should I take for the rest of the week?
I'm currently on 5mg Mon/Wed/Fri and 4mg other days. No bleeding or bruising, I feel fine. I did have
a couple of glasses of wine at a wedding at the weekend, which may explain it.

Many thanks,
Edna Foyle
""")
m(P, "", "empty subject, text-speak refill",
"""
need more of my inhalers the brown 1 and blue 1. not wheezy just run out. can u send 2 superdrug. thx Kyle
""")
m(P, "Sertraline - side effects?", "dosage/side effect question for antidepressant; explicitly no thoughts of self-harm (negated)",
"""
Hi,

I started sertraline 50mg two weeks ago. I've been feeling a bit sick and having trouble sleeping. Is that
normal and will it settle? The leaflet says to tell someone if you have thoughts of harming yourself -
I don't, I'm just wondering whether to take it in the morning instead of at night.

Thanks,
Abby
""")
m(P, "Pharmacy query: dose clarification", "community pharmacist to prescriber: dosing clarification",
"""
Dear Dr Malik,

We have received a prescription for Mrs Iris Chalmers (DOB 08/09/1938) for methotrexate 2.5mg tablets,
"take 10 daily". We believe this should be weekly rather than daily. Please could you confirm or issue a
corrected prescription? We are holding the item until we hear back.

Kind regards,
Priya Shah MRPharmS
High Street Pharmacy
""")
m(P, "Shortage of HRT patches", "shortage; asks alternative",
"""
Hello, my pharmacy can't get my Evorel 50 patches anywhere, they say there's a national shortage. Could
the doctor prescribe an alternative? I'm down to my last two. Thank you, Sandra Collis
""")
m(P, "insulin + needles", "insulin refill; mentions past hypo sorted (historical trap)",
"""
Hi diabetes team, please can I have more NovoRapid cartridges and pen needles (4mm). Also since you
reduced my evening dose after that bad hypo last month I've had no more lows, sugars are between 6 and
10 now, so happy to stay on this. Thanks, Connor
""")
m(P, "Naloxone kit", "family requesting naloxone kit as precaution; hypothetical overdose",
"""
Hello,

My son is on the methadone programme with your substance misuse service. His keyworker suggested we keep
a naloxone kit at home just in case he ever overdoses. How do we get one? Do we need a prescription?

Thank you,
Carol Dunn
""")
m(P, "Re: Re: antibiotics", "reply chain: pharmacy says wrong strength issued; patient relays",
"""
The chemist says the prescription was for 250mg but the doctor told me 500mg. They won't give me it till
it's fixed. Can you resend? I'm still at the chemist.

Jodie

> > Can I get antibiotics for my chest, the cough's not shifting
> Dr Turner has sent amoxicillin to your nominated pharmacy.
""")
m(P, "Medication list for care home resident", "care home asking for updated MAR/prescription after hospital change",
"""
Dear Ward 9 Pharmacy,

Mrs Ethel Burrows returned to Fernlea Care Home yesterday. The discharge letter says her furosemide was
changed to 40mg twice daily but the tablets sent are 20mg and the MAR chart still says once daily.
Could you clarify the dose and send a new supply? She is comfortable, ankles less swollen, breathing
much better than before admission.

Fernlea Care Home, Nurse in Charge
""")
m(P, "can i take ibuprofen with my tablets", "dosage/interaction question, lay",
"""
Hi quick question, can I take ibuprofen for my period pains while im on the sertraline and the pill?
Pharmacist said ask the doctor. thanks, Molly
""")
m(P, "Travel - need extra supply", "extra supply before travel abroad",
"""
Dear Dr Cole,

I'm going to Australia for 8 weeks to see my grandchildren. Could I have an extra two months of my
tablets (bisoprolol, ramipril, atorvastatin, apixaban) before I go on the 3rd? Also a letter for customs
if possible.

Kind regards,
Leonard Birch
""")
m(P, "Apixaban - missed dose", "dosage question re missed anticoagulant dose; stroke prevention hypothetical",
"""
Hello,

I forgot my evening apixaban last night. I take it for AF to prevent a stroke. Should I take two this
morning to catch up or just carry on? I feel completely normal.

Thanks,
Audrey
""")
m(P, "Pharmacy: owing slip", "patient chasing pharmacy owing",
"""
Your pharmacy gave me an owing slip for the rest of my pregabalin last Tuesday and it still hasn't
come in. I've got 2 days left. When will it be in? Des Rafferty
""")
m(P, "ADHD meds renewal", "parent: controlled drug renewal for child",
"""
Hi, Jayden's methylphenidate prescription runs out on Sunday. Please can the new one be sent to the
pharmacy by Friday? He's doing really well on it, appetite's a bit down but eating tea. Thanks, Donna
""")
m(P, "Fwd: message from pharmacy", "forward of pharmacy message re interaction alert",
"""
Can the doctor look at this please, the pharmacy sent it to me instead of you I think.

---------- Forwarded message ----------
From: Wellcare Pharmacy
Subject: Interaction alert
Clarithromycin has been prescribed for Mr P Ogden who also takes simvastatin 40mg. Please advise
whether simvastatin should be withheld during the course.
""")
m(P, "asthma pump", "trap: 'can't breathe without it' hyperbole, actually routine refill, currently fine",
"""
hiya, can I get my preventer inhaler renewed, the purple one. I literally can't live without it haha.
Chest is fine at the mo, no wheezing, just keeping on top of it. Send to Asda pharmacy. Ta, Gemma
""")
m(P, "Med review - too many tablets", "elderly asking to reduce tablet burden; prescription review",
"""
Dear Doctor,

I take 14 tablets a day now and I rattle. Could someone review if I still need them all? Especially the
aspirin since I'm also on the other blood thinner since my heart attack in 2018. No problems, I just
wonder.

Yours sincerely,
Mr Reginald Platt
""")
m(P, "refill lisinopril US", "US refill via portal-style email",
"""
Hello, requesting a 90-day refill of lisinopril 20mg to Walgreens on Elm Ave. Last BP at home was
128/82. Thanks, Greg Sutton, DOB 7/7/1966, 312-555-0117
""")
m(P, "Seizure rescue meds for school", "trap: buccal midazolam prescription for school; seizure hypothetical",
"""
Hello Epilepsy Nurse,

School need a new labelled supply of buccal midazolam for Mia to keep in the office, plus the care plan
signed. The plan says give it if a seizure lasts more than 5 minutes. She hasn't needed it this year,
but the old one expires in June. Can you send the prescription to our pharmacy?

Thanks, Kate (mum)
""")
m(P, "Steroid dose", "dosage question tapering prednisolone",
"""
Hi, I'm on the reducing course of prednisolone from the respiratory clinic. The sheet says 30mg for 5 days
then reduce by 5mg every 5 days, but the box only has 5mg tablets. So on 25mg I take 5 tablets? Just
checking as I'm a bit foggy. Breathing is much better. Thank you, Stan
""")
m(P, "wrong meds in blister pack", "pharmacy error concern, no ingestion harm (checked, not taken)",
"""
Hello,

My mum's new blister pack from the pharmacy has a different looking white tablet in the Tuesday morning
slot. I caught it before she took anything. Could someone check what her morning tablets should be?
I've attached a photo of the list. She's fine, I just don't want her taking something wrong.

Hannah (daughter of Pat Ellis, DOB 1/2/1937)
""")
m(P, "PA denied - appeal", "US prior auth denial, asks for letter of medical necessity",
"""
Hi Dr Patel's team,

Express Scripts denied the prior authorization for Humira. They say I need to try two other biologics
first but I already tried Enbrel in 2021 (failed) and I had a reaction to Cimzia. Can the doctor write a
letter of medical necessity for the appeal? Reference PA-7782145.

Thank you,
Monica Reyes
""")
m(P, "Contraceptive pill", "pill renewal; asks about migraine risk question (history trap)",
"""
Hi, my pill review is due. Can I carry on with Microgynon? I filled in the questionnaire - blood pressure
118/74, no smoking, and no migraines with aura. My mum had a blood clot in her leg years ago if that
matters. Thanks, Freya
""")
m(P, "morphine for dad", "palliative carer asks for more oral morphine, comfortable",
"""
Dear Hospice at Home,

Dad's Oramorph bottle is nearly empty and it's the weekend coming up. Can the prescription be sent to
the pharmacy on Kingsway? He's comfortable and sleeping a lot, pain well controlled with it.

Thank you,
Lynne
""")
m(P, "Antibiotic course - can I stop?", "question about stopping antibiotics early",
"""
Hi, I'm on day 4 of 7 of the antibiotics for my water infection and I feel totally fine now. Do I really
need to finish them? They're making my tummy funny. Thanks, Carly
""")
m(P, "Please send script", "GP surgery asks hospital to provide hospital-only drug",
"""
Dear Rheumatology,

Our patient Mr Hamid Karimi (DOB 12/04/1971, NHS 450 557 7104) tells us his hospital-only supply of
tocilizumab is due. Our system shows this is hospital-prescribed under shared care amber list. Please
can you arrange the next supply via homecare.

Many thanks,
Prescribing Clerk, Oakfield Surgery
""")
m(P, "Painkillers", "rambling chronic pain patient wanting stronger painkillers; no red flag",
"""
Hi, I know I'm always emailing but my back's been bad again this month. Bit of background in case whoever
reads this doesn't know me: I hurt it lifting at work in 2019, had the MRI, slipped disc at L5, physio,
the lot. It's never really gone away.

The co-codamol 30/500 isn't touching it anymore and I'm struggling to sleep, which then makes everything
worse, I'm snappy with the kids and I've had to take two days off. I'm not asking for anything mad, I
just wondered if I could try the patch the pain clinic mentioned last year (buprenorphine I think it
was), or go up on the amitriptyline from 10mg to 20mg? I've been doing the stretches every morning and
I've started swimming on Sundays. I tried the TENS machine but it just annoys me.

Before you ask because I know you always do: no numbness in my legs or between my legs, no trouble with
my waterworks or bowels, no weakness, I'm walking fine, it's just the pain. No fever either.

Also, separate thing, the pharmacy keeps giving me the 8/500 ones instead of 30/500 when it's the
locum on, can you make sure the prescription is clear?

Happy to do a phone appointment if it's easier to talk it through. I'm free after 2 most days.

Thanks, Warren Blake
DOB 22/10/1980
""")
m(P, "Re: your prescription is ready", "reply asking pharmacy to deliver instead",
"""
Can it be delivered? I'm not very mobile this week. Address on file. Thank you, Mrs Peggy Rowe

> Your prescription is ready for collection at Medway Pharmacy.
""")
m(P, "metformin XR shortage", "US: shortage of extended release, asks substitute",
"""
Hi, my pharmacy said metformin ER 500 is on backorder. Can Dr Nguyen switch me to regular metformin or
something else in the meantime? I have 3 days left. Thanks - Diane Porter
""")
m(P, "Clozapine bloods and supply", "mental health pharmacy: clozapine supply pending blood result",
"""
Hi,

Clozapine clinic here. Mr Troy Abbott's (MRN 60211483) weekly FBC is within range (green). Please release
next week's supply for collection on Thursday. No concerns raised at his review.

Thanks,
Clozapine Clinic Nurse
""")
m(P, "Dose for my little one", "parent dosing question for paracetamol; fever mild resolved (trap)",
"""
Hi, how much Calpol can I give my 18 month old? The bottle says 5ml but the doctor on Tuesday said 7.5ml
because of her weight. She had a temperature at the weekend but it's down now, she's eating and
playing, just teething. Thanks, Zoe
""")
m(P, "EMERGENCY - out of tablets", "misleading 'emergency' subject: ran out of blood pressure tablets, feels fine",
"""
EMERGENCY!! I've run out of my blood pressure tablets and I'm going on holiday tomorrow. Can you send
the prescription today please?? I feel fine, I just don't want to go without. Amlodipine 10mg. Rita Gale
""")
m(P, "stopping statin?", "patient wants to stop statin due to muscle aches; mentions family heart attacks (historical)",
"""
Hello Dr Fraser,

I've had aching legs since starting atorvastatin. My brother says I should just stop it. My dad and his
brother both had heart attacks in their fifties so I know it's important. Could I try a different one or
a lower dose instead? No other problems.

Thanks,
Neil
""")
m(P, "Lithium level and repeat", "lithium repeat contingent on level; stable",
"""
Hi, I had my lithium level done last Monday at the hospital, can you check the result and send my next
prescription? Same dose please, I've been stable and sleeping fine. Thanks, Lorna
""")
m(P, "Prescription charges exemption", "borderline billing: asks whether prescriptions free with exemption certificate; dominant is prescription form FP10",
"""
Hi, my maternity exemption certificate has come through. Can my next prescriptions from the clinic be
marked as exempt so I don't have to pay at the chemist? My iron tablets are due. Thanks, Sophie
""")
m(P, "Is this the same medicine?", "brand change confusion; asks whether generic same",
"""
The chemist gave me a different box this time, it says levothyroxine but a different maker and a
different colour tablet. Is it the same thing? I don't want to take the wrong one. Mary Fitz
""")
m(P, "Hospital discharge meds - missing", "discharged without a med; asks supply; stable",
"""
Hi Ward 4,

I was discharged yesterday after my pneumonia and the bag of medicines was missing the clopidogrel that I
take after my stent. The letter says continue it. I've only got 2 days at home. Can the pharmacy
send some or should I ask my GP? Breathing's much better, thanks to you all.

George Tilly, MRN 41189330
""")
m(P, "Request: diazepam for MRI", "asks pre-medication for claustrophobia before scan",
"""
I've got my MRI next Thursday and I'm very claustrophobic. Last time I had to come out of the scanner.
Could the doctor prescribe something to calm me down beforehand? Thanks, Pam Dawes
""")
m(P, "medicine changed by specialist", "GP letter style: asks GP to prescribe new med started by specialist",
"""
Dear Dr Lowry,

Following my neurology appointment, Dr Ross has started me on topiramate 25mg at night for migraine
prevention and said my GP would take over prescribing. Could you add it to my repeats please? I have a
two-week hospital supply.

Kind regards,
Ellen Marsh
""")
m(P, "allergy to amox?", "asks whether to take new antibiotic given past rash; historical reaction (trap)",
"""
Hi, I've been prescribed co-amoxiclav for my tooth. When I was a child I apparently had a rash with
amoxicillin but nothing serious, no swelling or breathing problems. Is it safe to take? I haven't started
it yet.

Thanks,
Ryan
""")
m(P, "pen needles and strips", "diabetic supplies request; text-ish",
"""
can i get more test strips n lancets pls, the accu chek ones, running low. also pen needles. cheers, Tasha
""")
m(P, "Re: mail order pharmacy", "US mail-order pharmacy transfer request",
"""
Please transfer all my prescriptions to OptumRx mail order from now on. My new insurance requires it.
Attached the member card. Thanks, Howard Blum, DOB 11/02/1954

> Hi Howard, which prescriptions would you like moved?
""")
m(P, "Sleeping tablets", "request for zopiclone; rambling about grief, no SI (negated trap)",
"""
Hello Doctor,

Since my husband died in March I've hardly slept. I'm not depressed in the way people worry about, I'm
not thinking of harming myself or anything like that, I just lie awake going over things. Could I have a
short course of something to help me sleep? My friend was given zopiclone.

Thank you,
Winifred Cox
""")
m(P, "blood thinner for flight", "asks for injections before long flight; history of DVT",
"""
Hello, I had a DVT in my leg 3 years ago. I'm flying to New Zealand next month and my GP said the haematology
clinic could prescribe the injections to take for the flight. Could you arrange? Thank you, Brian Hale
""")
m(P, "patches making me itchy", "side effect skin irritation from patch, asks alternative",
"""
The nicotine patches from the stop smoking clinic are leaving really itchy red squares on my arms. Could
I switch to the gum or the spray? Thanks, Jackie
""")
m(P, "Emergency supply used", "pharmacy notifies prescriber of emergency supply given",
"""
Dear Surgery,

For your information, we issued an emergency supply of 7 days of Fostair 100/6 to Mr Craig Nolan
(DOB 14/03/1982) today as he was away from home without his inhaler. He was not breathless or wheezy
at the time. Please issue a prescription to cover.

Regards,
Coastal Pharmacy
""")
m(P, "new BP tabs making me dizzy?", "side effect question: mild dizziness on standing, no fainting",
"""
Hi, started the new blood pressure tablets (doxazosin) last week. I get a bit lightheaded if I stand up
quick but it passes in a few seconds, never fainted or anything. Is that normal or should I stop them?
Thanks, Pradeep
""")
m(P, "script for my boy's reflux", "parent wants renewal of baby reflux med, baby feeding well",
"""
Hi can we get more of Leo's omeprazole liquid, the special one the hospital started, the chemist
has to order it in so needs a few days. He's feeding loads better and putting on weight. Thanks, Stacey
""")
m(P, "controlled drug collection - authorised person", "authorising someone else to collect prescription",
"""
Hi, I'm not well enough to go out this week (just my usual fatigue), so my neighbour Carol Hines will
collect my prescription including the oxycodone. Do you need anything from me to authorise it?
Thanks, Derek Pugh
""")
m(P, "Doctor said to double the dose?", "dose confirmation of levetiracetam after neuro; mentions past seizure last month resolved",
"""
Hello,

After my seizure last month the neurologist said to go up to 750mg twice a day, but my repeat
prescription still says 500mg. Could you update it? I've been fine since. I'm not driving obviously.

Thanks,
Kieran
""")
m(P, "Spironolactone - blood test?", "dosage question about bloods before increasing",
"""
Dr Wood said we'd go up on my spironolactone if my kidney bloods were ok. Did they come back ok and should
I start the 50mg now? I've got the new tablets. Thank you, Penny Lane (yes really)
""")
m(P, "repeat prescription for my husband", "wife ordering husband's repeats with list",
"""
Hello,

Please could I order my husband's repeats:
- Donepezil 10mg
- Sertraline 50mg
- Tamsulosin 400mcg
- Laxido sachets
Patient: Roy Hammond, DOB 30/01/1942. Collect from Day Lewis.

Thank you, June Hammond
""")
m(P, "cost of meds US", "mixed billing and prescription; dominant = switching to cheaper generic prescription",
"""
Hi, my Eliquis copay just went up to $140 a month which I can't afford. Is there a cheaper blood thinner
Dr Brooks could switch me to, like warfarin? I'm on it for AFib. I'd rather switch than skip doses.
Sharon Reed, DOB 06/06/1951
""")
m(P, "Pharmacy: unable to dispense - out of date script", "pharmacy says script expired",
"""
Dear Dr Ahmed,

We received a paper prescription for Ms Kelly Burns for diazepam dated over 28 days ago, which has expired
for a Schedule 4 controlled drug. Please issue a new prescription if still required.

Regards,
Dispensary, Central Pharmacy
""")
m(P, "", "empty subject; elderly plain request for eye drops",
"""
Could I have more of my eye drops for glaucoma. The Latanoprost. I have one bottle left. Mr A Bishop.
""")
m(P, "Re: Medication review outcome", "reply asking when new dose starts after review",
"""
Thanks for the review. Just to check - do I start the lower dose of bisoprolol tomorrow or finish the
current box first? My pulse has been in the 50s like you said.

Gordon

> Following your medication review, we have reduced your bisoprolol to 2.5mg daily.
""")
m(P, "Pill for morning after?", "emergency contraception query, not clinical_urgent",
"""
Hi, is the morning after pill something I can get from the hospital pharmacy or only from the chemist?
It was last night. Thanks, anon
""")
m(P, "anti-sickness for chemo", "request for antiemetic refill, no severe vomiting",
"""
Hello Oncology Pharmacy,

Could I have a repeat of the ondansetron for my next chemo cycle on the 14th? It worked well last time,
only felt queasy on day 2, no actual vomiting. Thanks, Barbara
""")
m(P, "meds for holiday - inhaler spare", "spare inhaler for holiday; hypothetical asthma attack",
"""
Off to Spain for two weeks - could I have a spare blue inhaler to keep in my bag in case I have an
attack while I'm away? I'm well at the moment. Thank you, Tanya
""")
m(P, "Pharmacy stock update", "pharmacy announcing shortage and alternatives to prescribers",
"""
Dear Prescribers,

Please note ongoing supply issues with Creon 25000. Until further notice, we recommend prescribing
Creon 10000 at the equivalent dose, or Nutrizym 22. Contact Medicines Information for advice.

Pharmacy Procurement Team
""")
m(P, "tablets crushed?", "carer asks if tablets can be crushed for swallowing difficulty (chronic, no choking)",
"""
Hello, my mum (DOB 9/9/1933) is finding it hard to swallow her big tablets now. Not choking, just takes
ages. Can any of them be crushed or is there a liquid? List attached. Thanks, Debbie
""")
m(P, "Dosage", "very short dosage question",
"""
Is it 2 puffs twice a day or 1 puff twice a day for the Symbicort? Label's worn off. Thanks
""")
m(P, "Prescription not received by pharmacy", "US: e-prescription not received after visit",
"""
Hello, I saw Dr Kim yesterday and she said she'd send a prescription for prednisone to the Rite Aid on 5th
Street, but they have nothing. Could you resend? Thank you, Alicia Moran, 206-555-0131
""")
m(P, "Stopping my tablets before surgery", "question re stopping anticoagulant before op; pre-op but dominant medication dosing",
"""
Hi, I'm having my hernia done on the 20th. Nobody told me when to stop my clopidogrel. I've had a stent
since 2020. How many days before should I stop, and when do I restart?
Thanks, Malcolm Price
""")
m(P, "mirtazapine increase", "patient asking to increase dose; mood low but explicitly safe",
"""
Hi Dr Holt, the 15mg mirtazapine is helping me sleep but my mood's still low most days. Could we try
30mg like you said? I'm safe, no thoughts of hurting myself, just flat. Thanks, Aidan
""")
# ---------------------------------------------------------------- billing
m(B, "bill for ER visit", "US: ER bill for past chest pain visit (historical trap)",
"""
Hello,

I got a bill for $3,412 for my ER visit on 9/14 when I came in with chest pain. It turned out to be acid
reflux, thank God. My insurance (Cigna) says they never received a claim from you. Can you submit it to
them before I pay anything? Account # 77-210488.

Thanks,
Marcus Greene
DOB 02/17/1974
""")
m(B, "Payment plan", "asks to set up payment plan",
"""
Hi, I owe $1,870 from my daughter's surgery in March (her appendix burst and she was really sick for a
few days, she's totally fine now thank God) and I can't pay it all at once. Can I set up a
monthly payment plan, like $150 a month? Account ending 4412. Thanks, Rosa Delgado
""")
m(B, "invoice?", "private patient asks for invoice copy for insurer; UK",
"""
Hi, could you send me a copy of the invoice for my private consultation with Mr Hargreaves on 12 May?
Bupa need it to process my claim. Thanks, Simon Tate
""")
m(B, "Ambulance charge", "US: ambulance bill after son's seizure last month (historical trap)",
"""
Hi billing,

We received a bill for $1,250 for the ambulance that took our son to your hospital when he had a seizure
last month. We were told the ambulance service was in network. Could you check whether this was billed
correctly? His name is Caleb Moore, DOB 04/08/2014. Policy no. on file.

Thanks,
Jennifer Moore
""")
m(B, "Refund - overpaid", "asks refund after double payment",
"""
Hi, I paid my invoice INV-2025-33871 twice by mistake (once online, once over the phone). Please can
you refund one of them to my card? Receipt numbers attached. Regards, Alan Pryce
""")
m(B, "", "empty subject, text-speak: why did i get a bill",
"""
y did i get a bill i thought it was NHS?? its £95 for physio. i never went private. pls explain. Lauren
""")
m(B, "RE: Statement of account", "reply disputing line item on statement",
"""
Hello,

On the statement below there's a charge for "Level 4 ED evaluation" but I was only in the waiting room
for 20 minutes and left without being seen because it was too busy. Please remove that charge.

Nina Castillo

> Statement date 10/01 - Balance due: $842.00
> 08/22 Level 4 ED evaluation ... $842.00
""")
m(B, "overseas visitor charge", "UK: overseas visitor invoice query",
"""
Dear Overseas Visitors Team,

I've received an invoice for £4,300 for my mother's treatment in July. She was visiting from Ghana. We
have travel insurance with AXA, policy number TRV-2209481, and they've asked for an itemised invoice
and the discharge summary (she was admitted with a stroke and is recovering well back home). Could you
send it to them directly?

Thank you,
Kwame Asante
""")
m(B, "Insurance denied claim - anaphylaxis visit", "US: insurance denied claim for past allergic reaction visit (historical trap)",
"""
Hi,

My insurance denied the claim for my son's ER visit in June when he had an allergic reaction (they
coded it as anaphylaxis and gave him epinephrine). The EOB says "not medically necessary" which is
ridiculous. Can your billing office resubmit with the correct codes or send me the records so I can
appeal? Claim # 3390218871.

Thanks,
Megan Ward
""")
m(B, "Parking refund", "parking charge refund request for frequent visitor",
"""
Hello, my husband has dialysis three times a week and we've been paying for parking every time. I read
that long-term patients can get free parking. How do I apply, and can I get back what we've paid since
January? I have the receipts. Thanks, Val Hudson
""")
m(B, "How much will it cost?", "quote request for private procedure",
"""
Hi, could you give me a quote for a private cataract operation, one eye, with Mr Reid? And is the
pre-assessment included in the price? Thank you, Gordon Lamb
""")
m(B, "Travel costs - low income scheme", "claiming hospital travel costs",
"""
Dear Cashier's Office,

I'm on Universal Credit and I understand I can claim back travel costs for my radiotherapy appointments.
I've been coming daily for 3 weeks by bus. It's for my lung cancer - breathing's
no worse, I'm just tired - and the fares are adding up. What do I need to bring to claim? Is it paid in cash?

Thank you,
Dean Morrison
""")
m(B, "Why am I being charged for a no-show?", "disputing missed appointment fee",
"""
Hi, I was charged a $75 no-show fee for 3/2 but I called to cancel the day before and spoke to someone
named Tiff. Please remove the fee. Thanks, Courtney Bell, DOB 12/12/1992
""")
m(B, "Fwd: EOB question", "forwarded EOB with question about deductible",
"""
Can someone explain this? It says I owe $560 toward my deductible but I thought I met it in the spring.

---------- Forwarded message ---------
From: Anthem Blue Cross
Subject: Your Explanation of Benefits is ready
Provider: Example Hospital Radiology   Service date: 08/03
Billed: $1,420.00   Allowed: $610.00   Plan paid: $50.00   You owe: $560.00 (applied to deductible)
""")
m(B, "card payment failed", "online payment failure",
"""
I tried to pay my bill online three times and it keeps saying "transaction declined" but my card works
everywhere else. Invoice 2025-18822. Is there another way to pay? Thx, Jim
""")
m(B, "Invoice for Mr Ellison's stay", "daughter querying private room charges after father's collapse admission (historical trap)",
"""
Dear Billing,

My father, Raymond Ellison, was admitted in August after he collapsed at home, and he was moved to a
private room for infection control reasons on day 3. We've now received an invoice for a private room
supplement of £1,050. We didn't request it - it was the ward's decision. Could this be reviewed?

Regards,
Susan Ellison
""")
m(B, "itemized bill please", "US: requesting itemized bill",
"""
Please send me an itemized bill for my hospital stay 5/10-5/13 (pneumonia - I could barely breathe
when I came in, much better now). The summary bill just says "room and
board" and "pharmacy" with no detail. Account 55092813. Thanks, Terrence Wallace
""")
m(B, "Wrong insurance on file", "update insurance details",
"""
Hi, you've billed my old insurance (Humana) but I switched to Kaiser in January. This is for my son's visit in February when he had the
asthma attack (he's fine now). New member ID is
K448821093. Please rebill. Sorry for the mix up. Olivia Tran
""")
m(B, "Charity care application", "US financial assistance application",
"""
Hello,

I lost my job and can't afford the hospital bill from my appendix surgery in October ($9,200 after
insurance). I read you have a financial assistance program. Can you send me the application? I have
two kids and no income right now.

Thanks,
Andre Jackson
""")
m(B, "Re: Re: Payment received?", "reply chain confirming payment receipt",
"""
Thanks - so the balance is now zero? Just want to be sure before I close that card.

Barbara

> > I sent a cheque for £220 on the 3rd, has it arrived?
> Yes, we received your cheque on the 8th and it has been applied to your account.
""")
m(B, "self pay MRI price", "US self-pay price inquiry",
"""
What is your self-pay cash price for an MRI of the knee without contrast? I have a high-deductible plan
and want to compare before I book. Thanks, Josh
""")
m(B, "charged for stroke rehab", "historical stroke; billing dispute about rehab days not covered",
"""
Dear Patient Accounts,

My wife had a stroke in February and spent three weeks in your inpatient rehab unit. Medicare covered
most of it but we were billed for 4 days as "non-covered custodial care". Her therapists were working
with her every day. Could you review and resubmit? Her Medicare number is on file.

Sincerely,
Walter Brennan
""")
m(B, "Dental hospital fees", "UK: dental charges band query",
"""
Hi, I was charged band 3 at the dental hospital for my crown. I'm pregnant so I thought treatment was
free? I have my MATB1 / maternity exemption. Can I get a refund? Thank you, Aisha Rahman
""")
m(B, "Overdose admission bill", "US: bill for past overdose admission; historical, writer now in recovery (trap)",
"""
Hi,

I'm writing about the bill for my admission in January after my overdose. I've been in recovery for 8
months now and I'm trying to sort out my finances. The bill was sent to collections without me ever
getting a statement because I was in rehab. Could you pull it back from collections and set up a plan?
Account 60118842.

Thank you,
Daniel Ortega
""")
m(B, "Mutual insurance claim form", "asks for claim form to be completed by hospital",
"""
Hello, my health insurance (Vitality) needs the attached claim form completed and stamped by the
hospital for my knee arthroscopy on 2 June. Could the billing office fill in section C? Thank you,
Patrick Hume
""")
m(B, "paid parking ticket fine", "parking fine appeal while visiting sick relative",
"""
I got a parking fine in your car park while visiting my dad on ICU. I overstayed by 40 minutes because
the doctors were talking to us. Can this be cancelled? PCN number 88219004. Thank you, Gina
""")
m(B, "Bill sent to wrong address", "billing address change",
"""
All my hospital bills are going to my old address. Please update to 22 Maple Rd, Springfield, IL 62704.
I only found out because my old landlord forwarded one. Thanks, Chris Young, DOB 8/30/1989
""")
m(B, "Private maternity package", "quote for private maternity package",
"""
Hello, my partner and I are considering your private maternity package. Could you send the prices,
what's included (consultant-led, private room, scans) and whether there's a payment schedule?
Thanks, Olivia and Ben
""")
m(B, "Copay question", "short copay query",
"""
Is the copay for specialists $40 or $60 with my plan? I was charged $60 today at neurology for my
follow-up after the stroke. Thanks
""")
m(B, "Medical report fee", "fee for insurance medical report; UK",
"""
Dear Medical Secretaries,

My life insurer has asked for a report from Dr Naidoo about my heart attack in 2022 and my recovery. They
say there's a fee which they'll pay. Could you confirm the fee and where to send the payment?

Kind regards,
Terry Lowe
""")
m(B, "Collections letter - I already paid!", "angry about collections despite payment",
"""
I just got a letter from a collection agency about a $312 balance from your lab. I PAID this in full in
April - I have the bank statement. It was for the troponin test when I had chest pains in March, which
turned out to be nothing. This is affecting my credit. Please fix it and tell the agency.
Kim Zhao
""")
m(B, "Seizure EEG invoice", "invoice for ambulatory EEG; insurer pre-approval; mentions seizures in history",
"""
Hello,

Before I book the 72-hour ambulatory EEG for my episodes (I've had two seizures this year, both fully
recovered), I need a written quote with the procedure code so my insurer (AXA PPP) can pre-authorise.
Could you send one?

Thanks,
Lewis Grant
""")
m(B, "Do you accept Medicaid?", "US: insurance acceptance question",
"""
Hi do you accept Texas Medicaid for the pediatric clinic? My son needs a checkup and I just moved. Thanks
""")
m(B, "Refund for cancelled private op", "refund after cancellation of private surgery",
"""
Dear Private Patients Unit,

I paid a deposit of £1,500 for my private hip replacement but the hospital cancelled it as the surgeon
left. I've now been offered NHS surgery elsewhere. Please refund the deposit to the original card.

Yours sincerely,
Beatrice Moss
""")
m(B, "Estimate before surgery", "US: good faith estimate request",
"""
Hello, under the No Surprises Act I'd like a good faith estimate for my scheduled laparoscopic
cholecystectomy on 12/3 with Dr Patel, including anesthesia and facility fees. I'm self-pay. Thank you,
Maria Lopez
""")
m(B, "receipt for tax", "asks annual receipt for tax purposes",
"""
Could I get a summary of all payments I made to the hospital in 2024 for my tax return? Medical
expenses are deductible for me this year. Thanks, Harriet Bloom, patient ID 3381044
""")
m(B, "Re: Your bill - account 44190", "rambling reply: mentions care was good, dad's chest pain resolved, dispute of charge",
"""
Hi,

First of all thank you, the staff were brilliant when dad came in with the chest pain in May. The
nurse in the ER (I think her name was Marisol) was so kind to him. It ended up being a pulled muscle from
digging out the old rosebush and he's been right as rain since, back out in the garden, no more pain.

But I don't understand this bill at all. He has Medicare Part A and B and a supplemental plan (AARP
Plan G) and as far as I understand it the supplemental should pick up the 20% that Medicare doesn't.
The bill says "patient responsibility" for the full $486.20, and there's no mention of the supplemental
being billed at all. Could you please bill them? The ID is in his file, or I can send a photo of the
card. Also there's a line for "observation services" on a date he wasn't even in the hospital - he was
discharged on the 12th and the line says the 13th.

He's 84 and gets very confused and anxious by these letters, he thought he was going to lose the house,
so please send any correspondence to me as well. I have power of attorney and I've attached the form.
My address is 18 Lakeview Dr, Madison WI 53711, phone 608-555-0194.

If it turns out we do owe something after the supplemental has paid, that's fine, we'll pay it, I just
want to make sure it's right first. Could you put the account on hold until this is sorted so it
doesn't go to collections?

Thanks,
Carol Simmons

> Balance due: $486.20. Please remit by 06/30.
""")
m(B, "cost of ambulance?", "UK: asks if ambulance costs (confusion), father had fall last week (historical)",
"""
Silly question but will we get a bill for the ambulance that took my dad in after his fall last week? He's
home now and fine. My friend in America got a huge bill and I'm worried. Thanks, Sue
""")
m(B, "Payment by instalments - private dermatology", "UK: instalments for private mole removal",
"""
Hello, is it possible to pay for the private mole removal in two instalments? The quote was £680. I can
pay half now and half next month. Thanks, Greg
""")
m(B, "Direct billing to insurer", "asking hospital to bill insurer directly (tiers payant style)",
"""
Hi, I have international health insurance through Cigna Global. Can you bill them directly rather than
me paying upfront and claiming back? My policy number is CG-9928410. Thank you, Julien Marchand
""")
m(B, "Invoice number query", "vendor-like but patient: can't find invoice number",
"""
Where do I find my invoice number? The online payment page asks for it but my letter only has an
account number. Thanks, Pat
""")
m(B, "Charged twice for labs", "US: duplicate lab charges",
"""
My statement shows two identical charges for a CBC and CMP on 7/15, $94 each. I only had one blood draw
(routine labs for my follow-up after my seizure in the spring, all normal).
Please correct. Account 81120042. - Evan Russo
""")
m(B, "Financial hardship - hospice bill", "relative asks about bill after death; compassionate",
"""
Dear Billing Department,

My mother passed away last month in your hospice unit. I've received a bill for $2,130. I thought
hospice was covered under Medicare. She had no estate to speak of. Could you please check this and
advise?

With thanks,
Gloria Hill
""")
m(B, "pay by bank transfer", "asks bank details",
"""
Hello, could you send bank details so I can pay invoice INV-77120 by bank transfer? I'm abroad and can't
use the phone line. Thanks, Marco
""")
m(B, "insurance pre-authorization for infusion", "US: insurance pre-authorization for infusion therapy - billing/insurance",
"""
Hi, my insurance says the infusion center needs to call them for a pre-authorization before my next
Remicade infusion or I'll be billed the full cost ($8,000+). Can someone in billing handle that? My
infusion is on the 18th. Member ID UHC-55200918.

Thanks,
Lisa Park
""")
m(B, "Bill for a&e - visitor from Ireland", "EHIC/GHIC billing query; son's head injury resolved (historical)",
"""
Hello, we're from Dublin and my son was seen in your A&E on holiday last week after he fell and bumped
his head (he's totally fine, no sickness or anything, they just observed him). We showed our EHIC. Now
we've been sent an invoice. Shouldn't that be covered? Thank you, Ciara Byrne
""")
m(B, "Hospital TV and phone charges", "complaint/refund about bedside TV charges - billing",
"""
My mum was charged £45 for the bedside TV during her stay after her mini-stroke but it didn't work for 3 of the 5 days. Can we
get a refund? Ward 12, bed 6, 2nd-7th of March. Thanks, Richard
""")
m(B, "Statement - what is this code?", "asks about CPT code on statement",
"""
Hi, what is code 99285 on my statement? It's $1,400. I went in because my daughter swallowed a coin,
which they said passed on its own, so I'm surprised it's the most expensive level. Can this be reviewed?
Thanks, Jade Walsh
""")
m(B, "deposit for IVF cycle", "fertility clinic invoice and deposit",
"""
Hi, we've received the invoice for our IVF cycle. Is the £1,000 deposit refundable if the cycle is
cancelled for medical reasons? Also can we pay the remaining balance after egg collection? Thanks,
Emma & Lewis
""")
m(B, "HSA card declined", "US: HSA card payment issue",
"""
Tried to pay my copay with my HSA debit card and it was declined at the front desk. The HSA has funds.
Can I pay over the phone with it instead? Thanks, Ray
""")
m(B, "Re: unpaid balance reminder", "short reply: will pay on payday",
"""
Will pay on the 28th when I get paid. Sorry for the delay. Dom

> Reminder: your account has an unpaid balance of £60.00.
""")
m(B, "Billing for anaesthetist separate?", "UK private: separate anaesthetist bill confusion",
"""
Hello, I've had a separate invoice from the anaesthetist for my private knee operation even though I
thought the package price was all-inclusive. Could you clarify? Package quote ref PP-20211. Thanks, Ian
""")
m(B, "Workers comp claim", "US: workers compensation billing for work injury",
"""
Hello,

The visit on 4/2 was for a work injury (hurt my back lifting at the warehouse), so it should be billed
to workers' comp, not my personal insurance. Claim number WC-2025-44811, employer is Hartley Logistics.
Please rebill.

Thanks,
Tony Esposito
""")
m(B, "no surprise bill?", "US: surprise out-of-network bill from ER doctor after husband's stroke (historical)",
"""
Hi,

When my husband had his stroke in March and came through your ER, we used an in-network hospital but now
we have a $2,800 bill from an out-of-network ER physician group. I believe this is covered under the No
Surprises Act. Can billing help us dispute this? He's home now and doing speech therapy.

Thanks,
Lorraine Keller
""")
m(B, "Billing question - student", "student short billing question",
"""
im an international student, do I have to pay for the GP at the uni health centre or is it covered by the
IHS i paid? got an invoice. thx, Wei
""")
m(B, "Invoice for medical records", "fee for copying records; billing dominant",
"""
I've been sent an invoice for $38 for copies of my medical records. I thought the first copy was free.
Can you explain the fee or waive it? Thanks, Brenda
""")
m(B, "Payment confirmation needed for visa", "asks for letter confirming fees paid",
"""
Hello, the embassy wants a letter confirming that I've paid in full for my treatment at your hospital
before they extend my visa. Could Finance issue one? Passport no. and invoice reference attached.
Regards, Omar Haddad
""")
m(B, "Price list for vaccines", "travel clinic vaccine prices",
"""
What do you charge for yellow fever and rabies vaccines at the travel clinic? Going to Peru in 2 months.
""")
m(B, "Balance after insurance - baby delivery", "US: new parent querying maternity bill; no red flag",
"""
Hi there,

We had our baby at your hospital in August (all went well!) and now have a bill for $3,900 after
insurance. That seems high since we hit our out-of-pocket max in July with my wife's gallbladder
surgery. Can you double-check with Aetna? Policy holder: Daniel Kim.

Thanks!
""")
m(B, "Accounts payable - supplier invoice overdue", "supplier chasing hospital for unpaid invoice (billing, not patient)",
"""
Dear Accounts Payable,

Our invoice SI-100482 for the supply of infusion pumps (PO 4500218831, £12,480.00) dated 14 July is now
60 days overdue. Please advise when payment will be made or if there's an issue with the invoice.

Kind regards,
Credit Control
MedSupply Solutions Ltd
""")
# ---------------------------------------------------------------- followup
m(F, "my blood results", "lay: asking for blood test results",
"""
Hi, I had bloods done last Wednesday for my thyroid and iron. Are the results back? Nobody's rung so I
assume they're ok but I'd like to know the numbers. Thanks, Kirsty Lane DOB 02/02/1990
""")
m(F, "Discharge summary - Mr T. Okonkwo", "discharge summary recounting NSTEMI and PCI; historical red flags (trap)",
"""
DISCHARGE SUMMARY

Patient: Mr Tobenna Okonkwo   DOB 21/04/1961   MRN 33018274
Admitted: 02/10   Discharged: 06/10   Consultant: Dr R. Hale (Cardiology)

Presenting complaint: central chest pain at rest radiating to left arm, onset 2 hours pre-admission.
Diagnosis: NSTEMI. Angiogram: 90% proximal LAD stenosis, treated with 1 drug-eluting stent.
Progress: pain-free since PCI. Echo: EF 50%. Mobilised on ward without symptoms.

Medications on discharge: aspirin 75mg OD, ticagrelor 90mg BD (12 months), atorvastatin 80mg,
bisoprolol 2.5mg, ramipril 2.5mg.

GP actions: please titrate ramipril; check U&E in 2 weeks. Cardiac rehab referral made.
Advice given: call 999 if chest pain recurs and is not relieved by GTN.
""")
m(F, "stitches out?", "post-op question, stitches, no red flags",
"""
Hi, when do I get my stitches out from my hand op? It was 9 days ago. They look fine, a bit itchy, no
redness. Do I go to my GP nurse or come back to you? Thanks, Jamie
""")
m(F, "Clinic letter: Epilepsy review", "clinic letter from neurologist: seizure history, controlled (trap)",
"""
Dear Dr Marsh,

Re: Miss Hollie Grant, DOB 17/05/2003

I reviewed Hollie in the epilepsy clinic today. She had two generalised tonic-clonic seizures in 2023,
both in the context of sleep deprivation. Since starting lamotrigine she has been seizure-free for 14
months. She reports no side effects. Examination normal.

Plan: continue lamotrigine 100mg BD. Discussed driving: she may reapply for her licence after 12 months
seizure-free, which she now meets. Review in 12 months.

Yours sincerely,
Dr A. Bhatt, Consultant Neurologist
""")
m(F, "after my op - is this normal?", "post-op lay question, lists negatives (trap)",
"""
Hi, I'm 2 weeks after my keyhole gallbladder op. The wounds are healing but my belly button one is still a
bit bruised and I get a twinge when I cough. No fever, no redness spreading, no discharge, eating fine.
Is that normal or should I be fully healed by now? Thanks, Claire
""")
m(F, "Re: scan results", "reply asking for explanation of scan result wording",
"""
Thanks for sending the report. What does "incidental 4mm pulmonary nodule, follow-up CT in 12 months"
mean in plain English? Is it something to worry about? I'm a non-smoker.

Fiona

> Please find attached your CT report as requested.
""")
m(F, "Handover - Ward 8 night", "nursing handover of stable patients with 'no chest pain overnight'",
"""
Night handover Ward 8 (stable patients only, flagged issues handed over verbally):

Bed 3 - Mr Abbott, day 3 post-PCI. No chest pain overnight, obs stable, mobilising. For home tomorrow.
Bed 7 - Mrs Khan, CAP day 4 on oral abx, apyrexial 48h, sats 96% RA. Awaiting OT.
Bed 11 - Mr Doyle, post-fall, CT head no acute bleed, neuro obs normal x 24h. Awaiting PT assessment.
Bed 14 - Mrs Fenn, hypo yesterday am (BM 3.2, treated), BMs 6-9 since. Insulin reduced.

Signed: RN T. Moyo
""")
m(F, "how's my dad doing", "family asking for update on father after discharge, no concerns",
"""
Hello, just wanted to follow up on my dad Harold Wynn who was discharged last Thursday after his
pneumonia. The letter said someone from the community respiratory team would visit but nobody's been. He's
doing alright, eating more, still tired. Is the visit still happening? Thanks, Angela
""")
m(F, "wound care after c-section", "wound care question, healing, no infection signs",
"""
Hi, it's been 3 weeks since my c-section. The scar is healing, there's a small bit at the end that's still
a bit open but dry, no smell, no pus, no temperature. Should I keep a dressing on it or let the air get
to it? Thanks, Naomi
""")
m(F, "Referral letter - past overdose", "referral letter to community mental health about a past overdose, now stable (historical trap)",
"""
Dear Community Mental Health Team,

Re: Mr Jason Pike, DOB 04/12/1995

Mr Pike was admitted to our medical unit on 12/09 following an intentional paracetamol overdose, treated
with acetylcysteine. LFTs normalised. He was assessed by the liaison psychiatry team prior to discharge
and reported no current suicidal intent; he has good family support and agreed to a safety plan.

I would be grateful if you could offer him follow-up in your service within 2 weeks as agreed.

Yours sincerely,
Dr H. Omar, Acute Medicine
""")
m(F, "biopsy result?", "anxious lay: waiting biopsy result",
"""
Its been 3 weeks since my skin biopsy and I havent heard anything. Is no news good news? I cant stop
thinking about it. Can someone let me know please. Trevor Hall, hospital no. M2209811
""")
m(F, "BP diary readings", "monitoring: sends BP diary readings as requested",
"""
Hi Nurse Patel, here are my BP readings for the past week as you asked:
Mon 142/88, Tue 138/84, Wed 135/86, Thu 140/90, Fri 132/82, Sat 129/80, Sun 134/85.
No headaches or dizziness. Let me know if the tablets need changing. Regards, Ken Ashworth
""")
m(F, "CT head result", "result email: no bleed (negated trap), clinician to patient",
"""
Dear Mrs Doyle,

Following your fall last week, I'm writing to confirm your CT head scan showed no bleeding or fracture.
There are some age-related changes which are common and not concerning. No further follow-up is needed
from our side. If you develop a new severe headache, vomiting or drowsiness, please seek urgent help.

Kind regards,
Dr J. Reeves, Emergency Department
""")
m(F, "Follow up on my mum's stroke rehab", "carer asks about rehab progress plan; historical stroke",
"""
Hello,

My mum had her stroke 6 weeks ago and was discharged to us with early supported discharge. The physio
comes twice a week. She's walking a bit further each day and her speech is slowly coming back. We'd like
to know what happens when the 6 weeks of ESD finish - will she get ongoing therapy?

Thanks,
Patrick Doherty
""")
m(F, "ECG", "short: result of ECG request",
"""
Hi did my ECG from monday show anything? GP said you'd let me know. Ta, Rob
""")
m(F, "Re: Re: catheter", "reply chain: post-op catheter question, recovering well",
"""
Ok thanks, I've been drinking plenty. It's draining clear now, no blood, no pain. When's the trial without
catheter?

Stuart

> > The bag had a bit of pink in it this morning, is that normal after the TURP?
> A little pink is expected in the first days. Drink 2-3 litres a day and let us know if it becomes dark
> red or you pass clots.
""")
m(F, "Holter results", "US: asks holter monitor results; past palpitations",
"""
Hi, I returned the Holter monitor last week after wearing it for 48 hours. Can Dr Lee's office let me know
the results? I had a couple of episodes of palpitations while wearing it, I pressed the button like they
said. Feeling fine now.
Thanks, Andrea Mills
""")
m(F, "Re: discharge letter for care home", "care home asking for missing discharge summary for resident",
"""
Hello,

Mr Stanley Reeve returned to us yesterday from your Ward 15 but came without a discharge summary. We
need to know what happened during the admission (we were told it was a UTI and a fall) and any changes
to his medications. He's settled well back in, eating and drinking.

Thanks,
Manager, Brookfield Care Home
""")
m(F, "post op diet", "post-op question about diet after bariatric surgery",
"""
Hi, I'm 10 days post sleeve gastrectomy. When can I move from puree to soft foods? I'm managing fluids
fine, no vomiting. Thanks, Dawn
""")
m(F, "dressing smells a bit?", "wound question borderline but no fever, mild; followup",
"""
Hello, the dressing on my leg wound has a slight smell when the district nurse changes it but she said it
looks clean and healthy underneath. I don't have a temperature and it's not more painful. Should I be
worried or is that normal for that type of dressing? Thanks, Ray Jenkins
""")
m(F, "Letter from A&E visit", "patient asks for copy of A&E letter regarding past breathing episode (historical)",
"""
Hi, I was in your A&E last month with an asthma attack and they gave me nebulisers and steroids. My GP
hasn't received the letter and wants to see it before my asthma review. Could you send it to them? I'm
fine now. Thanks, Paige Moran, DOB 15/08/1999
""")
m(F, "INR results", "anticoag monitoring: INR within range",
"""
INR today 2.4 at the GP. Staying on same dose as per the book? Next check in 4 weeks? Thanks, Mrs Rees
""")
m(F, "Pathology report - hemicolectomy", "pathology result letter to surgeon",
"""
Dear Mr Lawson,

Histology for Mrs Angela Morris (MRN 58210933), right hemicolectomy: moderately differentiated
adenocarcinoma, pT3 N0 (0/18 nodes), margins clear. Please discuss at next colorectal MDT on Thursday.

Regards,
Cellular Pathology
""")
m(F, "is it normal to still be tired", "post-op recovery question, rambling, no flags",
"""
Hi, it's me again, Jackie Moore (hospital no. G4410298). Sorry, I know I emailed last week about the sick
note as well.

I had my hysterectomy (the keyhole one, they took the ovaries too) 4 weeks ago on the 2nd, and I'm still
so tired, I need a nap every afternoon or I'm useless by teatime. My sister says she was back at work in
3 weeks after hers and her neighbour was out walking 5 miles by week two, so now I feel like I'm doing
something wrong.

The scars are fine, they've closed up, no redness, no bleeding, just a bit of brown discharge now and then
which the leaflet said could happen. My tummy is a bit swollen by the end of the day but it goes down
overnight. No temperature, I've checked. I've been walking round the block every day like the nurse
said, and I'm eating better now, though I'm a bit constipated from the painkillers.

Is it normal to still be this wiped out at four weeks, or should I get my bloods checked in case I'm
anaemic? I did lose a fair bit of blood in theatre apparently. I go back to work in 2 weeks (I'm a
teaching assistant, so on my feet all day) and I'm worried I won't cope. Would a phased return be
something the consultant could recommend in a letter?

Also, when can I drive again and when can I go back to Zumba? Nobody's really said.

Thanks, Jackie
""")
m(F, "Sats monitoring - virtual ward", "virtual ward patient sends daily readings, stable",
"""
Daily readings for virtual ward (Kenneth Marsh, H3390215):
Sats 95%, pulse 82, temp 36.8, BP 132/78. Breathing a bit easier today, walked to the end of the drive.
No chest pain. Taking all tablets.
""")
m(F, "follow up after miscarriage", "follow-up after early pregnancy loss; results of hCG",
"""
Hello, I had the blood test on Friday to check my pregnancy hormone had come down after the miscarriage.
Has it gone back to normal? The bleeding has stopped now. It's been a hard few weeks. Thank you,
Louise
""")
m(F, "Clinic letter copy", "asks for copy of clinic letter",
"""
Could I please have a copy of the letter from my rheumatology appointment on the 3rd? I like to keep my
own records. Thanks, Paul Brennan
""")
m(F, "Re: Question about my son after his seizure", "reply chain: parent asks about driving/school after seizure last week, now fine (historical)",
"""
Thanks for explaining. One more question, the school want to know if he can go swimming and do PE after
his seizure last week? He's been completely back to normal since, no more episodes. The neurology
appointment isn't till next month.

Sarah Lowe

> The EEG will be arranged before his clinic appointment. In the meantime no further action needed.
""")
m(F, "Scan results - kidney stones", "US: results follow-up, pain gone",
"""
Hi, I got a notification that my CT results are in the portal but I don't understand them. It says
"4mm non-obstructing calculus left lower pole". The pain I went to urgent care for is gone now. Does this
need follow up with urology?
Thanks, Jason Burke
""")
m(F, "update on Mrs Pearson", "district nurse update to GP on stable patient, wound healing",
"""
Dear Dr Carter,

Update on Mrs Joan Pearson (DOB 07/07/1939): sacral pressure sore now grade 2, reducing in size (2.1cm x
1.4cm from 3cm x 2cm), no signs of infection, pain controlled. Continue twice-weekly dressings. Family
coping well.

District Nursing Team
""")
m(F, "", "empty subject: short result query",
"""
any news on my smear result? was 6 weeks ago. thanks, Becky
""")
m(F, "Follow-up letter: TIA clinic", "TIA clinic letter, past event, no ongoing symptoms (historical trap)",
"""
Dear Dr Fleming,

Re: Mr Dennis Clough, DOB 12/11/1950

Seen in the TIA clinic on 14/03 following an episode of transient right arm weakness and word-finding
difficulty lasting 20 minutes on 12/03, fully resolved. MRI shows a small left frontal DWI lesion.
Carotid doppler: 50-69% left ICA stenosis. He has been started on clopidogrel and atorvastatin 80mg
and referred to vascular surgery. He was advised not to drive for one month and to call 999 immediately
if symptoms recur.

Dr M. Sandhu, Stroke Physician
""")
m(F, "Fwd: results from private clinic", "patient forwards private results to NHS consultant for follow-up",
"""
Dear Dr Akhtar,

I had a private echo done while I was waiting for the NHS one, the report is below. Could you take it
into account at my follow-up in June? I've had no more breathlessness since the water tablets were
increased.

Regards,
Martin Reece

---------- Forwarded message ---------
From: HeartScan Clinic
Echo report: LV mildly dilated, EF 45%, mild mitral regurgitation. No pericardial effusion.
""")
m(F, "Lump after vaccine?", "child: lump at injection site, no fever, asking if normal",
"""
Hi, Oscar had his 1 year jabs on Monday and there's a small hard lump on his thigh where they did it. No
redness, no fever, he's happy and eating. Is that normal and how long does it last? Thanks, Beth
""")
m(F, "Results - liver function", "clinician to patient: LFTs improved, continue",
"""
Dear Mr Hughes,

Your liver blood tests from 2 weeks ago have improved since we stopped the statin, ALT now 48 (was 210).
Please carry on without it for now; we will repeat the test in 3 months and discuss alternatives then.

Best wishes,
Hepatology Nurse Specialist
""")
m(F, "my husband's recovery after heart attack", "wife asks about recovery progress after past MI; no current symptoms",
"""
Dear Cardiac Rehab team,

My husband Geoff had his heart attack in May and has done the first 4 weeks of your programme. He's doing
well, no chest pain, walking 30 minutes a day. But he's very low in mood and snappy, not like himself.
Is that common after a heart attack? Should he mention it at his next session or see someone?

Thanks,
Eileen
""")
m(F, "ortho follow up - cast", "post fracture cast question; circulation fine",
"""
Hi, my daughter's cast is due off on the 20th. It's getting a bit loose and she says it's itchy. Her
fingers are pink and warm and she can wiggle them. Do we need to come in sooner or is it ok? Thanks, Ria
""")
m(F, "Care plan review - Mr Dawson", "care coordinator: stable monitoring summary",
"""
Hi all,

Summary of today's MDT review for Mr Albert Dawson (MRN 49210338): heart failure stable, weight steady
at 78kg, no increase in ankle swelling, breathing at baseline. Furosemide unchanged. Heart failure nurse
to continue fortnightly phone calls.

Care Coordinator, Community HF team
""")
m(F, "Re: Re: Re: pathology", "reply chain chasing result for husband",
"""
Sorry to chase again - it's now been 5 weeks. Has the result for my husband's prostate biopsy come back?
We have another appointment booked but would like to know before.

Margaret Dobbs

> > > When will the biopsy result be available?
> > > Usually 2-3 weeks.
> > It's been 4 weeks.
> We'll chase the lab and get back to you.
""")
m(F, "Echo result - normal?", "US: result follow up",
"""
Hi Dr Patel, got my echo results in MyChart, says "normal LV function, trace TR". Is trace TR anything I
should be worried about? Thanks, Kyle
""")
m(F, "coming off the oxygen", "lay: asks about weaning oxygen post-discharge, improving",
"""
Since I came home after the covid pneumonia I've been using the oxygen at night only. My sats are 95-96%
during the day now without it. Can I stop it completely or does someone need to check me first?
Thanks, Desmond
""")
m(F, "Re: wound photo", "reply with wound photo as requested; looks better",
"""
Here's the photo of the wound you asked for. It looks less red than last week and the edges are closing.
No fever. Let me know what you think.

Jo Pickering

> Please could you send a photo of the wound so we can check how it's healing.
""")
m(F, "Referral - cardiology (past syncope)", "GP referral letter about past fainting episodes (historical)",
"""
Dear Cardiology Colleagues,

Re: Mrs Shona Wallace, DOB 30/06/1971, NHS 721 332 1190

I would be grateful if you could see this 54-year-old lady who has had three episodes of syncope over the
past 6 months, each preceded by palpitations, with full recovery within a minute. ECG today shows sinus
rhythm with a borderline QTc of 465ms. She is currently asymptomatic. I have advised her not to drive.

Yours sincerely,
Dr Ian Kerr, GP
""")
m(F, "Hba1c result", "short results question; diabetes",
"""
What was my HbA1c this time? Hoping it's come down from 64. Thanks, Deepa
""")
m(F, "Baby's jaundice follow up", "parent follow-up on jaundice bloods, baby feeding well",
"""
Hello,

Following up on baby Harry's jaundice blood test from yesterday. He's still a bit yellow but he's feeding
every 3 hours, loads of wet nappies and the poo has gone yellow not pale. Do we need another test?

Thanks,
Molly and James
""")
m(F, "After my overnight stay", "post-discharge questions after chest pain rule-out (historical, negated)",
"""
Hi, I was kept in overnight on Tuesday to rule out a heart attack. The doctor said my bloods were normal
and it was probably my oesophagus. I've had no more pain since. The letter says follow up with my GP in
2 weeks - do I need a stress test as well? Also can I go back to the gym? Thanks, Ahmed
""")
m(F, "Physio exercises after knee replacement", "post-op recovery question: physio exercises, swelling normal",
"""
I'm 3 weeks post knee replacement. The knee is still swollen by the evening and a bit warm but not hot,
no calf pain. Bend is 95 degrees. Should I be doing the exercises more often? Any tips for sleeping?
Thanks, Pauline
""")
m(F, "post-op check call", "nurse follow-up call notes: patient well",
"""
Day 2 post-discharge phone call - Mr Ian Brooks (lap hernia repair):
Pain controlled with paracetamol. Wounds dry and intact. Eating and drinking, bowels opened. No nausea,
no fever. Advised re lifting. No further follow-up required unless concerns.
Day Surgery Nurse
""")
m(F, "Thyroid levels after RAI", "monitoring results for thyroid after radioactive iodine",
"""
Dear Endocrine Team, I had my 6-week bloods after radioactive iodine. I'm feeling a bit sluggish. Is my
thyroid going underactive? Should I start the levothyroxine you mentioned? Thanks, Gail
""")
m(F, "Dad's heart monitor readings", "carer sends pacemaker/home monitor data for routine check",
"""
Hi, the home pacemaker box flashed green last night which the leaflet says means the transmission went
through. Just checking you got it as we've had no letter since the last one in January. Dad's fine.
Thanks, Jenny (daughter of Arthur Cole)
""")
m(F, "Letter about my mum's admission", "daughter asks for explanation of past events in discharge letter (collapse, resolved)",
"""
Hello,

Mum's discharge letter says she had "syncope secondary to postural hypotension" and "AKI, resolved". Can
someone explain what that means? She collapsed at church and they kept her in 4 days. She's back to her
old self now. We want to understand so we can stop it happening again.

Thanks,
Teresa
""")
m(F, "pulmonary function results", "US results, asks explanation",
"""
Hi, I did the breathing tests (spirometry) last week. The portal says FEV1 78% predicted. Is that asthma
or COPD? Dr Ross hasn't called. Thanks, Hector
""")
m(F, "Stoma - settling in", "stoma care question, recovering, no problems",
"""
Hi stoma nurses, I'm 3 weeks home after my op. The stoma is working, output a bit loose in the mornings.
Skin around it slightly pink but not sore. When is my next check? Can I start swimming? Thanks, Lynn
""")
m(F, "Rash gone", "patient updating that rash resolved after antibiotic change",
"""
Just to let you know the rash has gone since you switched my antibiotic. Thanks for sorting it so quickly.
Do I need to do anything else or is that it? Maureen
""")
m(F, "Psychiatry clinic letter", "clinic letter: past self-harm, no current risk (historical trap)",
"""
Dear Dr Mistry,

Re: Miss Chloe Adams, DOB 11/03/2002

I saw Chloe for follow-up today. She has not self-harmed for 7 months (previously cutting in the context
of exam stress). She denies current suicidal ideation, intent or plans. Mood improved on fluoxetine 20mg,
sleeping and eating well, back at college. Plan: continue fluoxetine; discharge to GP with open access.

Yours sincerely,
Dr K. Owusu, Specialty Doctor, Psychiatry
""")
m(F, "mole removal results", "lay: asks result after mole removal",
"""
Hey, had the mole cut off my back 2 weeks ago. Stitches are out and its healed up fine. Any news on
what it was? Thanks, Mike
""")
m(F, "diabetes foot check", "podiatry follow-up summary to patient",
"""
Dear Mr Carr,

Your foot ulcer on the right big toe has healed completely. Please continue to check your feet daily and
wear the footwear we provided. Your next review is in 3 months. If you notice redness, swelling or a new
wound, contact us promptly.

Diabetes Foot Service
""")
m(F, "Results - potassium ok now", "clinician to GP: repeat potassium normal after earlier high (resolved trap)",
"""
Dear Dr Ellis,

Mrs Carol Yates' repeat potassium today was 4.6 mmol/L. The earlier result of 6.3 was due to a
haemolysed sample. No further action needed. Continue ramipril.

Kind regards,
Renal Specialist Nurse
""")
m(F, "hearing test result", "parent asks about child's hearing test results",
"""
Hi, Ellie had her hearing test on Friday. They said the results would be sent to us but nothing yet. Did
she pass? She's been fine, just want to know. Thanks, Paula
""")
m(F, "GP letter - follow up of fall", "GP letter referencing past fall/head injury, now fine",
"""
Dear Falls Service,

Re: Mr Eric Dunne, DOB 04/10/1937

Thank you for seeing Mr Dunne after his fall in October, when he hit his head and was observed overnight
in ED (CT normal). He has had no further falls since. I'd be grateful for your falls-risk assessment
and any advice on his medications.

Dr S. Chaudhry, GP
""")
m(F, "Re: Sleep study results", "reply asking about CPAP after results",
"""
Thanks for the results. So I do have sleep apnoea. What happens next - do I get a CPAP machine sent to me
or do I have to come in to pick it up? Gary

> Your sleep study shows moderate obstructive sleep apnoea (AHI 22). We recommend CPAP therapy.
""")
m(F, "Handover to community - Mrs Lomax", "nursing handover of stable palliative patient",
"""
Hello Community Palliative Team,

Handing over Mrs Edith Lomax (MRN 30219847) discharged today to home with a package of care. Syringe
driver not required at present, symptoms controlled on oral morphine 5mg PRN. No breathlessness at rest.
Family aware of plan. DNACPR in place, copy sent home.

Ward 6 Discharge Coordinator
""")
m(F, "blood sugar readings since new tablet", "monitoring diabetes readings, stable",
"""
Hi nurse, since starting the new tablet my morning sugars are 6-8 and evenings 8-10. No hypos at all.
Is that ok? Do I stay on this? Thanks, Ravinder
""")
m(F, "results for my father", "carer asks results on behalf of father with consent",
"""
Hello, I'm writing on behalf of my father Tom Billings (DOB 05/05/1944), he's given permission and it's on
his file. Could you let us know the results of the chest X-ray from last Thursday? He's still got the
cough but it's no worse. Thanks, Karen
""")
m(F, "Fwd: discharge summary for GP", "forwarding discharge summary of past sepsis admission, recovered (historical)",
"""
Dear Practice,

Forwarding my discharge summary as the ward said they'd send it but the receptionist says it's not on the
system. I'm feeling much better and finishing my antibiotics.

Jane Holt

---------- Forwarded message ---------
Discharge summary: Admitted 03/11 with urosepsis (lactate 4.1, hypotensive, responded to fluids and IV
antibiotics). Discharged 08/11 on oral co-amoxiclav to complete 7 days. GP: repeat U&E 1 week.
""")
m(F, "still coughing after pneumonia", "post-illness recovery question: residual cough, no breathlessness",
"""
Hi, 4 weeks after my pneumonia and I've still got a tickly cough, especially at night. No fever, not
breathless, no blood. The discharge nurse said it can take 6 weeks. Is that right or do I need another
X-ray? Thanks, Lorraine
""")
m(F, "Annual review letter - heart failure clinic", "clinic letter, stable heart failure monitoring",
"""
Dear Dr Jones,

I reviewed Mr Samuel Frost (DOB 01/01/1948) in the heart failure clinic today. He remains NYHA class II,
no orthopnoea, weight stable. BNP 420 (previously 880). Continue current therapy. Repeat echo in 6 months.

Dr L. Adeyemi, Cardiology
""")
m(F, "how long for the swelling to go down?", "post-op dental/jaw surgery swelling question, improving",
"""
Hi, I had my wisdom teeth out on Monday under GA. My cheeks are still quite swollen but less than
yesterday. No bleeding now, eating soft food. How long till the swelling goes? Thanks, Ellie
""")
m(F, "CAMHS - after the crisis team", "parent follow-up after crisis resolved, daughter safe now (historical trap)",
"""
Hello,

I wanted to follow up after the crisis team saw Amber last month when she'd been self-harming. She's
doing much better - talking to us, back at school part time, no more cutting that we know of. When will
she be offered the therapy sessions that were mentioned? We don't want her to slip back.

Thanks,
Donna (mum)
""")
m(F, "ultrasound result - gallbladder", "asks results of ultrasound; symptoms stable",
"""
Can I get my ultrasound result? It was for my gallbladder. Still getting the odd twinge after fatty food
but nothing like the bad attack that sent me to A&E in the summer. Thanks, Sheila
""")
# ---------------------------------------------------------------- other
m(O, "Thank you to Ward 5", "thanks letter recounting past heart attack (historical trap)",
"""
To everyone on Ward 5,

I just wanted to say thank you. Three months ago I came in by ambulance with a heart attack and honestly
thought that was it. The paramedics, the cath lab team and then all the nurses on Ward 5 were incredible.
I'm back walking the dog and even back at work part time. Please pass this on to Nurse Becky and the
lovely healthcare assistant who made me laugh every morning.

With gratitude,
Frank Delaney
""")
m(O, "Act FAST - Stroke Awareness Month", "health education campaign listing stroke signs (education trap)",
"""
STROKE AWARENESS MONTH

Do you know the signs of a stroke? Remember FAST:
Face - has their face fallen on one side? Can they smile?
Arms - can they raise both arms and keep them there?
Speech - is their speech slurred or jumbled?
Time - call 999 immediately if you see any of these signs.

Join our free stroke awareness talk in the main atrium on 14 May, 12:00-13:00. All welcome.

Communications Team, Example Hospital NHS Trust
""")
m(O, "Complaint about my mother's care", "complaint about past care in ED (chest pain ignored last year) - other",
"""
Dear PALS,

I wish to make a formal complaint about the care my mother, Mrs Joyce Harper, received in your Emergency
Department on 3 January. She attended with chest pain and breathlessness and waited nine hours on a
trolley in a corridor. Nobody offered her a drink. She was eventually diagnosed with a pulmonary embolism
and, thankfully, has recovered at home. But the experience was degrading and frightening.

I would like an explanation and an assurance this will not happen to others.

Yours sincerely,
Richard Harper
""")
m(O, "Job vacancy: Band 6 Stroke Specialist Nurse", "job ad with stroke/thrombolysis terms (job ad trap)",
"""
We are recruiting a Band 6 Stroke Specialist Nurse to join our Hyperacute Stroke Unit.

You will assess patients presenting with acute stroke symptoms (facial droop, arm weakness, speech
disturbance), support thrombolysis and thrombectomy pathways and respond to stroke alerts in ED.

Closing date: 30 June. Informal enquiries to the Stroke Matron, ext 5521.
Apply via NHS Jobs, reference 291-STR-0632.
""")
m(O, "Basic Life Support training - book now", "training course: what to do when someone collapses (training trap)",
"""
Dear colleagues,

Mandatory BLS update sessions are now open for booking for Q3. The 2-hour session covers recognising
cardiac arrest, what to do when someone collapses and is unresponsive, chest compressions, defibrillator
use and choking. Sessions run Tues and Thurs 9-11 and 14-16 in the Education Centre.

Book via the learning portal. Staff whose compliance has expired will be contacted by their line manager.

Resuscitation Team
""")
m(O, "request for my medical records", "subject access request for records incl. past overdose admission (records request)",
"""
Dear Medical Records,

Under the Data Protection Act I would like a copy of my complete hospital records from 2018 to 2021,
including my admission following an overdose in 2019 and all mental health notes. I need them for a
legal matter. My details: Natalie Briggs, DOB 23/09/1988, hospital number N3309182.

I enclose a copy of my passport and a utility bill.

Regards,
Natalie Briggs
""")
m(O, "*** IT NOTICE *** Planned EPR downtime Sunday", "IT notice",
"""
Planned downtime: The electronic patient record (EPR) will be unavailable on Sunday from 01:00 to 05:00
for an upgrade. Please use downtime paper forms (available on each ward in the red folder). Results will
be phoned through for critical values only during this window.

IT Service Desk - ext 4000
""")
m(O, "Research study: have you had a heart attack?", "research recruitment mentioning heart attack/chest pain (recruitment trap)",
"""
Have you had a heart attack in the last 2 years?

We are looking for volunteers aged 40-80 to take part in the CARDIO-REHAB study, which compares home-based
and hospital-based cardiac rehabilitation. You will need to attend 3 visits over 12 months. Travel
expenses reimbursed.

If you are interested, contact the Cardiology Research Team on research.cardio@example-hospital.org.
(If you are currently experiencing chest pain, please do not reply to this email - call 999.)
""")
m(O, "YOU WON!!! claim your prize", "spam",
"""
Congratulations valued customer! Your email has been selected to receive a $1000 pharmacy gift card.
Click here to claim before midnight: http://claim-prize.example.biz/r?id=88211
Unsubscribe
""")
m(O, "Wearable seizure detection - demo for your neurology dept", "vendor pitch mentioning seizures (vendor trap)",
"""
Hi Dr Shah,

I'm reaching out from NeuroSense. Our FDA-cleared wrist wearable detects generalised tonic-clonic seizures
in real time and alerts caregivers within 15 seconds. Several epilepsy centres in the region are already
using it in their monitoring units.

Would you have 20 minutes next week for a demo? I'm happy to bring a unit to the department.

Best,
Kelsey Moran
Regional Account Manager
""")
m(O, "Newsletter - Autumn edition", "newsletter",
"""
WELCOME TO THE AUTUMN NEWSLETTER

- Our new MRI scanner is now open, cutting waiting times by 30%
- Flu vaccination clinics for staff start on 1 October
- Meet the team: Children's Outpatients
- Charity fun run raises £12,000 for the neonatal unit
- Volunteers wanted for the hospital radio

Read the full edition on the intranet.
""")
m(O, "staff rota query", "staff admin: rota swap",
"""
Hi Sarah, is it ok if I swap my Saturday long day on the 12th with Emma's Wednesday early? She's agreed.
Thanks, Kate (HCA, Ward 9)
""")
m(O, "Sepsis awareness - could it be sepsis?", "education campaign listing sepsis signs (education trap)",
"""
World Sepsis Day - 13 September

Sepsis can be hard to spot. Look out for:
- Slurred speech or confusion
- Extreme shivering or muscle pain
- Passing no urine in a day
- Severe breathlessness
- Mottled or discoloured skin
If you or someone you care for has any of these signs, call 999 or go to A&E. Just ask: could it be sepsis?

Patient Safety Team
""")
m(O, "thank u!!!!", "text-speak thanks to maternity team",
"""
just wanted to say thank u sooo much to all the midwives on the labour ward last week esp Nicky!! baby
Ruby is doing amazing, couldnt have done it without u xxx
""")
m(O, "Conference: Advances in Emergency Medicine 2026", "conference invitation with red-flag topics in programme",
"""
Dear Colleague,

Registration is now open for Advances in Emergency Medicine 2026, Manchester, 12-13 March. Sessions
include: chest pain pathways and high-sensitivity troponin; massive haemorrhage protocols; paediatric
sepsis; management of overdose and poisoning; status epilepticus update.

Early bird rate until 31 December. CPD accredited (12 points).

Conference Secretariat
""")
m(O, "Fwd: suspicious email - is this real?", "staff forwards phishing email to IT",
"""
Hi IT, I got this - is it legit? I didn't click anything.

-----Original Message-----
From: Microsoft 365 Admin <admin@m1crosoft-secure.example.net>
Subject: URGENT: your mailbox will be deactivated
Your password expires today. Verify your account now to avoid losing access: http://verify-login.example.net
""")
m(O, "Complaint - rude receptionist", "lay complaint, rambling",
"""
I'm not one to complain but the receptionist at the fracture clinic this morning was so rude to my elderly
father, she rolled her eyes when he asked her to repeat herself (he's hard of hearing) and told him to
"sit down and wait like everyone else". He was really upset afterwards. I'd like this passed on to her
manager. Thank you, Jean Stokes
""")
m(O, "Mental health awareness week", "campaign with suicide helpline info (hypothetical trap)",
"""
This Mental Health Awareness Week, we're encouraging all staff to check in with each other.

Free wellbeing sessions run daily in the staff hub. If you're struggling, talk to someone - your manager,
Occupational Health, or the Employee Assistance Programme (0800 555 0199, 24/7). If you are having
thoughts of suicide or harming yourself, please call 116 123 (Samaritans) or go to your nearest A&E.

Staff Wellbeing Team
""")
m(O, "volunteer application", "asks about volunteering",
"""
Hi, I'm retired and would like to volunteer at the hospital, maybe on the wards or the welcome desk. How do
I apply? Do I need a DBS check? Thanks, Patricia Cole
""")
m(O, "Donation in memory", "donation to charity in memory of husband who died of stroke (historical)",
"""
Dear Hospital Charity,

My late husband was cared for so kindly on your stroke unit in his final weeks. Our family raised £840 at
his memorial and we would like to donate it to the unit in his memory. How should we send it?

Warm regards,
Dorothy Hale
""")
m(O, "Access to my son's records", "parent requests records access for son",
"""
Hi, how do I get a copy of my 12-year-old son's records from the children's hospital? We're moving to
Scotland and his new doctors want them. Thanks, Marie Tait
""")
m(O, "CPD webinar: recognising anaphylaxis in primary care", "webinar invite about anaphylaxis (education trap)",
"""
Free CPD webinar for practice nurses and GPs:
"Recognising and managing anaphylaxis in primary care"
Wednesday 19:00-20:00, online.

Learn to recognise airway, breathing and circulation problems in anaphylaxis, when and how to give IM
adrenaline, and what to include in your practice emergency kit.

Register: https://events.example-hospital.org/anaphylaxis
""")
m(O, "Parking permit renewal", "staff admin parking",
"""
All staff parking permits expire on 31 March. Renew online via the Estates portal by 15 March. Permits not
renewed will be deactivated. Questions to parking@example-hospital.org.
""")
m(O, "Cheap Viagra no prescription", "spam with pharmacy terms",
"""
Best prices on blue pills, no prescription required!! Discreet shipping worldwide. Order now and get 20%
off. Also available: weight loss, sleeping pills. http://pharma-deals.example.biz
""")
m(O, "Feedback form", "short positive feedback",
"""
Just filled in your feedback form online, but wanted to say directly - the physio team were brilliant.
Thank you. Harry
""")
m(O, "Invitation to patient panel", "patient involvement group invite",
"""
Dear Ms Ward,

As someone who has used our diabetes services, would you like to join our Patient Panel? We meet quarterly
to help shape how services are designed. Travel costs covered and refreshments provided.

Patient Experience Team
""")
m(O, "Research - children with epilepsy", "research recruitment mentioning seizures (trap)",
"""
Does your child (aged 4-16) have epilepsy?

The SLEEP-E study is investigating how sleep affects seizure frequency in children. Participation involves
wearing a sleep tracker for 2 weeks and filling in a seizure diary. £50 voucher on completion.

This is not a clinical service: if your child has a seizure lasting over 5 minutes, call 999.

Contact: Paediatric Neurology Research Office
""")
m(O, "Lost property", "lost property query",
"""
I left my glasses in the waiting area of outpatients B yesterday afternoon, black frames in a brown case.
Has anyone handed them in? Thanks, Doreen
""")
m(O, "Re: Re: FOI request", "freedom of information request follow-up",
"""
Thank you. Could you also include the number of ambulance handover delays over 60 minutes per month for
the same period?

Regards,
L. Park, Local Democracy Reporter

> > Under the FOI Act please provide ED 4-hour performance by month for 2024.
> Please find the requested data attached.
""")
m(O, "New infusion pumps - training", "vendor/training on equipment",
"""
Dear Ward Managers,

The new Volumat infusion pumps will be rolled out from 1 June. Each ward must release two super-users for
a half-day training session with the BD trainer. Sign-up sheet on the Clinical Skills intranet page.

Medical Devices Team
""")
m(O, "Blood donation session", "campaign: blood donation",
"""
Give blood, save lives! NHS Blood and Transplant will be in the staff canteen on Tuesday 10:00-16:00.
Walk-ins welcome. One donation can help up to three people, including those with severe bleeding after
accidents or childbirth.
""")
m(O, "Complaint about delayed diagnosis", "complaint about past missed stroke diagnosis (historical trap)",
"""
Dear Chief Executive,

I am writing to make a formal complaint about the care my husband, Mr Stephen Carver (DOB 30/07/1956),
received at your hospital last year, and about how our concerns have been handled since.

On 14 March last year my husband went to your A&E with slurred speech and a drooping face. He had woken up
with it. We waited four hours to be seen. The junior doctor told him it was Bell's palsy, gave him
steroids and sent him home. Nobody did a scan. I asked specifically whether it could be a stroke and I
was told "no, his arm strength is fine".

Two days later he was readmitted by ambulance with a major stroke affecting his left side. He spent six
weeks on your stroke unit, where the nursing care was excellent and I want to say that clearly. But he
now needs full-time care, cannot walk unaided, and his speech has never fully recovered. I gave up my
job to look after him.

We believe the first presentation should have been recognised as a possible stroke or TIA and that he
should have been scanned and started on treatment. I raised this with PALS in June and was told it would
be investigated. I have heard nothing in eight months despite three follow-up emails.

I am requesting:
1. a full investigation into the care on 14 March, including whether national stroke guidance was followed;
2. a meeting with the clinicians involved and the stroke consultant;
3. a written response within the timescales set out in your complaints policy.

If I do not receive a response I will take this to the Parliamentary and Health Service Ombudsman and
seek legal advice.

Yours faithfully,
Mrs Linda Carver
""")
m(O, "First aid at home - free leaflet", "health education about choking/bleeding/burns (education trap)",
"""
Keep your family safe: our new free First Aid at Home leaflet explains what to do if a child is choking,
how to stop severe bleeding with firm pressure, how to treat a burn with cool running water, and when to
call 999 (for example, if someone is unresponsive or has difficulty breathing).

Pick one up at any outpatient reception or download it from our website.
""")
m(O, "Interview invitation", "HR interview invite",
"""
Dear Mr Okafor,

Thank you for applying for the post of Healthcare Assistant (Ref 291-HCA-114). We are pleased to invite
you to interview on Monday 8 July at 10:30 in the Education Centre. Please bring photo ID and proof of
right to work.

HR Recruitment
""")
m(O, "can i bring flowers", "visitor question",
"""
Hi can I bring flowers for my nan on ward 7? Someone said you're not allowed anymore. Also what are the
visiting times? Thanks, Chloe
""")
m(O, "Unsubscribe", "unsubscribe request",
"""
Please remove me from your mailing list. I no longer live in the area. Thanks.
""")
m(O, "Staff survey closing Friday", "staff admin survey",
"""
Only 3 days left to complete the annual staff survey! Current response rate is 41%. Every response helps
us improve. Your answers are confidential. Link in your inbox from Picker.

Organisational Development
""")
m(O, "Vendor: AI triage for your inbox", "vendor pitch about urgent-message triage mentioning chest pain example",
"""
Hi there,

Hospitals receive thousands of patient emails a day - and a message like "my dad has chest pain" can sit
unread for hours. TriageMail uses natural language processing to flag urgent messages instantly.

Book a 15-minute call to see how we reduced response times by 60% at three US health systems.

Jordan Blake, Sales Director, TriageMail Inc.
""")
m(O, "Your NHS app - help", "IT help from patient for NHS app login",
"""
I can't log into the NHS app, it keeps saying my details don't match. I've tried resetting my password 3
times. Who do I contact? Thanks, Brian
""")
m(O, "Lecture: Recognition of the deteriorating patient", "teaching session on NEWS2/sepsis (training trap)",
"""
Grand Round this Thursday 12:30, Lecture Theatre 1:
"Recognition of the deteriorating patient: NEWS2, sepsis and escalation" - Dr P. Naidoo, ICU.
Case discussions include a missed GI bleed and a post-operative anastomotic leak. Lunch provided.
""")
m(O, "Re: thank you card", "short reply thanks for thanks",
"""
Thanks so much for passing that on, the team were really touched. - Ward 3 Sister

> Please pass on my thanks to the team who looked after my mum last month.
""")
m(O, "Photo consent for newsletter", "staff admin / comms consent",
"""
Hi comms team, I'm happy for my photo from the charity bake sale to go in the newsletter. Please spell my
name Siobhan with an h in the middle! Thanks
""")
m(O, "Fundraising: Bake sale for the children's ward", "campaign",
"""
Cake lovers! The children's ward bake sale is on Friday from 11:00 in the main entrance. All proceeds to
buying new toys and games for the playroom. Bakers, please drop off your cakes by 10:30. Gluten free labels
appreciated.
""")
m(O, "Change of GP / register with you?", "admin query about registering",
"""
Hi, I've just moved to the area. How do I register with the practice? Do I need proof of address? Also do
you take new patients for the baby clinic? Thanks, Ayesha
""")
m(O, "Pharmacovigilance course", "training course about drug safety",
"""
Registration is open for our half-day course "Medication safety and adverse drug reaction reporting",
covering Yellow Card reporting, high-risk medicines (anticoagulants, insulin, opioids) and learning from
incidents such as accidental overdose. Friday 21st, Education Centre. Free for staff.
""")
m(O, "complaint - lost belongings", "complaint about lost belongings during admission",
"""
My dad's hearing aids and his dentures went missing during his stay on the acute medical unit in April.
He came in after a fall (he's fine now) and when he was discharged they weren't in his bag. We've asked
the ward twice. I'd like to make a formal complaint and ask for compensation. Sharon Platt
""")
m(O, "ICU family support group", "support group invitation",
"""
Has someone close to you been treated in intensive care? Our ICU follow-up team runs a monthly support
group for patients and families. Next meeting: first Tuesday of the month, 18:30, Boardroom. Refreshments
provided. No need to book.
""")
m(O, "Mandatory training overdue", "staff admin compliance reminder",
"""
Dear colleague, our records show your Information Governance training is overdue. Please complete it via
the learning portal within 7 days. Non-compliance may affect your pay progression.
""")
m(O, "Re: Recruitment - Clinical Trial CHEST-AF", "research recruitment reply, patient interested; historical AF/stroke",
"""
Hi, I'm interested in the trial. I have AF and had a small stroke in 2022 but recovered fully. Do I
qualify? I'm 69.

Tom Bradley

> We are recruiting patients with atrial fibrillation for the CHEST-AF trial comparing two anticoagulants.
""")
m(O, "Compliment for Dr Ahmed", "compliment",
"""
Please pass on my thanks to Dr Ahmed in the diabetes clinic. She's the first doctor who's properly listened
to me. I came away feeling like I could manage this. Best wishes, Lynda
""")
m(O, "Press enquiry", "media enquiry",
"""
Hello, I'm a journalist with the Evening Gazette writing about A&E waiting times this winter. Could someone
from the press office provide a statement by 4pm tomorrow? Thanks, Dan Hughes
""")
m(O, "Recall notice - glucometer test strips", "vendor/regulatory device recall notice (mentions hypoglycaemia risk)",
"""
FIELD SAFETY NOTICE

GlucoCheck Plus test strips, lots 2231A-2239C, may give falsely high readings, which could lead to
missed hypoglycaemia or incorrect insulin dosing. Please quarantine affected lots and contact patients
supplied from these lots. Replacement stock will be supplied free of charge.

GlucoCheck Ltd Quality Assurance
""")
m(O, "", "empty subject, lay: asking how to get to hospital by bus",
"""
wat bus goes to the hospital from the train station? and is there a drop off point at the front. thx
""")
m(O, "Out of office: Re: patient query", "auto-reply out of office",
"""
Thank you for your email. I am on annual leave until Monday 14th with no access to email. For urgent
clinical matters please contact the ward on ext 3310 or the on-call registrar via switchboard.

Dr H. Nash
""")
m(O, "Carers' allowance / letter", "asks for letter supporting carer's allowance (admin)",
"""
Hi, I care for my husband full time since his stroke two years ago and I'm applying for carer's allowance.
They want a letter from his consultant confirming his condition. Who do I ask? Thanks, Gillian Reeves
""")
m(O, "Smoke free site reminder", "campaign: smoke free",
"""
Reminder: Example Hospital is a smoke-free site. Smoking and vaping are not permitted anywhere on hospital
grounds, including car parks. Free stop smoking support is available - ask any member of staff.
""")
m(O, "Exam invigilators needed", "staff admin/education",
"""
The Medical School needs invigilators for the Year 3 OSCEs on 2-4 June. Stations this year include chest
pain history, seizure first aid and an acute asthma scenario with simulated patients. Paid at the
standard rate. Reply to undergrad.education@example-hospital.org.
""")
m(O, "patient advice leaflet - head injury", "education: head injury advice sheet listing warning signs",
"""
HEAD INJURY ADVICE (adults)

You have been assessed and are safe to go home. For the next 48 hours, have a responsible adult stay with
you. Return to the Emergency Department immediately or call 999 if you have: vomiting, increasing
drowsiness, severe headache, confusion, weakness in arms or legs, fits, or clear fluid from nose or ears.

Emergency Department
""")
m(O, "Reference request", "HR reference request for former employee",
"""
Dear Ward Manager,

Emma Richards has applied for a post with us and has named you as a referee. Could you complete the
attached reference form by 20 May? Thank you.

Recruitment, St Anne's Hospice
""")
m(O, "Covid/flu vaccine campaign", "campaign vaccines",
"""
Protect yourself this winter. Flu and COVID-19 vaccinations are available for eligible patients at our
weekend clinics. Those aged 65+, pregnant women and people with long-term conditions such as asthma,
diabetes or heart disease are eligible. Book via the NHS App.
""")
m(O, "my complaint was ignored", "rambling complaint about communication; past events include 'collapsed' (historical)",
"""
I wrote in February about how my mum was treated after she collapsed at the bus stop and was brought
in. She's recovered, but nobody told us she'd been admitted for 12 hours, we were ringing round trying
to find her. I never got a reply to my complaint. I've now waited 3 months. I'd like to escalate this
to the Ombudsman if I don't hear back within 2 weeks. Reference PALS-22871.

Theresa Donnelly
""")
m(O, "Annual leave request", "staff admin leave request",
"""
Hi Mark, can I book 12-16 August as annual leave please? Cover arranged with Jo. Thanks, Priya (Pharmacy)
""")
m(O, "Wi-Fi not working in waiting room", "IT issue from patient/visitor",
"""
The guest wifi in the paediatric outpatients waiting room hasn't worked for weeks. Kids are bored
stiff during the long waits. Could IT look at it? Thanks, a fed-up parent
""")
m(O, "Suicide prevention training", "training about suicide prevention (training trap)",
"""
ZERO SUICIDE ALLIANCE training is now available to all staff. This 20-minute online module helps you
recognise when someone may be having suicidal thoughts, how to ask directly, and how to signpost to
support. Strongly recommended for all patient-facing staff.
""")
m(O, "Fwd: chain email - healthy heart tips", "forwarded chain email with dubious health advice about heart attack (education/spam trap)",
"""
My aunt sent me this, is it true? Seems dodgy.

---------- Forwarded message ----------
HOW TO SURVIVE A HEART ATTACK WHEN ALONE!! If you feel chest pain and are alone, cough repeatedly and
very vigorously, this can keep the heart beating until help arrives. Share with 10 people!!
""")
m(O, "Catering feedback", "patient feedback on food",
"""
The food on Ward 4 was actually really nice, especially the shepherd's pie. Just wanted to say as people
only ever complain. Keep it up! Mr D. Vance
""")
m(O, "Information request for school", "school asks for info re pupil's health plan (admin); mentions allergy plan hypothetical",
"""
Dear School Nursing Team,

We have a new pupil starting in September with a severe peanut allergy. Could you provide training for our
staff on using adrenaline auto-injectors and an individual healthcare plan template, including what to do
if she shows signs of anaphylaxis?

Head of Pastoral Care, Brookside Primary
""")
m(O, "Re: Re: IT ticket INC0098821", "IT ticket follow-up",
"""
Still not fixed - the label printer on Ward 11 prints blank labels. We're handwriting wristbands now.

Sister Chen

> > The printer isn't working.
> We have replaced the driver. Please test and let us know.
""")
m(O, "Guest speaker: living with epilepsy", "patient group event; seizures mentioned",
"""
Our epilepsy support group welcomes guest speaker Laura Finch, who will talk about living with epilepsy,
managing seizures at work, and her campaign for seizure first aid training in schools. Thursday 7pm,
Community Room. Free, all welcome.
""")
m(O, "Loan of wheelchair", "equipment loan query",
"""
Do you lend wheelchairs for short periods? My mum's coming to stay for a week after her hip op and
she can't walk far. Where would I ask? Thanks, Clive
""")


EXPECTED = {A: 70, P: 70, B: 60, U: 110, F: 70, O: 70}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "train_en.jsonl")
    counts = {}
    for msg in M:
        counts[msg["category"]] = counts.get(msg["category"], 0) + 1
    assert counts == EXPECTED, counts
    bodies = [msg["body"] for msg in M]
    assert len(set(bodies)) == len(bodies), "duplicate body"
    order = list(range(len(M)))
    random.Random(20250450).shuffle(order)
    part = out + ".part"
    with open(part, "w", encoding="utf-8") as fh:
        for n, idx in enumerate(order):
            msg = M[idx]
            rec = {
                "id": "tr-en-%03d" % n,
                "lang": "en",
                "subject": msg["subject"],
                "body": msg["body"],
                "category": msg["category"],
                "urgent": msg["category"] == U,
                "note": msg["note"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(part, out)
    print("wrote %d messages to %s" % (len(M), out))


if __name__ == "__main__":
    main()
