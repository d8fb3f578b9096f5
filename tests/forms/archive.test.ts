import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  archive, BOXES, directoryTotals, missingByBox, paperKeys, PRODUCED_ITEMS, tallyStates, termOf, volumeMark, volumes,
} from '../../src/forms/archive';
import { catalogue } from './archive-data';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { evaluate } from '../../src/forms/kit/evaluate';
import { formById } from '../../src/forms/registry';
import { placeCells } from '../../src/forms/kit/paper';

// 附件2-2 as it stands in the seed (/work/shared/seed), cut out verbatim.
const seed = readFileSync(new URL('../fixtures/seed-2-2.txt', import.meta.url), 'utf8');
const [b1, b2, b3] = BOXES;

describe('the eight boxes as in the seed', () => {
  it('has boxes Ⅰ–Ⅷ with the seed’s item counts', () => {
    expect(BOXES.map((b) => b.roman).join('')).toBe('ⅠⅡⅢⅣⅤⅥⅦⅧ');
    expect(BOXES.map((b) => b.items.length)).toEqual([3, 5, 5, 2, 5, 3, 2, 2]);
  });

  it('copies every title and item verbatim from the seed', () => {
    for (const b of BOXES) {
      expect(seed).toContain(`**学校\n${b.title}\n`);
      for (const item of b.items) expect(seed).toContain(`${item.mark}${item.text}`);
      // The seed breaks some spines over two table lines.
      const spineInSeed = seed.includes(`\t${b.spine}\n`) || seed.includes(`\t${b.spine.replace(/^控辍保学/, '控辍保学\n')}\n`);
      expect(spineInSeed, b.spine).toBe(true);
    }
    expect(b1.spine).toBe('控辍保学Ⅰ类');
  });

  it('links the items the app produces to existing form ids', () => {
    expect(PRODUCED_ITEMS.map((p) => `${BOXES[p.box - 1].roman}${BOXES[p.box - 1].items[p.item].mark}:${p.formId}`))
      .toEqual(['Ⅰ③:visit-summary', 'Ⅲ①:1-1', 'Ⅲ②:1-2', 'Ⅲ③:roster', 'Ⅲ④:2-1', 'Ⅲ⑤:2-1', 'Ⅳ①:monthly-report', 'Ⅴ②:graduate', 'Ⅴ④:status-change', 'Ⅴ⑤:enrolment-check', 'Ⅵ②:disability', 'Ⅵ③:home-teaching', 'Ⅶ①:2-1', 'Ⅶ②:4']);
    // Ⅶ① is not the 2-1 entries but the list of suspected dropouts on the 2-1 page.
    expect(PRODUCED_ITEMS.find((p) => p.box === 7 && p.item === 0)?.file)
      .toEqual({ href: '/forms/2-1/#suspected', title: BOXES[6].items[0].text.replace(/^①|。$/g, '') });
    for (const p of PRODUCED_ITEMS) expect(formById(p.formId), p.formId).toBeDefined();
  });
});

describe('volumes, directories and the overview', () => {
  const data = catalogue({}, [
    [b1, 0, { state: '齐全', count: 12, pages: 40 }],
    [b1, 1, { state: '部分', count: 2, note: ' 缺成员分工 ' }],
    [b1, 2, { state: '无' }],
    [b3, 0, { state: '齐全', count: 1, pages: 3 }],
    [b3, 2, { volume: 2 }], [b3, 3, { volume: 2 }], [b3, 4, { volume: 5 }],
  ], [[b3, 2]]);

  it('gives one volume per box, two for a box split in two', () => {
    const vs = volumes(data);
    expect(vs).toHaveLength(9);
    expect(vs.filter((v) => v.box === b3).map((v) => v.mark)).toEqual(['盒（一）', '盒（二）']);
    expect(vs.find((v) => v.box === b1)!.mark).toBe('');
  });

  it('files items in their volume, beyond the last volume in the last, and leaves out items marked 无', () => {
    const vs = volumes(data);
    const [v1, v2] = vs.filter((v) => v.box === b3);
    expect(v1.rows.map((r) => r.mark)).toEqual(['①', '②']);
    expect(v2.rows.map((r) => [r.no, r.mark])).toEqual([[1, '③'], [2, '④'], [3, '⑤']]);
    const box1 = vs.find((v) => v.box === b1)!;
    expect(box1.rows.map((r) => [r.no, r.mark, r.count, r.pages, r.note])).toEqual([
      [1, '①', 12, 40, ''], [2, '②', 2, null, '缺成员分工'],
    ]);
    expect(directoryTotals(box1.rows)).toEqual({ count: 14, pages: 40 });
  });

  it('lists what is missing by box: items marked 无 or 部分', () => {
    expect(missingByBox(data).map((b) => [b.box.roman, b.items.map((i) => `${i.mark}${i.state}`)])).toEqual([
      ['Ⅰ', ['②部分', '③无']],
    ]);
    expect(tallyStates(data)).toEqual({ total: 27, full: 2, partial: 1, none: 1, unset: 23 });
  });

  it('names volumes as the seed does', () => {
    expect([1, 2, 3, 10].map(volumeMark)).toEqual(['盒（一）', '盒（二）', '盒（三）', '盒（十）']);
  });
});

describe('the catalogue form', () => {
  const v = archive.resolve(catalogue({ unit: '城关中学', year: '2021-2022', semester: '上学期' }, [
    [b2, 4, { volume: 2 }], [b2, 0, { state: '无', count: 3 }],
  ], [[b2, 2]]), NO_SOURCES);

  it('prints the term and the volume marks of a split box', () => {
    const paper = archive.paperValues!(v);
    expect(archive.fill('{term}', v)).toBe('2021-2022学年上学期');
    expect(paper.term).toBe('2021-2022学年上学期');
    expect(paper[paperKeys.volumeMark(b2, 0)]).toBe('盒（一）');
    expect(paper[paperKeys.volumeMark(b2, 4)]).toBe('盒（二）');
    expect(paper[paperKeys.volumeMark(b1, 0)]).toBe('');
    expect(paper[paperKeys.volumesText(b2)]).toBe('共2盒');
  });

  it('says a count on an item marked 无 beside that item, and a malformed school year on the form', () => {
    const ev = evaluate(archive, v);
    expect(ev.fields.items!.issues.filter((x) => !x.blocking)).toEqual([
      { message: 'Ⅱ类① 标为“无”，却填写了份数或页数，请核对。', blocking: false, source: 'problem', at: 'items.3.count' },
    ]);
    const split = evaluate(archive, catalogue(v, [[b2, 1, { volume: 3 }]]));
    expect(split.fields.items!.issues.find((x) => x.at === 'items.4.volume')?.message).toBe('Ⅱ类② 所在盒（3）超过Ⅱ类的盒数（2），按盒（二）计。');
    expect(ev.formIssues).toEqual([]);
    expect(archive.warnings!({ ...v, year: '2021' })[0]).toContain('2021-2022');
  });

  it('is complete once every item has a state', () => {
    const all = catalogue({}, BOXES.flatMap((b) => b.items.map((_, i) => [b, i, { state: '齐全' }] as const)).map(([b, i, c]) => [b, i, c]));
    expect(archive.check({ unit: '城关中学', year: '2021-2022', semester: '上学期', ...all })).toEqual({});
    expect(archive.progress!(archive.resolve({ year: '2021-2022', semester: '上学期', ...all }, NO_SOURCES)))
      .toBe('2021-2022学年上学期：齐全 27 / 27 项，部分 0 项，无 0 项');
  });

  it('prints every box with its spine, front text and items on its paper grid', () => {
    const text = placeCells(archive.paper).map((p) => archive.fill(p.cell.t, v)).join('|');
    for (const b of BOXES) {
      expect(text).toContain(b.spine);
      expect(text).toContain(`城关中学\n${b.title}`);
      for (const item of b.items) expect(text).toContain(`${item.mark}${item.text}`);
    }
  });

  it('migrates a v1 entry (flat fields) to the tables, keeping every value and the status', () => {
    const v1 = { unit: '城关中学', year: '2021-2022', semester: '上学期', spineWidth: '4', b3Vols: 2, b1i1State: '齐全', b1i1Count: 12, b3i5Vol: 2, b8i2Note: '缺' };
    const v2 = archive.migrate(v1, 1);
    expect(archive.draftSchema.parse(v2)).toEqual(v2);
    expect(Object.keys(v2).sort()).toEqual(['items', 'semester', 'spineWidth', 'unit', 'volumes', 'year']);
    expect(v2.volumes).toHaveLength(8);
    expect(v2.items).toHaveLength(27);
    expect([archive.fill('{volumes.2.count}|{items.0.state}|{items.0.count}|{items.12.volume}|{items.26.note}', v2)]).toEqual(['2|齐全|12|2|缺']);
    expect(volumes(v2).filter((v) => v.box === b3)).toHaveLength(2);
    expect(archive.check(v2)['items.1.state']).toBe('必填');
    expect(archive.migrate({}, 1)).toMatchObject({ volumes: BOXES.map(() => ({ count: null })) });
  });

  it('starts in the term of the day', () => {
    expect(termOf(new Date(2021, 9, 19))).toEqual({ year: '2021-2022', semester: '上学期' });
    expect(termOf(new Date(2022, 0, 10))).toEqual({ year: '2021-2022', semester: '上学期' });
    expect(termOf(new Date(2022, 2, 1))).toEqual({ year: '2021-2022', semester: '下学期' });
  });
});
