/**
 * The words of changing the notebook's key: the Settings section, the new recovery code, the
 * progress view the app waits behind, and the question sync asks when the key was changed on
 * another computer. Wired into en.ts as `keyChange`; es.ts fills the same shape.
 */
export const keyChangeEn = {
  settings: {
    title: "Change the notebook's key",
    when: 'Change the key if someone may have seen your passphrase or your recovery code, or if a laptop, a USB stick or a backup went missing.',
    what: "Every record is locked again under a new key. You choose a new passphrase, and you get a new recovery code that replaces the old one. Your agency's recovery key keeps working.",
    otherComputers: 'Other computers that sync this notebook ask once for the new passphrase.',
    backups:
      'Backups made before still open with the old passphrase and the old recovery code. Make a fresh backup once the key is changed, and destroy the old ones.',
    passphrase: 'Your passphrase now',
    newPassphrase: 'New passphrase',
    start: 'Change the key',
    preparing: 'Making a new key. This takes a few seconds.',
  },
  newCode: {
    title: 'Your new recovery code',
    intro:
      'This code replaces your old one, which stops working once the key is changed. It is shown this once. Write it down or print it, keep it somewhere safe and private, and destroy the old one.',
    confirm: 'Change the key now',
    cancel: 'Not now',
    starting: 'Starting the change',
  },
  progress: {
    title: "Changing your notebook's key",
    intro:
      'Every record is being locked again under the new key. You can leave this running; your notebook will be ready when it finishes.',
    label: 'How far the key change has got',
    counted: '{{done}} of {{total}} records and history entries ({{percent}}%)',
    stopped: 'The key change paused. Nothing is lost, and it carries on from where it stopped.',
    tryAgain: 'Carry on',
    doneTitle: 'Your notebook has a new key',
    doneHere: 'Use your new recovery code from now on. Make a fresh backup now, and destroy the backups made before.',
    doneAdopted:
      'The key was changed on another computer, and this computer now uses it too. The recovery code changed there: use the new one from that computer.',
    carryOn: 'Back to my notebook',
  },
  adopt: {
    title: "This notebook's key was changed on another computer",
    body: 'Type the new passphrase chosen there to keep syncing. Everything here is then locked again under the new key, and the new passphrase opens this notebook from then on. The new recovery code is the one shown on that computer.',
    passphrase: 'The new passphrase',
    go: 'Keep syncing',
    later: 'Not now',
    working: 'Opening the new key',
    needed:
      "This notebook's key was changed on another computer. Choose Sync now and type the new passphrase chosen there to keep syncing.",
  },
};
