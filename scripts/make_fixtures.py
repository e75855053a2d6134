"""Make the reader fixtures in corpus/ and fixtures/bad/ from the texts in fixtures/src/.

Committed outputs; CI never runs this. Needs Debian's libreoffice-writer, fonts-noto-cjk, qpdf.
Run: python3 scripts/make_fixtures.py
"""
import os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SRC = os.path.join(ROOT, 'fixtures', 'src')
CORPUS = os.path.join(ROOT, 'corpus')
BAD = os.path.join(ROOT, 'fixtures', 'bad')

FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-indent="0.8cm"/>
<style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="15pt" style:font-size-asian="15pt"/></style:default-style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
{header}{footer}
</style:master-page></office:master-styles>
<office:body><office:text>
'''
FODT_TAIL = '</office:text></office:body></office:document>\n'


def fodt(paragraphs, header='', footer=False, table=None):
    h = f'<style:header><text:p text:style-name="Center">{escape(header)}</text:p></style:header>' if header else ''
    f = '<style:footer><text:p text:style-name="Center">— <text:page-number text:select-page="current"/> —</text:p></style:footer>' if footer else ''
    body = []
    for i, p in enumerate(paragraphs):
        style = 'Title' if i == 0 else 'Standard'
        body.append(f'<text:p text:style-name="{style}">{escape(p)}</text:p>')
    if table:
        cols = len(table[0])
        body.append(f'<table:table table:name="T1"><table:table-column table:number-columns-repeated="{cols}"/>')
        for row in table:
            body.append('<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row + [''] * (cols - len(row))) + '</table:table-row>')
        body.append('</table:table>')
    return FODT_HEAD.replace('{header}', h).replace('{footer}', f) + '\n'.join(body) + FODT_TAIL


def convert(fodt_text, name, fmt):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, name + '.fodt')
        open(src, 'w', encoding='utf-8').write(fodt_text)
        subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', d, src], check=True, capture_output=True)
        out = os.path.join(d, f'{name}.{fmt.split(":")[0]}')
        return open(out, 'rb').read()


def paragraphs(path):
    return [l.strip() for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]


# 1. A multi-page PDF with CJK text, a running header and "— N —" page numbers (seed 003, plan 4).
pdf = convert(fodt(paragraphs(os.path.join(SRC, 'green-plan.txt')), header='重庆市人民政府公报', footer=True), 'green-plan', 'pdf')
open(os.path.join(CORPUS, 'chongqing-green-plan.pdf'), 'wb').write(pdf)

# 2. A DOCX holding a table (seed 002, 附件1 targets).
rows = [l.split('\t') for l in open(os.path.join(SRC, 'qianjiang-targets.tsv'), encoding='utf-8').read().split('\n') if l.strip()]
title, caption, table, note = rows[0][0], rows[1][0], rows[2:-1], rows[-1][0]
docx = convert(fodt([title, caption], table=table) .replace('</office:text>', f'<text:p>{escape(note)}</text:p></office:text>'), 'targets', 'docx:MS Word 2007 XML')
open(os.path.join(CORPUS, 'qianjiang-targets.docx'), 'wb').write(docx)

# 3. A government web page: navigation, breadcrumb, footer, GBK bytes declared as gb2312 (seed 003, plan 5).
ps = paragraphs(os.path.join(SRC, 'leader-plan.txt'))
html = f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{ps[0]}_重庆市人民政府网</title>
<script>var _hmt = _hmt || [];</script><style>.nav{{color:red}}</style></head>
<body>
<div class="header"><div class="logo">重庆市人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="article"><h1>{ps[0]}</h1>
<div class="TRS_Editor">
{''.join(f'<p style="text-indent:2em">{escape(p)}</p>' for p in ps[1:])}
</div></div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办：重庆市人民政府办公厅　版权所有</p><p>渝ICP备05003300号</p></div>
</body></html>'''
open(os.path.join(CORPUS, 'chongqing-leader-plan.html'), 'wb').write(html.encode('gbk'))

# 4. A GBK text dump with CRLF line ends (seed 000, 附件4).
txt = open(os.path.join(SRC, 'qijiang-green.txt'), encoding='utf-8').read()
open(os.path.join(CORPUS, 'qijiang-green-gbk.txt'), 'wb').write(txt.replace('\n', '\r\n').encode('gb18030'))

# Bad inputs.
os.makedirs(BAD, exist_ok=True)
open(os.path.join(BAD, 'empty.txt'), 'wb').write(b'')
open(os.path.join(BAD, 'truncated.pdf'), 'wb').write(pdf[: len(pdf) // 3])
open(os.path.join(BAD, 'binary.txt'), 'wb').write(bytes(range(256)) * 8)
open(os.path.join(BAD, 'notazip.docx'), 'wb').write('这不是一个Word文件'.encode('utf-8'))
subprocess.run(['qpdf', '--encrypt', 'secret', 'owner', '256', '--', os.path.join(CORPUS, 'chongqing-green-plan.pdf'), os.path.join(BAD, 'encrypted.pdf')], check=True)
# A scanned page: one image, no text layer.
w = h = 8
img = bytes([200] * (w * h))
objs = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    b'<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n' + img + b'\nendstream',
]
content = b'q 500 0 0 700 50 70 cm /Im0 Do Q'
objs.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
out = b'%PDF-1.4\n'
offsets = []
for i, o in enumerate(objs):
    offsets.append(len(out))
    out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
open(os.path.join(BAD, 'scanned.pdf'), 'wb').write(out)
print('fixtures written')
