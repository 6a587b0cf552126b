#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""French labelled training messages for the medmilter classifier.

Run: python3 train_fr.py  -> writes train_fr.jsonl next to this file
(via train_fr.jsonl.part, renamed when complete).
Every message below was written individually; identifiers are fake.
"""
import json
import os
import random

M = []


def add(cat, subject, body, note):
    M.append({"category": cat, "subject": subject, "body": body.strip("\n"), "note": note})


AP, RX, BI, UR, FU, OT = ("appointment", "prescription", "billing",
                          "clinical_urgent", "followup", "other")

# ---------------------------------------------------------------- appointment
add(AP, "rdv", """
bjr je voudrais un rdv avec le dr martin pr ma fille elle a 6 ans c pour le certificat de sport (judo) . on est dispo le mercredi apres midi surtout. merci
""", "SMS style booking for child, no accents")

add(AP, "Report consultation cardiologie", """
Bonjour,

Mon rendez-vous de contrôle en cardiologie est prévu le jeudi 14 à 10h30 avec le Dr Benali. Je dois malheureusement le décaler car je suis en déplacement pour le travail toute la semaine.

Je précise que tout va bien, je n'ai plus eu de douleur dans la poitrine depuis la pose du stent en mars, c'est vraiment le suivi habituel.

Auriez-vous un créneau la semaine suivante, idéalement en fin de journée ?

Cordialement,
Laurent Piquet
né le 12/09/1961
06 71 42 88 19
""", "reschedule; negated chest pain trap, post-stent history")

add(AP, "annulation IRM", """
Bonjour, je dois annuler mon IRM du genou de lundi 8h. Je vous rappellerai pour en reprendre une quand j'aurai récupéré la voiture. Merci. Mme Guillot
""", "simple cancel")

add(AP, "Re: Confirmation de votre rendez-vous", """
oui c'est bon pour moi, je serai là

> Madame, Monsieur,
> Nous vous confirmons votre rendez-vous en consultation de rhumatologie
> le mardi 3 février à 14h15 avec le Dr Lemoine, bâtiment B, 2e étage.
> Merci de vous munir de votre carte Vitale, de votre carte de mutuelle et
> de vos derniers examens (radios, bilan sanguin).
> En cas d'empêchement, merci de prévenir au moins 48h à l'avance.
> Le secrétariat de rhumatologie
""", "short reply confirming quoted convocation")

add(AP, "consultation anesthésie - questionnaire", """
Bonjour,

J'ai bien reçu la convocation pour ma consultation d'anesthésie avant l'opération de la vésicule (prévue le 22). Je vous renvoie le questionnaire rempli en pièce jointe.

Petite question : à la ligne "Avez-vous déjà fait une crise d'épilepsie ou des convulsions ?" j'ai coché oui parce que j'en ai fait une à 4 ans avec de la fièvre, mais plus jamais depuis. Je ne savais pas trop quoi mettre, le médecin pourra me poser la question.

Est-ce que je peux avancer la consultation au matin ? L'après-midi je garde mes petits-enfants.

Merci
Josiane Ferrand
""", "pre-op anaesthesia booking; questionnaire seizure question, febrile seizure in childhood = historical trap")

add(AP, "teleconsultation possible ?", """
Bonjour docteur,
est ce que le suivi de mon diabete pourrait se faire en teleconsultation la prochaine fois ? j habite a 70 km et sans voiture c est galere. j ai un ordi avec une camera, mon fils peut m aider a brancher.
merci de me dire
Mr Kowalczyk
""", "teleconsultation request, no accents")

add(AP, "Demande de rendez-vous dermatologie", """
Bonjour,

Je souhaiterais prendre rendez-vous chez le dermatologue pour mon père, septante-deux ans, qui a une tache sur le dos qui a changé d'aspect selon sa femme. Son médecin traitant lui a fait un courrier.

Pourriez-vous me dire quelles sont les disponibilités ? Je peux l'accompagner les lundis et vendredis. Vous pouvez me joindre sur mon GSM au 0475 12 34 56.

Bien à vous,
Nathalie Dewitte
""", "Belgian wording (septante, GSM), booking for parent")

add(AP, "Déplacement rendez-vous neurologie", """
Madame, Monsieur,

Je vous prie de bien vouloir déplacer le rendez-vous de jeudi 9 octobre à 9h00 en neurologie, j'ai un empêchement professionnel. Je reste atteignable sur mon natel au 079 412 55 80.

Pour information, je viens pour le contrôle annuel des migraines, rien de nouveau.

Avec mes meilleures salutations,
Pierre-Alain Rochat
""", "Swiss wording (natel), reschedule")

add(AP, "rendez-vous pour mon gars", """
Bonjour, j'aimerais prendre un rendez-vous pour mon gars de 4 ans, il a besoin de son vaccin de rappel. Je suis pas capable de rejoindre la clinique au téléphone, ça sonne tout le temps occupé depuis lundi. On est disponibles les avant-midi. Merci beaucoup!
Geneviève Tremblay
""", "Quebec wording (mon gars, avant-midi, pas capable), vaccine booking")

add(AP, "Rappel de rendez-vous", """
Centre Hospitalier - Service de Gastro-entérologie

Rappel : vous avez rendez-vous le 12/03 à 9h15 pour une consultation avec le Dr Haddad.
Merci de vous présenter 15 minutes avant à l'accueil des consultations (hall 2).
Pour annuler ou modifier : 03 20 44 61 00 du lundi au vendredi, 9h-17h.

Ce message est automatique, merci de ne pas y répondre.
En cas d'urgence médicale, composez le 15.
""", "automated reminder; 'en cas d'urgence composez le 15' instruction trap")

add(AP, "rdv pediatre neuro", """
Bonjour

Notre fils Eliott (3 ans) a fait une convulsion avec la fièvre en juin dernier, aux urgences on nous avait dit de prendre un rendez-vous avec le neuropédiatre "à distance". Il va très bien depuis, aucune autre crise.
On a enfin reçu le courrier mais le créneau proposé (mardi 10h) tombe pendant la rentrée. Est ce qu'il y aurait autre chose ?

Merci d'avance
Camille et Julien Morel
""", "rescheduling neuropaediatric consult; past febrile seizure trap")

add(AP, "rdv annuel neuro papa", """
Bonjour, mon père M. André Pelletier a fait un AVC en 2019, le neurologue veut le revoir tous les ans. Le dernier rdv était en janvier. Pouvez-vous me donner une date pour cette année ? Il est en fauteuil donc plutôt le rez-de-chaussée si possible. Merci. Sa fille, Sophie
""", "annual neuro booking; historical stroke trap")

add(AP, "prise de sang à domicile", """
Bonjour,
Ma mère a 89 ans et ne peut plus se déplacer. Le médecin traitant a prescrit un bilan sanguin (NFS, iono, créat). Est-ce que vous pouvez m'envoyer une IDE à domicile pour le prélèvement ? Un matin de la semaine prochaine, elle doit être à jeun.
Adresse : 14 rue des Tilleuls, 59000 Lille. Code porte 4512B.
Merci, Hélène Vasseur
""", "booking home nurse blood draw")

add(AP, "TR: Convocation examen", """
Bonjour, je vous transfère la convocation que j'ai reçue, la date ne me convient pas du tout (je suis hospitalisée ailleurs pour autre chose à ce moment-là). Pouvez-vous la décaler d'au moins deux semaines ?
Merci
Martine Aubry-Lenoir

---------- Message transféré ----------
De : Imagerie Médicale <imagerie@ch-exemple.fr>
Objet : Convocation examen
Madame, vous êtes convoquée pour un scanner thoraco-abdomino-pelvien le 17/11 à 11h40.
Prévoir d'être à jeun 3h avant. Apporter votre dernier bilan de créatinine.
""", "forwarded convocation, reschedule request")

add(AP, "", """
rdv annulé pr demain svp. Durand Kevin 15h. dsl
""", "empty subject, very short SMS cancellation")

add(AP, "question", """
je peux venir plus tot ? j ai rdv a 16h mais je finis le boulot a 13h
""", "very short, ask to move earlier")

add(AP, "rdv + facture", """
Bonjour,
je voudrais reprendre rdv avec le Dr Giraud pour le suivi de ma thyroïde, la dernière fois c'était il y a 6 mois et il m'avait dit de revenir.
Par contre au passage je n'ai jamais reçu la facture de la dernière consultation pour ma mutuelle, vous pouvez me la renvoyer par mail ?
Merci
Amandine
""", "mixed booking + invoice, dominant appointment")

add(AP, "Coloscopie de dépistage", """
Bonjour,

Suite au test de dépistage (le test immunologique dans les selles) qui est revenu positif, mon médecin traitant m'a demandé de prendre rendez-vous pour une coloscopie. Je n'ai aucun symptôme, pas de sang visible dans les selles, pas de douleur, c'est vraiment juste le dépistage.

Je souhaiterais avoir une date ainsi que les consignes pour la préparation (le régime sans résidus etc.).

Bien cordialement,
Gérard Moulin
Tél : 06 32 18 77 40
""", "colonoscopy booking; negated bleeding trap")

add(AP, "echo 22 SA", """
Bonjour, je suis enceinte de 19 semaines et je n'arrive pas à avoir de rdv pour l'écho morphologique du 2e trimestre. Tout va bien, pas de saignement, pas de contractions, la sage-femme dit que c'est juste qu'il faut la faire entre 20 et 24 SA. Vous auriez quelque chose ? Merci beaucoup
Inès B.
""", "pregnancy scan booking; negated bleeding trap")

add(AP, "invitation dépistage cancer du sein", """
Bonjour, j'ai reçu la lettre pour la mammographie de dépistage organisé. Est-ce que je peux la faire dans votre service ? Si oui quel jour ? je ne travaille pas le vendredi.
Cordialement, Mme Roussel Françoise, 52 ans
""", "screening booking")

add(AP, "consultation mémoire pour ma mère", """
Bonjour,

Je me permets de vous écrire car le médecin traitant de ma mère (Mme Odette Charpentier, 81 ans) nous a conseillé de prendre rendez-vous à la consultation mémoire de l'hôpital. Depuis environ un an elle oublie des choses, elle a du mal avec les papiers, elle répète les mêmes questions. Rien de brutal, ça s'est installé petit à petit.

Le médecin a rédigé une lettre que je peux scanner. Est-ce qu'il y a une liste d'attente ? Faut-il prévoir une journée entière ? Elle est facilement fatiguée.

Merci de votre retour,
Christophe Charpentier
07 88 12 45 90
""", "memory clinic booking; gradual forgetfulness not acute confusion")

add(AP, "rdv CMP", """
Bonjour,
je voudrais un rendez vous au CMP pour ma fille de 16 ans. Elle est très triste depuis quelques mois, elle dort beaucoup, elle a arrêté le hand. On en a parlé avec le médecin traitant, elle lui a dit qu'elle n'avait pas d'idées suicidaires et qu'elle voulait bien voir quelqu'un. Il nous a donné votre adresse.
On peut venir après 17h ou le mercredi.
Merci
Karine Leroux
""", "CMP booking for teen; explicitly negated suicidal ideation trap")

add(AP, "consultation pneumo", """
Bonjour,
Mon fils Noah a de l'asthme, bien contrôlé avec son traitement de fond, pas de crise depuis l'été. Le pneumopédiatre voulait le revoir en novembre avec des EFR. Pourriez-vous nous proposer une date ? Il est au collège, le mercredi serait l'idéal.
Merci, M. Diallo
""", "pneumo booking; asthma well controlled trap")

add(AP, "Bilan allergo", """
Bonjour,

L'an dernier notre fille (5 ans à l'époque) a fait une grosse réaction après avoir mangé du kiwi : lèvres gonflées, plaques partout, on avait appelé le 15 et elle avait été gardée une nuit. Tout est rentré dans l'ordre.

Le pédiatre nous a dit de faire un bilan allergologique complet mais on a oublié de prendre rendez-vous (honte à nous). Est-ce encore possible ? Faut-il arrêter les antihistaminiques avant ?

Bien à vous
Laure et Mathieu Perrin
""", "allergy booking; past anaphylaxis recounted = historical trap")

add(AP, "Modification de votre rendez-vous", """
Madame,

Suite à l'absence imprévue du Dr Chevalier, votre rendez-vous du lundi 6 mai à 11h00 est déplacé au mercredi 15 mai à 8h45, même lieu (consultations externes ORL, niveau 1).

Si ce nouvel horaire ne vous convient pas, merci de contacter le secrétariat au 04 72 11 09 33.

Nous vous prions de nous excuser pour ce désagrément.

Le secrétariat ORL
""", "hospital-initiated reschedule")

add(AP, "Programmation consultation de contrôle", """
Bonjour,

Merci de programmer Mme BERNARD Colette (IPP 40028817) en consultation de contrôle à 3 mois avec moi, avec radio du poignet de face et profil le même jour avant la consultation.

Bonne journée
Dr T. Nguyen, chirurgie orthopédique
""", "clinician internal booking request")

add(AP, "pas reussi sur internet", """
bonjour jai essayer de prendre rdv sur le site internet mais ca marche pas ca me met erreur a chaque fois a la fin. c pour ophtalmo, pour mes lunettes et le controle de la tension de l oeil (glaucome dans la famille). merci de me rappeler au 06 45 90 21 33
Mme Hamidi
""", "booking via mail after website failure")

add(AP, "vaccin grippe", """
Bonjour, est-ce qu'on peut prendre rdv pour faire le vaccin grippe et covid en même temps chez vous ? Pour mon mari et moi, 74 et 76 ans. Nous avons le bon de l'Assurance Maladie. Merci. M et Mme Brun
""", "vaccination booking")

add(AP, "fond d oeil", """
Bonjour
je suis diabetique type 2 et mon medecin veut que je fasse un fond d oeil chaque annee. vous avez des rdv en decembre ? Je voit bien, pas de probleme de vue, c'est juste le controle.
Merci
Alain
""", "annual diabetic eye exam booking")

add(AP, "Enregistrement du sommeil", """
Bonjour,
Le pneumologue m'a prescrit une polysomnographie pour suspicion d'apnées du sommeil (ma femme dit que je m'arrête de respirer la nuit quand je ronfle, mais dans la journée je n'ai aucun souci pour respirer). Je voudrais savoir comment prendre rendez-vous et si je dois dormir à l'hôpital.
Cordialement
Frédéric Lambert
""", "sleep study booking; 'arrete de respirer la nuit' chronic apnoea, not acute")

add(AP, "lien téléconsultation", """
Bonjour, j'ai rdv en téléconsultation à 14h avec le Dr Meyer mais le lien ne marche pas, ça me dit "session expirée". Vous pouvez m'en renvoyer un ? Merci, Y. Benoit
""", "teleconsult link problem, appointment logistics")

add(AP, "retard", """
Bonjour, je serai en retard d'environ 20 min pour mon rdv de 10h40 en radiologie, bouchons sur le périph. Désolée. Mme Carvalho
""", "late arrival notice")

add(AP, "Confirmation rdv + parking", """
Bonjour,

Je confirme ma venue jeudi à 8h pour l'échographie cardiaque.
Mon mari m'accompagne, il a une carte handicapé : peut-on se garer devant les consultations ou faut-il aller au parking P3 ?

Merci
Nicole Fabre
""", "confirmation with logistics")

add(AP, "visite post-natale", """
Coucou,
enfin bonjour pardon je tape trop vite 😅 il faut que je prenne le rdv post-natal 6 semaines après l'accouchement, Léa est née le 2 donc ça ferait vers mi-mars. Est-ce que je peux venir avec la petite ? Merci !!
Justine
""", "postnatal visit booking, casual")

add(AP, "Report de votre intervention", """
Madame, Monsieur,

Pour des raisons d'organisation du bloc opératoire, nous sommes contraints de reporter votre intervention (cure de hernie inguinale) initialement prévue le 19 juin.

Une nouvelle date vous est proposée : le 3 juillet, entrée la veille à 16h en chirurgie ambulatoire. La consultation d'anesthésie déjà réalisée reste valable.

Merci de nous confirmer par retour de mail ou au 02 40 08 33 61.

Le secrétariat de chirurgie viscérale
""", "surgery date rescheduled by hospital")

add(AP, "besoin d'un interprète", """
Bonjour,
Mon voisin M. Traoré a un rendez-vous en néphrologie le 28. Il parle très peu français (bambara surtout). Est-ce que l'hôpital peut prévoir un interprète ce jour-là ? Sinon je peux venir avec lui mais seulement après 15h, est-ce possible de décaler ?
Merci, Moussa Keita (voisin)
""", "interpreter / reschedule for neighbour")

add(AP, "transport pour rdv", """
Bonjour, ma mère a un rdv en oncologie le 4 à 9h, est ce qu'elle doit venir en VSL ou en taxi conventionné ? Elle ne peut plus conduire. Le médecin doit faire un bon de transport ? Merci de me dire comment on organise.
Patricia
""", "transport logistics for appointment")

add(AP, "rdv pour les 2 enfants", """
Bonjour,
serait-il possible d'avoir les rendez-vous de mes deux enfants (Lina 8 ans et Sami 5 ans) le même jour avec l'orthoptiste ? On vient de loin. Un mercredi si possible. Merci beaucoup
Mme Belkacem
""", "grouped booking for siblings")

add(AP, "Re: Re: votre rendez-vous", """
Parfait, merci beaucoup. Donc le 21 à 15h30 c'est noté.

Le mer. 8 janv., secretariat.uro a écrit :
> Bonjour Monsieur, nous pouvons vous proposer le 21 à 15h30 ou le 28 à 9h.
>
> Le lun. 6 janv., Bernard Rey a écrit :
>> Bonjour, je dois refaire un contrôle PSA et voir l'urologue, quand avez-vous
>> de la place ? Merci
""", "multi-level quoted thread, confirming slot")

add(AP, "rdv plus tot possible ?", """
Bonjour,

J'ai rendez-vous en cardiologie le 30 avril mais je suis un peu anxieux depuis que mon frère a fait un infarctus le mois dernier. Moi je n'ai aucun symptôme, pas de douleur à la poitrine, pas d'essoufflement, mais j'ai du cholestérol et je fume. Mon médecin m'a dit que ce n'était pas urgent mais que je pouvais demander à avancer si possible.

S'il y a un désistement, je suis disponible à tout moment, je suis retraité.

Merci,
Jacques Huet
06 12 50 73 88
""", "request earlier slot; family history MI, negated symptoms trap")

add(AP, "consultation douleur", """
bonjour, mon medecin m'a fait une lettre pour le centre anti douleur (lombalgie depuis 3 ans, rien ne marche). Comment on fait pour avoir un rdv ? Il faut envoyer la lettre par la poste ou je peux l'envoyer ici ? Merci. Stéphane
""", "pain clinic booking")

add(AP, "questionnaire pré-consultation rempli", """
Bonjour,

Vous trouverez ci-joint le questionnaire à remplir avant ma consultation de cardiologie du 5.

Aux questions "Avez-vous déjà eu des douleurs thoraciques ?" et "Avez-vous déjà perdu connaissance ?" j'ai répondu non. Pour "antécédents familiaux" j'ai mis mon père (pontage à 60 ans).

Est-ce que je dois aussi apporter mon dernier électrocardiogramme fait chez le médecin traitant ?

Merci
Agnès Vidal
""", "pre-visit questionnaire; form questions with red-flag terms answered no")

add(AP, "ORL pour mon fils", """
Bonjour, on voudrait un rendez vous en ORL pédiatrique pour notre fils de 3 ans qui ronfle beaucoup et fait des otites à répétition. Le médecin parle peut-être d'enlever les végétations. Merci de nous proposer une date. Tél 06 98 22 41 07. Mme Fontaine
""", "paediatric ENT booking")

add(AP, "rdv stomato", """
bonjour je doit me faire enlever les dents de sagesse, le dentiste m'a envoyer vers vous. j'ai 19 ans. c'est possible sous anesthesie generale ? il faut un rdv avant ? merci
Hugo
""", "oral surgery booking question")

add(AP, "RDV neuro - arrêt du traitement", """
Bonjour,

Mon fils Tom, 14 ans, est suivi pour épilepsie. Il n'a plus fait de crise depuis plus de 2 ans et le Dr Marchand avait parlé d'envisager l'arrêt progressif du traitement lors de la prochaine consultation, avec un EEG avant.

Pourriez-vous nous donner un rendez-vous pour l'EEG puis pour la consultation, si possible le même jour ?

Merci d'avance
Sandrine Caron
""", "booking EEG + consult; seizure-free epilepsy trap")

add(AP, "Holter", """
Bonjour, le cardiologue m'a dit de prendre rdv pour la pose d'un Holter 24h (j'ai des palpitations de temps en temps, rien en ce moment). Vous le posez le lundi ? Merci
Mme Girard
""", "holter booking; intermittent palpitations not current")

add(AP, "bilan pré-greffe", """
Bonjour,

Je suis en dialyse depuis 2 ans et le néphrologue m'a inscrit pour le bilan pré-greffe. On m'a dit que ça se faisait en hôpital de jour sur deux jours avec plein d'examens (écho cœur, scanner, consultation urologue...).

Pouvez-vous m'indiquer les dates possibles ? Attention mes séances de dialyse sont les lundi, mercredi et vendredi matin, donc il faudrait plutôt mardi/jeudi.

Cordialement,
Rachid Amrani
""", "transplant work-up booking with constraints")

add(AP, "sage femme", """
bonjour est ce que je peux avoir un rdv avec une sage femme pour la preparation a l accouchement ? je suis a 28 semaines. premier bebe. merci !!
""", "midwife booking, SMS style")

add(AP, "impossible de venir", """
Bonjour, je ne pourrai pas venir à la consultation d'anesthésie de jeudi, ma fille est malade (gastro) et je n'ai personne pour la garder. Peut-on la refaire la semaine prochaine ? Mon opération est le 30, j'espère que ça ne change rien.
Mme Lopes
""", "cancel pre-op consult; child with gastro not red flag")

add(AP, "annulation des rendez-vous de ma mère", """
Bonjour,
Ma mère, Mme Yvette Marchal, est décédée le 2 de ce mois. Merci d'annuler tous ses rendez-vous à venir (cardiologie le 15 et hôpital de jour le 22).
Cordialement,
Philippe Marchal
""", "cancel after death (not a red flag)")

add(AP, "CH: RDV", """
CH Saint-Exemple: RDV le 04/11 a 14h30 Radiologie (Echo abdo). A jeun 6h. Pour annuler repondez ANNUL. Ne pas repondre a ce numero pour toute autre demande.
""", "SMS reminder forwarded as mail")

add(AP, "pas urgent", """
Bonjour, c'est pas urgent du tout mais je voudrais refaire un point avec le Dr Lefèvre sur ma tension, j'ai acheté un tensiomètre et les chiffres sont un peu hauts le soir (14/9). Quand vous aurez une place. Merci bien. Roger
""", "non-urgent booking, mild BP readings")

add(AP, "Hopital de jour gériatrie", """
Bonjour,

Nous souhaitons organiser une évaluation gériatrique en hôpital de jour pour mon grand-père, 91 ans, qui vit seul. Il a fait plusieurs chutes ces derniers mois (pas de blessure grave, il s'est toujours relevé seul, il n'a jamais perdu connaissance d'après lui). Son médecin traitant nous a conseillé votre service.

Quelles sont les démarches ? Un courrier du médecin suffit-il ?

Bien cordialement,
Aurélie Blanc
""", "geriatric day hospital booking; falls with negated LOC trap")

add(AP, "carte vitale pour le rdv ?", """
Bonjour, j'ai rdv demain à 9h en pneumo. Ma carte Vitale est en cours de renouvellement, j'ai juste l'attestation papier. Est-ce que ça suffit ou je dois reporter ? Merci de me répondre vite. Marc
""", "appointment logistics mentioning carte Vitale; dominant appointment")

add(AP, "rendez-vous chez le spécialiste", """
Bonjour,
Je voudrais prendre rendez-vous chez le gastro-entérologue de votre clinique. Mon médecin généraliste m'a remis un courrier. Je suis disponible à partir du 15. Mon GSM : 0497 55 12 08.
Bonne journée,
Marie-Claire Lambotte
""", "Belgian phone/GSM booking")

add(AP, "séance de chimio déplacée ?", """
Bonjour,
Ma cure n°4 est prévue le lundi 23 en hôpital de jour mais c'est le jour du mariage de mon fils. Est-ce que le Dr Rousseau accepterait de la décaler au mardi 24 ou au vendredi 20 ? Sinon tant pis, on fera avec.
Merci à toute l'équipe,
Evelyne
""", "chemo session reschedule")

add(AP, "dialyse vacances", """
Bonjour, je pars en vacances à Biarritz du 3 au 17 août. Pouvez-vous m'aider à réserver des séances de dialyse dans un centre là-bas et décaler mes séances ici ? Merci. M. Petitjean
""", "holiday dialysis booking")


add(AP, "visite médecine du travail", """
Bonjour,
Je suis IDE en réanimation depuis le 1er, je n'ai toujours pas été convoquée pour la visite d'embauche à la médecine du travail. À qui dois-je m'adresser pour avoir un créneau ? Je suis en 12h donc plutôt les jours de repos.
Merci
Océane Marty, réa B
""", "staff occupational health appointment")

add(AP, "enlever le plâtre", """
Bonjour mon fils a un plâtre depuis 5 semaines (poignet cassé au foot), on nous a dit 6 semaines. Il faut prendre rdv pour l'enlever et faire la radio ? Il n'a pas mal, tout va bien. Merci. M. Garnier
""", "booking cast removal")

add(AP, "IRM et claustrophobie", """
Bonjour,

J'ai une IRM de la colonne lombaire programmée le 11. Je suis très claustrophobe, la dernière fois j'ai paniqué et ils ont dû arrêter l'examen. Est-ce que vous avez une IRM ouverte, ou est-il possible d'avoir un calmant avant ? Si besoin je préfère décaler la date pour que ce soit organisé.

Merci de votre compréhension.
Vanessa Ruiz
""", "MRI booking with claustrophobia")

add(AP, "Convocation épreuve d'effort", """
Madame, Monsieur,

Vous êtes convoqué(e) pour une épreuve d'effort le vendredi 7 à 14h00, service d'explorations fonctionnelles cardiologiques, 3e étage.

Merci de venir en tenue de sport avec des chaussures adaptées, et de ne pas arrêter votre traitement sauf avis contraire de votre cardiologue.

Si vous ressentez une douleur thoracique ou un essoufflement inhabituel dans les jours qui précèdent l'examen, ne faites pas d'effort et appelez le 15.

Merci de confirmer votre présence.
Explorations fonctionnelles
""", "convocation; conditional chest pain instruction trap")

add(AP, "rendez-vous médecin de famille", """
Bonjour, je voudrais prendre un rendez-vous avec mon médecin de famille au GMF, le Dr Bouchard, pour mon suivi de pression. Ma carte soleil est à jour. Merci de me revenir, je suis là toute la semaine. Denis Gagnon 514-555-0142
""", "Quebec (GMF, carte soleil), booking")

add(AP, "accompagner papa au rdv", """
Bonjour,

Mon père a rendez-vous en orthophonie le 12 à 9h. Depuis son AVC il y a deux ans il parle mal et cherche ses mots, c'est pour ça qu'il est suivi (rien de nouveau, c'est stable). Je dois l'accompagner car il ne peut pas expliquer seul, mais je travaille le matin. Est-il possible de mettre le rendez-vous l'après-midi ?

Merci beaucoup,
Elodie Roche
""", "reschedule; chronic aphasia after old stroke = historical trap")

add(AP, "consultation contraception", """
Bonjour, je voudrais un rendez-vous au centre de planification pour parler contraception (poser un stérilet peut-être). J'ai 22 ans. C'est possible sans avance de frais ? Merci. Clara
""", "family planning booking")

add(AP, "Demande de RDV écho-doppler", """
Bonjour,

Je suis IDE libérale et je vous écris pour un patient commun, M. Fournier Marcel (né le 04/02/1948), pour lequel son médecin traitant a prescrit un écho-doppler des membres inférieurs (bilan d'artérite, il a des douleurs dans les mollets quand il marche plus de 200 m, aucune douleur au repos).

Pourriez-vous me proposer un rendez-vous que je transmettrai à sa fille qui l'accompagnera ?

Merci
Sylvie Martin, IDEL
06 11 45 78 23
""", "nurse booking for patient; claudication without rest pain")

add(AP, "re rdv", """
bonjour cest encore moi, du coup vous avez trouver un rdv pour ma femme en gyneco ? vous m aviez dit que vous rappeliez. merci
""", "chasing booking, short")

add(AP, "Réservation visite pré-opératoire", """
Bonjour,
Mon opération de la cataracte (œil droit) est prévue en septembre. Le chirurgien m'a dit de réserver la consultation pré-opératoire et la biométrie. Vous pouvez me donner deux rendez-vous rapprochés ? Je viens en bus de la campagne.
Merci bien
Raymonde Lefort
""", "pre-op booking")

add(AP, "Prise de RDV suite à hospitalisation", """
Bonjour,

Mon mari est sorti de l'hôpital la semaine dernière après son infarctus (il a eu un stent). Sur la lettre de sortie il est écrit "consultation de cardiologie à 1 mois + réadaptation cardiaque". Personne ne nous a donné de date. Il va bien, il marche tous les jours un peu, pas de douleur.

Pouvez-vous nous donner le rendez-vous et nous dire comment on s'inscrit en réadaptation ?

Merci,
Monique Dufour
""", "booking after discharge; past MI, negated pain trap")



add(AP, "plusieurs choses pour maman (désolée c'est long)", """
Bonjour,

Je m'excuse d'avance, ce message va être un peu long mais j'ai plusieurs choses à régler pour ma mère, Mme Jeanne Lucas, née le 06/04/1939, et je n'arrive jamais à avoir quelqu'un au téléphone (le standard me renvoie d'un poste à l'autre).

1) Le plus important : elle a rendez-vous en cardiologie le mardi 18 à 8h30 avec le Dr Perrin. C'est impossible pour nous, je travaille à 45 km et elle ne peut pas venir seule, elle ne conduit plus depuis son AVC il y a 4 ans (elle en garde une faiblesse de la main gauche, mais rien de nouveau). Est-ce qu'il y aurait un créneau l'après-midi, n'importe quel jour de la semaine du 24 ? Je pose un congé dès que j'ai la date.

2) Pour ce même rendez-vous, le cardiologue voulait un bilan sanguin avant. L'infirmière qui passe à domicile peut le faire la veille si vous nous envoyez l'ordonnance, mais ce n'est pas très pressé.

3) Nous avons reçu une facture de 18 € pour la dernière consultation alors qu'elle est en ALD. Je pense que c'est une erreur mais je vous en parle en même temps, je paierai si besoin.

4) Enfin, est-ce que l'hôpital peut organiser le transport en VSL pour ce rendez-vous ? Son médecin traitant dit que c'est au cardiologue de faire le bon.

Pour rassurer tout le monde : elle va bien, pas de douleur dans la poitrine, pas d'essoufflement, elle jardine encore un peu.

Merci beaucoup pour votre aide, et encore pardon pour le roman.

Catherine Lucas (sa fille)
06 87 21 44 09
""", 'long multi-topic caregiver mail; dominant reschedule; historical stroke and negated chest pain traps')

add(AP, "consultation pour mon pere en EHPAD", """
Bonjour,

Je suis l'IDEC de l'EHPAD Les Glycines. Nous souhaitons organiser une consultation en dermatologie pour un de nos résidents, M. Henri Lacroix (né le 11/06/1935), pour une plaie chronique au talon qui ne cicatrise pas. Il est stable sur le plan général, pas de fièvre.

Il se déplace en fauteuil et aura besoin d'un transport allongé. Merci de nous indiquer vos disponibilités, en évitant l'heure du repas si possible.

Cordialement,
Mme Guérin, IDEC
""", "nursing home booking; negated fever trap")


# ---------------------------------------------------------------- prescription
add(RX, "renouvellement", """
bonjour docteur, il me reste 4 cachets de levothyrox 75, est ce que vous pouvez me refaire l ordonnance et l envoyer a la pharmacie du centre ? merci bcp
Mme Dupuis
""", "SMS-style refill request")

add(RX, "Rupture amoxicilline", """
Bonjour,

La pharmacie n'a plus d'amoxicilline en suspension buvable pour enfant (rupture nationale d'après eux). Mon fils de 4 ans (16 kg) a une otite, diagnostiquée hier par le Dr Perez. Le pharmacien propose de vous appeler pour une alternative mais il n'arrive pas à vous joindre.

Pouvez-vous faire une nouvelle ordonnance avec autre chose ou des comprimés dispersibles ? Il n'a plus de fièvre depuis ce matin, il joue, c'est juste pour finir le traitement.

Merci
Émilie Rolland
""", "shortage; alternative antibiotic; resolved fever trap")

add(RX, "dose doliprane", """
Bonjour
c'est combien de doliprane pour un enfant de 14 kilos ? sur la boite il y a la pipette mais je m'y perd avec les graduations. il a un peu de fievre (38,2), il a 3 ans, il mange et il joue. merci
""", "dosage question; mild fever in toddler, not infant red flag")

add(RX, "pilule oubliée", """
bonjour j ai oublie ma pilule hier soir (optilova) je l ai prise ce matin avec 12h de retard, est ce que je suis toujours protegee ? merci de me repondre vite svp
""", "contraceptive missed pill question")

add(RX, "Ordonnance - interaction ?", """
Bonjour Docteur,

Je suis pharmacien d'officine. Je reçois une ordonnance de votre service pour Mme Lecomte Jeanne (née le 22/03/1944) avec de la clarithromycine, alors qu'elle est sous simvastatine 40 mg au long cours. Souhaitez-vous suspendre la statine pendant le traitement ou modifier l'antibiotique ?

Par ailleurs la posologie du deuxième médicament est illisible (« 1 cp matin et ... »).

Merci de me rappeler au 01 45 88 19 02 ou par retour de mail.

Bien confraternellement,
M. Olivier Santos, pharmacien
""", "pharmacist interaction and illegible Rx")

add(RX, "aiguilles stylo insuline", """
Bonjour,
je n'ai plus d'aiguilles pour mon stylo d'insuline (4 mm) ni de bandelettes. Le Dr Weber peut-il me refaire une ordonnance ? Mes glycémies sont bonnes en ce moment, pas d'hypo depuis des semaines.
Merci
Francis Bailly
""", "diabetes supplies; negated hypo trap")

add(RX, "Eliquis papa", """
Bonjour,

Mon père prend de l'Eliquis 5 mg matin et soir depuis son AVC en 2021 (c'était lié à une arythmie). Son ordonnance arrive à échéance à la fin du mois et son cardiologue est parti à la retraite.

Est-ce que l'hôpital peut renouveler en attendant qu'il trouve un nouveau cardiologue ? Il n'a pas de problème particulier, il ne saigne pas, rien.

Merci pour lui,
Caroline Simon
""", "anticoagulant renewal; historical stroke, negated bleeding trap")

add(RX, "ventoline", """
Bonjour, il faudrait renouveler la Ventoline et le Flixotide de ma fille (asthme). L'école en demande une aussi pour le PAI. En cas de crise elle prend 2 bouffées avec la chambre d'inhalation, c'est ce qui est écrit sur le PAI. Merci. Mme Bouvier
""", "asthma inhaler renewal; hypothetical crisis protocol trap")

add(RX, "stylo adrénaline", """
Bonjour,

Les deux stylos d'adrénaline (Anapen 150) de mon fils Arthur expirent le mois prochain. Il faut qu'il en ait toujours un sur lui et un à l'école en cas de choc anaphylactique (allergie à l'arachide). Pouvez-vous nous faire une nouvelle ordonnance ? Il pèse maintenant 27 kg, est-ce qu'il faut passer au dosage 300 ?

Merci,
Delphine Barbier
""", "adrenaline auto-injector renewal; hypothetical anaphylaxis trap")

add(RX, "Keppra", """
Bonjour, je voudrais le renouvellement de mon Keppra 500 (matin et soir). Pas de crise depuis la dernière consultation. Ma pharmacie : Pharmacie des Halles. Merci, Anthony Lebrun
""", "antiepileptic renewal; negated seizure trap")

add(RX, "ordonnance bizone", """
Bonjour,
je suis en ALD pour mon diabète et mon cœur. Le pharmacien m'a dit que la dernière ordonnance n'était pas bizone donc tout a été remboursé à 65% au lieu de 100%. Il faudrait qu'on me refasse l'ordonnance correctement avec les médicaments de l'ALD en haut. Merci.
M. Colas
""", "ALD split prescription format (with reimbursement consequence)")

add(RX, "Ordonnance sécurisée morphine - HAD", """
Bonjour,

Je suis infirmière coordinatrice de l'HAD. Pour M. Poirier Lucien, en soins palliatifs à domicile, l'ordonnance sécurisée de Skenan et d'Actiskenan arrive à terme samedi (28 jours). La douleur est bien contrôlée avec les doses actuelles, interdoses 2 à 3 par jour.

Pourriez-vous établir la nouvelle ordonnance sécurisée et la faxer à la pharmacie (fax 03 88 41 22 10), l'original pouvant être remis à l'IDE lundi ?

Merci
Anne-Sophie Klein, IDEC HAD
""", "opioid secure Rx renewal in HAD")

add(RX, "Demande d'accord préalable", """
Bonjour,

La pharmacie me dit que le traitement prescrit par le Dr Roux (Entresto) nécessite... en fait non, c'est pour l'hormone de croissance de mon fils, ils disent qu'il faut une demande d'accord préalable à la Sécu et que sans ça ils ne peuvent pas délivrer. Le médecin peut-il remplir le formulaire ?

Désolée pour le message confus, je suis un peu perdue dans tout ça.
Laetitia Marin
""", "prior authorisation, self-correcting rambling")

add(RX, "non substituable", """
Bonjour, pouvez-vous mettre la mention "non substituable" sur mon ordonnance de Levothyrox ? Avec le générique j'ai des symptômes (fatigue, palpitations légères) et le pharmacien refuse sans la mention. Merci. Mme Blanchard
""", "generic substitution request")

add(RX, "ordonnance perdue", """
Bonjour docteur, je suis en vacances en Bretagne et j'ai perdu mon sac avec l'ordonnance et mes médicaments pour la tension (amlodipine 5 et valsartan 80). Vous pourriez envoyer une ordonnance par mail à la pharmacie d'ici ? pharmacie.du.port@exemple.fr. Merci !! Gilles Robin
""", "lost prescription on holiday")

add(RX, "renouvellement antidépresseur", """
Bonjour Dr Marchetti,

Je voudrais le renouvellement de ma sertraline 50 mg. Ça va beaucoup mieux depuis l'hiver : je dors, je suis retournée au travail, et je n'ai plus ces idées noires que je vous avais décrites en novembre. Je voudrais aussi savoir si on peut envisager de diminuer au printemps.

Merci pour tout,
Aurélie
""", "antidepressant renewal; resolved dark thoughts trap")

add(RX, "toux ramipril", """
Bonjour,
depuis que j'ai commencé le ramipril il y a un mois j'ai une petite toux sèche qui m'agace, surtout la nuit. Pas de fièvre, je ne suis pas essoufflé. Le pharmacien dit que ça peut venir du médicament. Est-ce qu'on peut changer ?
Cordialement
M. Leclerc
""", "side effect question; negated dyspnoea trap")

add(RX, "piluliers IDE", """
Bonjour,
Les infirmières qui passent chez ma mère demandent une ordonnance pour la préparation et l'administration des médicaments (piluliers hebdomadaires) sinon elles ne peuvent pas facturer. Pouvez-vous la faire ? Ma mère s'appelle Mme Renée Brunet.
Merci, sa fille
""", "nursing order for pill boxes")

add(RX, "lit médicalisé", """
Bonjour, mon mari sort de l'hôpital jeudi. Il lui faudrait une ordonnance pour un lit médicalisé, un matelas anti-escarres et un fauteuil roulant à louer chez le prestataire. L'assistante sociale m'a dit de vous demander. Merci. Mme Royer
""", "equipment prescription")

add(RX, "bandelettes", """
bonjour jai plus de bandelettes freestyle, la pharmacie dit qu il faut une nouvelle ordo. merci de l envoyer. Karim
""", "very short supply request")

add(RX, "ordonnance kiné", """
Bonjour, le kiné dit que l'ordonnance pour ma rééducation de l'épaule est terminée (15 séances) et qu'il en faudrait 10 de plus. Le chirurgien peut-il la refaire ? Merci, Bruno Faure
""", "physio order renewal")

add(RX, "bas de contention", """
Bonjour,
je voudrais une ordonnance pour des bas de contention classe 2, les miens sont usés. J'ai eu une phlébite il y a 3 ans, depuis je les porte tous les jours. Merci
Mme Jacob
""", "compression stockings; historical DVT trap")

add(RX, "méthotrexate dose", """
Bonjour,

Je prends du méthotrexate pour ma polyarthrite, 15 mg une fois par semaine le lundi. Cette semaine j'ai oublié lundi et je m'en rends compte mercredi. Est-ce que je le prends aujourd'hui ou j'attends lundi prochain ? Surtout je ne veux pas risquer un surdosage en le prenant deux fois la même semaine.

Merci,
Christine Adam
""", "missed dose question; overdose mentioned as a fear, not an event")

add(RX, "Rupture - substitution proposée", """
Bonjour,

La PUI vous informe d'une rupture de stock de l'ampoule de furosémide 20 mg injectable jusqu'à nouvel ordre. Substitution proposée : furosémide 250 mg/25 ml, à diluer, avec fiche de préparation jointe. Merci de modifier les prescriptions en cours dans le logiciel.

Liste des patients concernés dans votre unité : 3 (voir pièce jointe).

Pharmacie à usage intérieur
""", "hospital pharmacy shortage notice")

add(RX, "contraception renouvellement", """
Coucou c'est Manon, la pilule c'est bientôt fini, tu peux (pardon, vous pouvez !!) me renouveler l'ordonnance pour un an ? Merci 🙏
""", "casual renewal request")

add(RX, "prescription", """
Bonjour,
je dois faire renouveler ma prescription d'antihypertenseur auprès du Dr Dumont. Mon pharmacien peut-il recevoir directement la prescription ? Je vous remercie de me tenir au courant, j'ai encore pour une semaine.
Bien à vous,
Jean-Luc Verbeke
""", "Belgian-style renewal")

add(RX, "ordonnance - pharmacie", """
Bonsoir,
pouvez-vous me faire parvenir une ordonnance pour mon traitement de la thyroïde, ma pharmacie de Lausanne ne peut plus le délivrer sans une ordonnance récente. Je n'ai pas besoin de consultation, tout est stable.
Meilleures salutations
Corinne Favre
""", "Swiss-style renewal")

add(RX, "renouvellement de prescription", """
Bonjour, est-ce que le docteur pourrait renouveler ma prescription de Synthroid et l'envoyer à ma pharmacie ? Le pharmacien m'a dit que ça expirait. Merci ben gros!
Sylvie Lavoie
""", "Quebec wording renewal")

add(RX, "TR: ordonnance", """
Voilà l'ordonnance que le médecin m'a envoyée hier, pouvez-vous préparer les médicaments, je passe les chercher demain vers 11h ? Merci. Mme Boyer

-------- Message d'origine --------
De : Dr Jean Aubin
Objet : ordonnance
Madame, veuillez trouver ci-joint votre ordonnance de sortie (anticoagulant pour 10 jours, antalgiques, pansements).
Bonne convalescence.
""", "forwarded prescription to pharmacy")

add(RX, "boîte de 3 mois", """
Bonjour, le pharmacien ne veut pas me donner les boîtes de 3 mois pour mes médicaments de la tension, il dit que l'ordonnance ne le précise pas. Vous pouvez refaire l'ordonnance avec "traitement de 3 mois" ou quelque chose comme ça ? Merci. Marcel
""", "quantity/format request")

add(RX, "INR et dose de Préviscan", """
Bonjour,
l'INR de ce matin est à 2,6 (cible 2-3). Je reste à 3/4 de comprimé ? Prochain contrôle dans 15 jours comme d'habitude ?
Merci
Mme Paris, pour mon mari
""", "anticoagulant dose question with in-range INR")

add(RX, "paracétamol combien max", """
Bonjour, j'ai mal aux dents en attendant le dentiste (mardi). Je prends du Doliprane 1000. C'est combien au maximum par jour ? J'ai lu qu'on pouvait s'abîmer le foie en cas de surdosage, je veux pas faire de bêtise. Merci
Lucas
""", "max dose question; overdose as hypothetical trap")

add(RX, "allergie pénicilline ?", """
Bonjour,
le Dr Moreau a prescrit de l'Augmentin à mon fils mais je crois qu'il est allergique à la pénicilline : petit, il avait fait des boutons (urticaire) avec l'amoxicilline. Rien de grave à l'époque. Est-ce qu'on peut avoir autre chose ? Il n'a pas encore pris de dose.
Merci
M. Lefebvre
""", "possible allergy, change antibiotic; past urticaria, nothing taken yet")

add(RX, "patchs nicotine", """
Bonjour, je voudrais arrêter de fumer, est-ce que le médecin peut me prescrire des patchs (ils sont remboursés sur ordonnance paraît-il) ? Je fume un paquet par jour. Merci. Sébastien
""", "smoking cessation Rx")

add(RX, "mélatonine", """
Bonjour,
notre fille autiste (8 ans) prend de la mélatonine 2 mg prescrite par le neuropédiatre, on voudrait savoir si on peut augmenter car elle se réveille encore vers 3h. Et il faut refaire l'ordonnance. Merci beaucoup
Mme Garcia
""", "dose change + renewal")

add(RX, "pas eu d'ordonnance de sortie", """
Bonjour,

Je suis sorti hier du service de chirurgie digestive et on ne m'a pas donné d'ordonnance pour les antidouleurs ni pour les piqûres d'anticoagulant. L'infirmière m'a dit que ça arriverait par mail mais je n'ai rien reçu. La pharmacie ne peut rien me donner.

Je n'ai pas trop mal pour l'instant, la cicatrice est propre, mais je n'ai plus rien ce soir.

Merci de faire vite
Nicolas Masson, chambre 214 (avant)
""", "missing discharge Rx; negated wound problems trap")

add(RX, "chimio orale", """
Bonjour, mon ordonnance de Xeloda arrive à échéance, la pharmacie hospitalière a besoin de la nouvelle avant le prochain cycle (le 12). Le bilan sanguin est fait, je l'ai envoyé au service. Merci. Mme Chauvin
""", "oral chemo renewal")

add(RX, "diminution cortisone", """
Bonjour docteur,

J'en suis à 10 mg de Cortancyl depuis une semaine pour ma pseudopolyarthrite. Le schéma dit de passer à 7,5 mg. Est-ce que je peux couper les comprimés de 5 en deux ? Ou faut-il des comprimés de 1 mg ? La pharmacie n'en a pas.

Merci de votre aide.
Gisèle Perret
""", "corticosteroid taper dosage question")

add(RX, "méthadone changement de pharmacie", """
Bonjour, je déménage à Tours le 1er. Je suis sous méthadone 60 mg. Il faut que le CSAPA fasse le relais avec une pharmacie là-bas, pouvez-vous envoyer l'ordonnance et prévenir ? Je ne veux pas me retrouver sans, j'ai peur de rechuter. Merci. Kevin
""", "opioid substitution pharmacy transfer")

add(RX, "lithium", """
Bonjour,
lithiémie faite mardi : 0,7. Je vous transmets le résultat. Pouvez-vous renouveler le Téralithe LP 400 pour 3 mois ? Je vais bien, humeur stable.
Cordialement
R. Jourdan
""", "lithium renewal with normal level")

add(RX, "ibuprofène avec mon traitement ?", """
bonjour, est ce que je peux prendre de l'ibuprofène pour mon mal de dos alors que je prends du Kardegic depuis mon infarctus (2016) ? merci de me dire
""", "drug interaction question; historical MI trap")

add(RX, "Ordonnances EHPAD", """
Bonjour Docteur,

Pour les résidents de l'unité protégée dont vous êtes le médecin traitant (liste jointe : 6 résidents), les ordonnances de traitement de fond arrivent à échéance le 30. Pouvez-vous les renouveler, ou passer les signer lors de votre visite de jeudi ?

La pharmacie qui prépare les piluliers a besoin des ordonnances 5 jours avant.

Merci,
L'équipe infirmière EHPAD Le Parc
""", "bulk renewal for nursing home")

add(RX, "ordonnance prise de sang", """
Bonjour, le Dr Henry m'a dit de refaire une prise de sang (cholestérol, glycémie) avant le prochain rdv mais je n'ai pas eu l'ordonnance. Vous pouvez me l'envoyer par mail ? Merci, Thierry Gauthier
""", "lab order request")

add(RX, "certificat médicaments avion", """
Bonjour,
je pars au Canada 3 semaines, je dois prendre mon insuline et mes stylos en cabine. Il me faut une ordonnance en anglais ou un certificat pour la sécurité de l'aéroport. Le médecin peut-il me le faire ? Merci
Valérie
""", "travel medication certificate")

add(RX, "Trinitrine", """
Bonjour,
je voudrais faire renouveler mon Natispray (le spray en cas de douleur à la poitrine). Je ne m'en suis pas servi depuis plus d'un an mais le flacon est périmé et le cardiologue dit qu'il faut toujours en avoir un sur soi.
Merci
Albert Renaud
""", "nitrate spray renewal; conditional chest pain trap")

add(RX, "Glucagon", """
Bonjour, le kit de glucagon de ma fille (diabète type 1, 11 ans) est périmé. L'école en a besoin dans le PAI, à injecter en cas d'hypoglycémie sévère avec perte de connaissance. Pouvez-vous refaire une ordonnance ? Et peut-être le spray nasal (Baqsimi) qui est plus facile pour les profs ? Merci. Mme Joly
""", "glucagon renewal; hypothetical severe hypo trap")

add(RX, "Buccolam", """
Bonjour,

Nous avons besoin d'une nouvelle ordonnance de Buccolam pour notre fils Gabin (épilepsie). Le protocole d'urgence dit de le donner si une crise dure plus de 5 minutes. Il n'en a pas eu besoin depuis l'été, mais une seringue est restée au centre de loisirs et a été perdue.

Merci de l'envoyer à la pharmacie Saint-Martin.

Cordialement,
Florence et Damien Dumas
""", "rescue medication renewal; seizure protocol hypothetical trap")

add(RX, "Question dosage amoxicilline", """
Bonjour, le docteur a marqué "1 dose-poids 3 fois par jour" pour ma fille de 12 kg mais la pipette va jusqu'à 30 kg. Je remplis jusqu'à 12 ? Merci de me répondre, on doit commencer ce soir.
""", "dosage clarification")

add(RX, "vaccin à récupérer", """
Bonjour, pour le rdv de vaccination de mon bébé (2 mois), il faut que j'aille chercher les vaccins en pharmacie avant ? Il me faut une ordonnance ? Le pédiatre m'en a donné une pour Hexyon et Prevenar, c'est bon ? Merci. Sarah
""", "vaccine prescription pickup question")

add(RX, "traitement de substitution hormonale", """
Bonjour, je voudrais savoir si le gynécologue peut renouveler mon traitement hormonal (gel + progestérone) sans consultation cette fois, mon dernier frottis et la mammo sont faits et normaux. Merci.
Brigitte L.
""", "HRT renewal")

add(RX, "effets secondaires", """
Bonjour,

Depuis que le psychiatre a augmenté l'aripiprazole à 10 mg, mon fils (24 ans) bouge tout le temps les jambes, il n'arrive pas à rester assis. Il dort bien, il va mieux sur le moral, il n'a plus d'idées de se faire du mal comme avant l'hospitalisation. Mais ces impatiences le gênent beaucoup.

Faut-il revenir à la dose d'avant ? Il a rdv dans un mois seulement.

Merci
Mme Legrand, sa mère
""", "side effect question; resolved self-harm ideation trap")

add(RX, "pharmacie de garde ?", """
bonsoir c pour savoir si l'ordonnance que le medecin des urgences m'a donnée (antibio pour infection urinaire) peut etre servie dans n'importe quelle pharmacie ou seulement celle de l'hopital ? la pharmacie de l'hopital est fermé. merci
""", "where to fill Rx, ED discharge; no red flags")

add(RX, "renouvellement traitement EHPAD - M. Lemaire", """
Bonjour,
M. Lemaire Robert (chambre 12) n'a plus de Lasilix 40 à partir de demain. Pouvez-vous faxer l'ordonnance à la pharmacie ? Poids stable, pas d'œdème, il respire bien.
Cordialement
Fabienne, IDE
""", "nursing home refill; negated breathing trap")

add(RX, "dose insuline", """
Bonjour,

Petite question pour l'infirmière d'éducation : mes glycémies du matin sont à 1,60-1,80 g/l depuis 10 jours. Je fais 18 unités de Lantus le soir. Est-ce que je peux monter à 20 comme vous m'aviez expliqué ? Je n'ai fait aucune hypo, je me sens bien.

Merci
Marius D.
""", "insulin titration question; negated hypo")

add(RX, "changer de forme", """
Bonjour docteur, maman n'arrive plus à avaler les gros comprimés (Kardegic sachet ok mais le Tahor non). Existe-t-il une autre forme ? Ou on peut l'écraser ? Elle avale bien la compote. Merci. Sophie
""", "formulation question; swallowing pills not acute")

add(RX, "ordonnance pour les couches", """
Bonjour, est-ce qu'une ordonnance de protections pour incontinence pour mon père peut aider pour le remboursement ? La pharmacie dit que ce n'est pas remboursé mais la mutuelle peut participer avec une ordonnance. Si oui, le médecin peut-il la faire (change complet, taille M, 4 par jour) ? Merci. Pascal
""", "incontinence supplies Rx, dominant Rx")

add(RX, "rupture de stock Ozempic", """
Bonjour,
ma pharmacie n'a plus d'Ozempic depuis 3 semaines. J'ai sauté deux injections. Est-ce que je dois recommencer à la dose de départ quand je le récupère ? Ou vous pouvez me prescrire autre chose en attendant ? Mon diabète est déséquilibré (2,10 à jeun ce matin) mais je me sens bien.
Merci
Hervé Picard
""", "shortage; glycaemia high but no red flag")

add(RX, "Renouvellement Seresta", """
Bonjour, je souhaite le renouvellement de mon Seresta 10 le soir. Je sais que c'est limité à 12 semaines et qu'il faudrait diminuer, on peut en parler au prochain rendez-vous. En attendant j'en ai besoin pour dormir. Merci. Mme Vial
""", "benzodiazepine renewal")

add(RX, "médicaments pour la chimio", """
Bonjour,
pour la prochaine cure, il faut les médicaments contre les nausées (ondansétron + Emend). L'ordonnance précédente n'en avait que pour une cure. Merci de refaire pour les 3 suivantes. 
Je n'ai pas de fièvre, tout va bien.
Josette M.
""", "antiemetic Rx for chemo; negated fever (neutropenic fever trap)")

add(RX, "Demande d'ordonnance - mutuelle lunettes", """
Bonjour, l'opticien me dit que l'ordonnance pour mes lunettes a plus de 3 ans et qu'il en faut une nouvelle. L'ophtalmologue peut-il la refaire sans rdv (la vue n'a pas changé) ? Merci. M. Charles
""", "glasses prescription renewal")

add(RX, "dose augmentin bébé", """
bonjour, le pediatre a prescri augmentin a mon bb de 10 mois (8 kg 500) pour une otite. Il vomit la moitié a chaque fois. Je redonne une dose ou pas ? il n a plus de fievre et il boit ses biberons. merci
Laura
""", "dosing after vomiting; infant afebrile drinking, not red flag")

add(RX, "Prescription hôpital -> ville", """
Bonjour,

Je suis IDE libéral, je prends en charge Mme Rivière à domicile à sa sortie demain. La lettre de sortie parle d'enoxaparine 4000 UI une fois par jour pendant 35 jours mais je n'ai pas d'ordonnance de soins infirmiers ni d'ordonnance pour la surveillance des plaquettes. Pouvez-vous me les transmettre ?

Merci,
Julien Gomez, IDEL
""", "nurse asks discharge Rx")

add(RX, "traitement à reprendre ?", """
Bonjour,

Après ma coloscopie, on m'avait dit d'arrêter le Plavix 5 jours avant et de le reprendre après. La coloscopie est faite (deux petits polypes enlevés), aucun saignement depuis. Quand est-ce que je reprends ? Le compte rendu n'en parle pas.

Merci
André Marchand
""", "when to restart antiplatelet; negated bleeding trap")

add(RX, "Ordonnance Vitamine D bébé", """
Bonjour, on a fini la vitamine D de la petite (Zyma D). Il faut une ordonnance pour la racheter remboursée ? Merci. Papa de Romane
""", "infant vitamin D Rx")

add(RX, "traitement de papa - pharmacie + renouvellement", """
Bonjour Docteur,

Je vous écris pour mon père, M. Raymond Giraud (né le 12/12/1936), dont vous êtes le médecin à l'hôpital de jour de gériatrie. Je m'occupe de ses médicaments depuis que ma mère est partie en maison de retraite, et je m'y perds un peu, alors je préfère tout vous mettre ici.

D'abord, l'ordonnance que vous avez faite en mars se termine le 30. Il prend : Kardegic 75 le midi (depuis son infarctus de 2010), bisoprolol 2,5 le matin, atorvastatine 40 le soir, Eliquis 2,5 matin et soir, Lasilix 20 le matin, et du Doliprane si besoin pour ses genoux. Pouvez-vous tout renouveler pour 3 mois ?

Ensuite, la pharmacie du village me dit que le bisoprolol 2,5 est en rupture et propose du 1,25 à prendre par deux. Est-ce que c'est pareil ? Je ne veux pas faire d'erreur, il a déjà assez de boîtes comme ça.

Troisième chose : je me demande s'il a vraiment besoin du Kardegic ET de l'Eliquis, une voisine m'a dit que les deux ensemble faisaient saigner. Il n'a aucun saignement pour l'instant, pas de bleus bizarres, mais je préfère poser la question.

Enfin, il a du mal à avaler les gros comprimés d'atorvastatine, peut-on les couper ?

Il va bien sinon : il marche avec sa canne, il mange, il n'est pas essoufflé, il regarde le foot. On vous verra à la prochaine consultation de juin.

Merci de votre patience,
Nicole Giraud, sa fille
""", 'long caregiver mail, renewal + shortage + interaction questions; historical MI, negated bleeding traps')

add(RX, "Demande de renouvellement (envoi groupé)", """
Bonjour,

Je vous envoie la liste des médicaments de mon mari et moi qui arrivent en fin d'ordonnance :

Pour moi (Mme Gisèle Morin) : Amlor 5, Crestor 10, Inexium 20.
Pour mon mari (M. Jean Morin) : Kardegic 75, Bisoprolol 2,5, Metformine 1000, Lercan 10.

Nous n'avons pas de nouveaux problèmes. Le dernier bilan sanguin de mon mari était correct selon le Dr Perrot.

Pouvez-vous faxer les ordonnances à la pharmacie Centrale (fax 04 67 22 11 90) ?

Merci beaucoup,
Gisèle Morin
""", "couple bulk renewal")

add(RX, "Naloxone", """
Bonjour, l'équipe du CAARUD m'a dit de demander à mon médecin une ordonnance de naloxone en spray (Nalscue/Nyxoid), à avoir chez moi au cas où quelqu'un fait une overdose. C'est possible de l'avoir ici ? Merci
""", "naloxone Rx; hypothetical overdose trap")

add(RX, "ordonnance mal remplie", """
Bjr, la pharmacie me dit que sur l'ordonnance du Dr Simon il manque la durée du traitement pour le Lyrica donc ils me donnent que 1 semaine. Pouvez vous la corriger et la renvoyer ? Mr Da Silva 06 20 31 47 85
""", "Rx correction request")

add(RX, "question sur la prise", """
Bonjour, le nouveau médicament pour la thyroïde il faut le prendre à jeun ou pendant le repas ? Et je peux le prendre en même temps que mon fer ? Le pharmacien m'a dit de demander au médecin. Merci, Aïcha
""", "administration question")

add(RX, "Re: votre ordonnance est prête", """
Merci ! Est-ce que mon fils peut passer la récupérer à ma place ? Il a ma carte Vitale.

> Bonjour Madame, votre ordonnance de renouvellement est prête à l'accueil
> du service d'endocrinologie, à retirer aux heures d'ouverture.
""", "reply about picking up Rx")

# ---------------------------------------------------------------- billing
add(BI, "facture incomprehensible", """
bonjour j ai recu une facture de 187 euros de l hopital mais je comprend pas, j ai la mutuelle et la carte vitale. c est pour quoi ? c etait pour la consultation de ma fille aux urgences pediatriques en mars. numero de facture 2024-118734. merci de m expliquer
""", "unclear invoice, SMS style")

add(BI, "Dépassement d'honoraires", """
Madame, Monsieur,

Lors de ma consultation du 14 février avec le Dr Fabre (chirurgien orthopédiste, secteur 2), j'ai réglé 120 € dont 90 € de dépassement d'honoraires. Je n'avais pas été informé de ce montant à l'avance, aucun devis ne m'a été remis.

Ma mutuelle ne prend en charge que 100 % de la base de remboursement. Pourriez-vous me fournir une note d'honoraires détaillée pour que je fasse une réclamation, et m'indiquer si un devis est obligatoire au-delà d'un certain montant ?

Cordialement,
François Lemaire
N° de sécurité sociale : 1 67 04 75 112 048 27
""", "excess fee dispute, NIR")

add(BI, "tiers payant", """
Bonjour, est-ce que vous faites le tiers payant pour la part mutuelle ? J'ai la mutuelle Harmonie, ma carte est à jour. Je voudrais ne pas avancer les frais pour les séances de radiothérapie. Merci. Mme Simon
""", "tiers payant question")

add(BI, "Remboursement mutuelle chambre particulière", """
Bonjour,

Lors de l'hospitalisation de mon fils en pédiatrie (du 3 au 7 novembre), nous avons eu une chambre particulière facturée 65 € par nuit. Notre mutuelle nous demande une facture acquittée détaillée avec le nombre de nuits pour nous rembourser.

Pouvez-vous nous la faire parvenir ?

Merci,
Marion et Kevin Deschamps
""", "single room invoice for mutuelle")

add(BI, "carte vitale pas à jour", """
Bonjour, lors de ma consultation la semaine dernière ma carte Vitale n'était pas à jour et on m'a fait une feuille de soins papier. Je l'ai envoyée à la CPAM mais ils disent qu'elle n'est pas signée par le médecin. Pouvez-vous m'en refaire une ? Merci. Damien
""", "feuille de soins issue")

add(BI, "Relance facture - je ne comprends pas", """
Bonjour,

Je reçois une relance du Trésor Public pour une facture de 24 € (forfait patient urgences) alors que je n'ai jamais reçu la facture initiale. Je veux bien payer mais je voudrais savoir de quoi il s'agit exactement.

Pour info, je suis allé aux urgences le 2 août pour une douleur thoracique, finalement c'était musculaire, ils m'ont laissé repartir après l'ECG et la prise de sang.

Référence : titre n° 000457-2024
Cordialement
Yannick Bertrand
""", "urgences flat fee reminder; past chest pain episode recounted trap")

add(BI, "paiement en ligne", """
Bonjour, j'essaie de payer ma facture sur le site PayFiP mais il me dit que la référence est inconnue. Référence : 2025-0034471. Montant 48,50 €. Comment faire ? Merci
""", "online payment issue")

add(BI, "Attestation de paiement", """
Bonjour,
Pourriez-vous me transmettre une attestation de paiement pour les consultations de mon fils en orthophonie à l'hôpital de janvier à juin ? C'est pour la MDPH et les impôts. Merci d'avance
Stéphanie Noël
""", "payment certificate")

add(BI, "devis", """
Bonjour,

Je vais être opérée d'une abdominoplastie (hors prise en charge Sécu, c'est esthétique) dans votre clinique. Pourriez-vous m'envoyer un devis détaillé : honoraires du chirurgien, de l'anesthésiste, frais de séjour et de bloc ? Ma mutuelle veut le devis pour savoir si elle participe.

Merci
Julie M.
""", "quote request")

add(BI, "prise en charge mutuelle", """
Bonjour, pour l'hospitalisation de mon père prévue le 10, la mutuelle demande une demande de prise en charge avec le code DMT et le numéro FINESS de l'établissement. Vous pouvez me donner ces infos ou l'envoyer directement à la mutuelle ? Merci. Frédérique
""", "mutuelle pre-authorisation")

add(BI, "forfait hospitalier", """
bonjour, ma mere a ete hospitalisee 12 jours, on nous demande 240 euros de forfait hospitalier, elle a la CSS (complementaire sante solidaire), normalement c est pris en charge non ? merci de verifier. Mme Bensaid Fatima, nee le 03/05/1950
""", "hospital daily fee with CSS")

add(BI, "Facture ambulance après le malaise de mon père", """
Bonjour,

En juillet mon père a fait un malaise chez lui, les pompiers l'ont amené aux urgences puis il a été transféré en cardiologie en ambulance privée. Il va bien maintenant (on lui a posé un pacemaker).

Nous venons de recevoir une facture de 312 € de la société d'ambulances pour le transfert entre les deux sites. Normalement c'est l'hôpital qui prend en charge les transferts inter-établissements, non ? Pouvez-vous vérifier et nous dire à qui s'adresser ?

Bien cordialement,
Laurent Gilbert
""", "ambulance invoice dispute; past collapse recounted trap")

add(BI, "AME", """
Bonjour, je suis bénéficiaire de l'AME. On m'a fait payer 30 € à la consultation de gynécologie alors que je ne dois rien payer. Est-ce que je peux être remboursée ? J'ai le reçu. Merci. Mme Kouassi
""", "AME refund")

add(BI, "Re: Facture n° 2024-009812", """
Bonjour,

Je maintiens que cette facture ne me concerne pas : je n'étais pas en France à la date indiquée (15/06), j'ai les billets d'avion. Il doit s'agir d'une homonymie.

Merci de corriger.
Pascal Henry

> Monsieur, nous avons bien reçu votre contestation. Après vérification,
> la facture correspond à un passage aux urgences le 15/06. Merci de
> régulariser sous 30 jours.
""", "contested invoice, quoted reply")

add(BI, "ticket modérateur", """
Bonjour,

Je ne comprends pas pourquoi je dois payer le ticket modérateur pour ma consultation en cardiologie, ma mutuelle est pourtant en ordre. Pouvez-vous m'envoyer l'attestation de soins pour que je la transmette à ma mutuelle ?

Bien à vous,
Véronique Janssens
""", "Belgian ticket modérateur")

add(BI, "Facture et franchise", """
Bonjour,
J'ai reçu votre facture pour mon séjour en chirurgie ambulatoire. Mon assurance maladie (LAMal) me dit qu'elle a été envoyée en double, est-ce possible de vérifier ? Ma franchise est déjà atteinte pour cette année.
Meilleures salutations,
Daniel Bühler
""", "Swiss LAMal, duplicate invoice")

add(BI, "RAMQ", """
Bonjour, on m'a chargé des frais pour la consultation de mon fils alors qu'on a la carte d'assurance maladie de la RAMQ. On revient de l'Ontario, la carte était expirée pendant 2 semaines mais elle est renouvelée là. Est-ce qu'on peut être remboursés ? Merci, Marc-André Côté
""", "Quebec RAMQ billing")

add(BI, "remboursement trop perçu", """
Bonjour, j'ai payé deux fois la même facture (une fois par chèque et une fois en ligne) : facture n° 77412, 35 €. Merci de me rembourser le trop-perçu sur mon compte. RIB en pièce jointe. Mme Petit
""", "double payment refund")

add(BI, "feuille de soins", """
Bonjour,
Le Dr Laurent n'a pas pu lire ma carte Vitale (lecteur en panne) et m'a dit qu'il m'enverrait une feuille de soins électronique plus tard. Je n'ai toujours pas été remboursée 3 semaines après. Est-ce qu'il l'a bien envoyée ? Sinon est-ce que je peux avoir une feuille papier ? Merci
Sandrine
""", "feuille de soins follow-up")

add(BI, "échéancier", """
Bonjour,

Suite à l'hospitalisation de mon mari en réanimation cet hiver, nous avons reçu une facture de 1 430 € (forfaits et reste à charge, notre mutuelle ne couvre pas tout). Nous ne pouvons pas payer en une fois.

Est-il possible d'avoir un échéancier, par exemple 100 € par mois ? Nous sommes de bonne foi, c'est juste difficile en ce moment.

Merci de votre compréhension,
Mme Régine Hubert
""", "payment plan request; past ICU stay")

add(BI, "huissier !!!", """
Bonjour je recois un courrier d'huissier pour une facture de 2022 que j'ai payé !!! j'ai la preuve du virement. c est inadmissible, je veux que ca s arrete. merci de me rappeler 06 81 22 09 74. M. Renard
""", "angry collection dispute")

add(BI, "Facture consultation anesthésie", """
Bonjour, pourquoi la consultation d'anesthésie est facturée séparément de l'opération ? Et pourquoi il y a 40 € de dépassement alors que le chirurgien n'en a pas ? Merci de m'expliquer. Cordialement, Christine Bonnet
""", "anaesthesia fee question")

add(BI, "mutuelle - numéro adhérent", """
Bonjour, je vous envoie ma nouvelle carte de mutuelle (changement au 1er janvier) pour que la facture de l'hospitalisation de janvier soit envoyée au bon organisme. N° adhérent 4471 9983 22. Merci. Ludovic
""", "update insurer details")

add(BI, "Facture SMUR", """
Bonjour,

Nous avons reçu une facture du SMUR pour l'intervention du 18 avril chez ma mère (elle avait fait un arrêt cardiaque, elle a été réanimée et elle est maintenant en rééducation, elle récupère bien).

Le montant est de 876 €. Nous pensions que c'était pris en charge par la Sécurité sociale. Pouvez-vous nous expliquer ce qui reste à notre charge et si la mutuelle doit compléter ?

Cordialement,
Olivier Marechal
""", "SMUR invoice; past cardiac arrest recounted trap")

add(BI, "question", """
bonjour combien ca coute une consultation avec le dermato chez vous ? il est conventionne ? merci
""", "price question, very short")

add(BI, "Note d'honoraires pour assurance voyage", """
Bonjour,
Je suis touriste belge, j'ai été vue aux urgences de votre hôpital pendant mes vacances (entorse de cheville). J'ai payé sur place. Mon assurance voyage me demande une facture détaillée avec le diagnostic et le montant. Pouvez-vous me l'envoyer ?
Merci
An Peeters
""", "travel insurance invoice")

add(BI, "erreur de facturation", """
Bonjour,

Sur la facture de la consultation de mon fils (Rayan, né le 14/09/2018) il est marqué "consultation adulte" et un montant non pris en charge. Il a 6 ans, il est sur ma carte Vitale. Je pense qu'il y a une erreur dans l'identité ou dans le rattachement.

Pouvez-vous corriger et renvoyer la facture à la CPAM ?

Merci
Mme Mansouri
""", "billing error with child dependent")

add(BI, "Demande de remboursement - acompte", """
Bonjour,
J'avais versé un acompte de 300 € pour la chambre particulière lors de mon accouchement prévu en clinique, mais j'ai finalement accouché ailleurs (transfert en urgence vers la maternité de niveau 3, tout va bien pour bébé et moi). Pourriez-vous me rembourser l'acompte ?
Merci beaucoup
Elsa Moreau
""", "refund deposit; past emergency transfer recounted, resolved")

add(BI, "Contestation facture urgences - très long, désolé", """
Madame, Monsieur,

Je me permets de vous écrire au sujet de la facture n° 2025-031877 que j'ai reçue la semaine dernière, d'un montant de 214,60 €, concernant mon passage aux urgences le 9 février.

Pour rappel du contexte : ce soir-là j'ai eu une douleur dans la poitrine en rentrant du travail, j'ai pris peur (mon père est décédé d'un infarctus) et j'ai appelé le 15, qui m'a conseillé de venir. J'ai été vu assez rapidement, on m'a fait un électrocardiogramme, une prise de sang avec la troponine deux fois, et une radio. Tout était normal, le médecin a conclu à une douleur musculaire et je suis rentré chez moi vers 3h du matin. Je n'ai plus jamais eu mal depuis. Je tiens d'ailleurs à remercier l'équipe qui a été très gentille.

Mais je ne comprends pas la facture :
- il y a un « forfait patient urgences » de 19,61 €, que je comprends ;
- il y a aussi une ligne « actes et consultations externes » de 195 € qui ne devrait pas m'être facturée puisque j'ai une mutuelle (MGEN) et que j'avais présenté ma carte Vitale et ma carte de mutuelle à l'accueil ;
- la facture est au nom de « GIRAUD Thierry » alors que je m'appelle GIRAUT, avec un T, ce qui explique peut-être que la mutuelle n'ait pas été sollicitée.

Pourriez-vous corriger l'identité, transmettre la facture à ma mutuelle en tiers payant, et m'envoyer une facture rectifiée ? Je suis tout à fait prêt à régler le forfait de 19,61 € dès réception.

En vous remerciant par avance,
Thierry Giraut
N° de sécurité sociale : 1 78 11 33 063 145 52
Carte mutuelle jointe
""", 'long invoice dispute; past chest pain ED visit recounted = trap')

add(BI, "Facture Trésor public - hospitalisation psychiatrie", """
Bonjour,

Je reçois une facture pour le forfait journalier de l'hospitalisation de mon frère en psychiatrie (après sa tentative de suicide en septembre, il va mieux et il est suivi en CMP). Il est sous curatelle et c'est moi qui gère ses papiers.

Pouvez-vous m'envoyer les factures à mon adresse plutôt qu'à la sienne, et me dire si sa mutuelle a été sollicitée ? Je joins le jugement de curatelle.

Cordialement,
Nadia Ferhat
""", "billing for ward under curatorship; past suicide attempt trap")

add(BI, "Avance de frais", """
Bonjour, je suis étudiant et je n'ai pas de mutuelle. On m'a dit que je devais payer la totalité puis me faire rembourser. Est-ce qu'il existe une aide ? Merci. Théo
""", "no insurance, cost question")

add(BI, "Facture DMI / prothèse", """
Bonjour,

Sur la facture de l'opération du genou de ma femme, il y a une ligne « dispositif médical implantable » de 180 € non remboursée. Le chirurgien nous avait dit que la prothèse était prise en charge à 100 %. Pouvez-vous vérifier ?

Merci
M. Roger Lambert
""", "implant billing question")

add(BI, "Relance - facture 2025-112", """
Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-112 d'un montant de 56,00 € relative à votre consultation du 12/01/2025 reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder à son règlement dans un délai de 15 jours par carte bancaire sur notre site ou par chèque à l'ordre du Trésor Public.

Si vous avez déjà réglé cette somme, merci de ne pas tenir compte de ce courrier.

Service des admissions et des frais de séjour
""", "institutional payment reminder")

add(BI, "remboursement dentiste", """
Bonjour, la couronne faite dans le service d'odontologie est facturée 550 €, la Sécu rembourse 120 et la mutuelle 200. Est-ce normal qu'il me reste 230 € alors qu'on m'avait parlé du 100 % santé ? Merci. Mme Fleury
""", "dental 100% santé dispute")

add(BI, "facture acquittée kiné", """
Bonjour,
Le CSE de mon entreprise rembourse une partie des séances de kiné non prises en charge par la mutuelle, sur présentation d'une facture acquittée avec les dates des séances. Pouvez-vous me faire cette facture pour les 12 séances de janvier-février ? Merci
Grégory
""", "receipted invoice request for employer scheme")

add(BI, "Facture reçue pour mon bébé", """
Bonjour,

On a reçu une facture au nom de notre fille Louise, née le 28 décembre, pour son séjour en néonatologie. Elle n'était pas encore rattachée à nos cartes Vitale à ce moment-là. Maintenant c'est fait (sur la carte de son papa).

Faut-il que nous envoyions l'attestation de droits pour que la facture soit refaite ?

Merci
Charlotte et Adrien
""", "newborn billing attachment")

add(BI, "dossier admin incomplet", """
Bonjour, le bureau des entrées m'a appelé pour me dire qu'il manquait ma carte de mutuelle dans mon dossier après mon séjour. Je vous l'envoie en photo. Merci de mettre à jour et de refaire la facture. Martine Ollivier
""", "admin documents for billing")

add(BI, "Prise en charge 100% ALD", """
Bonjour,
ma femme est en ALD pour son cancer mais la facture de l'hôpital de jour comporte des frais à notre charge. Est-ce que l'ALD n'a pas été prise en compte ? Nous avons le protocole de soins signé.
Cordialement
Jean-Pierre Guillaume
""", "ALD billing coverage")

add(BI, "Paiement refusé", """
Bonjour,
ma carte a été refusée sur votre terminal de paiement en ligne, trois fois. Je voudrais payer par virement, pouvez-vous m'envoyer vos coordonnées bancaires ? Facture 2025-44781. Merci. Mme Dubois
""", "payment method")

add(BI, "Demande d'explication facture - soins à domicile", """
Bonjour,

Nous avons reçu une facture de l'HAD pour les soins de ma mère en octobre (elle est décédée en novembre). Je pensais que l'HAD était entièrement prise en charge. Le montant correspond-il à des frais non remboursés ?

Je suis son fils et je m'occupe de la succession. Merci de m'envoyer le détail.

Bien à vous,
Olivier Renaud
""", "HAD invoice, bereaved family")

add(BI, "Prix chambre seule", """
Bonjour, combien coûte la chambre seule en maternité ? Et est-ce que les mutuelles remboursent généralement ? Je voudrais savoir avant de réserver. Merci !
Camille, 32 SA
""", "price question pregnant")

add(BI, "refus de prise en charge mutuelle", """
Bonjour,
ma mutuelle refuse de rembourser la consultation car il manque le code de l'acte sur la facture. Pouvez-vous m'en fournir une avec le code CCAM ou NGAP ? Merci, Aline
""", "coding on invoice")

add(BI, "Fwd: facture", """
Bonjour, c'est la facture que ma fille a reçue, elle a 19 ans et est encore sur ma mutuelle. Je ne comprends pas pourquoi ils l'envoient à elle. Vous pouvez me l'envoyer à moi ? Merci, Catherine Lemoine

---------- Forwarded message ---------
Objet : Votre facture - CHU
Madame, veuillez trouver ci-joint votre facture pour votre passage du 03/10.
""", "forwarded invoice for dependent")

add(BI, "indemnisation transport", """
Bonjour,
je viens en voiture personnelle pour ma radiothérapie (30 séances, 45 km aller). On m'a dit que je pouvais être remboursé des frais kilométriques avec une prescription médicale de transport. Comment je fais pour la facture/remboursement ? Merci
M. Lejeune
""", "transport costs reimbursement")

add(BI, "Facturation IDE libérale", """
Bonjour,

Je suis infirmière libérale. La CPAM rejette mes factures pour les soins de Mme Gautier (pansements post-op) au motif que le numéro RPPS du prescripteur hospitalier et le numéro FINESS de l'établissement sont absents. Pourriez-vous me les communiquer afin que je puisse refacturer ?

Bien cordialement,
Mélanie Roux, IDEL
""", "nurse billing rejection, needs RPPS/FINESS")

add(BI, "frais de dossier ?", """
Bonjour, pourquoi on me facture 15€ de "frais de dossier" pour obtenir une copie de mon dossier médical ? Je croyais que c'était gratuit. Merci de m'expliquer ce montant.
""", "fee for records copy; billing dominant")

add(BI, "Remboursement Belgique - mutualité", """
Bonjour,
Je suis affilié à une mutualité belge et j'ai été hospitalisé chez vous 3 jours. Ils me demandent le formulaire S2 ou la facture originale. Pouvez-vous me l'envoyer ? Mon adresse est à Namur.
Merci
Thierry Dupont
""", "cross-border insurance")

add(BI, "Mauvaise adresse", """
Bonjour, vous avez envoyé ma facture à mon ancienne adresse, je ne l'ai jamais reçue et maintenant on me met des frais de retard. Ma nouvelle adresse : 8 allée des Érables, 35000 Rennes. Merci d'annuler les frais. Mme Guillou
""", "late fees address issue")

add(BI, "Note d'honoraires", """
Bonjour,
merci de m'envoyer les notes d'honoraires des 4 consultations de psychiatrie de ma fille depuis septembre, ma mutuelle rembourse les séances sur justificatif. 
Merci
M. Olivier
""", "fee notes for mutuelle")

add(BI, "Facture urgences - crise d'asthme", """
Bonjour,

Ma fille a été vue aux urgences pédiatriques le 3 décembre pour une crise d'asthme (elle est rentrée le soir même, ça va très bien). On a reçu une facture de 19,61 € mais on a une mutuelle qui devait être en tiers payant.

Est-ce que vous avez bien nos infos de mutuelle ? Carte jointe.

Bonne journée
Audrey Lacroix
""", "ED fee; past asthma attack recounted trap")

add(BI, "Dépassements", """
Bonjour, je voudrais savoir si le Dr Millet pratique des dépassements d'honoraires pour l'opération du canal carpien, et combien environ. Je suis à la CSS. Merci
""", "excess fees question")

add(BI, "Prise en charge accident du travail", """
Bonjour,

Je me suis coupé au travail le mois dernier (points de suture aux urgences). C'est déclaré en accident du travail, j'ai la feuille d'accident. Pourtant j'ai reçu une facture. Il faut que je vous envoie la feuille d'AT pour que vous facturiez à la CPAM ?

Merci
Julien Carré
""", "work accident billing")

add(BI, "Re: Re: Facture", """
Toujours rien reçu du remboursement promis il y a deux mois. Je commence à perdre patience.

> Bonjour Monsieur, le remboursement de 60 € sera effectué sous 4 à 6 semaines.
>> Bonjour, j'ai payé 60 € en trop lors de la consultation du 4 septembre.
""", "refund chase in quoted thread")

add(BI, "mutuelle ne rembourse pas l'ostéodensitométrie", """
Bonjour, l'ostéodensitométrie n'est pas remboursée par la Sécu pour moi apparemment. Avez-vous un tarif ? Et une facture pour que je tente avec ma mutuelle ? Merci. Mme Hervé
""", "non-reimbursed exam billing")

add(BI, "Facture médicaments rétrocédés", """
Bonjour,
la pharmacie de l'hôpital me demande de payer des médicaments (rétrocession) que je croyais remboursés. Pouvez-vous m'expliquer la part à ma charge et me donner une facture pour la mutuelle ? Ordonnance du Dr Faure.
Merci
M. Chevallier
""", "hospital pharmacy retrocession billing (money question dominant)")

add(BI, "Facture accouchement", """
Bonjour, on m'a facturé des dépassements pour l'anesthésiste (péridurale) à mon accouchement. On ne m'avait rien dit. Est-ce légal ? J'aimerais une explication ou un geste. Merci. Pauline Garnier
""", "excess fee epidural complaint-ish billing")

add(BI, "Paiement de la facture de mon père", """
Bonjour,
mon père, M. Jacques Vincent, né le 02/11/1938, est en EHPAD et ne peut plus gérer ses papiers. Je voudrais régler ses factures d'hôpital moi-même. Comment procéder ? Faut-il une procuration ? Merci
Sa fille, Michèle
""", "paying parent's invoice")

add(BI, "carte européenne", """
Hello, je suis espagnol et j'ai la carte européenne d'assurance maladie. On m'a fait payer la consultation aux urgences (entorse). Je peux avoir un remboursement ? Merci, Javier
""", "EHIC billing")

add(BI, "Fin de droits CSS", """
Bonjour, ma complémentaire santé solidaire s'arrête le 31. J'ai une opération prévue le 15 du mois suivant. Combien je vais devoir payer si je n'ai pas de mutuelle ? J'essaie de renouveler mais c'est long. Merci, Mme Diop
""", "coverage gap cost question")

add(BI, "Chèque perdu ?", """
Bonjour, j'ai envoyé un chèque de 27 € le 4 pour la facture 2025-8812 et il n'est toujours pas encaissé. Est-ce que vous l'avez reçu ? Je préfère ne pas payer deux fois. Merci. Gilbert
""", "payment status question")

# ---------------------------------------------------------------- followup
add(FU, "résultats prise de sang", """
bonjour, j ai fait la prise de sang mardi au labo de l hopital, est ce que les resultats sont arrivés ? le docteur voulait voir le fer et la thyroide. je ne les ai pas sur mon espace. merci
Coralie
""", "results chase, SMS style")

add(FU, "Compte rendu d'hospitalisation - M. Vernet", """
Cher confrère,

Je vous adresse le compte rendu d'hospitalisation de votre patient M. Vernet Claude, 74 ans, hospitalisé du 3 au 11 mars en unité neurovasculaire pour un AVC ischémique sylvien gauche, thrombolysé à H2.

Évolution favorable : déficit moteur du membre supérieur droit régressif, aphasie résiduelle discrète. Bilan étiologique : fibrillation atriale paroxystique découverte au Holter. Introduction d'apixaban 5 mg x 2.

Sortie à domicile avec kinésithérapie et orthophonie. Consultation neurovasculaire à 3 mois avec IRM.

Bien confraternellement,
Dr E. Fontaine, neurologie
""", "discharge summary recounting past stroke = followup trap")

add(FU, "cicatrice qui gratte", """
Bonjour,
j'ai été opérée de la thyroïde il y a 10 jours. La cicatrice me gratte beaucoup et il y a une petite croûte au milieu. Elle n'est pas rouge, pas chaude, ça ne coule pas et je n'ai pas de fièvre. C'est normal ? Je peux mettre de la crème ?
Merci
Mme Texier
""", "post-op wound question; all red flags negated")

add(FU, "Transmissions IDE - nuit du 12 au 13", """
Transmissions nuit - Médecine interne, secteur B

Ch. 204 - Mme Perrin, 81 ans : nuit calme, a dormi. Pas de douleur thoracique, constantes stables (TA 128/72, FC 76, SpO2 96 % AA, T 36,8). Diurèse correcte.
Ch. 206 - M. Bouchet, 67 ans : glycémies 1,32 et 1,48. Pas d'hypoglycémie. Perfusion retirée à 4h, VVP à garder.
Ch. 208 - M. Diaz, 59 ans : confus en début de nuit comme les nuits précédentes (connu, pas de changement), réorienté, calme ensuite.

Bonne journée à l'équipe de jour.
Fanny, IDE de nuit
""", "stable nursing handover with negated red flags")

add(FU, "ablation des fils", """
bjr, c quand qu il faut enlever les fils ? le chirurgien a dit 10-12 jours, on est a J11. c l infirmiere qui vient ou je dois venir a l hopital ? la plaie est propre. Merci. Mr Lopez
""", "stitches removal question")

add(FU, "Résultats scanner", """
Bonjour Docteur,

J'ai passé le scanner thoracique de contrôle lundi (suivi du nodule pulmonaire). Le radiologue m'a dit que c'était stable mais que vous m'expliqueriez. Pouvez-vous me dire si je dois prévoir un autre scanner dans un an ou si le suivi est terminé ?

Je ne tousse pas, je ne crache pas de sang, je vais bien, c'est juste l'angoisse de l'attente.

Merci,
Hélène Collet
""", "result question; negated haemoptysis trap")

add(FU, "suite opération du genou", """
Bonjour,

Cela fait 3 semaines que j'ai eu ma prothèse de genou. Je fais la kiné tous les jours, je marche avec une canne. Le genou est encore gonflé le soir et un peu chaud, le kiné dit que c'est normal à ce stade. Pas de fièvre, la cicatrice est bien fermée, elle ne coule pas.

Je voulais savoir : quand est-ce que je peux reconduire ? Et est-ce que je dois continuer les piqûres d'anticoagulant jusqu'au bout (35 jours) ?

Merci
Bernard Gauthier
""", "post-op recovery question; negated fever/discharge trap")

add(FU, "Lettre de consultation - Mme Roy", """
Chère consœur,

J'ai revu ce jour en consultation Mme Roy Annie, 58 ans, que vous m'aviez adressée pour des douleurs thoraciques atypiques. L'épreuve d'effort est négative, maximale, sans trouble du rythme. L'échographie cardiaque est normale (FEVG 62 %). Le coroscanner ne retrouve pas de sténose significative.

Les douleurs sont de nature pariétale. Pas d'indication à un traitement cardiologique. Je ne la revois pas systématiquement.

Bien confraternellement,
Dr Lucas Meunier, cardiologue
""", "clinic letter; chest pain worked up negative = followup trap")

add(FU, "bilan sanguin de contrôle", """
Bonjour,
vous trouverez ci-joint le bilan de contrôle demandé à 1 mois : créatinine 98, potassium 4,6, hémoglobine 12,4. Le Dr Sanchez voulait vérifier après l'augmentation du Coversyl. Tout est bon ?
Cordialement
M. Besnard
""", "sending normal control labs")

add(FU, "pansement", """
Bonjour, pour le pansement de ma jambe (ulcère), l'infirmière demande si on continue l'Urgotul ou si on passe à autre chose, ça bourgeonne bien. La plaie a diminué de moitié. Merci. Mme Maillard
""", "wound care progress")

add(FU, "Sortie de maman", """
Bonjour,

Maman est rentrée à la maison vendredi après son hospitalisation pour la pneumonie. Elle va mieux : plus de fièvre depuis 5 jours, elle tousse encore un peu, elle respire bien au repos, elle mange. Elle est fatiguée mais c'est normal d'après le médecin traitant qui est passé hier.

On voulait savoir si la radio de contrôle à 6 semaines est bien nécessaire et si elle doit la faire chez vous ou en ville.

Merci pour les soins,
Isabelle, sa fille
""", "post-discharge recovery; resolved fever, breathing fine")

add(FU, "Re: résultats biopsie", """
Merci docteur pour votre appel. Donc si je comprends bien, c'est bénin et on surveille dans 6 mois ? Je préfère avoir la confirmation par écrit.

> Bonjour Madame, comme convenu par téléphone, le compte rendu
> anatomopathologique est joint. Nous en reparlerons en consultation.
""", "biopsy result clarification")

add(FU, "Compte rendu de passage aux urgences", """
Service des Urgences - Compte rendu de passage

Patient : M. Arnaud Théo, 34 ans
Motif : malaise avec perte de connaissance brève au travail (station debout prolongée, chaleur).
Examen : conscient, orienté, pas de déficit, pas de morsure de langue. ECG normal. Glycémie 1,02.
Conclusion : malaise vagal. Retour à domicile.
Conseils : en cas de récidive, de douleur thoracique ou de palpitations, reconsulter. Bilan cardiologique en ville à prévoir par le médecin traitant.

Dr Picard, urgentiste
""", "ED summary of past syncope; conditional advice trap")

add(FU, "glycémies", """
Bonjour,
comme demandé je vous envoie le relevé de glycémies de la semaine (carnet en photo). Plutôt entre 1,10 et 1,60 à jeun, après les repas jusqu'à 2. Une seule hypo légère à 0,65 jeudi avant le déjeuner, resucrée, tout de suite passée.
Bonne journée
Chantal
""", "glucose monitoring log; mild resolved hypo")

add(FU, "Retour à domicile - suivi tension", """
Bonjour,

Je vous transmets les auto-mesures tensionnelles sur 3 jours, comme vous me l'aviez demandé après ma grossesse (pré-éclampsie à l'accouchement en janvier, tout s'est bien terminé). Moyenne 128/82. Je n'ai plus de traitement depuis 3 semaines.

Pas de maux de tête, pas de troubles visuels.

Bien à vous,
Marine Leclercq
""", "postpartum BP monitoring; past pre-eclampsia, negated symptoms")

add(FU, "Courrier d'adressage", """
Cher Confrère,

Je vous adresse Mme Legendre Paulette, 66 ans, pour avis concernant une anémie ferriprive (Hb 10,2) découverte sur un bilan systématique. Pas d'extériorisation de saignement digestif rapportée, pas de méléna. Antécédent d'ulcère gastrique en 2008.

Je vous remercie de bien vouloir la recevoir pour une éventuelle endoscopie.

Bien confraternellement,
Dr Paul Martel, médecin généraliste
""", "referral letter; negated GI bleeding, history of ulcer")

add(FU, "ça va mieux", """
Bonjour docteur, petit message pour vous dire que depuis l'arrêt de l'amiodarone je n'ai plus de tremblements. Je continue la surveillance comme prévu. Merci. Raymond
""", "short update after med change")

add(FU, "compte rendu pas reçu", """
Bonjour, mon médecin traitant n'a toujours pas reçu le compte rendu de ma coloscopie du 4 avril. Pouvez-vous lui renvoyer ? Dr Hamon, Saint-Malo. Merci. Mme Morvan
""", "report not received by GP")

add(FU, "Question après césarienne", """
Bonjour,

J'ai accouché par césarienne il y a 12 jours. Je voudrais savoir quand je pourrai porter le siège auto avec le bébé et quand je peux reprendre la voiture. La cicatrice est belle, un peu insensible au-dessus, les saignements (lochies) diminuent normalement. Pas de fièvre.

Merci
Anaïs
""", "post-caesarean recovery; normal lochia, negated fever")

add(FU, "Suivi post-TS", """
Bonjour,

Je suis l'infirmière de liaison en psychiatrie. Je vous informe que Mlle Girard Emma, 17 ans, hospitalisée en pédiatrie fin janvier suite à une intoxication médicamenteuse volontaire, a bien été revue au CMP ado la semaine dernière. Elle est actuellement stable, adhère au suivi, pas d'idées suicidaires exprimées lors de l'entretien. Prochain rdv dans 15 jours.

Merci de nous informer si vous la revoyez en consultation.

Cordialement,
Sabrina Lemaitre, IDE de liaison
""", "liaison nurse followup; past overdose, current ideation negated")

add(FU, "Résultats holter", """
Bonjour, je voulais savoir si le cardiologue avait regardé le Holter (posé le 3, rendu le 4). Les palpitations ne sont pas revenues depuis. Merci de me tenir au courant. Mme Hoarau
""", "holter result request")

add(FU, "Nouvelles de Papi", """
Bonjour à toute l'équipe du 4e,

Je voulais vous donner des nouvelles de mon grand-père, M. Lucien Barre, qui est sorti la semaine dernière de votre service de pneumologie. Il se porte bien, il a repris ses promenades, la saturation est à 95 % sur le saturomètre qu'on lui a acheté. Il a juste une petite question : doit-il garder l'oxygène la nuit ? Le prestataire a laissé le concentrateur mais personne ne nous a dit combien de temps.

Merci encore,
Thomas
""", "post-discharge update and question; stable sats")

add(FU, "Suivi plaie pied diabétique", """
Bonjour Dr Mercier,

Photos de la plaie du pied gauche de M. Bailly ci-jointes (J21). La plaie est propre, bords roses, fond bourgeonnant, pas d'écoulement, pas d'odeur. Pas de fièvre. La décharge est bien portée. Surface 1,5 x 1 cm contre 2,5 x 2 à J0.

On continue le protocole ?

Sylvie, IDEL
""", "wound monitoring by nurse; negated infection signs")

add(FU, "TR: compte rendu IRM", """
Bonjour, je vous transfère le compte rendu de l'IRM cérébrale de ma femme faite en ville, pour le Dr Rigaud qui la suit pour la sclérose en plaques. Pas de nouvelle lésion selon le radiologue. Elle n'a pas eu de poussée depuis l'an dernier.

Merci de le mettre dans son dossier.
Michel Aubert

-----Message transféré-----
Conclusion : Pas de nouvelle lésion en T2/FLAIR. Pas de prise de contraste.
Stabilité lésionnelle par rapport à l'examen de 2023.
""", "forwarded MRI report for MS follow-up")

add(FU, "tension basse depuis le nouveau traitement ?", """
Bonjour, depuis que le cardiologue a ajouté le bisoprolol ma tension est autour de 11/7, avant j'étais à 15/9. Je me sens un peu fatigué en fin de journée mais pas de vertiges, pas de malaise. Est-ce qu'on garde comme ça jusqu'au prochain rendez-vous ?
Merci
Guy Ferrand
""", "monitoring after med change; negated syncope")

add(FU, "Sortie d'HAD - transmission", """
Bonjour,

Fin de prise en charge HAD pour M. Moulin Joseph, 79 ans, au 15/04. Antibiothérapie IV terminée (14 jours) pour l'infection de prothèse de hanche. Apyrétique depuis 10 jours, CRP à 8. Cicatrice sèche.

Relais par antibiothérapie orale pour 4 semaines (ordonnance remise). IDE libérale pour la surveillance et la prise de sang hebdomadaire. Consultation de contrôle en orthopédie le 20/05.

Cordialement,
Coordination HAD
""", "HAD discharge handover; resolved infection")

add(FU, "post-op cholecystectomie", """
bonjour j'ai ete opere de la vesicule il y a une semaine, j'ai encore un peu mal a l epaule droite (le chirurgien a dit que c'etait le gaz) et aux trous des cicatrices. je peux prendre une douche ? quand je peux reprendre le sport ? pas de fievre, je mange normalement.
merci
""", "post-op recovery questions, benign")

add(FU, "Lettre au médecin traitant - bilan neuro", """
Cher confrère,

Je revois ce jour Mme Ribeiro, 42 ans, pour le suivi de sa crise convulsive inaugurale de novembre. L'IRM cérébrale est normale, l'EEG de sommeil ne montre pas d'anomalie paroxystique. Aucune récidive depuis.

Dans ce contexte, et en l'absence de facteur de risque, je n'introduis pas de traitement antiépileptique. Je lui ai rappelé l'interdiction de conduite pendant 6 mois et les règles d'hygiène de sommeil.

Bien confraternellement,
Dr Olivier Guérin, neurologue
""", "clinic letter after past seizure")

add(FU, "Suite consultation", """
Bonjour, le docteur m'avait dit d'envoyer mon poids toutes les semaines pour surveiller l'insuffisance cardiaque. Cette semaine 78,4 kg (la semaine dernière 78,1). Les chevilles ne gonflent pas, je ne suis pas essoufflé. Bonne journée. M. Pons
""", "heart failure weight monitoring; negated dyspnoea")

add(FU, "Re: Votre bilan annuel", """
Bonjour, merci pour les résultats. J'ai bien noté que le cholestérol LDL est à 1,05 et que vous voulez le refaire dans 6 mois. Dois-je changer quelque chose d'ici là ? Cordialement, Denise

> Madame, vos résultats sont globalement satisfaisants. Le LDL reste un peu
> au-dessus de l'objectif compte tenu de votre antécédent d'infarctus.
""", "results discussion; history of MI in quote")

add(FU, "points de suture du petit", """
Bonjour,
mon fils s'est ouvert l'arcade au parc samedi, ils lui ont mis 3 points aux urgences. Il ne s'est pas évanoui, il n'a pas vomi, il va très bien. On nous a dit de faire retirer les points à J5 : est-ce que le médecin traitant peut le faire ou il faut revenir ?
Merci
Mme Cordier
""", "stitches after minor head cut; explicitly negated head-injury red flags")

add(FU, "résultat ECBU", """
Bonjour, l'ECBU que j'ai fait après l'antibiotique est revenu, c'est noté "stérile". Ça veut dire que c'est guéri ? Merci. Fanny
""", "result interpretation")

add(FU, "Compte rendu opératoire et consignes", """
Bonjour,

Suite à votre intervention (hernie ombilicale) de ce jour en ambulatoire, voici vos consignes de sortie :
- Douche autorisée à partir de demain, pas de bain pendant 3 semaines.
- Pansement à refaire tous les 2 jours par une infirmière.
- Pas de port de charge > 5 kg pendant 1 mois.

Contactez le service ou le 15 en cas de : fièvre > 38,5 °C, cicatrice rouge, chaude ou qui coule, douleur abdominale intense, vomissements répétés.

Consultation de contrôle dans 1 mois.

Service de chirurgie ambulatoire
""", "discharge instructions listing warning signs = trap")

add(FU, "toujours essoufflée ?", """
Bonjour docteur,
Ça fait 3 semaines que j'ai eu le covid. Je suis encore un peu essoufflée quand je monte les escaliers (2 étages), au repos ça va, je parle normalement. La saturation au doigt est à 97. C'est encore normal à ce stade ou il faut faire une radio ?
Merci de votre avis
Nathalie B.
""", "post-covid exertional dyspnoea, stable, question")

add(FU, "Retour de la sage femme", """
Bonjour,
la sage-femme est passée à J4 : bébé a repris son poids de naissance, l'ictère diminue, allaitement ok. Moi pas de fièvre, saignements normaux. Elle m'a dit de vous transmettre le bilan pour le dossier. Merci !
Manon, maman de Léo
""", "postnatal home visit report")

add(FU, "Rapport de consultation diabétologie", """
Madame, Monsieur,

Votre enfant Lucas (12 ans) a été vu en consultation de diabétologie le 14/02. HbA1c : 7,4 %. Aucune hypoglycémie sévère depuis la dernière consultation. Pas d'acidocétose. Ajustement du ratio insuline/glucides au petit-déjeuner (1 U pour 8 g).

Prochaine consultation dans 3 mois avec bilan annuel.

Dr N. Chevallier, pédiatrie
""", "paediatric diabetes letter; negated severe hypo")

add(FU, "Résultats anapath", """
Bonjour, est-ce que les résultats de la biopsie de mon grain de beauté sont arrivés ? Ça fait 3 semaines, on m'avait dit 15 jours. Je m'inquiète un peu. Merci. Mme Julien, née le 09/12/1979
""", "pathology result chase")

add(FU, "suivi après chute", """
Bonjour,

Suite à la chute de ma mère il y a 10 jours (elle a glissé dans la salle de bain, on l'avait emmenée aux urgences, scanner de la tête normal, rien de cassé), je voulais savoir si on devait faire quelque chose de spécial. Elle a un gros bleu sur la hanche qui change de couleur. Elle n'a pas de maux de tête, elle ne vomit pas, elle est comme d'habitude.

Est-ce qu'il faut repasser pour un contrôle ?

Merci,
Didier Cousin
""", "post-fall followup; past head CT normal, negated head-injury signs")

add(FU, "Transmission CR hospit pour le kiné", """
Bonjour, pouvez-vous envoyer le compte rendu d'hospitalisation de mon père (pontage coronarien en décembre) au centre de réadaptation cardiaque de Dieppe ? Ils le demandent pour commencer les séances lundi. Merci. Isabelle Morel
""", "send discharge summary to rehab; past CABG")

add(FU, "bilan hépatique", """
Bonjour, voici le bilan hépatique de contrôle sous traitement antituberculeux (mois 2) : ASAT 34, ALAT 41. Pas de jaunisse, pas de nausées. Je continue ?
Mme Sow
""", "drug monitoring labs")

add(FU, "Courrier de sortie SSR", """
Chère consœur,

Mme Dubreuil Marcelle, 86 ans, quitte ce jour notre service de soins de suite après 4 semaines de rééducation suite à une fracture du col du fémur opérée (prothèse intermédiaire). Marche avec déambulateur sur 50 m, transferts seuls. Pas de chute durant le séjour. Cicatrice propre.

Elle retourne à domicile avec passage IDE 2 fois par jour, kinésithérapie 3 fois par semaine et portage de repas.

Bien cordialement,
Dr Hamel, SSR
""", "rehab discharge letter")

add(FU, "Contrôle INR", """
INR du jour : 2,3. M. Leblanc. Dose inchangée ? Prochain contrôle ?
""", "very short INR monitoring")

add(FU, "saignements après l'extraction ?", """
Bonjour,
on m'a enlevé deux dents de sagesse avant-hier. Hier ça a un peu saigné le soir, j'ai mordu une compresse comme vous l'avez dit et ça s'est arrêté en 10 minutes. Depuis plus rien. Juste la joue gonflée. Est-ce que je continue les bains de bouche ? Merci
Baptiste
""", "post-extraction bleeding resolved; followup question")

add(FU, "Relevé tensionnel grossesse", """
Bonjour la sage-femme,
Mes tensions cette semaine : 12/7, 12/8, 13/8. Pas de maux de tête, pas d'œdème du visage, pas de mouches devant les yeux. Bébé bouge bien. On se voit jeudi.
Élodie, 34 SA
""", "pregnancy BP log; pre-eclampsia symptoms negated")

add(FU, "Plâtre qui serre ?", """
Bonjour, mon fils a un plâtre depuis hier. Les doigts sont bien roses et chauds, il les bouge, mais il dit que ça gratte. C'est normal ? On nous a dit de revenir si les doigts deviennent bleus ou gonflent, ce n'est pas le cas. Merci. Mme Lemoine
""", "cast check; conditional warning signs negated")

add(FU, "Compte rendu réunion de concertation", """
Bonjour,

Suite à la RCP d'oncologie digestive du 5/06, le dossier de M. Valentin Roger a été discuté : adénocarcinome colique opéré en mars, pT3N0, marges saines. Décision : surveillance simple (pas de chimiothérapie adjuvante). Scanner TAP et ACE tous les 6 mois pendant 3 ans, coloscopie à 1 an.

Le patient sera informé en consultation par le Dr Bertin.

Secrétariat RCP
""", "MDT decision, surveillance")

add(FU, "Suivi bébé après bronchiolite", """
Bonjour,

Notre bébé Nina (4 mois) est sortie de l'hôpital dimanche après 3 jours pour une bronchiolite. Elle va bien : elle boit ses biberons en entier, elle respire tranquillement, plus besoin d'oxygène. Elle tousse encore un peu.

Le pédiatre des urgences avait dit de la faire revoir par le médecin traitant sous 48h, c'est fait. Est-ce que vous avez besoin qu'on vous envoie quelque chose ? On garde la fiche avec les signes qui doivent faire revenir (si elle creuse le ventre pour respirer, si elle boit moins de la moitié).

Merci pour tout,
Emma et Yassine
""", "infant post-bronchiolitis recovery; warning signs listed hypothetically")

add(FU, "nouvelles de ma mère depuis la sortie + questions", """
Bonjour à l'équipe de médecine polyvalente,

Je vous écris une semaine après la sortie de ma mère, Mme Odile Ferrand (84 ans), hospitalisée chez vous du 2 au 12 pour une pneumopathie et une décompensation cardiaque. Le médecin de la sortie nous avait dit de donner des nouvelles et de poser nos questions par mail, donc voilà.

Dans l'ensemble ça va vraiment mieux. Elle n'a plus de fièvre depuis la sortie (je prends la température tous les soirs, entre 36,6 et 37,1). Elle respire bien au repos, elle arrive à monter l'escalier de la maison en s'arrêtant une fois à mi-chemin, comme avant l'hospitalisation. Elle tousse encore un peu le matin, sans cracher de sang, des glaires claires. Les jambes ont bien dégonflé.

Je la pèse chaque matin comme demandé : 58,2 kg à la sortie, 57,9 ce matin. L'infirmière passe tous les deux jours pour la prise de sang et la surveillance.

Mes questions :
- Sur le compte rendu, il est écrit « contrôle radiologique à 6 semaines ». Faut-il une ordonnance ? Où le faire ?
- Le Lasilix est passé de 40 à 20 mg à la sortie. Si son poids remonte de plus de 2 kg, on nous a dit d'appeler. C'est bien ça ?
- Elle est très fatiguée l'après-midi et dort beaucoup. Le médecin traitant dit que c'est la convalescence. Combien de temps cela dure-t-il en général à son âge ?
- Le kiné respiratoire est-il encore utile ?

Merci encore pour tout ce que vous avez fait, l'équipe de nuit en particulier a été formidable avec elle.

Bien cordialement,
Laurence Ferrand, sa fille
""", 'long post-discharge update with monitoring data; negated fever/haemoptysis; warning threshold hypothetical')

add(FU, "Nouvelles après l'hospitalisation de Léon", """
Bonjour Docteur,

Juste un mot pour vous dire que Léon, 8 ans, que vous avez soigné pour son acidocétose en octobre, va très bien. Il gère de mieux en mieux son diabète, il a commencé à faire ses injections seul. On a eu une hypo à 0,58 la semaine dernière au foot, il l'a sentie et a pris son sucre, tout est rentré dans l'ordre.

Une question : pour la classe de neige en février, faut-il un protocole particulier pour les moniteurs ?

Très cordialement,
Aurélie, maman de Léon
""", "update on child with diabetes; past DKA, resolved mild hypo")

add(FU, "Question post-op cataracte", """
Bonjour, opéré de la cataracte hier. Je vois un peu flou et l'œil est un peu rouge. Pas de douleur. Je mets bien les gouttes. Le rendez-vous de contrôle est à J8, c'est bon ? Merci. M. Tessier
""", "post-op question, mild expected signs")

add(FU, "Résultats sérologies", """
Bonjour,

Pouvez-vous me communiquer les résultats de mes sérologies (hépatite B, C, VIH) faites le 12 au centre de dépistage ? Je n'ai pas pu venir au rendez-vous de rendu des résultats. Je préfère un rappel téléphonique si c'est nécessaire.

Merci
N° de dossier : 2025-CG-1148
""", "results request (confidential)")

add(FU, "Transmissions EHPAD vers hôpital de jour", """
Bonjour,

Pour la venue de M. Rolland (né le 23/07/1940) demain en hôpital de jour de gériatrie :
- Poids 61 kg (stable).
- Alimentation correcte, hydratation à stimuler.
- Pas de chute depuis le dernier passage.
- Troubles cognitifs connus, stables, calme.
- Dernier bilan sanguin joint (Hb 11,8, créat 104).

Il viendra avec son dossier de liaison et son traitement du midi.

Cordialement,
IDE EHPAD Les Tilleuls
""", "stable nursing handover for day hospital")

add(FU, "Résultat de l'échographie", """
Bonjour docteur, le radiologue m'a dit que j'avais des calculs dans la vésicule. J'ai eu une crise il y a 2 mois, plus rien depuis. Est-ce qu'il faut opérer ? Je voudrais en discuter. Rien ne presse. Merci. Mme Lebrun
""", "result discussion; past biliary colic")

add(FU, "retour des vacances - bilan tension", """
Bonjour,
de retour de vacances, je vous envoie comme convenu mes chiffres de tension du mois (tableau ci-joint). J'ai oublié mon médicament 2 jours en Italie, sinon pris tous les jours. Rien de spécial.
Bien cordialement
Alain Rey
""", "monitoring log after holiday")

add(FU, "Suivi de la cicatrice - reprise du travail", """
Bonjour,

Opéré de l'appendicite il y a 15 jours. Tout va bien : plus de douleur au ventre depuis une semaine, cicatrice propre, fils résorbables. Je voudrais reprendre le travail lundi (je suis magasinier, je porte des cartons). Est-ce que c'est trop tôt ? Mon arrêt s'arrête vendredi.

Merci
Kevin Marchal
""", "post-op recovery, return to work; resolved abdominal pain")

add(FU, "Rapport de sortie - psychiatrie", """
Cher Confrère,

M. Laine Olivier, 45 ans, a été hospitalisé dans notre service du 2 au 23 mai pour un épisode dépressif caractérisé avec idées suicidaires scénarisées à l'admission. Sous venlafaxine 150 mg et accompagnement psychothérapeutique, amélioration thymique nette. À la sortie, critique des idées suicidaires, projets d'avenir, pas d'idéation actuelle.

Suivi au CMP organisé (rdv le 28/05). Je vous remercie de poursuivre le suivi somatique.

Bien confraternellement,
Dr Claire Bouvet, psychiatre
""", "psychiatric discharge letter; past ideation, currently negated")

add(FU, "HbA1c", """
Bonjour, HbA1c à 6,9 ce trimestre (contre 7,8). Contente ! Je vous l'envoie pour le dossier avant le rendez-vous. Bonne journée. Josiane
""", "good lab result sent")

add(FU, "questions après sortie de la maternité", """
Coucou la maternité ! On est rentrés à la maison, tout va bien. Question : le cordon est tombé à J8 et il reste un petit peu de suintement au nombril, on continue la chlorhexidine ? Pas de rougeur autour, pas de fièvre, il tète super bien. Merci !!! Chloé
""", "newborn cord care question; negated redness/fever")

add(FU, "Réponse à votre demande d'avis", """
Chère Consœur,

Suite à votre demande d'avis concernant M. Simonet, 62 ans, pour l'épisode de rectorragies de février : la coloscopie retrouve des hémorroïdes internes stade 2 et un polype de 6 mm réséqué (adénome tubuleux de bas grade). Pas d'autre lésion.

Pas de récidive des saignements depuis. Prochaine coloscopie dans 5 ans. Traitement local des hémorroïdes si besoin.

Bien confraternellement,
Dr François Duval, gastro-entérologue
""", "specialist reply about past bleeding episode")

add(FU, "Vérif pacemaker", """
Bonjour, le télésuivi du pacemaker de mon mari a envoyé une alerte hier soir sur l'appli, mais il va bien (pas de malaise, pas d'essoufflement). Pouvez-vous vérifier de votre côté ce que c'était ? Merci. Mme Gros
""", "device monitoring query; patient well")

add(FU, "bilan à 6 mois du sevrage", """
Bonjour,

Six mois sans alcool ! Je voulais vous le dire. Le bilan sanguin (gamma GT 38, VGM 91) est normal pour la première fois depuis des années. Je continue les groupes de parole. Prochain rdv avec l'addictologue en septembre.

Merci à l'équipe,
Philippe
""", "addiction follow-up good news")

add(FU, "Suivi infirmier - dialyse péritonéale", """
Bonjour,

Passage ce jour chez Mme Hoareau pour la DP : émergence du cathéter propre, pas de rougeur, pas d'écoulement. Liquide de drainage clair. Poids 63,2 kg, TA 132/78. Pas de douleur abdominale. La patiente gère bien les échanges.

Prochain passage dans 1 semaine.

Carole, IDE DP
""", "home dialysis nursing note; negated peritonitis signs")

add(FU, "question suivi grossesse", """
Bonjour, à l'écho du 1er trimestre ils m'ont dit que le placenta était bas et qu'il fallait contrôler. C'est à la prochaine écho ou il faut une écho spéciale ? Je n'ai jamais saigné. Merci. Mélissa
""", "pregnancy follow-up question; negated bleeding")

add(FU, "Lettre de liaison - sortie de réanimation", """
Cher collègue,

M. Bonnet Éric, 58 ans, est transféré ce jour de réanimation vers votre service de pneumologie. Hospitalisé du 1er au 9 pour un choc septique à point de départ pulmonaire, intubé 5 jours. Extubé le 6, sevré de la noradrénaline le 5. Actuellement stable : SpO2 95 % sous 2 L/min, apyrétique, hémodynamique stable, conscient et orienté.

Poursuite de l'antibiothérapie jusqu'au 15. Kinésithérapie respiratoire.

Bien cordialement,
Dr Julie Lamy, réanimation
""", "ICU transfer letter; past septic shock, now stable")

add(FU, "réponse aux questions", """
Bonjour, pour répondre à vos questions du questionnaire de suivi à 1 an de l'opération : je n'ai pas eu de nouvelles douleurs, je ne prends plus d'antidouleurs, je marche 5 km par jour. Pas de problème de cicatrice. Cordialement. J. Morin
""", "follow-up questionnaire reply")

add(FU, "Message vocal - résumé", """
Bonjour, suite à votre message vocal de ce matin : oui mon mari a bien fait le scanner de contrôle hier, et il se porte bien. Vous pouvez appeler pour les résultats au 06 44 18 90 23 l'après-midi. Merci. Mme Lemaire
""", "short followup coordination")

add(FU, "Cr de consultation allergo", """
Bonjour,

Suite à la consultation d'allergologie du 3/10 pour l'enfant Paul Mercier (6 ans) : les prick-tests confirment une allergie à l'arachide (papule 9 mm). Le test de provocation à la noisette est négatif, la noisette peut être réintroduite. Le PAI est mis à jour. Les parents ont été formés à l'utilisation du stylo d'adrénaline en cas de réaction grave.

Prochaine consultation dans 1 an.

Dr Sarah Benoit, allergologue
""", "allergy clinic letter; hypothetical reaction trap")

add(FU, "le moignon", """
bonjour, c'est pour mon père amputé sous le genou en juillet. Le moignon cicatrise bien, l'infirmière dit que c'est sec. Quand est ce qu'on peut commencer l'appareillage ? Merci, David
""", "amputation stump healing question")

add(FU, "Résultat test d'effort", """
Bonjour, le test d'effort s'est bien passé hier, pas de douleur pendant l'effort, le cardiologue a dit que c'était rassurant mais qu'il enverrait un courrier. Est-ce que je peux avoir une copie aussi ? Merci. Serge Morel
""", "result copy request; negated pain during test")

add(FU, "Surveillance post-embolisation", """
Bonjour Docteur,

Comme demandé, je vous fais un point une semaine après l'embolisation de mon fibrome : j'ai eu des douleurs les 3 premiers jours (bien calmées par les antalgiques), un peu de fièvre à 38 le deuxième jour, plus rien depuis. Les pertes sont un peu marron, rien d'abondant. Je reprends doucement le travail lundi.

Bonne journée,
Sandra Lopez
""", "post-procedure check-in, resolved symptoms")

# ---------------------------------------------------------------- other
add(OT, "Lettre d'information - Mars", """
La lettre du CHU - Mars

• Le nouveau bâtiment mère-enfant ouvre ses portes le 15 avril.
• Semaine de prévention de l'AVC : apprenez à reconnaître les signes. Visage qui s'affaisse, bras qui ne répond plus, troubles de la parole : appelez immédiatement le 15.
• Conférence grand public « Bien vieillir » le 22 mars, amphithéâtre B, entrée libre.
• Don du sang : collecte dans le hall le 28.

Pour vous désinscrire, cliquez ici.
""", "newsletter with stroke sign education = trap")

add(OT, "Formation AFGSU niveau 2 - inscriptions", """
Bonjour à tous,

Les sessions de formation AFGSU niveau 2 (gestes et soins d'urgence) du second semestre sont ouvertes : 12-14 septembre, 10-12 octobre, 7-9 novembre.

Au programme : reconnaissance de l'arrêt cardiaque et RCP avec DAE, obstruction des voies aériennes, hémorragies, malaise, traumatismes, risques collectifs.

Inscriptions via le portail formation avant le 30 juin. Priorité aux agents dont l'attestation expire cette année.

Service formation continue
""", "training notice listing emergencies = trap")

add(OT, "Offre d'emploi - IDE urgences", """
Le Centre Hospitalier recrute un(e) infirmier(e) diplômé(e) d'État pour son service d'accueil des urgences (SAU, 45 000 passages/an) et son SMUR.

Missions : accueil et orientation (IOA), prise en charge des urgences vitales (détresse respiratoire, douleur thoracique, AVC, polytraumatisé), déchocage, sorties SMUR.
Profil : expérience en urgences ou réanimation appréciée, AFGSU à jour.
Poste en 12h, CDI, prime urgences.

Candidature : rh.recrutement@ch-exemple.fr
""", "job ad listing red-flag terms = trap")

add(OT, "Défibrillateurs - offre spéciale établissements de santé", """
Madame, Monsieur,

Chaque année en France, 40 000 personnes font un arrêt cardiaque. Équipez vos services avec nos défibrillateurs entièrement automatiques CardioSafe Pro : mise en service en 3 secondes, guidage vocal, électrodes pédiatriques incluses.

-20 % sur toute commande avant le 31 mars, maintenance offerte la première année.

Demandez votre devis en un clic.

L'équipe commerciale MedEquip
""", "vendor defibrillator pitch = trap")

add(OT, "Maintenance messagerie ce week-end", """
Bonjour,

Une opération de maintenance sur les serveurs de messagerie aura lieu samedi de 22h à dimanche 6h. Pendant cette période, l'accès au webmail et aux boîtes partagées sera interrompu.

Rappel : pour toute urgence vitale, les procédures téléphoniques habituelles (bips, numéros d'astreinte) restent en vigueur.

La DSI
""", "IT notice")

add(OT, "Étude clinique - recrutement de volontaires", """
Bonjour,

Le Centre d'Investigation Clinique recherche des participants pour une étude sur la prévention des récidives chez les personnes ayant fait un AVC ou un AIT au cours des 12 derniers mois.

Critères : 50 à 80 ans, AVC ischémique ou AIT il y a 1 à 12 mois, pas d'épilepsie connue.
Durée : 18 mois, 6 visites, indemnisation prévue.

Si vous êtes intéressé(e), contactez l'attachée de recherche au 04 78 22 91 10.
""", "research recruitment mentioning stroke = trap")

add(OT, "Demande de dossier médical", """
Bonjour,

Je souhaite obtenir une copie de l'intégralité du dossier médical de mon père, M. Roland Petit, né le 14/03/1942, décédé le 2 février dans votre établissement (service de cardiologie). Je suis son fils et ayant droit. Je souhaite comprendre les circonstances de son décès (il avait été admis pour une douleur thoracique).

Je joins mon livret de famille, ma pièce d'identité et l'acte de décès.

Cordialement,
Stéphane Petit
""", "records request for deceased father; past chest pain = trap")

add(OT, "Réclamation - attente aux urgences", """
Madame, Monsieur,

Je souhaite faire part de mon mécontentement concernant la prise en charge de ma mère (87 ans) aux urgences dans la nuit du 4 au 5 janvier. Elle est restée 14 heures sur un brancard dans le couloir, sans pouvoir aller aux toilettes, sans boire. On nous avait pourtant dit qu'elle avait fait un malaise avec perte de connaissance et qu'elle devait être surveillée.

Elle est aujourd'hui rentrée à la maison et va bien, mais cette expérience a été traumatisante.

Je demande des explications.

Francine Aubert
""", "complaint about past ED wait; past collapse recounted = trap")

add(OT, "MERCI", """
Bonjour,

Je voulais remercier du fond du cœur l'équipe du SAMU et de la réanimation qui a sauvé mon mari le 12 octobre. Il avait fait un arrêt cardiaque dans le jardin, j'ai fait le massage comme le monsieur du 15 m'a dit au téléphone, puis les secours sont arrivés. Aujourd'hui il est rentré, il marche, il rit.

Merci à vous tous. Vous faites un métier magnifique.

Josette et Michel Fournier
""", "thanks letter recounting past cardiac arrest = trap")

add(OT, "vous avez gagné !!!", """
Félicitations ! Votre adresse a été sélectionnée pour recevoir un iPhone 16 gratuit. Cliquez ici pour confirmer vos coordonnées bancaires (frais de livraison 1,99 €). Offre valable 24h.
""", "spam")

add(OT, "Congrès - appel à communications", """
Chers collègues,

Le 15e Congrès régional de médecine d'urgence se tiendra à Bordeaux les 3 et 4 octobre. Thèmes : prise en charge préhospitalière de l'AVC, sepsis aux urgences, intoxications médicamenteuses volontaires, saturation des urgences.

Date limite de soumission des résumés : 15 mai.

Le comité scientifique
""", "conference CFP with red-flag topics = trap")

add(OT, "Planning de garde - juin", """
Bonjour,

Vous trouverez ci-joint le planning des gardes et astreintes de juin pour le pôle médecine. Merci de signaler les échanges avant le 25 mai. Les demandes de congés d'été doivent être validées par les chefs de service avant le 1er juin.

Le secrétariat du pôle
""", "staff admin")

add(OT, "Campagne de vaccination antigrippale du personnel", """
La campagne de vaccination contre la grippe pour le personnel débute lundi. Le service de santé au travail passera dans les unités les mardis et jeudis. Vaccination gratuite, sans rendez-vous, au bureau de la médecine du travail (rez-de-chaussée, bât. C).

Protégeons nos patients, protégeons-nous.
""", "staff campaign")

add(OT, "plainte", """
Bonjour, je suis très mécontent de l'accueil au secrétariat de radiologie, la dame a été désagréable au téléphone et m'a raccroché au nez. Je ne reviendrai pas. M. Girault
""", "short complaint")

add(OT, "Fiche d'information - les signes de l'infarctus", """
Mémo patient — Cardiologie

Reconnaître un infarctus :
- douleur dans la poitrine, en étau, qui peut irradier dans le bras gauche, la mâchoire ou le dos ;
- essoufflement, sueurs, nausées, malaise ;
- chez la femme, les signes peuvent être moins typiques (fatigue intense, douleur dans le haut du ventre).

Que faire ? Appelez le 15 immédiatement. Ne prenez pas la voiture. Si vous avez un spray de trinitrine, utilisez-le comme indiqué.

Document remis lors de votre consultation.
""", "education handout listing MI signs = trap")

add(OT, "Demande de stage", """
Bonjour,

Je suis étudiante en 2e année d'IFSI et je recherche un stage de 10 semaines en service de pédiatrie ou néonatologie pour la période de mars à mai. Vous trouverez mon CV et ma lettre de motivation ci-joints.

En vous remerciant par avance,
Léa Martin
""", "internship request")

add(OT, "Vos données de santé - information RGPD", """
Madame, Monsieur,

Conformément au Règlement général sur la protection des données, nous vous informons que vos données de santé peuvent être utilisées à des fins de recherche au sein de l'entrepôt de données de santé du CHU, sauf opposition de votre part.

Pour exercer votre droit d'opposition : dpo@chu-exemple.fr.

Le délégué à la protection des données
""", "RGPD notice")

add(OT, "Webinaire : pile bouton, un danger pour les enfants", """
Bonjour,

Le réseau de pédiatrie vous invite à son webinaire du jeudi 14 à 20h : « Ingestion de piles bouton chez l'enfant : reconnaître, orienter, prévenir ». Intervenants : centre antipoison et service d'ORL pédiatrique.

Messages clés pour les familles : une pile bouton avalée est une urgence absolue, appeler le 15 sans attendre, ne pas faire vomir.

Inscription gratuite via le lien.
""", "webinar on button battery = trap")

add(OT, "Réclamation - perte de lunettes", """
Bonjour,
lors de l'hospitalisation de ma mère en gériatrie le mois dernier, ses lunettes ont été perdues. Elles coûtaient 450 €. Qui dois-je contacter pour le remboursement ou l'indemnisation ? Merci
Annie Poulain
""", "complaint lost belongings")

add(OT, "Changement de mot de passe obligatoire", """
Votre mot de passe expire dans 3 jours. Pour le modifier, connectez-vous à l'intranet > Mon compte > Sécurité. Ne communiquez jamais votre mot de passe par mail. La DSI ne vous le demandera jamais.
""", "IT notice")

add(OT, "URGENT : mise à jour de votre compte", """
URGENT !!! Votre boîte mail professionnelle sera suspendue dans 24h. Cliquez ici pour vérifier votre identité et éviter la suspension : http://verif-messagerie-hopital.xyz
Service informatique
""", "phishing with misleading URGENT subject")

add(OT, "Ateliers d'éducation thérapeutique - asthme", """
Bonjour,

L'école de l'asthme propose des ateliers pour les enfants asthmatiques et leurs parents : comprendre la maladie, utiliser la chambre d'inhalation, savoir reconnaître une crise grave (l'enfant ne peut plus parler, les lèvres bleuissent, la Ventoline ne soulage pas) et quand appeler le 15.

Prochaines sessions : les mercredis 10 et 24 avril, 14h-16h30. Gratuit, sur inscription.

L'équipe d'ETP pédiatrique
""", "therapeutic education listing severe asthma signs = trap")

add(OT, "Demande de certificat de décès / documents", """
Bonjour, nous avons besoin d'une copie du certificat de décès de notre grand-mère, décédée dans votre service de soins palliatifs le 3, pour les démarches auprès de la banque et de la notaire. À qui faut-il s'adresser ? Merci. Famille Lemaire
""", "admin request after death")

add(OT, "Conférence grand public - prévention du suicide", """
Le CMP et l'association Écoute Solidarité organisent une soirée d'information sur la prévention du suicide chez les jeunes, le mardi 10 septembre à 19h, salle des fêtes.

Comment repérer la souffrance d'un adolescent ? Que dire, que faire ? Si une personne de votre entourage parle de mettre fin à ses jours, appelez le 3114 (numéro national de prévention du suicide, 24h/24).

Entrée libre.
""", "public talk on suicide prevention = trap")

add(OT, "Nouveau logiciel de prescription - formation", """
Bonjour à tous,

Le déploiement du nouveau logiciel de prescription aura lieu dans votre unité le 14 novembre. Des sessions de formation d'1h sont prévues les 7, 8 et 10 novembre en salle 12. Inscription obligatoire pour les médecins et IDE.

Merci,
Cellule de déploiement DPI
""", "IT training — 'prescription' word trap for other")

add(OT, "Don de matériel", """
Bonjour, suite au décès de mon mari, j'ai chez moi un fauteuil roulant, un déambulateur et un lit médicalisé (il était propriétaire). Est-ce que l'hôpital ou une association les récupère ? Merci. Mme Brunet
""", "equipment donation")

add(OT, "Newsletter nutrition", """
Les conseils du mois de votre diététicienne :
🥗 5 fruits et légumes par jour, même en hiver : pensez aux soupes !
🚶 30 minutes de marche par jour
💧 Buvez 1,5 L d'eau
Recette : velouté de potiron au cumin.
Se désabonner
""", "health education newsletter")

add(OT, "appel aux dons", """
Chers amis,

La Fondation de l'hôpital lance un appel aux dons pour équiper le service de pédiatrie d'une salle de jeux et d'un espace pour les parents. Chaque don est déductible à 66 % de vos impôts.

Merci pour votre générosité.
""", "fundraising")

add(OT, "Annonce - poste de secrétaire médicale", """
Le service de neurologie recrute une secrétaire médicale à temps plein (CDD 6 mois renouvelable). Missions : frappe des comptes rendus, gestion des rendez-vous de la consultation épilepsie et de l'unité neurovasculaire, accueil téléphonique. Maîtrise de la terminologie médicale indispensable.

Envoyer CV + lettre au secrétariat de la DRH.
""", "job ad with clinical terms = trap")

add(OT, "Témoignage pour le journal interne", """
Bonjour,

Le service communication prépare un numéro spécial sur le SAMU et recherche des agents pour témoigner (régulateurs, ARM, infirmiers SMUR). Exemples d'interventions marquantes bienvenus : accouchement à domicile, intoxication au monoxyde, arrêt cardiaque en pleine rue, etc. (anonymisés bien sûr).

Contact : communication@ch-exemple.fr
""", "internal comms call listing past emergencies = trap")

add(OT, "Réunion CLIN", """
La prochaine réunion du CLIN aura lieu le 18 à 14h en salle du conseil. Ordre du jour : bilan des infections du site opératoire 2024, audit hygiène des mains, épidémie de gastro-entérite en gériatrie (retour d'expérience). Merci de confirmer votre présence.
""", "committee meeting notice")

add(OT, "Questionnaire de satisfaction", """
Madame, Monsieur,

Vous avez été hospitalisé(e) récemment dans notre établissement. Votre avis compte ! Merci de prendre 5 minutes pour répondre au questionnaire e-Satis en cliquant sur le lien ci-dessous.

Vos réponses sont anonymes.
""", "satisfaction survey")

add(OT, "Fournisseur - nouveaux pansements", """
Bonjour,

Suite à notre rencontre au salon Santexpo, je vous propose une démonstration de notre nouvelle gamme de pansements hémostatiques pour les plaies hémorragiques et les points de ponction, ainsi que nos pansements argentiques pour plaies infectées.

Je reste à votre disposition pour un rendez-vous avec les IDE référentes plaies et cicatrisation.

Bien cordialement,
Jérôme Lavaud, délégué commercial
""", "vendor mail mentioning haemorrhage = trap")

add(OT, "Stationnement", """
À compter du 1er mars, le parking P2 sera réservé aux patients et visiteurs. Le personnel devra utiliser le parking P5 avec son badge. Une navette circulera toutes les 15 minutes.
Direction des services logistiques
""", "staff admin logistics")

add(OT, "Demande d'accès au dossier de ma fille", """
Bonjour,

Ma fille, 15 ans, a été hospitalisée aux urgences pédiatriques en mars après avoir avalé des médicaments (intoxication volontaire). Elle est suivie depuis et va beaucoup mieux.

Je souhaiterais obtenir le compte rendu d'hospitalisation pour notre dossier d'assurance scolaire. Quelle est la procédure pour un parent ?

Bien cordialement,
Mme Caroline Vidal
""", "records request; past intentional ingestion recounted = trap")

add(OT, "Désinscription", """
Merci de me retirer de votre liste de diffusion. Je ne souhaite plus recevoir vos newsletters. Cordialement.
""", "unsubscribe request")

add(OT, "Pétition contre la fermeture de la maternité", """
Bonjour à tous,

La maternité de notre hôpital de proximité risque de fermer. Les femmes devront faire 50 km pour accoucher. En cas d'hémorragie de la délivrance ou d'accouchement rapide, chaque minute compte !

Signez la pétition et venez manifester samedi devant la mairie.

Le collectif Sauvons notre maternité
""", "activist mail with hypothetical haemorrhage = trap")

add(OT, "Objets trouvés", """
Bonjour, j'ai oublié mon écharpe grise et un livre dans la salle d'attente de la consultation d'ophtalmo mardi. Est-ce qu'on les a retrouvés ? Merci. M. Joubert
""", "lost property")

add(OT, "Séminaire - simulation en santé", """
Bonjour,

Le centre de simulation organise une journée « Urgences vitales en salle de naissance » le 5 juin : hémorragie du post-partum, éclampsie, réanimation néonatale. Sur mannequins haute-fidélité. 12 places, inscription par équipe (sage-femme, gynéco, anesthésiste, pédiatre).

Centre de simulation
""", "simulation training with obstetric emergencies = trap")

add(OT, "Demande de renseignements - bénévolat", """
Bonjour, je suis retraitée et j'aimerais faire du bénévolat auprès des patients âgés ou en soins palliatifs (lecture, visites). Comment faire ? Merci. Monique Chevalier
""", "volunteering enquiry")

add(OT, "Merci pour mon papa", """
Bonjour,

Je voulais dire merci à l'équipe de soins palliatifs pour l'accompagnement de mon papa dans ses derniers jours. Vous avez été d'une douceur incroyable avec lui et avec nous.

Avec toute notre reconnaissance,
Élise et ses frères
""", "thanks after death")

add(OT, "Information - tabac info service", """
Vous souhaitez arrêter de fumer ? Le service de tabacologie propose des consultations gratuites, en individuel ou en groupe, le mardi et le jeudi. Les substituts nicotiniques sont remboursés. Parlez-en à votre médecin.
""", "health campaign")

add(OT, "Réclamation médicale", """
Madame, Monsieur,

Je souhaite déposer une réclamation auprès de la commission des usagers. En juillet 2023, mon mari a consulté deux fois aux urgences pour des maux de tête violents et on l'a renvoyé avec du paracétamol. Une semaine plus tard, il a fait une hémorragie cérébrale. Il garde aujourd'hui une hémiplégie.

Nous voulons comprendre pourquoi le scanner n'a pas été fait plus tôt. Je joins les comptes rendus.

Sylvie Ménard
""", "formal complaint about past brain bleed = trap")

add(OT, "Infos pratiques visiteurs", """
Bonjour, quels sont les horaires de visite en cardiologie ? Et est-ce que les enfants de moins de 15 ans peuvent venir voir leur grand-père ? Merci.
""", "visitor info question")

add(OT, "Formation - gestes qui sauvent pour les parents", """
La PMI organise une séance « Gestes qui sauvent pour les parents de jeunes enfants » : que faire si votre enfant s'étouffe, fait une convulsion avec la fièvre, avale un produit ménager ou une pile bouton ? Quand appeler le 15 ?

Samedi 12 octobre, 10h-12h, centre social. Gratuit, places limitées.
""", "parent first-aid training = trap")

add(OT, "Appel à candidatures - projet de recherche infirmière", """
L'appel à projets de recherche paramédicale (PHRIP) est ouvert. Les IDE, kinés et sages-femmes porteurs d'un projet sont invités à contacter la DRCI avant le 31 janvier pour un accompagnement méthodologique.
""", "research admin")

add(OT, "Partenariat - mutuelle d'entreprise", """
Bonjour,

Le Comité social et économique vous informe que la nouvelle mutuelle d'entreprise entre en vigueur au 1er janvier. Les cartes de tiers payant seront envoyées à votre domicile courant décembre. Une réunion d'information aura lieu le 8 décembre en salle polyvalente.

Le CSE
""", "staff HR about company mutuelle (not patient billing)")

add(OT, "Enquête - sommeil des soignants", """
Chers collègues,

Dans le cadre de mon mémoire de DU, je réalise une enquête anonyme sur la qualité du sommeil des soignants travaillant de nuit. Le questionnaire prend 10 minutes. Merci pour votre participation !

Lien : forms.exemple.fr/sommeil
Marion, IDE de nuit
""", "staff survey")

add(OT, "TR: TR: Réorganisation des consultations - pour info", """
Pour info, à lire avant la réunion de jeudi. Bonne journée, Nadia (cadre de santé)

---------- Message transféré ----------
De : Direction des soins
Objet : TR: Réorganisation des consultations

Mesdames, Messieurs,

Comme annoncé lors du dernier comité de pôle, la réorganisation des consultations externes entrera en vigueur le 1er septembre. Voici les principaux changements :

1. Accueil unique : les secrétariats de cardiologie, pneumologie et neurologie seront regroupés au rez-de-chaussée du bâtiment A. Les numéros de téléphone actuels seront renvoyés vers le nouveau numéro unique pendant six mois.

2. Horaires : ouverture des consultations de 8h à 18h30 du lundi au vendredi, avec une plage jusqu'à 20h le mardi pour les patients actifs.

3. Circuit des urgences ressenties : les patients se présentant sans rendez-vous en consultation avec des signes d'alerte (douleur thoracique, signes neurologiques, difficulté respiratoire) seront orientés vers le SAU selon la procédure affichée à l'accueil. Une formation de 30 minutes sera proposée aux secrétaires et agents d'accueil.

4. Locaux : le déménagement des boxes aura lieu la semaine du 18 août. Merci de vider vos armoires avant le 14.

5. Plannings : les plannings des IDE de consultation seront revus en concertation avec les équipes.

Une foire aux questions est disponible sur l'intranet. Merci de faire remonter vos remarques à vos cadres avant le 30 juin.

La Direction des soins
""", 'forwarded staff reorganisation memo; red-flag terms in procedure = trap')

add(OT, "demande d'attestation d'hospitalisation", """
Bonjour, pourrais-je avoir un bulletin de situation (attestation d'hospitalisation) pour mon employeur, du 4 au 9 mai, service de chirurgie ? Merci. Romain Lefèvre, né le 17/08/1990
""", "admin certificate request")

add(OT, "Partage d'expérience - aidants", """
Bonjour,

Je suis aidante de mon mari atteint de Parkinson depuis 8 ans. Je me demandais si l'hôpital organisait des groupes de parole pour les aidants, ou connaissait une association. Parfois je me sens très seule et épuisée, même si je tiens le coup.

Merci,
Danielle
""", "caregiver support enquiry, no crisis")

add(OT, "Rappel vigilance canicule", """
Note de service - Plan canicule

Le niveau orange est déclenché. Merci de veiller à l'hydratation des patients âgés, de fermer les volets en journée et de surveiller les signes de coup de chaleur (fièvre, confusion, malaise). En cas de malaise grave, appeler le médecin de garde.

Direction des soins
""", "heatwave memo listing warning signs = trap")

add(OT, "Publicité - complément alimentaire", """
Boostez votre mémoire et votre énergie avec NeuroVital+ ! Formule naturelle aux plantes. Testé cliniquement. -50 % sur la 2e boîte. Livraison offerte.
""", "spam ad")

add(OT, "Proposition de partenariat", """
Bonjour,

Nous sommes une start-up qui développe une application de télésurveillance pour les patients insuffisants cardiaques (poids, tension, essoufflement). Nous serions ravis de présenter notre solution à votre équipe de cardiologie.

Bien cordialement,
Hugo Martin, CEO CardioLink
""", "vendor pitch")

add(OT, "Demande de photos du bébé", """
Bonjour, lors de mon accouchement la sage-femme a pris des photos de notre bébé avec mon téléphone mais il a été volé depuis. Est-ce que le service garde des photos ? Je sais que c'est peu probable. Merci. Jessica
""", "odd request, other")

add(OT, "Information - coupure d'eau", """
En raison de travaux sur le réseau, une coupure d'eau chaude est prévue mardi de 9h à 12h dans les bâtiments C et D. Merci de prévoir les toilettes des patients en conséquence.
Services techniques
""", "facility notice")

add(OT, "Plainte - facturation et accueil", """
Bonjour,

Je tiens à signaler le comportement inacceptable d'un agent à l'accueil des urgences le 12 mars. Ma fille avait fait une crise d'épilepsie chez elle (elle est connue, elle était réveillée et allait mieux) et nous venions juste pour un contrôle comme conseillé par le neurologue. L'agent nous a parlé comme si nous faisions perdre son temps à tout le monde.

Je ne demande rien d'autre que des excuses.

Mme Hélène Rousseau
""", "complaint about staff behaviour; past seizure recounted = trap")

add(OT, "Journée portes ouvertes IFSI", """
L'Institut de formation en soins infirmiers vous ouvre ses portes le samedi 1er février de 9h à 16h. Rencontrez les formateurs et les étudiants, découvrez les salles de simulation.
""", "school open day")

add(OT, "Demande de documentation", """
Bonjour, je suis enseignante en SVT et je prépare un cours sur le don d'organes. Auriez-vous des brochures ou une personne de la coordination des prélèvements qui pourrait intervenir au lycée ? Merci. Mme Cazenave
""", "education outreach request")

add(OT, "Droit à l'oubli - dossier", """
Bonjour, je souhaite que mes données soient supprimées de votre fichier de rappel SMS, je ne suis plus suivie chez vous. Cordialement, Mme Rey
""", "data/admin request")

add(OT, "Astreinte biomédicale", """
Bonjour,

Le numéro d'astreinte biomédicale change à partir du 1er : 5544 (interne). À utiliser pour toute panne de respirateur, pousse-seringue ou moniteur en dehors des heures ouvrables.

Service biomédical
""", "staff admin notice with clinical devices")

add(OT, "Fwd: Intox au CO - prévention", """
Pour info, à afficher dans la salle d'attente.

---------- Message transféré ----------
Campagne ARS - Intoxication au monoxyde de carbone
Maux de tête, nausées, vertiges dans la maison ? Toute la famille en même temps ? Ouvrez les fenêtres, sortez et appelez le 15 ou les pompiers (18). Faites vérifier vos chaudières chaque année.
""", "forwarded CO prevention poster = trap")

add(OT, "Candidature spontanée - médecin", """
Madame, Monsieur,

Docteur en médecine, diplômé de médecine d'urgence (DESMU), actuellement en fin d'assistanat, je me permets de vous adresser ma candidature pour un poste de praticien hospitalier contractuel dans votre service des urgences / SMUR.

Vous trouverez ci-joint mon CV.

Dr Antoine Lefort
""", "job application")

add(OT, "Formation obligatoire - identitovigilance", """
Rappel : la formation e-learning identitovigilance est obligatoire pour tous les agents en contact avec les patients. Date limite : 31 décembre. Durée : 45 minutes.
""", "mandatory training notice")

add(OT, "Réclamation - courrier d'un patient", """
Bonjour,

Je vous écris pour signaler que j'ai reçu dans ma boîte aux lettres un compte rendu médical qui ne me concerne pas (au nom d'un autre patient, M. G.). Je trouve cela très grave pour la confidentialité. Je vous le renvoie par la poste.

Cordialement,
Bernard Alix
""", "confidentiality complaint")

add(OT, "Invitation - pot de départ", """
Coucou à tous ! Après 32 ans au bloc, Martine part à la retraite 🎉 Pot de départ vendredi 16h en salle de pause du 3e. Participation pour le cadeau auprès de Nathalie. Venez nombreux !
""", "staff social")

add(OT, "Information patients - grève", """
En raison d'un mouvement social le jeudi 5, certaines consultations pourront être perturbées. Les urgences et les soins critiques restent assurés. En cas d'urgence vitale, composez le 15.
""", "strike notice with emergency instruction = trap")

add(OT, "qui contacter ?", """
bonjour je cherche a joindre l'assistante sociale de l'hopital pour ma tante qui sort bientot, j'ai pas le numero. merci
""", "contact request")

add(OT, "Cours DU soins palliatifs", """
Bonjour,

Les inscriptions au DU de soins palliatifs et accompagnement sont ouvertes. Modules : douleur, dyspnée et détresse respiratoire en fin de vie, souffrance psychique et demandes de mort, sédation, accompagnement des familles. 120 heures + stage.

Faculté de médecine, service de formation continue
""", "university course listing clinical topics = trap")

add(OT, "Réponse : votre demande de stage", """
Madame,

Nous avons le regret de vous informer que nous ne pouvons donner une suite favorable à votre demande de stage en réanimation pour la période demandée, les places étant déjà attribuées.

Service des stages
""", "stage refusal reply")

# ---------------------------------------------------------------- clinical_urgent
# --- AVC / stroke
add(UR, "rdv de mon mari", """
Bonjour,
je voulais décaler le rendez-vous de mon mari chez le Dr Roussel de jeudi mais en fait je vous écris surtout parce que depuis une demi-heure sa bouche est de travers, toute tombante à gauche, et quand il boit ça coule. Il dit que ça va mais il parle bizarre. Je fais quoi ? On habite à 20 min.
Mme Lebreton
""", "stroke: facial droop buried after reschedule")

add(UR, "papa", """
papa arrive plus a parler depuis tout a l heure, il ouvre la bouche et rien sort ou des sons. il etait normal au petit dej. il a 71 ans. aidez moi svp quoi faire
""", "stroke: sudden aphasia, SMS")

add(UR, "maman bizarre", """
Bonjour, ma mère (78 ans) a le bras droit tout mou depuis 15h, elle n'arrive plus à tenir sa fourchette, le bras retombe quand elle le lève. Et elle a la bouche un peu de côté. C'est son médecin traitant que je n'arrive pas à joindre. Je suis chez elle.
Patrick, 06 55 41 20 93
""", "stroke: arm weakness + droop")

add(UR, "elle dit n'importe quoi", """
bonsoir
ma grand mère dit des mots qui veulent rien dire depuis 20 min, genre "la fenêtre du pain", elle comprend pas ce qu'on lui dit et elle a l'air perdue. ce matin elle faisait ses mots croisés. elle a 84 ans. on appelle qui ?
Julie
""", "stroke: sudden word salad / confusion")

add(UR, "Résident ch. 15 - déficit brutal", """
Dr,
M. Lenoir (ch. 15, 88 ans, sous Kardegic) présente depuis 14h30 un déficit brutal de l'hémicorps droit avec aphasie. Dernière fois vu normal à 14h (goûter). Glycémie capillaire 1,12. TA 178/95. Je n'arrive pas à vous joindre au téléphone. Dois-je appeler le 15 directement ?
Corinne, IDE EHPAD Les Lilas
""", "stroke: nursing home resident acute hemiplegia")

add(UR, "vue", """
Bonjour, je vous écris de la part de mon père car il ne sait pas faire les mails. Depuis une heure il voit double d'un coup, et sa jambe gauche le lâche quand il se lève, il a failli tomber deux fois. Il a mal à la tête aussi. Il a 66 ans et de la tension. On doit attendre le rdv d'ophtalmo de lundi ou pas ?
Sébastien
""", "stroke: sudden diplopia + leg weakness, misleading subject")

add(UR, "Mme Chauvet ne me reconnait plus", """
Bonjour,

Je suis l'aide à domicile de Mme Chauvet (82 ans). Elle était tout à fait normale ce matin à 9h. Je reviens à 13h et elle ne me reconnaît plus, elle ne sait plus où elle est, elle n'arrive pas à se lever, et elle a le côté gauche du visage qui tombe.

Je n'ai pas le numéro de sa fille. Que dois-je faire ?

Fatima, aide à domicile
""", "stroke: sudden confusion + droop, carer")

add(UR, "Facture + question", """
Bonjour, j'ai une question sur la facture du mois dernier (ligne chambre particulière, 2 nuits au lieu d'une). Mais là je vous écris vite parce que mon mari est bizarre depuis ce matin : la moitié de son visage tombe et il bafouille, il n'arrive pas à lever le bras gauche. Il dit que c'est la fatigue et refuse qu'on appelle. Il a déjà des problèmes de cœur. Qu'est-ce que je fais ???
Martine
""", "stroke signs buried after billing question")

add(UR, "Mon père", """
Bonjour,
mon père a la bouche qui pend d'un côté et il sait plus tenir sa tasse, tout est tombé sur la table. Ça a commencé il y a 10 minutes. Il a septante-neuf ans. Je suis à Liège chez lui. Je fais le 112 ?
Marc
""", "stroke: Belgian wording")

# --- respiration
add(UR, "aide", """
j'arrive plus à respirer. ça fait une heure que c'est de pire en pire, je peux pas m'allonger. je suis seule à la maison. je sais pas si je dois appeler
""", "breathing: first person acute dyspnoea")

add(UR, "mon fils", """
Mon fils de 2 ans est tout bleu autour des lèvres, il respire très vite et fait un bruit en inspirant, il a de la fièvre depuis hier. Il ne veut plus boire. Le pédiatre est fermé. Qu'est-ce qu'on fait ???
""", "breathing: cyanosis in toddler")

add(UR, "crise d'asthme Inès", """
Bonjour,

Ma fille Inès, 9 ans, asthmatique, siffle depuis ce midi et n'arrive pas à finir ses phrases, elle s'arrête tous les deux mots pour reprendre son souffle. Elle a eu 10 bouffées de Ventoline en une heure et ça ne fait presque rien. Ses épaules se soulèvent quand elle respire.

Doit-on aller aux urgences ou attendre le rappel du pneumopédiatre ?

Stéphanie
""", "breathing: severe asthma attack, can't finish sentences")

add(UR, "bébé respire mal", """
bonjour mon bébé de 5 semaines respire super vite et on voit ses côtes qui se creusent, son ventre se creuse à chaque respiration. il a bu qu'un demi biberon depuis ce matin. il tousse depuis 2 jours. on est inquiets
""", "breathing: infant retractions, poor feeding")

add(UR, "pas dormi", """
Bonjour Docteur,

Je suis suivi pour mon cœur (insuffisance cardiaque). Depuis deux nuits je dois dormir assis dans le fauteuil parce que je m'étouffe couché. Cette nuit même assis ça ne passe plus, j'ai l'impression de me noyer, je tousse et je crache de la mousse un peu rose. Les pieds ont gonflé.

Je voulais juste savoir si je dois augmenter le Lasilix.

M. Fernand Collet
""", "breathing: acute pulmonary oedema framed as dosage question")

add(UR, "Patient ch. 8 - désaturation", """
Interne de garde,

M. Raynal, ch. 8, BPCO, désature à 84 % sous 6 L/min, FR 34, tirage, sueurs, somnolent depuis 30 min. Gaz du sang en cours. Vous êtes appelé mais pas de réponse au bip. Merci de venir rapidement.

IDE secteur rouge
""", "breathing: ward patient acute respiratory failure")

add(UR, "mon chum", """
Bonjour, mon chum a de la misère à respirer depuis à matin, il est gris pis il parle juste par petits bouts. Il a fait une pneumonie l'an passé. Le 811 ne répond pas. On fait quoi?
""", "breathing: Quebec wording, grey, can't talk")

add(UR, "question traitement + autre chose", """
Bonjour, je voulais savoir si je peux prendre mon Spiriva en même temps que le Symbicort. Et aussi depuis ce matin je suis très essoufflée, même pour parler ou aller aux toilettes, mes lèvres sont violettes d'après ma voisine. L'oxymètre affiche 86. C'est grave ?
Gisèle, 74 ans
""", "breathing: buried after medication question")

add(UR, "étouffement", """
Ma fille de 18 mois a avalé un morceau de carotte, elle tousse plus, elle fait un bruit aigu en respirant et devient toute rouge puis pâle. On lui a tapé dans le dos. Elle respire mal encore. Urgent SVP
""", "breathing: airway foreign body in toddler")


# --- suicide / self-harm
add(UR, "", """
je veux en finir. je n'y arrive plus. merci docteur pour tout ce que vous avez essayé.
""", "suicide: explicit wish, empty subject")

add(UR, "rdv CMP", """
Bonjour,
j'avais rdv au CMP jeudi mais je ne viendrai pas. J'ai plus envie de vivre et j'ai tout préparé, les lettres pour mes enfants sont écrites. Je voulais juste prévenir pour que quelqu'un d'autre prenne la place.
Nathalie
""", "suicide: plan behind appointment cancellation")

add(UR, "ma fille", """
Bonjour, ma fille de 14 ans s'est enfermée dans la salle de bain et s'est coupée profond sur les bras avec une lame de taille-crayon, ça saigne beaucoup, il y a du sang partout. Elle dit qu'elle veut mourir. Je suis seule avec elle.
""", "self-harm with active bleeding + suicidal speech")

add(UR, "dernier message", """
Docteur Martin,

C'est mon dernier message. Je voulais vous remercier pour ces années de suivi, vous avez toujours été gentil avec moi. Ne vous en voulez pas. Ce soir je rejoins ma femme.

Henri
""", "suicide: farewell message, indirect")

add(UR, "Mon fils", """
Bonjour,

Mon fils de 19 ans parle de se pendre depuis hier. Ce matin j'ai trouvé une corde dans sa chambre. Il ne veut parler à personne et il est parti en voiture il y a une heure. Il est suivi par le Dr Aubin mais elle est en congés. Je ne sais pas quoi faire.

Marie-Hélène Joly, 06 23 77 81 40
""", "suicide: plan and means, family member")

add(UR, "ordonnance", """
Bonjour,
pouvez-vous me renouveler le Stilnox ? J'en ai mis de côté depuis un mois, avec ce qui me reste ça fera assez. Je sais comment je vais faire ce soir. Je préfère que ce soit propre.
""", "suicide: stockpiling, disguised as refill")

add(UR, "renouvellement", """
Bonjour docteur, pouvez vous renouveler mon traitement pour 1 mois seulement, de toute façon je compte plus être là à la fin du mois. Je suis fatigué de tout, j'ai trouvé une solution. Merci
Patrick
""", "suicide: indirect intent buried in renewal")

add(UR, "je suis sur le pont", """
je suis sur le pont de la Guillotière là. je voulais juste que quelqu'un sache. je suis désolée
""", "suicide: imminent, location")

add(UR, "aide moi", """
jveux plus exister. je me suis coupée les veines c'est tout rouge dans la baignoire. jsais pas pk jvous ecris
""", "self-harm ongoing, teen SMS style")

# --- overdose / poisoning
add(UR, "", """
j'ai avalé toute la boîte de Xanax et des dolipranes il y a une demi heure. je commence à avoir la tête qui tourne. je regrette je crois
""", "overdose: first person ingestion")

add(UR, "javel", """
Mon fils de 3 ans a bu de l'eau de javel à la bouteille pendant que je rangeais, je sais pas combien, il pleure, il bave et il tousse. On fait quoi ????
""", "poisoning: child bleach ingestion")

add(UR, "comprimés de mamie", """
Bonjour,
la petite (2 ans et demi) a trouvé le pilulier de sa grand-mère et a mangé des comprimés, on sait pas combien, il en manque au moins 6 (il y a du bisoprolol, de l'Eliquis et du Seresta dedans). Elle a l'air endormie et un peu molle.
Urgent merci
""", "poisoning: toddler ingestion of grandparent pills, drowsy")

add(UR, "Question sur le paracétamol", """
Bonjour,

Mon fils de 17 ans m'a avoué ce matin qu'il a pris environ 30 comprimés de Doliprane 500 hier soir après une dispute avec sa copine. Il dit qu'il va bien, il a juste un peu mal au ventre et envie de vomir. Il ne veut pas aller à l'hôpital.

Est-ce que c'est dangereux si on attend ?

Valérie
""", "overdose: paracetamol framed as question, delayed")

add(UR, "maman ne se réveille pas", """
Bonjour,
ma mère (86 ans, sous morphine pour son cancer) s'est trompée ce matin et a pris 4 fois sa dose de Skenan. Depuis elle dort et on n'arrive pas à la réveiller, elle respire très lentement. L'infirmière ne passe que ce soir.
Ghislaine
""", "opioid overdose with low consciousness")

add(UR, "mal de tête toute la famille", """
Bonjour,

Depuis ce matin on a tous mal à la tête (moi, mon mari et les deux enfants), envie de vomir, et ma fille s'est évanouie dans la cuisine. La chaudière fait un drôle de bruit depuis hier. On a pensé à une gastro mais le chat aussi est bizarre.

C'est normal ou on doit s'inquiéter ? On attend le médecin cet après-midi.

Mme Leroux
""", "CO poisoning: family headaches + collapse, not recognised by writer")

add(UR, "champignons", """
Bonjour, hier midi on a mangé des champignons cueillis en forêt (mon père pensait que c'étaient des rosés). Depuis ce matin mon père et moi on vomit sans arrêt avec la diarrhée, on ne garde même pas l'eau. Est-ce qu'on peut prendre du Smecta ?
""", "mushroom poisoning with delayed onset, framed as Rx question")

add(UR, "Urgences - intoxication volontaire", """
Chef de garde réa,

Patiente 34 ans, intoxication volontaire aux antidépresseurs tricycliques (amitriptyline, environ 2 g) il y a 2h. Glasgow 11, QRS élargi à 140 ms à l'ECG, TA 85/50. Bicarbonates débutés. Demande d'admission en réanimation.

Dr Bastien, urgences
""", "clinician: severe tricyclic overdose")

# --- chest pain
add(UR, "ça serre", """
bonjour docteur, ça me serre dans la poitrine depuis une heure, comme une barre. j'ai pris le spray deux fois ça passe pas. je transpire. ma femme est au travail. Roland
""", "chest pain: first person, nitrate fails")

add(UR, "douleur", """
Bonjour,
j'ai une douleur qui part dans le bras gauche et dans la mâchoire depuis ce matin, avec des nausées. Je pensais à une dent mais ça tire aussi dans la poitrine. J'ai 58 ans, je fume. Je devais voir le dentiste à 16h. Vous pensez que c'est la dent ?
Marc Tessier
""", "chest pain: radiating, misattributed to tooth")

add(UR, "question", """
Bonjour, mon mari (63 ans) se tient la poitrine depuis 20 minutes, il est tout pâle et en sueur, il dit que c'est rien, que c'est l'estomac, et il refuse que j'appelle. Il a déjà eu un stent. Qu'est-ce que je fais ?
""", "chest pain in spouse, denial")

add(UR, "Résidente ch. 22 - douleur thoracique", """
Bonjour Dr,

Mme Roux, ch. 22, 91 ans, se plaint depuis 30 min d'une douleur rétrosternale constrictive irradiant dans le dos. Pâle, sueurs. TA 95/60, FC 112. ECG fait (photo jointe, sus-décalage en antérieur ?). Pas de trinitrine dans son traitement.

Vous êtes joignable ? Sinon j'appelle le 15.

Aurélie, IDE de nuit, EHPAD
""", "chest pain: nursing home, possible STEMI")

add(UR, "report rdv cardio", """
Bonjour,
je ne vais pas pouvoir venir au rendez-vous de cardio demain, je ne me sens vraiment pas bien. Depuis cette nuit j'ai une oppression dans la poitrine, comme un poids, ça ne passe pas même au repos, et je suis essoufflée. Vous pouvez me redonner une date ?
Mme Brigitte Faure
""", "chest pressure buried in reschedule")

add(UR, "je me sens pas bien", """
Bonjour, j'ai une douleur bizarre dans le haut du ventre et dans le dos entre les omoplates depuis 2h, avec des sueurs froides et des nausées. Je suis diabétique. Ça ne ressemble pas à une indigestion. Je suis au bureau.
Sylvie, 61 ans
""", "chest pain atypical presentation woman diabetic")

add(UR, "douleur dos", """
Bonjour, mon père (70 ans, hypertendu) a eu d'un coup une douleur énorme dans la poitrine qui déchire vers le dos, il crie, il est tout blanc. Il dit qu'il n'a jamais eu aussi mal. Que faire ?
""", "chest pain: aortic dissection-like")

add(UR, "Re: résultats bilan", """
Merci pour les résultats. Par contre depuis hier soir j'ai comme un étau sur la poitrine quand je monte l'escalier et maintenant même assis. Ça dure 10-15 minutes et ça revient. C'est lié au cholestérol ?

> Bonjour Monsieur, votre bilan lipidique montre un LDL à 1,9 g/l.
> Nous en reparlerons à la prochaine consultation.
""", "chest pain (unstable angina) in reply to results")

# --- seizures
add(UR, "il convulse", """
il convulse depuis 3 minutes, il est par terre, mon mari, il a jamais fait ça. qu est ce que je fais ????
""", "seizure: active, short")

add(UR, "mon fils", """
Bonjour, mon fils (7 ans) tremble de partout et ne répond plus, ses yeux partent vers le haut et il bave. Ça dure depuis 5 min. Il a de la fièvre depuis hier. Aidez-moi
""", "seizure: child, eyes rolled up")

add(UR, "Buccolam ne marche pas", """
Bonjour,

Gabin fait une crise depuis 12 minutes. J'ai donné le Buccolam il y a 5 minutes comme dit le protocole, il convulse toujours, ses lèvres deviennent grises.

Florence Dumas
""", "seizure: status despite rescue med")

add(UR, "crises", """
Bonsoir, ma femme a fait une crise d'épilepsie à 20h (elle en fait parfois), mais là elle en a refait une à 20h20 et une autre à 20h35 et elle ne s'est pas réveillée entre. Elle respire fort. Son neurologue est le Dr Guérin. On fait quoi ?
""", "seizure: clusters without recovery")

add(UR, "bébé tout raide", """
Mon bébé de 9 mois a de la fièvre, et là il est devenu tout raide, il est secoué de spasmes, il ne me regarde pas. Ça vient de commencer. Au secours
""", "seizure: febrile convulsion infant, active")

add(UR, "Chambre 12 - état de mal", """
Urgent - neuro garde

Patiente ch. 12 (Mme Blanc, 45 ans) : crise tonico-clonique généralisée depuis 8 min malgré 10 mg de diazépam IV. SpO2 88 %. Demande avis neuro et réa immédiatement.

IDE neuro
""", "seizure: ward status epilepticus")

add(UR, "question après sa chute", """
Bonjour,
mon fils de 16 ans est tombé en skate, il s'est cogné la tête. Après ça il a été secoué de tremblements pendant une minute, il a mordu sa langue, et maintenant il est très endormi et il a vomi deux fois. Il ne se souvient de rien. On peut le laisser dormir ?
""", "head injury with seizure, vomiting, drowsiness")

# --- unresponsive / fainting
add(UR, "il se reveille pas", """
mon pere est tombe dans la cuisine et il se reveille pas. il respire. il a 80 ans. on a pas de voiture. on fait quoi
""", "unresponsive elderly after fall")

add(UR, "bébé tout mou", """
Bonjour mon bébé de 4 mois est tout mou depuis une heure, il ne réagit plus quand je le touche, il ne pleure plus, il est pâle. Il a eu la diarrhée toute la journée. Je suis seule
""", "infant floppy unresponsive + dehydration")

add(UR, "mon mari", """
Je le secoue il répond pas. Il respire bizarre, très fort, comme un ronflement. Il est diabétique. Il était assis devant la télé. Aidez moi
""", "unresponsive, abnormal breathing")

add(UR, "malaises", """
Bonjour,

Ma mère (79 ans, sous Xarelto) s'est évanouie deux fois ce matin, une fois dans la salle de bain et une fois en se levant du fauteuil. Elle est toute blanche, froide et elle dit qu'elle a des selles noires depuis deux jours. Elle refuse d'aller à l'hôpital.

Je peux lui donner quelque chose en attendant son rendez-vous ?

Françoise
""", "repeated syncope + melaena on anticoagulant")

add(UR, "Pour le Dr Weber - rdv de papa et autres questions", """
Bonjour,

Je voulais demander au Dr Weber si on pouvait avancer le rendez-vous de papa (M. Albert Simon) prévu le 28, parce que nous partons en vacances le 25. Par la même occasion, la pharmacie n'a toujours pas reçu l'ordonnance pour ses bas de contention, et la mutuelle nous réclame une facture détaillée de l'hospitalisation de mars.

Mais je vous écris surtout parce qu'il vient de faire un malaise à table : il s'est affaissé d'un coup sur sa chaise, il est par terre maintenant, il ne répond que par des grognements, il a le teint gris et il respire bizarrement. Ma sœur appelle le 15 en ce moment, je voulais aussi vous prévenir puisque vous le connaissez.

Sylvie Simon
""", 'collapse in progress buried after appointment/Rx/billing items')

add(UR, "Mon fils a perdu connaissance au foot", """
Bonjour,
mon fils de 15 ans a perdu connaissance en plein match sans choc, il est tombé d'un coup. Il s'est réveillé au bout d'une minute mais il dit que son cœur bat très vite et il a mal à la poitrine. L'entraîneur dit que c'est la chaleur. On est encore au stade.
Karim
""", "exertional syncope with chest pain/palpitations in teen")

add(UR, "Résidente retrouvée au sol", """
Dr,

Mme Garnier (ch. 7) retrouvée au sol à 6h par l'équipe. Réagit seulement à la douleur, Glasgow 9, pupilles asymétriques (D > G). Hématome frontal. Sous Préviscan, INR non connu. Constantes : TA 190/100, FC 56.

SAMU appelé ? Merci de rappeler immédiatement.
IDE EHPAD
""", "unresponsive resident, anticoagulated head injury")

# --- bleeding
add(UR, "sang", """
Bonjour, je crache du sang depuis ce matin, pas juste des filets, des vraies gorgées rouges, j'en ai rempli un verre. J'ai 45 ans, je fume. Je suis essoufflé. Je fais quoi ?
""", "haemoptysis massive")

add(UR, "vomi", """
bonjour jai vomi du sang noir comme du marc de café 2 fois ce soir, et je suis tout faible, la tête tourne. je prend de l'ibuprofene pour le dos depuis 2 semaines. c grave ?
""", "haematemesis coffee-ground with dizziness")

add(UR, "coupure", """
Mon mari s'est coupé avec la disqueuse à la cuisse, ça saigne énormément, ça gicle, la serviette est trempée en 1 minute. On appuie fort mais ça ne s'arrête pas. Vite
""", "severe arterial bleeding")

add(UR, "saignements après l'accouchement", """
Bonjour,

J'ai accouché il y a 5 jours (sortie de maternité hier). Depuis une heure je saigne énormément : je remplis une serviette toutes les 10 minutes, il y a des caillots gros comme le poing. J'ai la tête qui tourne quand je me lève et je suis toute pâle d'après mon conjoint.

La sage-femme passe demain. Est-ce qu'on attend ?

Laura
""", "postpartum haemorrhage, framed as wait?")

add(UR, "selles noires", """
Bonjour,
depuis deux jours mes selles sont noires comme du goudron et ça colle. Ce matin en me levant j'ai vu tout noir et j'ai dû m'asseoir par terre, le cœur tape très vite. Je suis sous Kardegic et Plavix. Dois-je arrêter le Plavix ?
Guy
""", "melaena with presyncope, framed as Rx question")

add(UR, "saignement du nez", """
Bonjour, mon père (83 ans, sous Préviscan) saigne du nez depuis 1h30. On a appuyé comme on nous avait dit, mais ça coule encore dans la gorge, il crache des caillots et il est très pâle. Il a vomi du sang (avalé je pense).
""", "uncontrolled epistaxis on anticoagulant")

add(UR, "enceinte 30 semaines", """
Bjr je suis enceinte de 30 semaines et je perds du sang rouge, beaucoup, ça coule le long des jambes, et j'ai le ventre dur et très mal. Le bébé bouge moins je crois. Je suis chez moi à Roubaix
""", "antepartum haemorrhage + pain")

# --- anaphylaxis
add(UR, "allergie cacahuète", """
Mon fils (6 ans) a mangé un gâteau avec des cacahuètes à l'anniversaire. Ses lèvres gonflent, il dit que sa gorge serre et il tousse. Il a des plaques rouges partout. On n'a pas de stylo d'adrénaline, on ne savait pas qu'il était allergique.
""", "anaphylaxis: first reaction child")

add(UR, "piqûre de guêpe", """
Bonjour, mon mari s'est fait piquer par une guêpe dans le jardin il y a 10 min. Il a des plaques partout sur le corps, le visage qui gonfle et il respire mal, il dit qu'il a des vertiges. Est-ce qu'on lui donne de l'Aerius ?
""", "anaphylaxis: wasp sting, framed as antihistamine question")

add(UR, "réaction antibiotique", """
Bonjour Docteur,
j'ai pris le premier comprimé de l'antibiotique que vous m'avez prescrit ce matin (Augmentin) il y a 30 minutes. Ma langue gonfle, ma voix est bizarre, enrouée, et j'ai du mal à avaler ma salive. Dois-je arrêter le traitement ?
Hélène
""", "anaphylaxis: drug reaction with angioedema")

add(UR, "Noé après le repas", """
Bonsoir,
Noé (4 ans, allergique au poisson) a mangé des nuggets à la cantine du centre aéré, on pense qu'il y avait du poisson dedans. Il a le visage tout gonflé, il vomit et il devient tout pâle et mou. On a le stylo mais on a peur de le faire.
""", "anaphylaxis: child with hypotension signs")

add(UR, "Salle de scanner - réaction", """
URGENT - réanimateur demandé en salle de scanner 2

Patient 52 ans, réaction anaphylactique en cours après injection de produit de contraste iodé : érythème généralisé, bronchospasme, TA 70/40. Adrénaline IM 0,5 mg faite. Besoin d'aide immédiate.

Manipulateur radio, imagerie
""", "anaphylaxis: contrast reaction, clinician")

add(UR, "stylo fait", """
J'ai fait mon stylo d'adrénaline il y a 15 min (allergie crevettes) ça allait un peu mieux mais là ça revient, la gorge se resserre, je siffle. Je suis au restaurant, on est loin de tout
""", "anaphylaxis: biphasic after auto-injector")

# --- infant fever
add(UR, "bébé de 6 semaines fièvre", """
Bonsoir, notre bébé de 6 semaines a 38,9 au thermomètre (rectal). Il ne veut pas téter, il pleure de façon bizarre, aiguë. C'est notre premier, on ne sait pas si on doit attendre demain pour le pédiatre.
Camille
""", "infant <3 months fever")

add(UR, "fievre", """
bonjour mon bebe 2 mois est brulant, 38,7, il boit plus ses biberons depuis ce matin et il dort tout le temps. j ai donne du doliprane. on attend ?
""", "infant fever 2 months, poor feeding, SMS")

add(UR, "boutons", """
Bonjour,

Ma fille de 3 ans a 40 de fièvre depuis ce matin et là je vois des petites taches violettes sur les jambes et le ventre. J'ai fait le test du verre comme j'ai vu sur internet : elles ne s'effacent pas quand j'appuie. Elle est très fatiguée, elle geint.

Maman de Zoé
""", "fever + non-blanching purpura child")

add(UR, "nourrisson", """
Bonjour, ma fille de 3 semaines est chaude, 38,4 en rectal, et elle gémit. Elle est née à terme, tout allait bien jusqu'à hier. Le médecin de garde dit d'appeler l'hôpital, je vous écris parce que je n'arrive pas à avoir le standard.
""", "neonate fever")

add(UR, "Léna", """
Bonjour docteur,
Léna (7 semaines) a 39 depuis ce soir. Elle ne pleure plus, elle dort tout le temps, elle est un peu grise. Elle a été vaccinée il y a 2 semaines, ça peut être ça ?
""", "infant fever with lethargy, misattributed to vaccine")

add(UR, "fièvre bébé", """
Bonjour, mon bébé de 5 semaines fait de la fièvre, 38,6, depuis à soir. Il est pas comme d'habitude, il veut pas boire. La clinique est fermée. On fait quoi? Merci
Marie-Ève
""", "infant fever, Quebec wording")

# --- severe abdominal pain
add(UR, "mal au ventre", """
jai tellement mal au ventre que je suis plie en deux, je peux plus me redresser, ca a commence il y a 3h d un coup. j ai vomi. je suis seul a l appart
""", "severe acute abdominal pain")

add(UR, "Mon mari", """
Bonjour,
mon mari a le ventre dur comme du bois, il ne supporte pas qu'on le touche, il vomit vert depuis ce midi et il n'a pas été à la selle depuis 3 jours. Il a 72 ans, il a été opéré de l'intestin il y a longtemps. Il veut attendre le médecin de lundi.
""", "surgical abdomen / obstruction")

add(UR, "fils 12 ans", """
Bonjour, mon fils de 12 ans a mal en bas à droite du ventre depuis hier soir, de plus en plus fort, il vomit, il a 38,8 et il ne peut plus marcher droit. Le médecin n'a pas de place avant demain après-midi. On peut attendre ?
""", "appendicitis-like, worsening")

add(UR, "question suivi grossesse", """
Bonjour, je suis enceinte de 7 semaines (première écho pas encore faite). Depuis une heure j'ai une douleur violente d'un côté du ventre, à gauche, avec des petits saignements, et la tête qui tourne quand je me lève. J'ai mal jusque dans l'épaule. C'est normal en début de grossesse ?
""", "ectopic pregnancy signs, framed as routine question")

add(UR, "papi", """
Bonjour, papi (88 ans) hurle de douleur au ventre depuis ce matin, il est tout gonflé, il vomit et il n'a plus fait de selles depuis 4 jours. Il est confus. Il est sous morphine pour son dos. L'EHPAD dit d'attendre le médecin qui passe demain.
""", "severe abdominal pain elderly, obstruction")

add(UR, "douleur", """
Bonjour, j'ai une douleur atroce dans le ventre qui irradie dans le dos, en barre, depuis 4 heures. Je vomis tout. J'ai bu pas mal hier soir (anniversaire). Je peux prendre un Spasfon ?
""", "pancreatitis-like, framed as Rx question")

# --- post-op warning signs
add(UR, "cicatrice", """
Bonjour, je suis opéré de la hanche depuis 10 jours, depuis hier la cicatrice est rouge, chaude, gonflée et elle coule un liquide jaunâtre qui sent mauvais. J'ai 39 de fièvre et des frissons. Le rdv de contrôle est dans 3 semaines, je dois attendre ?
Gérard Lenoir
""", "post-op infection with fever")

add(UR, "césarienne", """
bonjour
j ai eu une cesarienne il y a 8 jours. depuis 2 jours la plaie suinte du pus et elle est toute rouge, ca fait tres mal, et ce soir 38,8 de fievre avec des frissons. je dois aller ou ? la maternite ou les urgences ?
""", "post-caesarean wound infection + fever")

add(UR, "Suivi prothèse de genou - questions", """
Bonjour,

Je me permets de vous écrire pour le suivi de ma prothèse totale de genou droit, posée par le Dr Marchand le 4 (il y a trois semaines). J'ai plusieurs questions, le secrétariat m'a dit de passer par mail.

D'abord pour la voiture : j'ai une boîte automatique, est-ce que je peux reconduire avant la consultation de contrôle à 6 semaines ? Mon mari travaille et je dépends des voisins pour les courses.

Ensuite pour la kinésithérapie : l'ordonnance prévoyait 20 séances, j'en suis à 12. Le kiné pense qu'il en faudra 15 de plus car la flexion est encore limitée à 85°. Faut-il une nouvelle ordonnance du chirurgien ?

Troisième point, les piqûres d'anticoagulant : on m'a dit 35 jours, donc jusqu'au 8 du mois prochain, c'est bien ça ?

Et enfin, c'est peut-être le plus important, je ne sais pas si c'est normal : depuis hier soir le genou est devenu très rouge, gonflé, brûlant, je ne peux plus plier du tout et j'ai 39,2 avec des frissons ce matin. La cicatrice a une petite ouverture en bas qui coule un liquide trouble. Je me sens vraiment patraque.

Merci de votre réponse,
Jacqueline Morel
06 14 58 22 37
""", 'long routine post-op questions with red flags (fever, wound discharge) buried at the end')

add(UR, "Re: consignes de sortie", """
Bonjour, je relis vos consignes. Mon père a été opéré du côlon il y a 5 jours et sorti avant-hier. Depuis ce matin il a le ventre très gonflé, très mal, 38,9 de fièvre, il vomit tout et il est tout pâle et essoufflé. Vos consignes disent d'appeler, je vous écris parce que le standard ne répond pas.

> Contactez le service ou le 15 en cas de fièvre > 38,5 °C, douleur
> abdominale intense, vomissements répétés.
""", "post-op complication matching quoted warning list")

add(UR, "amygdales", """
Bonjour, ma fille (5 ans) a été opérée des amygdales il y a 7 jours. Depuis une demi-heure elle crache du sang rouge vif, beaucoup, et elle en a vomi aussi. Elle est pâle. Le chirurgien avait dit que ça pouvait arriver vers J7-J10 mais là c'est beaucoup.
""", "post-tonsillectomy haemorrhage")


# --- clinician critical values / acute findings
add(UR, "Résultat critique - kaliémie", """
Laboratoire de biochimie - Appel de valeur critique

Patient : M. Dubois Alain, IPP 30118452, Néphrologie ch. 305
Kaliémie : 7,1 mmol/L (contrôle sur nouveau prélèvement non hémolysé confirmé).
Créatinine 612 µmol/L.

Médecin du service non joignable par téléphone. Merci d'accuser réception et de prendre en charge immédiatement.

Biologiste de garde
""", "clinician: critical potassium")

add(UR, "TDM cérébrale - hémorragie", """
Urgent - Dr Chevalier, urgences

TDM cérébrale sans injection de Mme Pons (72 ans, sous AOD, chute) : hématome sous-dural aigu droit de 14 mm avec effet de masse et déviation de la ligne médiane de 8 mm. Avis neurochirurgical immédiat recommandé.

Radiologue de garde
""", "clinician: acute brain bleed on CT")

add(UR, "Patient ch. 410 - sepsis ?", """
Interne de garde,

M. Hervé (ch. 410, J3 post-op colectomie) : T 39,6, FC 128, TA 82/45, FR 28, marbrures des genoux, confus depuis 1h, diurèse 50 ml sur 4h. Lactates 5,2. Hémocultures prélevées. Je n'ai pas de prescription d'antibiotique. Merci de venir tout de suite.

IDE chirurgie digestive
""", "clinician: septic shock signs")

add(UR, "Consultation obstétrique - TA", """
Dr de garde salle de naissance,

Mme Ribeiro, G1P0, 34 SA, vue en consultation : TA 172/114 à deux reprises, céphalées en casque depuis ce matin, phosphènes, douleur épigastrique en barre. Protéinurie 3+ à la bandelette. Je l'envoie en salle de naissance, merci de la prendre en charge immédiatement.

Sage-femme consultation
""", "clinician: severe pre-eclampsia")

add(UR, "Hypoglycémie ch. 12", """
Dr,

Mme Leroy, ch. 12, diabétique sous insuline : glycémie capillaire 0,32 g/l, très somnolente, ne répond plus aux ordres simples, sueurs. Ne peut pas avaler. Pas de glucagon dans la chambre. Demande de conduite à tenir en urgence.

IDE médecine
""", "clinician: severe hypoglycaemia with drowsiness")

add(UR, "Radio - pile bouton", """
Urgent - pédiatre de garde

Enfant 2 ans, radio thoraco-abdominale : corps étranger arrondi à double contour (aspect de pile bouton) en projection de l'œsophage, au niveau du tiers supérieur. Ingestion probable il y a environ 1h30 selon les parents. Endoscopie en urgence à organiser.

Radiologue
""", "clinician: button battery in oesophagus")

add(UR, "Enfant TC - surveillance", """
Interne pédiatrie,

Théo, 6 ans, en surveillance pour traumatisme crânien (chute de trampoline à 15h) : a vomi 3 fois depuis 17h, de plus en plus somnolent, difficile à réveiller, pupilles symétriques. Scanner non fait. Merci de venir réévaluer maintenant.

IDE UHCD pédiatrique
""", "clinician: head injury with vomiting and drowsiness")

add(UR, "Troponine", """
Bonjour,
M. Garcia (box 6) : troponine Hs à 1 850 ng/L (contrôle à H3, première à 45). Douleur thoracique persistante, ECG avec sous-décalage diffus. Cardiologue de garde à prévenir pour coronarographie ?
Dr Aubry, urgences
""", "clinician: rising troponin with ongoing chest pain")

add(UR, "Natrémie", """
Labo - valeur critique

Mme Simon Paulette, 84 ans, gériatrie ch. 18 : natrémie 116 mmol/L (précédente 131 il y a 48h). L'IDE signale une confusion aiguë et une crise convulsive brève il y a 20 min.

Merci de rappeler le laboratoire.
""", "clinician: critical hyponatraemia with symptoms")

add(UR, "NFS - hémoglobine", """
Valeur critique hématologie

Patient : M. Lacombe, HDJ oncologie
Hémoglobine 5,1 g/dL, plaquettes 8 G/L, PNN 0,1 G/L.
Le patient est rentré à domicile ce midi. Température signalée à 38,9 par téléphone par son épouse.

Merci de rappeler le patient en urgence.
""", "clinician: critical CBC + febrile neutropenia")

# --- lay: pre-eclampsia, hypoglycaemia, button battery, head injury, sepsis, shock
add(UR, "mal de tête grossesse", """
Bonjour, je suis enceinte de 33 semaines. J'ai un mal de tête horrible qui ne passe pas avec le Doliprane, je vois des petites lumières qui clignotent, et j'ai mal en haut du ventre sous les côtes. Mon visage et mes mains ont gonflé d'un coup depuis hier. La tension à la pharmacie : 16/11. Je dois attendre mon rdv de jeudi ?
""", "lay: pre-eclampsia symptoms")

add(UR, "après l'accouchement", """
Bonjour, j'ai accouché il y a 4 jours. Depuis ce matin j'ai une migraine très forte, des mouches devant les yeux et je suis tout essoufflée. Ma tension au tensiomètre de ma mère : 17/10. Est-ce normal après un accouchement ?
Sonia
""", "lay: postpartum pre-eclampsia")

add(UR, "mon fils diabétique", """
Bonjour,
mon fils (14 ans, diabète type 1) est très bizarre, il transpire, il tremble, il ne répond plus bien, il est en train de s'endormir sur le canapé. Glycémie 0,38. Il a fait son insuline et il n'a pas mangé. Il n'arrive plus à avaler le jus. On a un glucagon mais on ne sait plus comment on fait.
""", "lay: severe hypo with drowsiness")

add(UR, "maman", """
Bonjour, maman (diabétique, insuline) est toute molle dans son lit, elle transpire beaucoup et elle ne me répond pas vraiment, elle marmonne. Le lecteur affiche LO. Je fais quoi ?
""", "lay: severe hypo, unresponsive")

add(UR, "Re: ordonnance insuline", """
Merci pour l'ordonnance. Autre chose : mon mari a fait une grosse hypo cette nuit (0,40), on l'a resucré mais ce matin il est encore très confus, il ne sait pas où il est et il s'endort en parlant. La glycémie est remontée à 0,90 puis redescendue à 0,50. Il prend du Glucor et du Daonil.

> Bonjour, votre ordonnance de renouvellement est jointe.
""", "lay: recurrent sulfonylurea hypo with confusion, buried in reply")

add(UR, "pile", """
Je crois que mon fils de 18 mois a avalé une pile bouton de la télécommande, le couvercle était ouvert et il manque la pile. Il va bien pour l'instant, il joue. On doit attendre de voir si elle sort dans les selles ?
""", "lay: button battery ingestion, asymptomatic")

add(UR, "question", """
Bonjour, ma fille (3 ans) dit qu'elle a "mangé un bonbon rond" et j'ai retrouvé l'emballage de piles de la balance vide. Elle bave un peu et ne veut pas boire. On est dimanche, le médecin est fermé.
""", "lay: probable button battery, symptomatic")

add(UR, "chute", """
Bonjour,
ma mère (81 ans, sous Eliquis) est tombée hier dans l'escalier et s'est cognée la tête. Sur le moment ça allait. Ce matin elle a vomi deux fois, elle a très mal à la tête et elle s'endort tout le temps, elle répond lentement. On voulait savoir si on pouvait lui donner du Doliprane.
Jean-Marc
""", "lay: head injury on anticoagulant, vomiting, drowsy")

add(UR, "tombé de la table à langer", """
Mon bébé de 7 mois est tombé de la table à langer sur le carrelage, sur la tête. Il a pleuré tout de suite puis il a vomi 3 fois et maintenant il dort et je n'arrive pas bien à le réveiller. Il a une bosse molle derrière la tête.
""", "lay: infant head injury, vomiting, drowsy")

add(UR, "foot", """
slt, mon fils 13 ans a pris un coup de tête au foot cet aprem, ce soir il vomit, il dit qu'il voit flou et il parle lentement, il se répète. il a mal a la tete fort. on peut attendre demain ?
""", "lay: concussion red flags, SMS")

add(UR, "fièvre et frissons", """
Bonjour,

Mon père (76 ans, sonde urinaire) a 40 de fièvre depuis cette nuit avec de grands frissons, il est très confus, il respire vite et ses genoux sont marbrés, tout violets. Les urines sont très foncées et il n'a presque pas uriné. L'infirmière vient à 18h.

Est-ce qu'on peut lui donner un antibiotique qu'on a à la maison ?

Christine
""", "lay: sepsis signs, framed as Rx question")

add(UR, "ma fille", """
Bonjour, ma fille de 20 ans a une gastro depuis 3 jours, elle ne garde rien. Là elle est toute blanche, les mains glacées, le cœur bat à toute vitesse, elle s'est évanouie en allant aux toilettes et elle n'a pas fait pipi depuis hier. Elle est diabétique et sa glycémie affiche HI.
""", "lay: shock/DKA signs")

add(UR, "pour info", """
Bonjour, juste pour info pour le dossier de mon mari (chimio la semaine dernière) : il a 38,7 depuis une heure, des frissons, il est très fatigué. On nous avait dit de vous prévenir en cas de fièvre, donc je vous préviens. Il va se coucher.
""", "lay: febrile neutropenia risk, understated")


# ---------------------------------------------------------------- writer
EXPECTED = {AP: 70, RX: 70, BI: 60, UR: 110, FU: 70, OT: 70}


def main():
    counts = {}
    for m in M:
        counts[m["category"]] = counts.get(m["category"], 0) + 1
    assert counts == EXPECTED, counts
    for m in M:
        n = len(m["body"].split())
        assert 3 <= n <= 400, (m["subject"], n)
    order = list(range(len(M)))
    random.Random(20240611).shuffle(order)  # interleave categories
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "train_fr.jsonl")
    part = out + ".part"
    with open(part, "w", encoding="utf-8") as f:
        for i, k in enumerate(order):
            m = M[k]
            rec = {
                "id": "tr-fr-%03d" % i,
                "lang": "fr",
                "subject": m["subject"],
                "body": m["body"],
                "category": m["category"],
                "urgent": m["category"] == UR,
                "note": m["note"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(part, out)
    print("wrote", len(M), "messages to", out, counts)


if __name__ == "__main__":
    main()
