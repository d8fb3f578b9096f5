// A 附件3-1 entry with every field filled, shared by the render and io tests.
import { visitRecord } from '../../src/forms/visit-record';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import type { Entry } from '../../src/storage/entry';

export const form = visitRecord;

export const settings: Settings = { ...defaultSettings(), unit: '城关中学', year: 2021 };

export function visitEntry(over: Partial<Entry['data']> = {}, id = '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a01'): Entry {
  return {
    id,
    formId: '3-1',
    formVersion: 1,
    createdAt: 1635120000000,
    updatedAt: 1635123600123,
    status: 'complete',
    data: {
      // Fields added to the form later are there too, empty.
      ...form.emptyData(),
      unit: '城关中学',
      date: '2021-10-25',
      teacher: '王老师',
      position: '班主任',
      companions: '赵堃、刘芳',
      student: '李㛃',
      className: '七年级（2）班',
      groups: ['留守儿童（含单亲子女）', '学习困难学生'],
      parent: '李建国',
      phone1: '13912345678',
      phone2: '0913-7212345',
      address: '蒲城县城关街道东槐院村三组',
      time: '15:00-16:00',
      mode: 'face',
      family: '父母在外务工，与祖父母同住。家庭收入主要依靠务工。',
      personal: '性格内向，数学成绩有待提高，喜欢画画。',
      points: '了解学生在家学习情况；宣传控辍保学政策；指导家长关注孩子心理健康。',
      effect: '家长表示会多与孩子电话沟通，配合学校做好学生教育。',
      suggestions: '希望学校多组织课外活动。',
      parentSign: '李建国',
      recorder: '王老师',
      ...over,
    },
  };
}
