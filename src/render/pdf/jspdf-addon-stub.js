// Stands in for html2canvas, canvg (with core-js) and DOMPurify, which jsPDF loads by dynamic
// import only for doc.html() and addSvgAsImage(). The app draws every PDF itself and never
// calls those, so astro.config.mjs aliases them here: about 100 KB gz that a first visit no
// longer downloads. Should a later change call them, jsPDF reports "Could not load …" with this.
throw new Error('jsPDF HTML/SVG add-ons (html2canvas, canvg, DOMPurify) are left out of this build: see astro.config.mjs');
