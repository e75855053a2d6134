// The pages' only inline style and script (hashed into each page's Content-Security-Policy).

export const STYLE = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--amount:#ffe08a;--rate:#b7e4c7;--threshold:#c5d7ff;--unit:#f3c4fb;--deadline:#ffd6a5;--fp:#e63946;--fn:#1d7bd8}
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:var(--ink);margin:24px;line-height:1.6}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px}
.understood{color:var(--muted);margin:0 0 12px}.understood b{color:var(--ink);font-weight:600}
.tools{margin:12px 0;display:flex;gap:12px;align-items:center}
#filter{padding:6px 10px;width:320px;border:1px solid var(--line);border-radius:4px}
#count{color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f4f8;cursor:pointer;white-space:nowrap;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.main{cursor:pointer}tr.main:hover{background:#f8fafc}
td.num{text-align:right;word-break:keep-all;min-width:6em}tr.main td:first-child,td.status{white-space:nowrap}
td.measure{min-width:9em}td.value{min-width:14em;max-width:32em}td.role{min-width:4.5em}td.units{min-width:8em}td.docref{min-width:11em}td.pair{min-width:6.5em;word-break:keep-all}
.draft{color:#b45309}.expired,.superseded{color:#9b1c1c}.pending{color:#6b21a8}
tr.src td{background:#fbfcfe}
.ctx p{margin:4px 0}.ctx .near{color:var(--muted)}.ctx .heading{font-weight:600}
.ctx .meta{color:var(--muted);font-size:12px}
mark{padding:0 1px;border-radius:2px}
mark.hl,mark.amount{background:var(--amount)}mark.rate{background:var(--rate)}mark.threshold{background:var(--threshold)}
mark.unit{background:var(--unit)}mark.deadline{background:var(--deadline)}
mark.fp{outline:2px solid var(--fp)}.fn{color:var(--fn);border-bottom:2px dashed var(--fn)}
.legend span{display:inline-block;margin-right:12px}.legend i{display:inline-block;width:14px;height:14px;vertical-align:middle;margin-right:4px;border-radius:2px}
.legend .amount{background:var(--amount)}.legend .rate{background:var(--rate)}.legend .threshold{background:var(--threshold)}
.legend .unit{background:var(--unit)}.legend .deadline{background:var(--deadline)}.legend .fp{outline:2px solid var(--fp)}.legend .fn{border-bottom:2px dashed var(--fn)}
.chart svg{max-width:100%;height:auto}.chart rect{fill:#3e7cb1}.chart text{font-size:13px;fill:var(--ink)}
figcaption{font-weight:600;margin-bottom:4px}
.doc{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:24px;border-top:2px solid var(--line);padding-top:8px;margin-top:24px}
.doctext{white-space:pre-wrap;font-size:14px}
.values{font-size:13px;position:sticky;top:0;max-height:100vh;overflow:auto;align-self:start}.values li{margin:2px 0}.values .missed{color:var(--fn)}.values .wrong{color:var(--fp)}
footer{margin-top:24px;color:var(--muted);font-size:12px}
`;

/** Sort by a column (numbers by data-v), filter rows by text, open a row's source below it. */
export const SCRIPT = `
(function(){
  var table=document.getElementById('rows');
  if(table){
    var data=JSON.parse(document.getElementById('pclause-data').textContent);
    var bodies=Array.prototype.slice.call(table.querySelectorAll('tbody.row'));
    var count=document.getElementById('count');
    var show=function(){var n=bodies.filter(function(b){return !b.hidden;}).length;count.textContent='显示 '+n+' / '+data.rows.length+' 行';};
    table.addEventListener('click',function(e){
      var th=e.target.closest('th');
      if(th){
        var col=Number(th.getAttribute('data-col'));var num=th.hasAttribute('data-num');
        var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
        table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',dir===1?'ascending':'descending');
        var key=function(b){var td=b.querySelector('tr.main').children[col];var v=td.getAttribute('data-v');return v===null?td.textContent:v;};
        bodies.sort(function(a,b){var x=key(a),y=key(b);
          if(num){x=x===''?NaN:Number(x);y=y===''?NaN:Number(y);if(isNaN(x))return 1;if(isNaN(y))return -1;return (x-y)*dir;}
          return x.localeCompare(y,'zh-CN')*dir;});
        bodies.forEach(function(b){table.appendChild(b);});
        return;
      }
      var tr=e.target.closest('tr.main');
      if(tr){var src=tr.nextElementSibling;src.hidden=!src.hidden;tr.setAttribute('aria-expanded',String(!src.hidden));}
    });
    table.addEventListener('keydown',function(e){var tr=e.target.closest&&e.target.closest('tr.main');if(tr&&(e.key==='Enter'||e.key===' ')){e.preventDefault();tr.click();}});
    var filter=document.getElementById('filter');
    filter.addEventListener('input',function(){
      var q=filter.value.trim().toLowerCase();
      bodies.forEach(function(b){var t=(b.querySelector('tr.main').textContent+' '+b.querySelector('.clause').textContent).toLowerCase();b.hidden=q!==''&&t.indexOf(q)<0;});
      show();
    });
    show();
  }
})();
`;
