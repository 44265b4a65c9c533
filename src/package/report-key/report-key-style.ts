/**
 * The HTML key's one stylesheet, inline so the page needs no other file. Readable on a laptop
 * (no table wider than the page: long ids wrap) and on paper: an interaction, or failing that its
 * responses table, is kept on one page, headings stay with what follows them, and the in-page
 * navigation links are left out of the print.
 */
export const reportKeyStyle = [
  'body{font:15px/1.45 system-ui,sans-serif;color:#111;max-width:60rem;margin:1rem auto;padding:0 1rem}',
  'h1{font-size:1.5em}h2{font-size:1.3em;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #444}h3{font-size:1.05em;margin:0 0 .5rem}',
  'code{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:.95em;overflow-wrap:anywhere}',
  'nav ol{padding-inline-start:1.5rem}nav li{margin:.15rem 0}',
  '.interaction{border:1px solid #aaa;border-radius:4px;padding:.75rem;margin:1rem 0}',
  'h3:target{background:#fff3b0}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 .75rem}dt{font-weight:bold}dd{margin:0}dd code{user-select:all}',
  'table{border-collapse:collapse;width:100%}caption{text-align:start;font-weight:bold;margin-bottom:.25rem}',
  'th,td{border:1px solid #888;padding:.25rem .5rem;text-align:start;vertical-align:top}thead th{background:#eee}tbody th{font-weight:normal}',
  'tr.expected{background:#e8f4e8}',
  '.top{margin:.5rem 0 0;font-size:.9em}',
  '@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}.top{display:none}',
  '.interaction,table{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}',
  'thead th,tr.expected{background:none}}',
].join('');
