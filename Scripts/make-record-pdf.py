#!/usr/bin/python3
"""Typesets a Chinese verbatim record text (such as Fixtures/S_PV.8160_zh.txt) as a UN-style A4 PDF.

The text file's page breaks are kept: a line opening with one space starts a page. The PDF has a
cover page (page 1) unless --no-cover is given, then one PDF page per text page, in two columns
(--one-column: one), with running headers (symbol, agenda title and date, sides alternating
between even and odd pages) and footers (job number and N/total).

Variants for tests:
  --no-cover      no cover page (the first text page is PDF page 1; the footers keep the
                  record's own numbers, so that it is printed as page 2 of 24)
  --one-column    body text in one column
  --no-furniture  no running headers or footers (page numbers only from the page order)
  --no-text       drawn shapes and an image only, no text layer (as a scanned record)
  --encrypt PW    encrypted with user password PW

Needs python3-reportlab and fonts-wqy-microhei (Debian). Exit status 3 when either is missing,
2 for a usage error.
"""

import argparse
import os
import sys

FONT_PATHS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
]

SYMBOL = "S/PV.8160"
JOB = "18-01234"
AGENDA_TITLE = "不扩散大规模毁灭性武器"
HEADER_DATE = "18/01/2018"

COVER_LINES_TOP = [
    "安全理事会",
    "第七十三年",
    "第8160次会议",
    "2018年1月18日星期四上午10时",
    "纽约",
]
PRESIDENT = ("纳扎尔巴耶夫先生", "（哈萨克斯坦）")
MEMBERS = [
    ("玻利维亚（多民族国）", "略伦蒂·索利斯先生"),
    ("中国", "吴海涛先生"),
    ("科特迪瓦", "塔诺-布崔先生"),
    ("赤道几内亚", "恩东·姆巴先生"),
    ("埃塞俄比亚", "阿莱穆先生"),
    ("法国", "德拉特先生"),
    ("科威特", "萨巴赫先生"),
    ("荷兰", "范·伍斯特隆姆先生"),
    ("秘鲁", "梅萨-夸德拉先生"),
    ("波兰", "杜达先生"),
    ("俄罗斯联邦", "拉夫罗夫先生"),
    ("瑞典", "斯科格先生"),
    ("大不列颠及北爱尔兰联合王国", "菲尔德先生"),
    ("美利坚合众国", "黑利女士"),
]
AGENDA_LINES = [
    "不扩散大规模毁灭性武器",
    "建立信任措施",
    "2018年1月2日哈萨克斯坦常驻联合国代表给秘书长的信（S/2018/4）",
]
CORRECTIONS = [
    "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《安全理事会正式记",
    "录》。更正应只对原文提出。更正应作在一份印发的记录上，由有关代表团成员一人署名，",
    "送交逐字记录处处长（U-0506）(verbatimrecords@un.org)。更正后的记录将以电子文本方",
    "式在联合国正式文件系统(http://documents.un.org)上重新印发。",
]

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN_X = 56.0
BODY_TOP = PAGE_H - 78.0
GUTTER = 24.0


def read_pages(path):
    """The text's pages: lists of non-blank lines, split where a line opens with one space."""
    pages = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            starts_page = line.startswith(" ") and not line.startswith("  ")
            if starts_page or not pages:
                pages.append([])
            pages[-1].append(line.strip(" "))
    return pages


def dot_leader(canvas, font, size, left_text, x_left, right_text, x_right, y):
    """`left_text . . . . right_text`, the dots filling the space between."""
    canvas.drawString(x_left, y, left_text)
    start = x_left + canvas.stringWidth(left_text, font, size) + 4
    end = x_right - canvas.stringWidth(right_text, font, size) - 4
    dots = ""
    while canvas.stringWidth(dots + " .", font, size) < end - start:
        dots += " ."
    canvas.drawString(start, y, dots)
    canvas.drawRightString(x_right, y, right_text)


def draw_cover(canvas, font):
    c = canvas
    c.setFont(font, 14)
    c.drawString(MARGIN_X, PAGE_H - 70, "联合国")
    c.setFont(font, 18)
    c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 70, SYMBOL)
    y = PAGE_H - 110
    c.setFont(font, 14)
    for line in COVER_LINES_TOP:
        c.drawString(MARGIN_X + 60, y, line)
        y -= 20
    c.setFont(font, 12)
    c.drawRightString(PAGE_W - MARGIN_X, y - 4, "临时")
    y -= 10
    y -= 20
    size = 10
    c.setFont(font, size)
    right = PAGE_W - MARGIN_X
    c.drawString(MARGIN_X, y, "主席：")
    dot_leader(c, font, size, PRESIDENT[0], MARGIN_X + 60, PRESIDENT[1], right, y)
    y -= 22
    c.drawString(MARGIN_X, y, "成员：")
    for country, name in MEMBERS:
        dot_leader(c, font, size, country, MARGIN_X + 60, name, right, y)
        y -= 15
    y -= 15
    c.setFont(font, 12)
    c.drawString(MARGIN_X, y, "议程")
    y -= 20
    c.setFont(font, 10)
    for line in AGENDA_LINES:
        c.drawString(MARGIN_X, y, line)
        y -= 16
    y = 120
    c.setFont(font, 8)
    for line in CORRECTIONS:
        c.drawString(MARGIN_X, y, line)
        y -= 11
    c.setFont(font, 9)
    c.drawString(MARGIN_X, 50, JOB + " (C)")
    c.drawString(MARGIN_X, 38, "*" + JOB.replace("-", "") + "*")


def draw_furniture(canvas, font, number, total):
    """Running header and footer; even pages put the symbol and the page number on the left."""
    c = canvas
    c.setFont(font, 8)
    left = MARGIN_X
    right = PAGE_W - MARGIN_X
    top = PAGE_H - 45
    if number % 2 == 0:
        c.drawString(left, top, SYMBOL)
        c.drawCentredString(PAGE_W / 2, top, AGENDA_TITLE)
        c.drawRightString(right, top, HEADER_DATE)
        c.drawString(left, 40, f"{number}/{total}")
        c.drawRightString(right, 40, JOB)
    else:
        c.drawString(left, top, HEADER_DATE)
        c.drawCentredString(PAGE_W / 2, top, AGENDA_TITLE)
        c.drawRightString(right, top, SYMBOL)
        c.drawString(left, 40, JOB)
        c.drawRightString(right, 40, f"{number}/{total}")
    c.line(left, top - 5, right, top - 5)


def draw_body(canvas, font, lines, one_column):
    c = canvas
    if one_column:
        size, leading = 9.0, 9.6
        c.setFont(font, size)
        y = BODY_TOP
        for line in lines:
            c.drawString(MARGIN_X, y, line)
            y -= leading
        return
    size, leading = 9.5, 15.5
    c.setFont(font, size)
    column_w = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
    half = (len(lines) + 1) // 2
    for column, part in enumerate((lines[:half], lines[half:])):
        x = MARGIN_X + column * (column_w + GUTTER)
        y = BODY_TOP
        for line in part:
            c.drawString(x, y, line)
            y -= leading


def draw_shapes(canvas, number):
    """A page without text: lines standing in for text, and a small raster image."""
    from reportlab.lib.utils import ImageReader
    import io
    import zlib
    import struct

    c = canvas
    y = BODY_TOP
    while y > 80:
        c.rect(MARGIN_X, y, 200 + (number * 37 + int(y)) % 180, 4, fill=1, stroke=0)
        y -= 12
    # A 2x2 grey PNG built by hand, so that no image file is needed.
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"\x00\x40\xc0\x00\xc0\x40"
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    c.drawImage(ImageReader(io.BytesIO(png)), PAGE_W - 150, 60, 80, 80)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text")
    parser.add_argument("output")
    parser.add_argument("--no-cover", action="store_true")
    parser.add_argument("--one-column", action="store_true")
    parser.add_argument("--no-furniture", action="store_true")
    parser.add_argument("--no-text", action="store_true")
    parser.add_argument("--encrypt", metavar="PASSWORD")
    args = parser.parse_args()

    try:
        from reportlab.pdfgen import canvas as pdfcanvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.lib import pdfencrypt
    except ImportError:
        print("make-record-pdf: needs reportlab (apt-get install python3-reportlab)", file=sys.stderr)
        return 3
    font_path = next((p for p in FONT_PATHS if os.path.exists(p)), None)
    if font_path is None:
        print("make-record-pdf: needs a CJK font (apt-get install fonts-wqy-microhei)", file=sys.stderr)
        return 3
    font = "WenQuanYiMicroHei"
    pdfmetrics.registerFont(TTFont(font, font_path, subfontIndex=0))

    pages = read_pages(args.text)
    first_number = 2
    total = len(pages) + 1
    encrypt = None
    if args.encrypt:
        encrypt = pdfencrypt.StandardEncryption(args.encrypt, canPrint=1, canCopy=0)
    c = pdfcanvas.Canvas(args.output, pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, invariant=1)
    c.setTitle(SYMBOL)
    if not args.no_cover:
        if args.no_text:
            draw_shapes(c, 1)
        else:
            draw_cover(c, font)
        c.showPage()
    for index, lines in enumerate(pages):
        number = first_number + index
        if args.no_text:
            draw_shapes(c, number)
        else:
            if not args.no_furniture:
                draw_furniture(c, font, number, total)
            draw_body(c, font, lines, args.one_column)
        c.showPage()
    c.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
