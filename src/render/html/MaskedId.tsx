import { useState } from 'preact/hooks';
import { maskIdNumber } from '../../calc/idcard';

/**
 * An ID number as lists show it: masked as the roster list masks it (a phone is read over a
 * shoulder), whole after a tap on 显示, masked again on 隐藏.
 */
export function MaskedId({ id, name }: { id: string; name: string }) {
  const [whole, setWhole] = useState(false);
  if (!id) return null;
  return (
    <span class="id-number">
      <code data-testid="id-number">{whole ? id : maskIdNumber(id)}</code>
      <button type="button" class="link" onClick={() => setWhole(!whole)}
        aria-label={`${whole ? '隐藏' : '显示'} ${name || '（未填写）'} 的身份证号码`}>
        {whole ? '隐藏' : '显示'}
      </button>
    </span>
  );
}

/** The list keys of a form that hold ID numbers: shown through MaskedId, not in a row's line. */
export const idKeys = (form: { listKeys: string[]; fieldByKey: Map<string, { kind: string }> }): string[] =>
  form.listKeys.filter((k) => form.fieldByKey.get(k)?.kind === 'idcard');
