"""heldout16: flat ODT (.fodt) writer for PDFs laid out by LibreOffice, and the
annotation writer.  Each gen/dN.py builds one document with the helpers below;
`python3 gen/build.py` writes docs/NAME.fodt and docs/NAME.expected.json and
runs `libreoffice --headless --convert-to pdf` (LibreOffice is needed only
here; the PDFs are committed).

Inline markup in text: [[fn:...]] a real footnote, **...** bold, {nb} a no-break
space, {tab} a tab, {page}/{pages} the page number fields."""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from annotation import H, K, OMIT, T  # noqa: E402,F401
from annotation import doc_commitment as C  # noqa: E402,F401
from annotation import doc_motion as M  # noqa: E402,F401
from annotation import doc_sponsor as S  # noqa: E402,F401


def inline(s):
    """text with markup -> ODF inline XML"""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]|\*\*(.*?)\*\*", s):
        out.append(_plain(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:note text:note-class="footnote"><text:note-citation/>'
                       '<text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                       '</text:note-body></text:note>' % _plain(m.group(1)))
        else:
            out.append('<text:span text:style-name="Bold">%s</text:span>' % _plain(m.group(2)))
        pos = m.end()
    out.append(_plain(s[pos:]))
    return "".join(out)


def _plain(s):
    s = escape(s)
    s = s.replace("{nb}", "\u00a0").replace("{tab}", "<text:tab/>")
    s = s.replace("{page}", "<text:page-number text:select-page=\"current\">1</text:page-number>")
    s = s.replace("{pages}", "<text:page-count>1</text:page-count>")
    return s


def P(text, style="Body"):
    """One paragraph; '\n' in text is a line break inside it."""
    return '<text:p text:style-name="%s">%s</text:p>' % (
        style, "<text:line-break/>".join(inline(x) for x in text.split("\n")))


def Hd(text):
    return P(text, "Head")


def Bullets(items, style="Body"):
    return ('<text:list text:style-name="LBullet">%s</text:list>' % "".join(
        '<text:list-item>%s</text:list-item>' % P(i, style) for i in items))


def Numbered(items, style="Body"):
    return ('<text:list text:style-name="LNum">%s</text:list>' % "".join(
        '<text:list-item>%s</text:list-item>' % P(i, style) for i in items))


_tables = [0]


def Table(widths_cm, head, rows, style="Cell", border=True):
    """A table; head (a list of cell texts or None) repeats on every page."""
    _tables[0] += 1
    name = "Tabel%d" % _tables[0]
    cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (name, i)
                   for i in range(len(widths_cm)))
    cell = "CellB" if border else "CellN"

    def row(cells, st):
        return "<table:table-row>%s</table:table-row>" % "".join(
            '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
            % (cell, "".join(P(x, st) for x in (c if isinstance(c, list) else [c]))) for c in cells)
    x = '<table:table table:name="%s" table:style-name="%s">%s' % (name, name, cols)
    if head:
        x += "<table:table-header-rows>%s</table:table-header-rows>" % row(head, "CellHead")
    x += "".join(row(r, style) for r in rows) + "</table:table>"
    auto = ('<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fcm" table:align="left"/></style:style>' % (name, sum(widths_cm)))
    auto += "".join('<style:style style:name="%s.C%d" style:family="table-column">'
                    '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                    % (name, i, w) for i, w in enumerate(widths_cm))
    _auto.append(auto)
    return x


def Columns(blocks, n=2, gap="0.6cm"):
    _auto.append('<style:style style:name="Sect%d" style:family="section"><style:section-properties>'
                 '<style:columns fo:column-count="%d" fo:column-gap="%s"/></style:section-properties>'
                 '</style:style>' % (len(_auto), n, gap))
    nm = "Sect%d" % (len(_auto) - 1)
    return '<text:section text:style-name="%s" text:name="%s">%s</text:section>' % (nm, nm, "".join(blocks))


def PageBreak():
    return '<text:p text:style-name="Break"/>'


_auto = []


def Frame(x, y, w, h, blocks, name="Marge"):
    """A text frame at an absolute place on the page (anchored in the header,
    so it repeats on every page of that master page)."""
    return ('<text:p text:style-name="Small"><draw:frame draw:style-name="FrPage" draw:name="%s%d" text:anchor-type="paragraph" '
            'svg:x="%s" svg:y="%s" svg:width="%s" svg:height="%s" draw:z-index="0">'
            '<draw:text-box>%s</draw:text-box></draw:frame></text:p>' % (name, len(_auto) + id(blocks) % 1000,
                                                                 x, y, w, h, "".join(blocks)))


def fodt(body, page=None, first_header=None, header=None, footer=None, first_footer=None,
         font="Liberation Sans", size="9.5pt", lang=("nl", "NL")):
    """The whole flat ODT.  page: dict of margins (cm strings).  Headers and
    footers are lists of blocks; first_* for the first page (own master page)."""
    pg = {"width": "21cm", "height": "29.7cm", "top": "1.2cm", "bottom": "1.0cm",
          "left": "2.4cm", "right": "2.4cm", "header_h": "3.5cm", "footer_h": "1.2cm"}
    pg.update(page or {})
    lg, ct = lang

    def hf(tag, blocks, h):
        if blocks is None:
            return ""
        return "<style:%s>%s</style:%s>" % (tag, "".join(blocks), tag)

    def layout(nm, hh, fh):
        return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s" '
                'fo:page-height="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" '
                'fo:margin-right="%s" style:print-orientation="portrait"/>'
                '<style:header-style><style:header-footer-properties fo:min-height="%s" '
                'fo:margin-bottom="0.3cm"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="%s" '
                'fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>'
                % (nm, pg["width"], pg["height"], pg["top"], pg["bottom"], pg["left"], pg["right"],
                   hh, fh))
    fh = first_header if first_header is not None else header
    ff = first_footer if first_footer is not None else footer
    masters = ('<style:master-page style:name="First" style:page-layout-name="PL1" '
               'style:next-style-name="Follow">%s%s</style:master-page>'
               '<style:master-page style:name="Follow" style:page-layout-name="PL2">%s%s</style:master-page>'
               % (hf("header", fh, 0), hf("footer", ff, 0), hf("header", header, 0), hf("footer", footer, 0)))
    styles = f'''
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
<style:text-properties style:font-name="{font}" fo:font-family="'{font}'" fo:font-size="{size}" fo:language="{lg}" fo:country="{ct}" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="135%"/></style:style>
<style:style style:name="BodyJ" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Tight" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="6.5pt" fo:hyphenate="false"/></style:style>
<style:style style:name="SmallB" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Logo" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-left="9.2cm"/><style:text-properties fo:font-size="11pt" fo:hyphenate="false"/></style:style>
<style:style style:name="PageNo" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:margin-left="13.0cm" fo:margin-right="-4.2cm"/></style:style>
<style:style style:name="OBChamber" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.2cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="OBYear" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="10pt" fo:hyphenate="false"/></style:style>
<style:style style:name="OBFoot" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="5.5cm"/><style:tab-stop style:position="16.2cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7pt" fo:hyphenate="false"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="HeadLine" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="16.2cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="FootLine" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.2cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
'''
    auto = "".join(_auto) + (
        '<style:style style:name="FrPage" style:family="graphic"><style:graphic-properties '
        'style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" '
        'style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" '
        'fo:padding="0cm" draw:fill="none"/></style:style>'
        '<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="none"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body" '
        'style:master-page-name="First"/>')
    hh = pg["header_h"]
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles>{layout("PL1", hh, pg["footer_h"])}{layout("PL2", pg.get("header_h2", hh), pg["footer_h"])}{auto}</office:automatic-styles>
<office:master-styles>{masters}</office:master-styles>
<office:body><office:text>{P("", "P1")}{"".join(body)}</office:text></office:body>
</office:document>
'''


def build(name, xml, about, ref_date, kind, date, self_id, kst, hand, tk, mot, com):
    """writes docs/NAME.fodt and docs/NAME.expected.json (the PDF: build.py)"""
    del _auto[:]
    _tables[0] = 0
    with open(os.path.join(DOCS, name + ".fodt"), "w", encoding="utf-8") as f:
        f.write(xml)
    exp = {"file": name + ".pdf", "about": about, "reference_date": ref_date}
    for k, v in (("kind", kind), ("date", date), ("self_id", self_id)):
        if v is not OMIT:
            exp[k] = v
    exp.update({"kamerstukken": kst, "handelingen": hand, "tk_numbers": tk,
                "motions": mot, "commitments": com})
    with open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
