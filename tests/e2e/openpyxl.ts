// Reads a workbook with openpyxl (Debian's python3-openpyxl), as the bureau's own scripts and
// other spreadsheet tools would: the cached values of formulas, not our reader's idea of them.
import { execFileSync } from 'node:child_process';

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))
`;

/** Every sheet's rows as openpyxl reads them (formulas as their cached values). */
export function openpyxlRows(path: string): Record<string, unknown[][]> {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8' }));
}
