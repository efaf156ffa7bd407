/**
 * What the installation has to tell the peer on whatever screen they are on: an update waiting for
 * their word, and (once, right after the unlock that did it) that the agency's recovery slot was
 * added to their notebook.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedWork } from '../../ui/use-unsaved-work';
import { useUpdateStatus } from './use-update-status';
import { UpdatePrompt } from './UpdatePrompt';

/** `updatePrompt`: false on "About this installation", which shows the update in its own section. */
export function InstallationNotices({ agencySlotAdded, updatePrompt }: { agencySlotAdded: boolean; updatePrompt: boolean }) {
  const { t } = useTranslation();
  const updateStatus = useUpdateStatus();
  const [slotNoticeOpen, setSlotNoticeOpen] = useState(agencySlotAdded);
  // The notebook is open with no form yet: tell the host nothing is unsaved (forms say otherwise).
  useUnsavedWork(false);
  return (
    <>
      {updatePrompt && <UpdatePrompt status={updateStatus} />}
      {slotNoticeOpen && (
        <div className="notice notice-success agency-slot-added" role="status">
          <span>{t('about.effects.agencySlotAdded')}</span>{' '}
          <button type="button" onClick={() => setSlotNoticeOpen(false)}>
            {t('about.effects.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
