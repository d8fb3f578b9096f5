// PDF exports. Load with `await import('../render/pdf')` when exporting: jsPDF is large.
// Both take the TrueType font from public/fonts/NotoSerifSC-subset.ttf as bytes.
export { formPdf } from './form-pdf';
export { registerPdf } from './register-pdf';
export { parseFont } from './font';
