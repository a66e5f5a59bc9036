"""Make the pictures the OCR tests, benchmark and reliability figures read.

    python -m tests.generators.make_pictures [--out FOLDER] [--only NAME ...]

Every picture shows a fictional statement from resources/demo/make_demo.py (BUDI CONTOH
SANTOSO does not exist), rendered with PDFium from the PDF the demo generator writes, then
distorted the way members' pictures are:

* ``scan``: a 200-dpi office scan: grey, a 0.4 degree tilt, light speckle.
* ``photo``: a hand-held phone photo: 3 degrees of rotation, keystone perspective, a little
  blur, light falling off across the page, sensor noise, JPEG quality 70.
* ``photo-12mp``: the same kind of photo as a 12-megapixel phone takes it (3024 x 4089 px,
  the page drawn at 300 dpi), which the import scales down before reading.
* ``screenshot``: JMO's statement screen on a 1080-px-wide phone: page 1 as a picture
  between an app bar and a button, PNG.
* ``printout-1``/``printout-2``: a two-page printout photographed page by page (photo
  distortions, milder), pictures of one statement.
* ``id-style``: Indonesian amounts (4.000.000,00) and slash dates, photographed.
* ``scanned-pdf``: the scan put into a PDF without a text layer.
* ``blurred``: a photo too blurred to read.
* ``cek-saldo``: JMO's Cek Saldo screen (card, saldo, employer, last month), drawn from its
  fields because its exact look is not known.

Each picture is made from a fixed random seed, so the set is the same on every machine.
:data:`SET` says which statement each picture shows (the reliability script compares what
was read with it).
"""
from __future__ import annotations

import argparse
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from models import StatementYear
from resources.demo.make_demo import demo_statements, write_statement_pdf

FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
FONT_BOLD = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class Picture:
    name: str
    kpj: str
    year: int
    kind: str  # scan, photo, photo-12mp, screenshot, printout, blurred, cek-saldo, scanned-pdf
    page: int = 0  # which page of the statement (0-based)
    options: tuple[tuple[str, object], ...] = ()  # write_statement_pdf options
    suffix: str = ".png"


SET: tuple[Picture, ...] = (
    Picture("scan", "19000012345", 2020, "scan"),
    Picture("photo", "23000067890", 2024, "photo", suffix=".jpg"),
    Picture("photo-12mp", "23000067890", 2024, "photo-12mp", suffix=".jpg"),
    Picture("screenshot", "19000012345", 2022, "screenshot"),
    Picture("printout-1", "19000012345", 2021, "printout", 0, (("rows_per_page", 9),), ".jpg"),
    Picture("printout-2", "19000012345", 2021, "printout", 1, (("rows_per_page", 9),), ".jpg"),
    Picture("id-style", "23000067890", 2025, "photo", 0, (("style", "id"), ("date_sep", "/")), ".jpg"),
    Picture("scanned-pdf", "23000067890", 2023, "scanned-pdf", suffix=".pdf"),
    Picture("blurred", "19000012345", 2019, "blurred", suffix=".jpg"),
    Picture("cek-saldo", "23000067890", 2025, "cek-saldo"),
)


def statement(kpj: str, year: int) -> StatementYear:
    return next(st for st in demo_statements() if st.card.kpj == kpj and st.year == year)


def page_image(st: StatementYear, page: int, dpi: int, options: dict) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_statement_pdf(st, Path(tmp) / "st.pdf", **options)
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            return pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
        finally:
            pdf.close()


# ------------------------------------------------------------------ distortions

def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Pillow's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return list(np.linalg.solve(a, b))


def _noise(image: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    arr = np.asarray(image, dtype=np.float32)
    arr = arr + rng.normal(0, sigma, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    grey = page.convert("L").rotate(0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
    return _noise(grey, rng, 6).convert("RGB")


def photo(page: Image.Image, rng: np.random.Generator, *, angle: float = 3.0, keystone: float = 0.05,
          blur: float = 0.8, quality: int = 70, width: int = 2000) -> Image.Image:
    w, h = page.size
    table = Image.new("RGB", (int(w * 1.15), int(h * 1.1)), (120, 100, 80))  # the desk
    table.paste(page, ((table.width - w) // 2, (table.height - h) // 2))
    tw, th = table.size
    k = keystone * tw
    coeffs = _perspective_coeffs([(0, 0), (tw, 0), (tw, th), (0, th)],
                                 [(k, 0), (tw - k, 0), (tw, th), (0, th)])
    img = table.transform((tw, th), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(120, 100, 80))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(120, 100, 80))
    img = img.resize((width, int(width * th / tw)), Image.LANCZOS)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    # Light falling off from the top-left corner to the bottom-right.
    yy, xx = np.mgrid[0:img.height, 0:img.width]
    light = 1.0 - 0.35 * (xx / img.width + yy / img.height) / 2
    arr = np.asarray(img, dtype=np.float32) * light[..., None]
    img = _noise(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), rng, 5)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def screenshot(page: Image.Image) -> Image.Image:
    width, height = 1080, 2340
    shown = page.resize((width, int(page.height * width / page.width)), Image.LANCZOS)
    screen = Image.new("RGB", (width, height), (245, 245, 245))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, width, 190), fill=(0, 94, 170))
    draw.text((60, 80), "Rincian Saldo JHT", font=ImageFont.truetype(str(FONT_BOLD), 52), fill="white")
    screen.paste(shown, (0, 220))
    draw.rounded_rectangle((60, height - 200, width - 60, height - 80), radius=30, fill=(0, 94, 170))
    draw.text((300, height - 170), "Kirim ke Email", font=ImageFont.truetype(str(FONT_BOLD), 48), fill="white")
    return screen


def cek_saldo(st: StatementYear) -> Image.Image:
    """JMO's balance screen, drawn from the fields the domain notes list."""
    width, height = 1080, 2340
    screen = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(screen)
    big, mid, small = (ImageFont.truetype(str(FONT_BOLD), 72), ImageFont.truetype(str(FONT), 44),
                       ImageFont.truetype(str(FONT), 38))
    draw.rectangle((0, 0, width, 190), fill=(0, 94, 170))
    draw.text((60, 80), "Cek Saldo JHT", font=ImageFont.truetype(str(FONT_BOLD), 52), fill="white")
    saldo = f"{st.closing:,.0f}".replace(",", ".")
    lines = [(260, "Nomor KPJ", small), (310, st.card.kpj, mid), (420, st.card.employer, mid),
             (480, f"NPP {st.card.npp}  Segmen PU", small), (620, "Saldo JHT", small),
             (680, f"Rp {saldo}", big), (820, "Status Kepesertaan: Aktif", small),
             (900, "Program: JHT, JKK, JKM, JP", small), (980, "Iuran Terakhir", small),
             (1030, "Desember 2025", mid)]
    for y, text, font in lines:
        draw.text((60, y), text, font=font, fill=(30, 30, 30))
    return screen


def make(picture: Picture, folder: Path) -> list[Path]:
    """Write `picture` into `folder`; the paths written."""
    rng = np.random.default_rng(sum(map(ord, picture.name)))  # fixed per picture
    st = statement(picture.kpj, picture.year)
    options = dict(picture.options)
    out = folder / f"{picture.name}{picture.suffix}"
    if picture.kind == "cek-saldo":
        cek_saldo(st).save(out)
        return [out]
    if picture.kind == "screenshot":
        screenshot(page_image(st, 0, 150, options)).save(out)
        return [out]
    if picture.kind == "photo-12mp":
        photo(page_image(st, picture.page, 300, options), rng, width=3024, blur=1.0,
              quality=85).save(out, quality=90)
        return [out]
    page = page_image(st, picture.page, 200, options)
    if picture.kind == "scan":
        scan(page, rng).save(out)
    elif picture.kind == "scanned-pdf":
        scan(page, rng).save(out, format="PDF", resolution=200)
    elif picture.kind == "photo":
        photo(page, rng).save(out, quality=90)
    elif picture.kind == "printout":
        photo(page, rng, angle=-2.0, keystone=0.03, quality=80).save(out, quality=90)
    elif picture.kind == "blurred":
        photo(page, rng, blur=9.0, width=1400).save(out, quality=80)
    else:
        raise ValueError(picture.kind)
    return [out]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("ocr-pictures"))
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for picture in SET:
        if args.only and picture.name not in args.only:
            continue
        for path in make(picture, args.out):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
