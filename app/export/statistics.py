"""The statistics of a period as a PDF: charts drawn by reportlab's own graphics (reportlab.graphics.charts),
every text in the embedded DejaVu font, and the table of every figure."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.engine import figures as F
from app.engine.dates import format_date
from app.export.fonts import register_fonts

BLUE, ORANGE, GREY, GREEN = colors.HexColor("#1f77b4"), colors.HexColor("#ff7f0e"), colors.HexColor("#7f7f7f"), \
    colors.HexColor("#2ca02c")
WIDTH = 170 * mm


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.initialFontName = font  # else the renderer starts every drawing in (unembedded) Helvetica
    drawing.add(String(0, drawing.height - 12, text, fontName=font, fontSize=10))


def _bars(title: str, categories: list[str], data: list[list[float]], names: list[str], font: str,
          palette=(BLUE, ORANGE, GREEN, GREY)) -> Drawing:
    drawing = Drawing(WIDTH, 62 * mm)
    _title(drawing, title, font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 28, WIDTH - 140, 62 * mm - 50
    chart.data = data if any(data) else [[0]]
    chart.categoryAxis.categoryNames = categories or ["—"]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 6
    chart.barLabelFormat = "%d"
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = palette[index % len(palette)]
    drawing.add(chart)
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y, legend.fontName, legend.fontSize = WIDTH - 100, 62 * mm - 30, font, 7
        legend.alignment, legend.columnMaximum = "right", 8
        legend.colorNamePairs = [(palette[i % len(palette)], n) for i, n in enumerate(names)]
        drawing.add(legend)
    return drawing


def _lines(title: str, lines: list[tuple[str, F.Trendline]], font: str) -> Drawing:
    """Daily counts with their trend line and the projection beyond the period (dashed, labelled)."""
    drawing = Drawing(WIDTH, 75 * mm)
    _title(drawing, title, font)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 30, 30, WIDTH - 190, 75 * mm - 55
    data, styles, names = [], [], []
    start = lines[0][1].days[0] if lines and lines[0][1].days else None
    for (name, line), colour in zip(lines, (BLUE, GREEN)):
        if start is None:
            break
        offset = [(d - start).days for d in line.days]
        data.append(list(zip(offset, line.counts)))
        styles.append((colour, None))
        names.append(name)
        data.append(list(zip(offset, line.fitted)))
        styles.append((colour, (1, 2)))
        names.append(f"{name}: trend (najmanjši kvadrati)")
        if line.projected:
            last = offset[-1] if offset else 0
            data.append([(last, line.fitted[-1] if line.fitted else 0)] +
                        [((d - start).days, v) for d, v in line.projected])
            styles.append((ORANGE if colour == BLUE else GREY, (4, 3)))
            names.append(f"{name}: projekcija (ni napoved)")
    if not data:
        data, styles, names = [[(0, 0)]], [(GREY, None)], ["ni podatkov"]
    plot.data = data
    for index, (colour, dash) in enumerate(styles):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.2
        if dash:
            plot.lines[index].strokeDashArray = dash
    plot.xValueAxis.valueMin = 0
    plot.yValueAxis.valueMin = 0
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = plot.yValueAxis.labels.fontSize = 7
    if start is not None:
        plot.xValueAxis.labelTextFormat = lambda x: format_date(start + __import__("datetime").timedelta(int(x)))[:7]
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = WIDTH - 150, 75 * mm - 25, font, 6.5
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 8, 8, 4
    legend.colorNamePairs = [(c, n) for (c, _), n in zip(styles, names)]
    drawing.add(legend)
    return drawing


def statistics_pdf(figures: F.Figures, station: str, weeks: int = 4) -> bytes:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    period = f"{format_date(figures.start)} – {format_date(figures.end)}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"Statistika {period}", author=station,
                            initialFontName=regular)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18)
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    arrivals = F.trendline(figures.daily.get("arrivals", {}), figures.start, figures.end, weeks)
    applications = F.trendline(figures.daily.get("applications", {}), figures.start, figures.end, weeks)
    story = [Paragraph(f"Statistika: {station}", h1), Paragraph(f"Obdobje {period}; stanje na {format_date(figures.end)}. "
             f"Projekcija je podaljšana premica trenda prihodov za {weeks} tednov, ne napoved.", body), Spacer(1, 4 * mm),
             _lines("Prihodi in vloge na dan", [("Prihodi", arrivals), ("Vloge ZZ-1", applications)], regular)]
    status = [F.STATUS_LABELS[s] for s in (F.APPLICANT, F.GRANTED, F.ENDED)]
    story.append(_bars("Stanje oseb", status, [[figures.status.get(s, 0) for s in (F.APPLICANT, F.GRANTED, F.ENDED)]],
                       ["osebe"], regular))
    top = sorted(figures.citizenship.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    story.append(_bars("Državljanstvo (prosilci in osebe z zaščito)", [c or "?" for c, _ in top], [[n for _, n in top]],
                       ["osebe"], regular))
    groups = [label for label, _, _ in F.AGE_GROUPS]
    story.append(_bars("Starostne skupine in spol", groups,
                       [[figures.age_sex.get((g, "Z"), 0) for g in groups], [figures.age_sex.get((g, "M"), 0) for g in groups]],
                       ["ženske", "moški"], regular))
    story.append(_bars("Izkaznice, prepustnice, mladoletniki brez spremstva",
                       ["izdane izkaznice", "razveljavljene", "prepustnice ZZ-9", "mladoletniki brez spremstva"],
                       [[figures.total("cards_issued"), figures.total("cards_voided"), figures.total("relocation_passes"),
                         figures.unaccompanied_minors]], ["število"], regular))
    welfare = figures.welfare_by_kind()
    story.append(_bars("Obrazci za pravice (UP) po vrsti", list(welfare), [list(welfare.values())], ["obrazci"], regular))
    rows = [["Podatek", "Kategorija", "Število"]] + [[label, category, str(n)] for _, label, category, n in F.table(figures)]
    table = Table(rows, colWidths=[80 * mm, 60 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular, 8), ("FONT", (0, 0), (-1, 0), bold, 8),
                               ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    story += [Spacer(1, 4 * mm), table]
    doc.build(story)
    return buffer.getvalue()
