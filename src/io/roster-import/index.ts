// Importing the rosters schools already keep in Excel, WPS or CSV: the pure steps, from
// bytes to roster data with per-row problems. Saving the rows is the caller's job.
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { fieldForHeader, HEADER_SYNONYMS, matchHeaders, normalizeHeader, type HeaderMatch } from './headers';
export {
  cellText,
  DAMAGED,
  EMPTY,
  HEADER_MIN_MATCHES,
  HEADER_SEARCH_ROWS,
  NO_HEADER,
  PASSWORD,
  readSheet,
  UNSUPPORTED,
  type SheetData,
  type SheetResult,
} from './sheet';
export { ID_AS_NUMBER, REJECTED, rowsToChildren, type ImportedRow, type ImportOptions } from './rows';
export {
  isScientific,
  parseDateText,
  parseGroups,
  parseSex,
  parseStatus,
  parseSub,
  parseYesNo,
  splitPhones,
  unwrapIdText,
  type ParsedDate,
  type ParsedStatus,
  type YesNo,
} from './values';
