import { describe, expect, it } from 'vitest';
import { ROLE_SCRIPT } from '../../src/layouts/role-script.mjs';
import { ROLE_MIRROR } from '../../src/storage/settings';

describe('the inline role script', () => {
  it('reads the key the settings mirror the role under (its text is fixed: the CSP allows it by hash)', () => {
    expect(ROLE_SCRIPT).toContain(`localStorage.getItem(${JSON.stringify(ROLE_MIRROR)})`);
  });
});
