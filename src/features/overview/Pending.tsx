// A part of the page whose code or data is still loading; printing waits while one is shown.
import { useLang } from '../../shared/i18n';

export function Pending() {
  const { t } = useLang();
  return (
    <p role="status" data-pending="">
      {t('loading')}
    </p>
  );
}
