"""Which values read from a picture may be stored as they are, and which a person must check.

A statement checks itself, and each check vouches for the values it covers:

* a row's JHT parts are the rules' employer and worker rates of (Upah + Rapel): the wage,
  back pay and both JHT parts of that row are confirmed;
* the JP parts are in the rules' employer:worker ratio and each JP column adds up (with the
  Akumulasi line) to Jumlah: the JP parts, Akumulasi and Jumlah are confirmed;
* the JHT columns add up to Jumlah: Jumlah and every cell of the column are confirmed;
* Saldo Awal + Iuran + Pengembangan = Saldo Akhir, and Iuran is the rows' JHT total: the
  four summary figures are confirmed;
* row numbers run 1..N (the extractor reads no table otherwise): they are confirmed;
* dates are real (the extractor only makes real dates), paid in the statement's year or the
  next, for a month of that year or earlier.

A value that a check refutes is uncertain (why: that check). A value that no check covers
(header, dates) is uncertain when OCR was not sure of it (score below
:data:`LOW_SCORE`) or when a letter in it was read as a digit. Every uncertain value is
reported; none is stored without a person's confirmation or ``--accept-uncertain``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from models import StatementYear
from planner.importers.ocr_lines import Line, Token
from planner.rules import Rules, RulesError
from planner.texts import tr

# Below this RapidOCR score a value nothing else confirms goes to review. Measured over the
# generated set (docs/reliability.md): misreads scored up to 0.93, correct reads mostly 0.99+.
LOW_SCORE = 0.95
TOLERANCE = Decimal(1)  # rupiah of rounding, as the audit allows

_DATE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$")
_PERIOD = re.compile(r"^\d{1,2}[-/]\d{4}$")
_AMOUNT = re.compile(r"^\(?-?\d[\d.,]*\)?$|^-$")
_MONEY = re.compile(r"^\(?-?\d[\d.,]*[.,]\d{2}\)?$")  # an amount with cents, as the summary prints
_LABELS = {
    "summary.opening": re.compile(r"Saldo\s+Awal\s+Per", re.I),
    "summary.contributions": re.compile(r"(?<![A-Za-z])Iuran$", re.I),
    "summary.development": re.compile(r"Pengembangan$", re.I),
    "summary.closing": re.compile(r"Saldo\s+Akhir\s+Per", re.I),
    "jumlah": re.compile(r"(?<![A-Za-z])Jumlah$", re.I),
    "akumulasi": re.compile(r"Akumulasi\s+Iuran\s+JP", re.I),
}
_IURAN_GAP = re.compile(r"^(?:JHT|:|:?Rp\.?:?)$", re.I)
ROW_FIELDS = ("no", "paid_on", "period", "posted_on", "wage", "rapel",
              "jht_employer", "jht_worker", "jp_employer", "jp_worker")


@dataclass(frozen=True)
class Finding:
    """A value read from a picture that a person must check (no crop yet: see picture.py)."""

    field: str
    tokens: tuple[Token, ...]
    why: str

    @property
    def value(self) -> str:
        return " ".join(t.text for t in self.tokens)


def row_tokens(line: Line) -> list[Token] | None:
    """The ten cells of a contribution row on `line`, or None when the line is not a row."""
    toks = line.tokens
    for i in range(len(toks) - 9):
        t = [x.text for x in toks[i:i + 10]]
        if (t[0].isdigit() and len(t[0]) <= 5 and (_DATE.match(t[1]) or t[1] == "-")
                and _PERIOD.match(t[2]) and (_DATE.match(t[3]) or t[3] == "-")
                and all(_AMOUNT.match(a) for a in t[4:10])):
            return list(toks[i:i + 10])
    return None


def labelled(lines: list[Line]) -> dict[str, list[Token]]:
    """The amount tokens after each summary, Jumlah and Akumulasi label."""
    out: dict[str, list[Token]] = {}
    for line in lines:
        toks = line.tokens
        for i in range(len(toks)):
            head = " ".join(t.text for t in toks[max(0, i - 2):i + 1]).rstrip(":")
            for name, pattern in _LABELS.items():
                if name in out or not pattern.search(head):
                    continue
                rest = toks[i + 1:]
                if name == "summary.contributions":
                    # The summary's "Iuran [JHT] [:] [Rp] amount", as the extractor reads it:
                    # not "Akumulasi Iuran JP s.d. Desember 2023 <amount>" nor the table's head.
                    gap = 0
                    while gap < len(rest) and _IURAN_GAP.match(rest[gap].text):
                        gap += 1
                    rest = rest[gap:gap + 1]
                amounts = [t for t in rest if _MONEY.match(t.text.lstrip(":"))]
                need = 4 if name == "jumlah" else (2 if name == "akumulasi" else 1)
                if amounts:
                    out[name] = amounts[:need]
    return out


def _rate(rules: Rules, name: str, on: dt.date) -> Decimal | None:
    try:
        return Decimal(str(rules.value(name, on)))
    except RulesError:
        return None


def review(st: StatementYear, lines: list[Line], rules: Rules, lang: str,
           low: float = LOW_SCORE) -> list[Finding]:
    """Every value of `st` (read from `lines`) that must be checked by a person."""
    rows: dict[int, list[Token]] = {}
    for line in lines:
        cells = row_tokens(line)
        if cells is not None:
            rows.setdefault(int(cells[0].text), cells)
    fields: dict[str, tuple[Token, ...]] = {}
    for k, cells in rows.items():
        for name, tok in zip(ROW_FIELDS, cells):
            fields[f"row.{k}.{name}"] = (tok,)
    for name, toks in labelled(lines).items():
        if name in ("jumlah", "akumulasi"):
            for i, tok in enumerate(toks):
                fields[f"{name}.{i + 1}"] = (tok,)
        else:
            fields[name] = tuple(toks)
    fields.update(_header_fields(lines))

    # Row numbers: the extractor reads a table only when its rows are numbered 1..N.
    verified: set[str] = {f"row.{k}.no" for k in range(1, len(st.rows) + 1)}
    refuted: dict[str, str] = {}

    def refute(names: list[str], key: str, **values: object) -> None:
        for n in names:
            if n in fields and n not in verified:
                refuted.setdefault(n, tr(key, lang, **values))

    # Rows: rates and ratio, dates.
    jp_pair_ok: dict[int, bool] = {}
    for k, row in enumerate(st.rows, start=1):
        on = dt.date(*row.period, 1)
        money = [f"row.{k}.{n}" for n in ("wage", "rapel", "jht_employer", "jht_worker")]
        er, wk = _rate(rules, "jht.rate_employer", on), _rate(rules, "jht.rate_worker", on)
        base = row.wage + row.rapel
        if er is not None and wk is not None:
            if abs(row.jht_employer - base * er) <= TOLERANCE and abs(row.jht_worker - base * wk) <= TOLERANCE:
                verified.update(money)
            else:
                refute(money, "ocr.why.rate", row=k)
        jer, jwk = _rate(rules, "jp.rate_employer", on), _rate(rules, "jp.rate_worker", on)
        jp_pair_ok[k] = bool(jer and jwk and abs(row.jp_employer * jwk - row.jp_worker * jer) <= TOLERANCE * jer)
        if not jp_pair_ok[k]:
            refute([f"row.{k}.jp_employer", f"row.{k}.jp_worker"], "ocr.why.jp_ratio", row=k)
        for name, day in (("paid_on", row.paid_on), ("posted_on", row.posted_on)):
            if day is not None and not st.year <= day.year <= st.year + 1:
                refute([f"row.{k}.{name}"], "ocr.why.date_year", year=st.year)
        if row.period[0] > st.year:
            refute([f"row.{k}.period"], "ocr.why.period_year", year=st.year)

    # Jumlah: each column adds up.
    if st.jumlah is not None and st.rows:
        sums = [sum((getattr(r, n) for r in st.rows), Decimal(0))
                for n in ("jht_employer", "jht_worker", "jp_employer", "jp_worker")]
        acc = st.jp_accumulated or Decimal(0)
        jp_total_ok = abs((st.jumlah[2] + st.jumlah[3]) - (sums[2] + sums[3]) - acc) <= 2 * TOLERANCE
        for col, (printed, summed) in enumerate(zip(st.jumlah, sums)):
            ok = abs(printed - summed) <= TOLERANCE or (col >= 2 and jp_total_ok)
            column = ROW_FIELDS[6 + col]
            cells = [f"row.{k}.{column}" for k in range(1, len(st.rows) + 1)]
            if ok and (col < 2 or all(jp_pair_ok.values())):
                verified.update(cells + [f"jumlah.{col + 1}"])
                if col >= 2:
                    verified.update({"akumulasi.1", "akumulasi.2"})
            else:
                refute(cells + [f"jumlah.{col + 1}"], "ocr.why.jumlah", column=col + 1)

    # Summary.
    summary = ["summary.opening", "summary.contributions", "summary.development", "summary.closing"]
    adds = abs(st.opening + st.contributions + st.development - st.closing) <= TOLERANCE
    jht_rows = sum((r.jht_total for r in st.rows), Decimal(0))
    iuran_ok = not st.rows or abs(jht_rows - st.contributions) <= TOLERANCE
    if adds and iuran_ok:
        verified.update(summary)
    elif adds:
        refute(["summary.contributions"], "ocr.why.iuran")
    else:
        refute(summary, "ocr.why.summary")

    # Header values nothing can confirm: only their form.
    if not re.fullmatch(r"\d{11}", st.card.kpj):
        refute(["header.kpj"], "ocr.why.kpj")

    out = [Finding(n, fields[n], why) for n, why in refuted.items()]
    for name, toks in fields.items():
        if name in verified or name in refuted:
            continue
        if any(t.changed for t in toks):
            out.append(Finding(name, toks, tr("ocr.why.changed", lang, read=" ".join(t.read for t in toks))))
        elif min(t.score for t in toks) < low:
            out.append(Finding(name, toks, tr("ocr.why.low_score", lang, score=f"{min(t.score for t in toks):.2f}")))
    out.sort(key=lambda f: (f.tokens[0].page, f.tokens[0].line, f.tokens[0].box[0]))
    return out


_HEADER = (
    ("header.printed_on", re.compile(r"^Tanggal$", re.I)),
    ("header.kpj", re.compile(r"^Peg\.?$", re.I)),
    ("header.name", re.compile(r"^Peserta$", re.I)),
    ("header.birth_date", re.compile(r"^Lahir$", re.I)),
    ("header.employer", re.compile(r"^Kerja$", re.I)),
)


def _header_fields(lines: list[Line]) -> dict[str, tuple[Token, ...]]:
    """The value tokens after a header label's colon, up to the next label (or line end)."""
    out: dict[str, tuple[Token, ...]] = {}
    for line in lines:
        toks = line.tokens
        for i, tok in enumerate(toks):
            for name, label in _HEADER:
                if name in out or not label.match(tok.text.rstrip(":")):
                    continue
                j = i + 1
                if tok.text.endswith(":"):
                    pass
                elif j < len(toks) and toks[j].text.startswith(":"):
                    if toks[j].text == ":":
                        j += 1
                else:
                    continue
                value = []
                for t in toks[j:]:
                    if value and (t.text.endswith(":") or t.box[0] - value[-1].box[2] > 4 * (t.box[3] - t.box[1])):
                        break
                    value.append(t)
                if name == "header.kpj" and value:
                    value = value[:1]
                if name == "header.birth_date" or name == "header.printed_on":
                    value = [t for t in value if _DATE.match(t.text.lstrip(":"))][:1]
                if value:
                    out[name] = tuple(value)
    return out


def confusion(read: str, meant: str) -> tuple[str, dict[str, str]] | None:
    """How OCR most likely turned the digits of `meant` into those read (`read`): one digit for
    another (8 and 3, 1 and 7), a digit dropped, one too many, two neighbours swapped. The
    catalog key saying so and its values; None when it is none of these."""
    a, b = re.sub(r"\D", "", read), re.sub(r"\D", "", meant)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return "ocr.confusion.digit", {"read": a[diff[0]], "meant": b[diff[0]]}
        if len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]]):
            return "ocr.confusion.swapped", {"read": a[diff[0]:diff[1] + 1], "meant": b[diff[0]:diff[1] + 1]}
    elif len(a) + 1 == len(b):
        dropped = next((b[i] for i in range(len(b)) if b[:i] + b[i + 1:] == a), None)
        if dropped is not None:
            return "ocr.confusion.dropped", {"digit": dropped}
    elif len(a) == len(b) + 1:
        extra = next((a[i] for i in range(len(a)) if a[:i] + a[i + 1:] == b), None)
        if extra is not None:
            return "ocr.confusion.extra", {"digit": extra}
    return None
