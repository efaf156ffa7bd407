/**
 * Every message the rules in shared/ put in front of a peer, in English, by key. A rule says a
 * message as a key and its parts (`say`), never as finished English: the parts cross the worker
 * and the host API as they are, and the window words them in the peer's language with i18next
 * (renderer/src/i18n/render-message.ts). `inEnglish` words one here, for errors' own text and tests.
 *
 * A `{{name}}` in a template is a part filled in when the message is worded: a person's name or
 * other words as written, a number, a date or a clock time (written out in the message's
 * language), or another message. The limits of confidentiality and the agency's recovery
 * statement are here too, so a person hears them in their language; the agreement's starting
 * texts are here so a new agreement starts in it. Not here on purpose: regulatory wording that
 * must stay word for word (the 42 CFR notices, the HIPAA statement) and text stored in records.
 */
export const MESSAGES = {
  'common.thePerson': 'the person',
  'common.notReadyToSign': 'Not ready to sign yet.',
  'common.unexpected':
    'Something went wrong, so this did not finish. Try again; if it keeps happening, close Peer Notebook and open it again. Saved work is safe.',
  'common.needsAnotherLook': 'Something here needs another look. Check what you entered and try again.',

  'text.tooLong': 'Please keep this under {{max}} characters.',

  'person.supporterNameRequired': "Add the supporter's name.",
  'person.nameRequired': 'Add the name this person likes to be called.',
  'person.emailIncomplete': 'That email address does not look complete.',

  'agreement.startDateRequired': 'Add the date you started working together.',
  'agreement.reviewDateRequired': 'Add a date to look at this agreement again together.',
  'agreement.reviewAfterStart': 'The review date needs to come after the start date.',
  'agreement.meetingPlacesMissing': "Write down how and where you'll meet, like 'at the library or by phone'.",
  'agreement.howToReachMissing': 'Write down how to reach you (the peer), and when.',
  'agreement.whenNotToReachMissing': "Write down when you can't be reached, and who to call then.",
  'agreement.whatPeerIsMissing': 'Write down what a peer is, in your own words.',
  'agreement.whatPeerIsNotMissing': 'Write down what a peer is not, in your own words.',
  'agreement.boundariesMissing': 'Write down the boundaries you agree on.',

  'confidentiality.explainedOnRequired': 'Add the date you went over the limits together.',
  'confidentiality.acknowledgementRequired':
    'Choose how the person showed they understood: signed on screen, or said so out loud with a witness.',
  'confidentiality.nextReviewRequired': 'Add a date to go over the limits together again.',
  'confidentiality.limitListedTwice': 'Each limit only needs to be listed once.',
  'confidentiality.reviewAfterExplained': 'The next review needs to come after the day you went over the limits.',
  'confidentiality.signatureMismatch': "How this was signed doesn't match how the person acknowledged it. Choose the same way for both.",
  'confidentiality.limitsMissing': 'Choose at least one limit you went over together.',
  'confidentiality.explainedByMissing': 'Add the name of the peer who explained the limits.',
  'confidentiality.witnessMissing': 'Add the name of the witness who heard the person agree.',
  'confidentiality.thisPerson': 'This person',
  'confidentiality.notToldYet': "{{name}} hasn't been told the limits of confidentiality yet. Go over them together before anything else.",
  'confidentiality.reviewOverdue':
    "It's time to go over the limits of confidentiality with {{name}} again. The review was due on {{reviewBy}}.",
  'confidentiality.reviewDueSoon': "It's almost time to go over the limits of confidentiality with {{name}} again, by {{reviewBy}}.",
  'confidentiality.current':
    'You went over the limits of confidentiality with {{name}} on {{explainedOn}}. Next time to go over them: by {{reviewBy}}.',

  'release.endDateRequired': 'Add the date this release ends.',
  'release.revokedOnRequired': 'Add the date the release was taken back.',
  'release.revokedHowRequired': 'Add how the person told you: in writing, out loud, or another way.',
  'release.eventDateInvalid': 'Add the date it happened.',
  'release.noEventToRecord': 'This release ends on a date, so there is no event to record.',
  'release.finishBeforeSigning': 'Finish the release before signing. {{missing}}',
  'release.personMissing': 'Add the name of the person this release is for.',
  'release.discloserMissing': "Add who may share the information: your program's name, or your name and role.",
  'release.informationMissing': "Add what information may be shared — be specific, like 'attendance and progress in peer support'.",
  'release.informationTooBroad':
    "{{information}} is too broad. Say what kind of information and how much, like 'attendance and progress in peer support'.",
  'release.recipientsMissing': 'Add who may receive the information: a person or an organization, by name.',
  'release.recipientNameMissing': 'Fill in the name of each recipient, or remove the empty one.',
  'release.generalDesignationNotAllowed':
    "A general description like 'my treating providers' is only allowed on a release for treatment, payment and health care operations. Name each recipient instead.",
  'release.purposeMissing': 'Add why the information is being shared, or mark that {{person}} asked for it to be shared.',
  'release.rightToRevokeMissing':
    "Explain to {{person}} that they can take this release back at any time by saying so in writing, how to do that, and that anything already shared before then can't be undone. Then check the box.",
  'release.revocationHowMissing': "Write down how {{person}} can take this release back, like 'a signed note to the program office'.",
  'release.expirationMissing': "Add when this release ends: a date, or an event like 'when I finish the program'.",
  'release.realEndMissing':
    "This release needs a real end: a date, or an event like 'when I finish the program'. Only a release for treatment, payment and health care operations may say 'none'.",
  'release.guardianMissing': 'Add the name of the parent or guardian who needs to sign too.',
  'release.personMustSign': '{{person}} needs to sign and date this release.',
  'release.personAndGuardianMustSign': '{{person}} and {{guardian}} need to sign and date this release.',
  'release.hipaaStatementMissing':
    'Add the statement that information shared for treatment, payment and health care operations may be shared again as HIPAA allows (but never in a legal case against the person). You can use the suggested wording.',
  'release.notFinished': "This release isn't finished and signed yet, so nothing can be shared under it.",
  'release.revoked': '{{person}} took this release back on {{date}}. Nothing more can be shared under it.',
  'release.expired': 'This release ended on {{date}}. If {{person}} wants to keep sharing, make a new one together.',
  'release.sharingRecipientMissing': 'Add who you are sharing with.',
  'release.sharingPurposeMissing': 'Add why you are sharing.',
  'release.recipientNotNamed': "This release doesn't name {{recipient}} as someone who may receive information.",
  'release.designationNotIncluded': "This release doesn't include {{designation}}, so it doesn't cover {{recipient}}.",
  'release.otherPurpose': 'This release is for {{purpose}}, not for {{requested}}. Sharing for another reason needs its own release.',
  'release.revocationIsFinal':
    'This release was taken back on {{date}}, and that stays on record. If the person wants to share again, make a new release together.',

  'disclosure.whatMissing': 'Write down what was shared.',
  'disclosure.sharedWithMissing': 'Add who the information was shared with.',
  'disclosure.purposeMissing': 'Add why it was shared.',
  'disclosure.sharedOnMissing': 'Add the date it was shared.',
  'disclosure.releaseMissing': 'Choose the release this was shared under.',
  'disclosure.methodMissing': 'Choose how it was shared: by phone, in person, in writing, or electronically.',
  'disclosure.noRelease': 'Choose the release that allows this sharing. Without an active release, nothing can be shared.',
  'disclosure.differentRelease': 'This entry is linked to a different release than the one chosen. Choose the release again.',
  'disclosure.sharedOnInFuture': 'The date shared, {{date}}, is still to come. Log it on the day you share.',
  'disclosure.needsAnotherLook': 'Something in this entry needs another look.',

  'crisis.whoMissing': 'Add who you contacted.',
  'crisis.whyMissing': 'Add why you contacted them.',
  'crisis.groundMissing':
    "Choose what allowed this contact: one of the limits of confidentiality, the person's permission, or no personal information was shared.",
  'crisis.occurredAtMissing': 'Add when it happened.',
  'crisis.whatHappenedMissing': 'Write down what happened, in plain words.',
  'crisis.actionsMissing': 'Write down what you did, even if it was listening and staying with them.',
  'crisis.followUpDateInvalid': 'Add the follow-up date as a full date.',
  'crisis.followUpBeforeEvent': "The follow-up date can't be before the day it happened.",
  'crisis.linkLimits': "Link the limits of confidentiality {{person}} was told about, so it's clear what they knew.",
  'crisis.disclosureUnsigned': "The linked explanation of the limits of confidentiality isn't signed yet.",
  'crisis.limitNotExplained':
    "You contacted {{contact}} under “{{limit}}”, which wasn't among the limits explained to {{person}}. Write down why it applied, and go over the limits together again.",
  'crisis.organizationMissing':
    'Add where {{contact}} works (the hospital or service): the federal rules ask for it after a medical emergency.',
  'crisis.sharedWithConsent':
    "You shared with {{contact}} with {{person}}'s permission: add it to the disclosure log under {{person}}'s release, so {{person}} can see who was told.",

  'signature.methodMissing': 'Choose how this was signed: drawn on screen, typed, or said out loud with a witness.',
  'signature.signedAtMissing': 'Add the date and time this was signed.',
  'signature.signerMissing': 'Add the name of the person signing.',
  'signature.drawingTooLarge': 'The drawn signature is too large to keep. Clear it and draw it again.',
  'signature.witnessMissing': 'Add the name of the person who witnessed the spoken agreement.',
  'signature.drawingMissing': 'Draw the signature in the box, or choose another way to sign.',
  'signature.drawingNotPicture': "The drawn signature didn't save as a picture. Please draw it again.",
  'signature.seriesLost': 'This record has lost track of which document it belongs to.',
  'signature.locked': "This was signed on {{date}}, so it can't be changed. Make a new version instead; the signed one stays as it was.",
  'signature.lockedAddAddendum':
    'This note was signed on {{date}}, so it can\'t be changed. Use "Add a correction" under it; the signed note stays as it was.',
  'signature.peerAlreadySigned': 'You have already signed this plan.',
  'signature.supervisorAlreadySigned': 'A supervisor has already signed this plan.',

  'recoveryPlan.idLost': 'This part of the plan has lost its id. Remove it and add it again.',
  'recoveryPlan.stepMissing': 'Write what this step is, or remove it.',
  'recoveryPlan.byWhenInvalid': 'Add the "by when" date as a full date.',
  'recoveryPlan.goalWordsMissing': "Write this goal in the person's own words. A life area can go with it, but never instead of it.",
  'recoveryPlan.lifeAreaNameMissing': 'A life area needs a name, or remove it.',
  'recoveryPlan.reviewDateInvalid': 'Add the review date as a full date.',
  'recoveryPlan.lifeAreaListedTwice': 'Each life area only needs to be listed once.',
  'recoveryPlan.idsMixedUp': 'Two goals or steps got mixed up. Remove the copy and add it again.',
  'recoveryPlan.personSignsFirst': 'The person signs their plan first; then you and your supervisor sign.',
  'recoveryPlan.strengthsMissing': "Write down some of the person's strengths: what they're good at, and what has helped before.",
  'recoveryPlan.goalsMissing': "Add at least one goal, in the person's own words.",
  'recoveryPlan.firstStepMissing': 'Add a first step toward {{goal}}: something small to start with, and who can help.',
  'recoveryPlan.reviewDateMissing': 'Choose a date to look at this plan again together.',
  'recoveryPlan.personSignatureMissing': "Ask the person to sign their plan. It's theirs, so they sign first.",
  'recoveryPlan.peerSignatureMissing': 'Sign the plan yourself, as their peer.',
  'recoveryPlan.supervisorSignatureMissing': 'Your agency asks for a supervising professional to sign too. Ask your supervisor to sign.',

  'wellnessPlan.nothingWritten': "Write at least one part of the plan, in the person's own words.",
  'wellnessPlan.crisisSupportersMissing': "In the crisis plan, write down who can help, or a note that there isn't anyone yet.",

  'goalProgress.planMissing': 'Choose the plan this progress belongs to.',
  'goalProgress.goalMissing': 'Choose the goal this is about.',
  'goalProgress.stepMissing': 'Choose the step this is about, or the goal as a whole.',
  'goalProgress.dateMissing': 'Add the date.',
  'goalProgress.statusMissing': "Choose where it's at: not started, started, paused, done, or changed my mind.",
  'goalProgress.recordedAtMissing': 'This entry is missing the time it was written down.',

  'barc.answerOutOfRange': 'Choose an answer from 1 (strongly disagree) to 6 (strongly agree), or leave it blank.',
  'barc.takenOnMissing': 'Add the date the person filled this in.',
  'barc.nothingAnswered': 'Answer at least one statement, or leave this for another day.',

  'serviceNote.signedAtMissing': 'Add the date and time the note was signed.',
  'serviceNote.peerNameToSign': 'Add your name to sign the note.',
  'serviceNote.credentialToSign': 'Add your credential (for example CPSS) to sign the note.',
  'serviceNote.dateMissing': 'Add the date of the meeting.',
  'serviceNote.startTimeInvalid': 'Write the start time as hours and minutes, like 09:30.',
  'serviceNote.endTimeInvalid': 'Write the end time as hours and minutes, like 10:15.',
  'serviceNote.settingMissing': 'Choose where you met.',
  'serviceNote.contactTypeMissing': 'Choose how you met: in person, phone, video, collateral or group.',
  'serviceNote.addendumTextMissing': 'Write what needs to be added or corrected.',
  'serviceNote.addendumAuthorMissing': 'Add your name to the addendum.',
  'serviceNote.addendumWrittenAtMissing': 'Add when the addendum was written.',
  'serviceNote.timesMissing': 'Add when the meeting started and ended.',
  'serviceNote.endBeforeStart': 'The end time needs to come after the start time.',
  'serviceNote.serviceCodeMissing': 'Add the service code (for example H0038).',
  'serviceNote.goalsMissing': 'Pick at least one goal from their plan that you worked on together.',
  'serviceNote.whatWeDidMissing': 'Write what you did together.',
  'serviceNote.responseMissing': 'Write how they responded.',
  'serviceNote.nextStepsMissing': 'Write the next steps.',
  'serviceNote.peerNameMissing': 'Add your name (set it once under Settings, About you).',
  'serviceNote.credentialMissing': 'Add your credential, like CPSS (set it once under Settings, About you).',
  'serviceNote.alreadySigned': 'This note is already signed.',
  'serviceNote.meetingNotOverToday': 'This meeting ends at {{time}} today. You can sign the note after that.',
  'serviceNote.meetingNotOver': 'This meeting ends on {{date}} at {{time}}. You can sign the note after that.',
  'serviceNote.sharedPartNamesPerson':
    'The part shared by everyone names {{name}}. Take the name out: every person in the group gets this part in their note.',
  'serviceNote.otherPartNamesPerson': "{{other}}'s part names {{name}}. A person's note may only be about them.",
  'serviceNote.groupTooSmall': 'A group session needs at least two people.',
  'serviceNote.draftTakesNoAddendum':
    'This note is not signed yet, so you can still change it: keep writing it instead of adding a correction.',

  'task.completionDateMissing': 'A completion needs its date.',
  'task.titleMissing': 'Write what needs doing, like "Call Jordan about the housing form".',
  'task.dueOnMissing': 'Add the date this is due.',
  'task.alreadyClosed': 'This task is already closed.',
  'task.once': 'Once',
  'task.every.day': 'Every day',
  'task.every.week': 'Every week',
  'task.every.month': 'Every month',
  'task.everyN.day': 'Every {{count}} days',
  'task.everyN.week': 'Every {{count}} weeks',
  'task.everyN.month': 'Every {{count}} months',

  'resource.nameMissing': 'Add the name of the place or service.',
  'resource.kindMissing': 'Choose a kind: {{kinds}}.',
  'resource.lastVerifiedInvalid': 'Write the date it was last checked as YYYY-MM-DD, like 2026-03-02.',
  'resource.notAList': 'This file does not look like a resource list: it needs at least the columns "name" and "kind" in its first row.',
  'resource.referralResourceMissing': 'Choose the resource from the directory.',
  'resource.referralDateMissing': 'Add the date of the referral.',
  'resource.referralFollowUpInvalid': 'Write the follow-up date as YYYY-MM-DD.',

  'peerProfile.trainingDateMissing': 'Add the date of the training.',
  'peerProfile.trainingTitleMissing': 'Add what the training was.',
  'peerProfile.hoursMissing': 'Add how many hours it was.',
  'peerProfile.hoursNotPositive': 'Hours need to be more than zero.',
  'peerProfile.certifiedOnInvalid': 'Write the certification date as YYYY-MM-DD.',
  'peerProfile.renewalOnInvalid': 'Write the renewal date as YYYY-MM-DD.',

  'passphrase.tooWeak': 'That passphrase would be too easy to guess. Try a few unrelated words with a space between them.',
  'passphrase.tooWeakBecause':
    'That passphrase would be too easy to guess ({{warning}}). Try a few unrelated words with a space between them.',
  'passphrase.belowAgencyMinimum':
    'Your agency asks for a stronger passphrase: at least {{score}} of 4 on the strength meter. Add another word or two that have nothing to do with each other.',
  'settings.autoLockChoice': 'Choose one of {{choices}} minutes.',
  'settings.autoLockAboveAgencyMaximum':
    'Your agency locks the notebook after {{minutes}} minutes at most. Choose {{minutes}} minutes or less.',

  'limit.harm-to-self.name': 'Harm to yourself',
  'limit.harm-to-self.label': 'If you tell me you plan to seriously hurt yourself, I may need to get help to keep you safe.',
  'limit.harm-to-others.name': 'Harm to someone else',
  'limit.harm-to-others.label':
    'If you tell me you plan to seriously hurt someone else, I may need to get help to keep everyone safe, and that can mean warning the person.',
  'limit.abuse-or-neglect.name': 'Abuse or neglect of a child or vulnerable adult',
  'limit.abuse-or-neglect.label':
    "If I learn that a child, or an adult who can't protect themselves, is being abused or neglected, the law says I have to report it.",
  'limit.court-order.name': 'A court order',
  'limit.court-order.label':
    'If a judge orders it, I may have to share some of what is in my notes. A subpoena on its own is not enough; it takes a court order that follows the federal rules.',
  'limit.medical-emergency.name': 'A medical emergency',
  'limit.medical-emergency.label':
    "If you have a medical emergency and can't give permission, I can tell the medical staff what they need to know to help you.",
  'limit.crime-on-premises.name': 'A crime at the program',
  'limit.crime-on-premises.label':
    'If someone commits a crime at our program, or threatens to, staff can report that to the police. Only what is needed about that crime is shared.',
  'limit.crime-against-staff.name': 'A crime against staff',
  'limit.crime-against-staff.label':
    'If someone commits a crime against a staff member, me included, or threatens to, that can be reported to the police too.',
  'agency.recoveryStatement':
    'The agency I work for keeps a recovery key that can open these notes, so your records are not lost if my computer is lost or I leave.',
  'agreement.defaultWhatPeerIs': [
    'Someone with lived experience of recovery who walks beside you, at your pace, and supports you in the ways you want.',
    'You are the expert on your own recovery. I offer tools and options; the choices are yours, and I support them.',
    'I share my own experience to offer hope: recovery is possible.',
  ].join('\n'),
  'agreement.defaultWhatPeerIsNot': [
    "I'm not a therapist, a sponsor, your spokesperson, a babysitter, a chauffeur, or your friend in the everyday sense. I'm your peer support.",
    "I won't diagnose you or tell you what to do.",
    "I won't add my own burdens to yours: our time together is about you.",
  ].join('\n'),
  'agreement.defaultBoundaries': [
    'We keep one relationship: peer support. No other roles on the side (no dual relationships).',
    'No romantic relationship and no business together.',
    'No gifts of real value, in either direction.',
    'No lending or borrowing money.',
  ].join('\n'),

  'backup.notABackup': 'This file is not a Peer Notebook backup. Choose a backup file (its name ends in .pnbackup) made by Peer Notebook.',
  'backup.newerVersion':
    'This backup was made by a newer version of Peer Notebook (backup format {{version}}). Update Peer Notebook on this computer, then open the backup again.',
  'backup.truncated':
    'This backup file ends early: it was not copied completely, or the drive was removed while it was being written. Nothing was restored. Copy it again from where it was made, or use an earlier backup.',
  'backup.damaged':
    'This backup file is damaged ({{where}}), so it cannot be trusted. Nothing was restored. Use another copy or an earlier backup.',
  'backup.damaged.headerUnreadable': 'its header cannot be read',
  'backup.damaged.extraBytes': 'there are extra bytes after its end',
  'backup.damaged.versionUnreadable': 'its format version cannot be read',
  'backup.damaged.headerSize': 'its header has an impossible size',
  'backup.damaged.headerChanged': 'its header changed',
  'backup.damaged.partSize': 'part {{index}} has an impossible size',
  'backup.damaged.entryUnreadable': 'an entry is not readable JSON',
  'backup.damaged.entryWithoutType': 'an entry has no type',
  'backup.damaged.entryIncomplete': 'a {{type}} entry is incomplete',
  'backup.damaged.entrySize': 'an entry claims an impossible size',
  'backup.damaged.lastEntryIncomplete': 'the last entry is incomplete',
  'backup.damaged.streamHeader': 'its stream header cannot be read',
  'backup.damaged.partUnverified': 'part {{index}} does not verify',
  'backup.damaged.partMarkedWrongly': 'part {{index}} is marked wrongly',
  'backup.outOfOrder':
    'Parts of this backup file are out of order (part {{found}} where part {{expected}} belongs), so it cannot be trusted. Nothing was restored. Use another copy or an earlier backup.',
  'backup.wrongKey.passphrase': "That passphrase doesn't open this backup. {{hint}} Nothing has changed.",
  'backup.wrongKey.recoveryCode': "That recovery code doesn't open this backup. {{hint}} Nothing has changed.",
  'backup.wrongKey.agencyKey': "That agency key doesn't open this backup. {{hint}} Nothing has changed.",
  'backup.wrongKey.vaultKey': "That vault key doesn't open this backup. {{hint}} Nothing has changed.",
  'backup.wrongKey.passphraseHint':
    "It opens with the passphrase the notebook had on {{date}}, when the backup was made, or with the notebook's recovery code.",
  'backup.wrongKey.recoveryCodeHint':
    'It opens with the recovery code of the notebook it was made from, or with the passphrase that notebook had on {{date}}.',
  'backup.wrongKey.vaultKeyHint': 'It was made from another notebook, or before this notebook’s key was replaced.',
  'backup.settingsInvalid': 'Choose the backup settings from the lists: how often, how many to keep, and when to remind you.',
  'backup.stopped': 'This backup or restore was stopped (the notebook may have locked). Start it again.',
  'backup.restoreOutOfStep': 'This restore got out of step, so it stopped. Start it again.',
  'backup.headerTampered':
    "This backup's header was changed after the backup was made, so it cannot be trusted and was not opened. Use another copy or an earlier backup.",

  'vault.locked': 'Your notebook is locked. Unlock it to carry on.',
  'vault.wrongPassphrase': "That passphrase doesn't open this notebook. Check it and try again; nothing has changed.",
  'vault.wrongRecoveryCode': "That recovery code doesn't open this notebook. Check it and try again; nothing has changed.",
  'crypto.tampered': '{{what}} could not be verified: it was changed or does not belong here. It has not been opened.',
  'crypto.weakKdf':
    "This notebook's key settings are weaker than Peer Notebook allows ({{detail}}). It may have been tampered with, so it was not opened.",
  'crypto.unsupportedFormat':
    '{{what}} uses format version {{version}}, which this version of Peer Notebook cannot read. Update the app and try again.',
  'vault.startAgain': 'Start again: choose a passphrase first.',
  'vault.notARecoveryCode': "That doesn't look like a recovery code. It has 32 letters and numbers, in groups of four.",
  'vault.none': 'There is no notebook on this computer yet. Create one to begin.',
  'vault.exists': 'This computer already has a notebook. Unlock it instead of creating another.',
  'vault.workerStopped': 'The notebook stopped unexpectedly ({{detail}}). Close Peer Notebook and open it again; saved work is safe.',
  'vault.keyChanging': 'Your notebook is changing its key; this will be ready when it finishes.',
  'vault.recordDamaged':
    'This record could not be opened: it may have been damaged on this computer. Everything else is fine. Restore it from a backup or get it again from the sync folder (Settings).',
  'vault.damagedSetting':
    "Part of this notebook's settings on this computer could not be read: it may have been damaged. Restore the notebook from a backup, or ask your agency's IT person for help.",
  'vault.changedMeanwhile':
    'That record changed at the same moment somewhere else, so nothing was saved. Look at it again and save once more.',
  'notFound.person': 'That person could not be found. It may have been removed.',
  'notFound.groupMember': 'A person in the group could not be found. It may have been removed.',
  'notFound.note': 'That note could not be found. It may have been removed.',
  'notFound.task': 'That task could not be found. It may have been removed.',
  'notFound.release': 'That release could not be found. It may have been removed.',
  'notFound.recoveryPlan': 'That recovery plan could not be found. It may have been removed.',
  'notFound.referral': 'That referral could not be found. It may have been removed.',
  'notFound.resource': 'That resource could not be found. It may have been removed.',
  'notFound.record': 'That record could not be found. It may have been removed.',
  'notFound.agreement': 'That relationship agreement could not be found. It may have been removed.',
  'notFound.confidentialityDisclosure': 'That explanation of the limits of confidentiality could not be found. It may have been removed.',
  'notFound.wellnessPlan': 'That wellness and crisis plan could not be found. It may have been removed.',
  'records.appendOnly': 'This is kept exactly as it was written. To add to it, write a new entry.',

  'agencyKey.named': 'the agency key {{fingerprint}}',
  'agencyKey.offered': 'the agency key offered',
  'agencyKey.malformed':
    "{{key}} is not a 32-byte public key in base64, so no vault key was sealed to it. Ask your agency's IT for an installer that includes this key, or for the key signed with the agency's policy key.",
  'agencyKey.unsigned':
    "{{key}} is not built into this installation and carries no signature from your agency's policy key, so no vault key was sealed to it. Ask your agency's IT for an installer that includes this key, or for the key signed with the agency's policy key.",
  'agencyKey.badSignature':
    "{{key}} carries a signature that was not made by a policy key built into this installation (or the key was changed after signing), so no vault key was sealed to it. Ask your agency's IT for an installer that includes this key, or for the key signed with the agency's policy key.",
  'agencyKey.wrongKey':
    'This vault key was sealed to the agency key {{fingerprint}}, not to the key given. Use the recovery key with that fingerprint.',
  'keyChange.agencySlotNotResealable':
    "{{label}} can open this notebook, and this installation does not include that agency key, so it could not be given the new key. Nothing was changed. Ask your agency's IT for an installer that includes it, then try again.",
  'keyChange.startAgain': 'Start again: type your passphrase first.',
  'keyChange.samePassphrase':
    'Choose a new passphrase: the point of a new key is that what someone may have seen no longer opens the notebook.',
  'keyChange.notNewer': "The sync folder's key for this notebook is not newer than this computer's, so nothing was changed.",
  'keyChange.otherNotebook': 'That key belongs to another notebook, so nothing was changed.',

  'disclosure.informationNotConfirmed':
    'This release allows sharing only this: "{{information}}". Check that what you are sending is within it, and say so, or make a new release together.',

  'billing.unsigned': 'This note is not signed yet. Sign it, then it can be billed.',
  'billing.notCoSigned':
    "Your agency bills a note only once your supervisor has co-signed it, and this one isn't co-signed yet. Send it for review from the person's Notes.",
  'billing.medicaidIdMissing': "{{person}}'s record has no Medicaid number. Add it on their profile.",
  'billing.dateOfBirthMissing':
    "{{payer}} pays only for people of certain ages, and {{person}}'s record has no date of birth. Add it on their profile.",
  'billing.tooYoung': '{{payer}} pays for people {{age}} or older; {{person}} was younger on {{date}}.',
  'billing.tooOld': '{{payer}} pays for people up to age {{age}}; {{person}} was older on {{date}}.',
  'billing.tooShort': "This meeting is too short to bill: {{minutes}} minutes make no unit under {{payer}}'s rule.",
  'billing.codeNotCovered': "{{payer}} doesn't pay for {{code}}. Check the service code on the note.",
  'billing.groupCodeForIndividual': '{{code}} is a group code, and this meeting was not a group. Check the service code on the note.',
  'billing.individualCodeForGroup':
    "This was a group meeting, and {{code}} is not {{payer}}'s group code. Check the service code on the note.",
  'billing.overDailyCap': 'This note makes {{total}} units for {{person}} on {{date}}, over the {{cap}} a day {{payer}} pays for.',
  'billing.overlaps': 'This meeting overlaps another one you wrote for {{date}}, from {{start}} to {{end}}. Check the times on both notes.',
  'billing.groupTooLarge': 'This group had {{people}} people, more than the {{most}} {{payer}} allows for one peer.',
  'billing.serviceOrderNeeded':
    '{{payer}} pays only when a signed service order is on file before the first service. Make sure each person has one.',

  'sync.headerUnreadable':
    "The notebook's file in the sync folder (header.json) could not be read: it may be damaged. Nothing was used from it. Sync again from the computer that made it.",
  'sync.conflictAlreadyResolved':
    'That choice was already made, here or on another computer. Look at the record again to see what it shows now.',

  'history.person.added': 'Added to the notebook',
  'history.person.updated': 'Profile updated',
  'history.person.removed': 'Removed',
  'history.agreement.draft': 'Draft relationship agreement saved',
  'history.agreement.signed': 'Relationship agreement signed',
  'history.confidentiality.draft': 'Draft limits of confidentiality saved',
  'history.confidentiality.signed': 'Limits of confidentiality signed',
  'history.release.draft': 'Draft release of information saved',
  'history.release.signed': 'Release of information signed',
  'history.disclosure.shared': 'Shared',
  'history.crisis.written': 'Crisis or safety event written down',
  'history.recoveryPlan.draft': 'Draft recovery plan saved',
  'history.recoveryPlan.signed': 'Recovery plan signed',
  'history.wellnessPlan.draft': 'Draft wellness and crisis plan saved',
  'history.wellnessPlan.signed': 'Wellness and crisis plan signed',
  'history.progress.recorded': 'Progress on a goal recorded',
  'history.barc10.recorded': 'Recovery capital (BARC-10) recorded',
  'history.serviceNote.draft': 'Service note draft saved',
  'history.serviceNote.signed': 'Service note signed',
  'history.addendum.added': 'Addendum added to a service note',
  'history.task.added': 'Task added',
  'history.task.changed': 'Task changed',
  'history.task.removed': 'Task removed',
  'history.resource.added': 'Resource added',
  'history.resource.changed': 'Resource changed',
  'history.resource.removed': 'Resource removed',
  'history.referral.added': 'Referral added',
  'history.referral.changed': 'Referral changed',
  'history.peerProfile.updated': 'Your profile updated',
  'history.team.keysMade': 'Team keys made for this notebook',
  'history.team.updated': 'Team list or mailbox updated',
  'history.team.submitted': 'Sent to your supervisor for review',
  'history.team.answerCameBack': 'Review came back from your supervisor',
  'history.team.reviewReceived': 'A peer sent this for your review',
  'history.team.reviewReceivedFrom': '{{peer}} sent what they wrote about {{person}} for your review',
  'history.team.reviewAnswered': 'You answered a review',
  'history.team.handoff': 'Handed over between peers',
  'history.team.coSigned': 'Co-signed by {{reviewer}}',
  'history.team.returned': 'Returned by {{reviewer}}: {{comment}}',
  'history.team.youCoSigned': 'You co-signed what {{peer}} wrote about {{person}}',
  'history.team.youReturned': 'You returned what {{peer}} wrote about {{person}}: {{comment}}',
  'history.team.handedTo': 'Handed over to another peer, with consent recorded on {{date}}',
  'history.team.handedToNamed': 'Handed over to {{peer}}, with consent recorded on {{date}}',
  'history.team.keptReadOnly': 'Kept here read-only from now on, under the retention rules',
  'history.team.receivedFrom': 'Received from {{peer}}, with consent recorded on {{date}}',
  'history.team.reassignedFrom': 'Reassigned to you by your agency on {{date}}, from {{peer}}, who left the team',
  'history.team.reassignedFromUnnamed': 'Reassigned to you by your agency on {{date}}, from a peer who left the team',
  'history.task.done': 'Task done',
  'history.task.skipped': 'Task skipped this time',
  'history.serviceNote.groupDraft': 'Group session note saved as a draft',
  'history.release.revoked': 'Release revoked ({{how}})',
  'history.release.eventRecorded': 'Release ending event recorded',
  'history.disclosure.sharedWith': 'Shared with {{recipient}}',
  'history.referral.suggested': 'Referral suggested',
  'history.referral.contacted': 'Referral: the person made contact',
  'history.referral.connected': 'Referral: the person got connected',
  'history.referral.notPursued': 'Referral: the person chose not to go ahead',
  'history.resource.updated': 'Resource updated',
  'history.resource.addedToDirectory': 'Resource added to the directory',
  'history.resource.removedFromDirectory': 'Resource removed from the directory',
  'history.resource.updatedFromList': 'Resource updated from an imported list',
  'history.resource.addedFromList': 'Resource added from an imported list',
  'history.document.signed': '{{document}} signed (version {{version}})',
  'history.document.started': '{{document}} version {{version}} started',
  'history.document.agreement': 'relationship agreement',
  'history.document.confidentialityDisclosure': 'limits of confidentiality',
  'history.document.release': 'release of information',
  'history.document.recoveryPlan': 'recovery plan',
  'history.document.wellnessPlan': 'wellness and crisis plan',
  'history.document.wholeRecord': 'whole record',
  'history.recoveryPlan.signedByPeer': 'Recovery plan signed by the peer (version {{version}})',
  'history.recoveryPlan.signedBySupervisor': 'Recovery plan signed by the supervisor (version {{version}})',
  'history.personCopy': 'Their own copy of their {{plan}} ({{format}}, {{language}})',
  'history.format.pdf': 'PDF',
  'history.format.web': 'web page',
  'history.billingExport.one': '1 service note from {{from}} to {{to}} exported for billing to {{payer}}',
  'history.billingExport.many': '{{count}} service notes from {{from}} to {{to}} exported for billing to {{payer}}',
  'history.theirPage': 'their page',
  'history.keyChanged.here': "The notebook's key was changed on this computer (key {{generation}}). {{trail}}",
  'history.keyChanged.elsewhere': "The notebook's key was changed on another computer, and taken on here (key {{generation}}). {{trail}}",
  'history.keyChanged.whole': 'Before the change the history checked out whole ({{count}} events).',
  'history.keyChanged.broken': 'Before the change the history was broken at event {{at}} ({{problem}}).',
  'history.keyChanged.wholeLeft':
    'Before the change the history checked out whole ({{count}} events). {{unreadable}} stored items did not open under the old key and were kept as they were.',
  'history.keyChanged.brokenLeft':
    'Before the change the history was broken at event {{at}} ({{problem}}). {{unreadable}} stored items did not open under the old key and were kept as they were.',
  'reassign.notASupervisor':
    "Only a supervisor on your team list can reassign a caseload, so nothing was sent. Check for team updates; if you should be a supervisor, ask your agency's IT.",
  'reassign.departedStillListed':
    "Member {{member}} is still on your team list, so nothing was sent: they can hand people over from their own notebook. If they left, ask your agency's IT to take them off the team and sign the list again, then try again.",
  'reassign.receiverNotAPeer': 'Member {{member}} is not a peer on your team list, so nothing was sent. Choose a peer from the list.',
  'reassign.otherNotebook':
    'This backup is not the notebook of member {{member}}: it is another notebook, or it was made before they joined the team. Nothing was sent. Choose a recent backup of the notebook of the peer who left.',
  'reassign.notOnATeam':
    "This backup cannot be reassigned: it does not say whose notebook it is, because it was made before that peer's notebook joined the team. Nothing was sent. Choose a backup made after they joined; if there is none, ask your agency's IT.",
  'reassign.backup.notABackup':
    'This file is not a Peer Notebook backup, so nothing was sent. Choose the backup of the peer who left (its name ends in .pnbackup).',
  'reassign.backup.newerVersion':
    'This backup was made by a newer version of Peer Notebook (backup format {{version}}), so nothing was sent. Update Peer Notebook on this computer, then reassign again.',
  'reassign.backup.truncated':
    'This backup file ends early: it was not copied completely. Nothing was sent. Copy it again from where it was kept, or choose an earlier backup of that peer, then reassign again.',
  'reassign.backup.damaged':
    'This backup file is damaged ({{where}}), so it cannot be trusted and nothing was sent. Choose another copy or an earlier backup of that peer, then reassign again.',
  'reassign.backup.outOfOrder': 'its parts are out of order',
  'reassign.backup.wrongKey':
    "This backup was not sealed to this recovery key, so it cannot be opened and nothing was sent. Choose the recovery key file your agency used when the backup was made; if it has been replaced since, ask your agency's IT for the earlier one.",
  'reassign.nobodyInCare': 'This backup holds no one still in the peer’s care: nothing was sent.',
  'reassign.policyKeyNotTeamSigner':
    "This policy-signing key did not sign the team's list, so nothing was sent. Choose the policy-signing key your agency signs the team list with.",
  'reassign.tooLarge':
    "This caseload is {{size}} MiB sealed, more than one handoff carries ({{max}} MiB). Nothing was sent: a caseload this large cannot be reassigned in one go yet. Tell your agency's IT.",
  'reassign.recoveryKeyFile':
    "This is not your agency's recovery key file (the private one), or it was changed. Nothing was sent. Choose the file your agency's IT keeps for recovering backups.",
  'reassign.recoveryKeyPassphrase':
    "That passphrase doesn't open the agency's recovery key file (or the file was changed). Nothing was sent. Check the passphrase and try again.",
  'reassign.policyKeyFile':
    "This is not your agency's policy-signing key file, or it was changed. Nothing was sent. Choose the file your agency's IT signs the team list with.",
  'reassign.policyKeyPassphrase':
    "That passphrase doesn't open the agency's policy-signing key file (or the file was changed). Nothing was sent. Check the passphrase and try again.",
  'reassign.fileUnreadable':
    'The file {{name}} could not be read: the drive may have been removed, or this computer may not open it. Nothing was sent. Check the file and choose it again.',
  'reassign.fileNotChosen': 'Choose the file again: Peer Notebook no longer knows the one chosen (it was restarted). Nothing was sent.',
  'reassign.unreachable': "The agency's server could not be reached, so nothing was sent. Check your internet connection and try again.",
  'reassign.refused':
    "The agency's server did not accept the caseload, so nothing was sent. Try again later; if it keeps happening, tell your agency's IT.",
  'reassign.youReassigned.one': 'You reassigned the caseload of member {{from}}, who left the team, to member {{to}}: 1 person',
  'reassign.youReassigned.many': 'You reassigned the caseload of member {{from}}, who left the team, to member {{to}}: {{count}} people',
  'reassign.unknownJob':
    'Peer Notebook no longer knows how this reassignment went (it was restarted). Ask the receiving peer to check for team updates before starting it again.',

  'team.directoryMalformed':
    "This is not a Peer Notebook team list, or it was damaged on the way. Nothing was changed. Ask your agency's IT for the team list again.",
  'team.directoryNotSigned':
    "This team list was not signed with your agency's key (or it was changed after signing), so it was not used. Ask your agency's IT for the team list again.",
  'team.directoryOlder': 'This team list is older than the one you already have, so the newer one stays. Nothing was changed.',
  'team.directoryOtherTeam':
    "This team list is for another team than yours, so it was not used. Ask your agency's IT which team list is yours.",
  'team.notInTeam':
    "You are not on your agency's team list yet, so nothing can be sent or received. Ask your supervisor or your agency's IT to add you.",
  'team.recipientNotInTeam':
    'That person is not on your team list any more, so nothing was sent to them. Choose someone who is on the list.',
  'team.envelopeUnreadable':
    'Something sent to you could not be opened: it was damaged on the way, or sealed for someone else. It was set aside. Ask the sender to send it again.',
  'team.senderNotInTeam':
    "Something arrived from someone who is not on your team list, so it was set aside unread. If they should be on the team, ask your agency's IT to add them.",
  'team.senderSignature':
    "Something arrived whose signature does not match its sender's keys on your team list, so it was set aside unread. Let your supervisor know.",
  'team.agencySignature':
    "Something arrived saying it came from your agency, but it was not signed with your agency's key, so it was set aside unread. Let your supervisor know.",
  'team.coSignatureInvalid':
    'This co-signature does not match the note it came with, or it was not made by a supervisor on your team list, so it was not kept. Ask your supervisor to review it again.',
  'team.removed':
    'Your agency has taken you off the team, so team messages can no longer be sent or received here. Your own notebook is safe. If this is a mistake, talk to your supervisor.',
  'team.noServer': "Team work goes through your agency's sync server. Set up sync with the server in Settings first.",
  'team.nothingToShare': "Your agency's policy does not ask for this kind of record to be reviewed, so it was not sent.",
  'team.alreadySubmitted': 'This is already waiting for review. You will see the answer on Today when it comes back.',
  'team.consentMissingFor':
    "Record {{person}}'s consent to move their records to another peer (the day they agreed, and how) before handing them over.",
  'team.consentDateAhead': 'The day {{person}} gave consent is after today. Check the date, then try again.',
  'team.alreadyHandedOver': '{{person}} was already handed over to another peer, so nothing was sent.',
  'team.handOverNobody': 'Choose at least one person to hand over.',
  'team.handOverNameMissing': 'Write the name of the peer you are handing over to, so your records say who has them now.',
  'team.handOverNotPending':
    'This handoff was not recorded here, because the notebook was locked or closed before it was sent. Hand them over again; the receiving peer keeps only one copy.',
  'team.readOnlyHandedOver':
    'These records were handed over to another peer and are kept read-only here. The peer who has them now can add to them.',
  'team.returnCommentMissing': 'Add a comment in plain words saying what to change before returning it.',

  // The installation's policy, for the IT person reading "About this installation" (policy-merge.ts).
  'policy.setting.autoLockMaxMinutes': 'Longest auto-lock time',
  'policy.setting.requireAgencyKeySlot': 'Agency recovery key required',
  'policy.setting.noteDueHours': 'Service notes due within',
  'policy.setting.stateRules': 'State note deadlines',
  'policy.setting.noteUnitRule': 'Billable units of a service note',
  'policy.setting.plaintextExportAllowed': 'Unencrypted export allowed',
  'policy.setting.minimumPassphraseScore': 'Minimum passphrase strength',
  'policy.setting.requireSupervisorSignature': "Plans need a supervisor's signature",
  'policy.setting.supervisorReviews': 'Records a supervisor reviews',
  'policy.setting.coSignRequired': "Records that need a supervisor's co-signature",
  'policy.value.yes': 'yes',
  'policy.value.no': 'no',
  'policy.value.none': 'none',
  'policy.value.minutes.one': '1 minute',
  'policy.value.minutes.many': '{{count}} minutes',
  'policy.value.hours.one': '1 hour',
  'policy.value.hours.many': '{{count}} hours',
  'policy.value.businessDays.one': '1 business day',
  'policy.value.businessDays.many': '{{count}} business days',
  'policy.value.stateRule': '{{state}}: {{deadline}}',
  'policy.value.unitRule': '{{unit}}-minute units; a last part of {{partial}} or more counts as one',
  'policy.value.score': '{{score}} of 4',
  'policy.list': '{{first}}; {{rest}}',
  'policy.unreadable': 'The policy at {{location}} could not be read ({{reason}}), so none of it was applied.',
  'policy.reason.notOpened': 'it could not be opened: {{detail}}',
  'policy.reason.notJson': 'it is not valid JSON: {{detail}}',
  'policy.reason.plutilFailed': 'plutil could not read it: {{detail}}',
  'policy.reason.plutilNotJson': "plutil's output is not JSON: {{detail}}",
  'policy.reason.regFailed': 'reg.exe failed: {{detail}}',
  'policy.reason.exitCode': 'exit code {{code}}',
  'policy.at': '{{location}}: {{problem}}',
  'policy.notSettings': 'The policy is not a set of named settings (a JSON object), so none of it was applied.',
  'policy.unknownSetting': '"{{name}}" is not a setting Peer Notebook knows, so it was ignored (the settings are: {{settings}}).',
  'policy.settingIgnored': '{{setting}}: {{issues}}. This setting was ignored.',
  'policy.signatureNotMatching':
    "The policy at {{location}} carries a signature that does not match this policy, or was not made by a policy key built into this installation. It was treated as unsigned: settings that tighten were applied, settings that loosen were not. Sign the final policy again with your agency's policy key.",
  'policy.signedWithoutKey':
    'The policy at {{location}} is signed, but this installation has no agency policy key built in to check it with. It was treated as unsigned: settings that tighten were applied, settings that loosen were not.',
  'policy.looserNeedsSignature':
    "{{setting}} stays {{now}}: the policy at {{location}} would loosen it to {{wanted}}, and only a policy signed with your agency's policy key may loosen a setting. Sign the policy, or choose a value no looser than {{now}}.",
  'policy.unitsNeedSignature':
    "{{setting}} stays {{now}}: the policy at {{location}} would change it to {{wanted}}, and only a policy signed with your agency's policy key may change how units are counted. Sign the policy, or leave this setting out.",
  'policy.noRecoveryKey':
    "{{setting}}: the policy at {{location}} requires an agency recovery key, but this installation has none built in, so there is no key to add. Install your agency's own build of Peer Notebook.",
  // What a setting's value must be (policy-settings.ts, unit-rule.ts): for an OS policy and agency.json alike.
  'policy.issue.field': '{{field}}: {{problem}}',
  'policy.issue.unknownFields': '{{fields}} is not a field Peer Notebook knows here (check the spelling)',
  'policy.issue.trueOrFalse': 'must be true or false',
  'policy.issue.wholeMinutes': 'must be a whole number of minutes',
  'policy.issue.wholeHours': 'must be a whole number of hours',
  'policy.issue.wholeBusinessDays': 'must be a whole number of business days',
  'policy.issue.wholePoints': 'must be a whole number of points',
  'policy.issue.atLeastOneMinute': 'must be at least 1 minute',
  'policy.issue.atMostUnitMinutes': 'must be at most 60 minutes',
  'policy.issue.atMostAutoLock': 'must be at most {{max}} minutes (the longest auto-lock time the app offers)',
  'policy.issue.atLeastOneHour': 'must be at least 1 hour',
  'policy.issue.atMostHours': 'must be at most 720 hours (30 days)',
  'policy.issue.atLeastOneBusinessDay': 'must be at least 1 business day',
  'policy.issue.atMostBusinessDays': 'must be at most 30 business days',
  'policy.issue.deadline': 'must be a number of hours or a number of business days',
  'policy.issue.stateRule': 'must be a state rule: a two-letter state and its note deadline',
  'policy.issue.stateRules': 'must be a list of state rules, each a two-letter state and its note deadline',
  'policy.issue.stateCode': 'must be a two-letter state code such as "NC"',
  'policy.issue.stateCodeCapitals': 'must be a two-letter state code in capitals, such as "NC"',
  'policy.issue.atMostStates': 'may list at most 60 states',
  'policy.issue.stateTwice': 'lists a state more than once',
  'policy.issue.unitRule': 'must give the minutes in a unit and the minutes from which part of one counts',
  'policy.issue.partialUnit': 'partialUnitFromMinutes must be at most unitMinutes (equal to it: whole units only)',
  'policy.issue.score': 'must be a zxcvbn score from 0 to 4',
  'policy.issue.kinds': 'must be a list such as ["service-note"]',
  'policy.issue.kind': 'must list record kinds from {{kinds}}',
  'policy.issue.kindTwice': 'lists a kind more than once',
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** A calendar date (YYYY-MM-DD) or a clock time (HH:MM), written out in the language a message is shown in. */
export type DatePart = { readonly date: string };
export type TimePart = { readonly time: string };
/** What fills a template's `{{name}}`: words as written (a name, a quote), a number, a date, a time, or another message. */
export type MessagePart = string | number | DatePart | TimePart | Message;

/** A message as a rule says it: a key of MESSAGES and the parts its template fills in. Plain data, so it crosses postMessage and IPC. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessagePart>>;
}

/** The `{{names}}` a template fills in. */
type ParamsOf<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | ParamsOf<Rest> : never;
type ArgsOf<K extends MessageKey> = [ParamsOf<(typeof MESSAGES)[K]>] extends [never]
  ? []
  : [params: Record<ParamsOf<(typeof MESSAGES)[K]>, MessagePart>];
/** The keys whose template has no parts. */
export type PlainMessageKey = { [K in MessageKey]: [ParamsOf<(typeof MESSAGES)[K]>] extends [never] ? K : never }[MessageKey];

/** Each `{{name}}` in a template. */
export const TEMPLATE_PARAM = /\{\{(\w+)\}\}/g;

/** A message, by key, with the parts its template names. */
export function say<K extends MessageKey>(key: K, ...[params]: ArgsOf<K>): Message {
  return params ? { key, params } : { key };
}

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Message).key === 'string' &&
  Object.hasOwn(MESSAGES, (value as Message).key);

/** How one language writes the parts that are not words as written. */
export interface PartWriter {
  number(value: number): string;
  date(isoDate: string): string;
  time(clockTime: string): string;
  /** A message in the same language, its parts filled by this writer; as a part, not capitalized. */
  message(message: Message): string;
}

/** Fills a template's `{{names}}`; a name without a value stays as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(TEMPLATE_PARAM, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}

/** Each part of a message written out by `writer`, nested messages included. */
export function writeParts(message: Message, writer: PartWriter): Record<string, string> {
  return Object.fromEntries(Object.entries(message.params ?? {}).map(([name, part]) => [name, writePart(part, writer)]));
}

function writePart(part: MessagePart, writer: PartWriter): string {
  if (typeof part === 'string') return part;
  if (typeof part === 'number') return writer.number(part);
  if ('date' in part) return writer.date(part.date);
  if ('time' in part) return writer.time(part.time);
  return writer.message(part);
}

/** A worded message starts with a capital even when a part opens it ("the person needs to sign"). */
export const capitalize = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ENGLISH: PartWriter = {
  number: (value) => value.toLocaleString('en-US'),
  date(isoDate) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    return match ? `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${Number(match[3])}, ${match[1]}` : isoDate;
  },
  time(clockTime) {
    const match = /^(\d{2}):(\d{2})$/.exec(clockTime);
    if (!match) return clockTime;
    const hours = Number(match[1]);
    return `${hours % 12 === 0 ? 12 : hours % 12}:${match[2]} ${hours < 12 ? 'AM' : 'PM'}`;
  },
  message: (message) => fillTemplate(MESSAGES[message.key], writeParts(message, ENGLISH)),
};

/** One part worded in English, for text stored in English (a disclosure's scope summary). */
export const partInEnglish = (part: MessagePart): string => writePart(part, ENGLISH);

/** A message worded in English: an error's own text, the tests' view of a rule. */
export function inEnglish(message: Message | readonly Message[]): string {
  if (!('key' in message)) return message.map((each) => inEnglish(each)).join(' ');
  return capitalize(ENGLISH.message(message));
}

/**
 * A failure a peer reads: its messages as rules said them (the window words them in the peer's
 * language), and their English as the error's own message.
 */
export class MessageError extends Error {
  readonly messages: readonly Message[];
  constructor(messages: Message | readonly Message[]) {
    const list = 'key' in messages ? [messages] : messages;
    super(inEnglish(list));
    this.name = new.target.name;
    this.messages = list;
  }
}

/** What zod says a check found, in the fields this needs to word it again. */
export interface IssueLike {
  readonly code: string;
  readonly message: string;
  readonly params?: Record<string, unknown>;
  readonly maximum?: unknown;
  readonly values?: readonly unknown[];
}

/** Messages a zod check says with parts: each part taken from what zod found. */
const ISSUE_PARTS = {
  'text.tooLong': (found: IssueLike) => ({ max: Number(found.maximum) }),
  'resource.kindMissing': (found: IssueLike) => ({ kinds: (found.values ?? []).join(', ') }),
  'policy.issue.atMostAutoLock': (found: IssueLike) => ({ max: Number(found.maximum) }),
  'policy.issue.kind': (found: IssueLike) => ({ kinds: (found.values ?? []).join(', ') }),
} satisfies Partial<Record<MessageKey, (found: IssueLike) => Record<string, MessagePart>>>;

/**
 * A message as a zod check's text: its key, worded again by `messageOfIssue`. Keys without parts,
 * or whose parts zod's own issue holds; any other check adds a custom issue with `issueWith`.
 */
export const issue = (key: PlainMessageKey | keyof typeof ISSUE_PARTS): string => key;

/** A custom zod issue carrying a whole message. */
export const issueWith = (message: Message) => ({ code: 'custom' as const, message: message.key, params: { message } });

/** The message a zod issue stands for: one carried whole, one named by key (with its parts), or a general one. */
export function messageOfIssue(found: IssueLike): Message {
  const carried = found.params?.message;
  if (isMessage(carried)) return carried;
  if (!Object.hasOwn(MESSAGES, found.message)) return say('common.needsAnotherLook');
  const key = found.message as MessageKey;
  const parts = Object.hasOwn(ISSUE_PARTS, key) ? ISSUE_PARTS[key as keyof typeof ISSUE_PARTS](found) : undefined;
  return parts ? { key, params: parts } : { key };
}

/** Each different message in a zod error, in order. */
export function messagesOfIssues(issues: readonly IssueLike[]): Message[] {
  const seen = new Set<string>();
  return issues.map(messageOfIssue).filter((message) => {
    const id = JSON.stringify(message);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
