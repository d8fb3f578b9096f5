import { ROLE_LABELS } from '../../settings/roles';
import { ROLES, type Role } from '../../settings/role-ids';

/** One tap per role: 教师, 学校, 镇（中心校）, 教育局. */
export function RolePicker({ value, onPick }: { value: Role | undefined; onPick: (r: Role) => void }) {
  return (
    <div class="actions role-picker" role="group" aria-label="使用身份">
      {ROLES.map((r) => (
        <button type="button" key={r} aria-pressed={value === r} class={value === r ? 'primary' : ''}
          onClick={() => onPick(r)}>{ROLE_LABELS[r]}</button>
      ))}
    </div>
  );
}
