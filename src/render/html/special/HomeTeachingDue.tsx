import { localIsoDate } from '../../../calc/calendar';
import { effectiveRole } from '../../../settings/roles';
import { loadSettings } from '../../../storage/settings';
import { loadDue } from '../../../storage/special';
import { useLive } from '../hooks';
import { DueList } from './DueList';

/** The home page's 本月未满2次 list, for the school (or a device with no role chosen). */
export default function HomeTeachingDue() {
  const due = useLive(async () => {
    const settings = await loadSettings();
    if (effectiveRole(settings) !== 'school') return [];
    return loadDue(localIsoDate(new Date()));
  }, []);
  return due ? <DueList due={due} link /> : null;
}
