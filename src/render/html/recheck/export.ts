// The four groups as the page shows them -> the rows of the workbook, and the download.
import { birthOfPerson, GROUPS, type GroupKey } from '../../../calc/recheck';
import { download } from '../../../io/download';
import { exportFileName } from '../../../io/filename';
import type { Settings } from '../../../settings/schema';
import type { RecheckMark } from '../../../storage/recheck';
import type { RecheckSheetRow } from '../../xlsx/recheck-workbook';
import type { ShownRow } from './RecheckApp';

export type GroupRows = Record<GroupKey, { row: ShownRow; mark?: RecheckMark }[]>;

export function sheetRow(group: GroupKey, r: ShownRow, mark?: RecheckMark): RecheckSheetRow {
  const p = r.person;
  const x = r.huji?.xueji;
  const child = r.rosterChild;
  return {
    name: p.name,
    idNumber: p.idNumber,
    birth: birthOfPerson(p),
    age: r.age === null ? '' : String(r.age),
    village: p.village ?? '',
    school: x?.school || (group === 'fromElsewhere' || group === 'notInHuji' ? p.school ?? '' : ''),
    grade: x?.grade || (group === 'fromElsewhere' || group === 'notInHuji' ? p.grade ?? '' : ''),
    roster: child ? (child.status ? `已在花名册：${child.status}` : '已在花名册，就学状态未填') : group === 'fromElsewhere' ? '' : '不在花名册',
    checked: mark ? `已核查${mark.note ? `：${mark.note}` : ''}` : '',
  };
}

export async function exportRecheck(groups: GroupRows, settings: Settings, refDate: string): Promise<void> {
  const { recheckWorkbook } = await import('../../xlsx/recheck-workbook');
  const rows = Object.fromEntries(GROUPS.map((g) => [g.key, groups[g.key].map(({ row, mark }) => sheetRow(g.key, row, mark))])) as Record<GroupKey, RecheckSheetRow[]>;
  const bytes = await recheckWorkbook(rows, { unit: settings.unit, refDate });
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  download(blob, exportFileName({ unit: settings.unit, annex: '', title: '入学再核查', subject: '', date: Date.now(), ext: 'xlsx' }));
}
