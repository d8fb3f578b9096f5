import { defineForm } from '../kit/define';
import { STUDENT_GROUPS } from './groups';
import { needsOnSiteAck, onSiteWarnings } from './guidance';
import { visitFillFromChild } from './roster-fill';
import { VISIT_MODES } from './modes';

/** 附件3-1 “教师大家访”活动记录表: one entry per visit. */
export const visitRecord = defineForm({
  id: '3-1',
  filledBy: 'teacher',
  version: 1,
  annex: '附件3-1',
  title: '“教师大家访”活动记录表',
  summary: '每次家访一份记录，汇成学校的家访表册',
  subjectKey: 'student',
  dateKey: 'date',
  listKeys: ['date', 'student', 'className', 'teacher', 'mode'],
  // The 表册 is the school's index of visits, by class: who was visited, when, how, by whom
  // and what came of it, readable on landscape A4 (≥ 9 pt). Each record's full text (家庭
  // and 个人基本情况, signatures) is in its own 记录表 and in the file's data sheet.
  register: {
    title: '“教师大家访”家访表册',
    subjectKey: 'teacher',
    keys: ['className', 'student', 'date', 'time', 'mode', 'groups', 'parent', 'phone1', 'address', 'teacher',
      'points', 'effect', 'suggestions'],
    sortKeys: ['className', 'student', 'date'],
    widths: { className: 10, student: 8, time: 7.5, mode: 9, groups: 12, parent: 8, address: 14, teacher: 8,
      points: 21, effect: 19, suggestions: 15 },
  },
  fields: [
    { key: 'unit', label: '单位名称', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'date', label: '日期', kind: 'date', required: true, defaultFrom: 'today', inCampaign: true },
    { key: 'teacher', label: '家访教师姓名', kind: 'text', required: true, defaultFrom: 'teacher' },
    { key: 'position', label: '职务', kind: 'text', placeholder: '如 班主任、数学教师', defaultFrom: 'position' },
    { key: 'companions', label: '随访教师姓名', kind: 'text', hint: '多人用顿号“、”分隔' },
    { key: 'student', label: '受访学生姓名', kind: 'text', required: true },
    { key: 'className', label: '班级', kind: 'text', required: true, placeholder: '如 七年级（2）班' },
    { key: 'groups', label: '学生类别', kind: 'multi', hint: '可多选（见通知“二、工作形式”）',
      options: STUDENT_GROUPS.map((g) => ({ value: g, label: g })), wide: true },
    { key: 'parent', label: '受访家长姓名', kind: 'text', required: true },
    { key: 'phone1', label: '电话1', kind: 'phone', required: true },
    { key: 'phone2', label: '电话2', kind: 'phone' },
    { key: 'address', label: '家访地址', kind: 'text', required: true, wide: true },
    { key: 'time', label: '家访时间', kind: 'text', required: true, placeholder: '如 15:00-16:00' },
    { key: 'mode', label: '家访形式', kind: 'choice', required: true, options: VISIT_MODES },
    { key: 'family', label: '受访学生家庭基本情况', kind: 'textarea', required: true, wide: true },
    { key: 'personal', label: '受访学生个人基本情况', kind: 'textarea', required: true, wide: true },
    { key: 'points', label: '家访要点', kind: 'textarea', required: true, wide: true },
    { key: 'effect', label: '家访效果', kind: 'textarea', required: true, wide: true },
    { key: 'suggestions', label: '家长对学校、对教育部门的建议和意见', kind: 'textarea', wide: true },
    { key: 'parentSign', label: '受访家长签名', kind: 'text' },
    { key: 'recorder', label: '家访记录人', kind: 'text', required: true, defaultFrom: 'teacher' },
    { key: 'onSiteAck', label: '已知悉：该生属于应实地家访的学生，因偏远等原因采用其他形式', kind: 'flag', wide: true,
      enabledWhen: needsOnSiteAck, hiddenWhenDisabled: true },
    { key: 'duration', label: '预计用时', kind: 'text', placeholder: '如 1小时' },
    // Stamped by the 报备 buttons; shown as text, with the placeholder while not yet reported.
    { key: 'departAt', label: '出发报备时间', kind: 'text', readOnly: true, placeholder: '未报备' },
    { key: 'returnAt', label: '结束报备时间', kind: 'text', readOnly: true, placeholder: '未报备' },
    // The roster child the record's student was picked from (fillFrom); never printed.
    { key: 'childId', label: '花名册学生', kind: 'text', readOnly: true },
  ],
  reports: { pendingLabel: '家访中', steps: [
    { key: 'departAt', label: '出发报备',
      template: '【家访出发报备】{teacher}[（随访：{companions}）]于{now}出发家访。家访对象：{className}{student}同学家长{parent}；地点：{address}；预计用时：{duration}。联系电话保持畅通。' },
    { key: 'returnAt', label: '结束报备',
      template: '【家访结束报备】{teacher}对{className}{student}同学的家访已于{now}结束，安全返回。' },
  ] },
  warnings: onSiteWarnings,
  fillFrom: { formId: 'roster', linkKey: 'childId', label: '从花名册选择学生', fill: visitFillFromChild },
  sections: [
    { keys: ['unit', 'date'] },
    { title: '家访教师', keys: ['teacher', 'position', 'companions'] },
    { title: '受访学生与家长', keys: ['student', 'className', 'groups', 'parent', 'phone1', 'phone2', 'address'] },
    { title: '家访情况', keys: ['time', 'mode', 'onSiteAck', 'family', 'personal', 'points', 'effect'] },
    { title: '家长意见', keys: ['suggestions', 'parentSign', 'recorder'] },
    { title: '出行报备', keys: ['duration', 'departAt', 'returnAt'], reports: true },
  ],
  paper: {
    orientation: 'portrait',
    columns: [12, 14, 9, 14, 11, 18],
    head: [
      { t: '附件3-1', align: 'left', size: 12 },
      { t: '“教师大家访”活动记录表', align: 'center', size: 18, bold: true },
      { t: '单位名称：{unit}', align: 'left', size: 12, right: '{date}' },
    ],
    rows: [
      { height: 36, cells: [
        { t: '家访教师\n姓名', label: true }, { t: '{teacher}' },
        { t: '职务', label: true }, { t: '{position}' },
        { t: '随访教师\n姓名', label: true }, { t: '{companions}' },
      ] },
      { height: 36, cells: [
        { t: '受访学生\n姓名', label: true }, { t: '{student}' },
        { t: '班级', label: true }, { t: '{className}', colSpan: 3 },
      ] },
      { height: 24, cells: [
        { t: '受访家长\n姓名', label: true, rowSpan: 2 }, { t: '{parent}', rowSpan: 2 },
        { t: '联系\n电话', label: true, rowSpan: 2 }, { t: '电话1：{phone1}', colSpan: 3 },
      ] },
      { height: 24, cells: [{ t: '电话2：{phone2}', colSpan: 3 }] },
      { height: 30, cells: [{ t: '家访地址', label: true }, { t: '{address}', colSpan: 5 }] },
      { height: 30, cells: [
        { t: '家访时间', label: true }, { t: '{time}' },
        { t: '家访形式', label: true }, { t: '{mode}', colSpan: 3 },
      ] },
      { height: 80, cells: [{ t: '受访学生家庭基本情况', label: true }, { t: '{family}', colSpan: 5 }] },
      { height: 80, cells: [{ t: '受访学生个人基本情况', label: true }, { t: '{personal}', colSpan: 5 }] },
      { height: 110, cells: [{ t: '家访\n要点', label: true }, { t: '{points}', colSpan: 5 }] },
      { height: 90, cells: [{ t: '家访\n效果', label: true }, { t: '{effect}', colSpan: 5 }] },
      { height: 100, cells: [
        { t: '家长对学校、对教育部门的建议和意见', label: true },
        { t: '{suggestions}\n\n受访家长签名：{parentSign}', colSpan: 5 },
      ] },
    ],
    foot: [{ t: '家访记录人：{recorder}', align: 'left', size: 12 }],
  },
});
