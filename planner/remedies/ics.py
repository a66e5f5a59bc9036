"""Reminders as an iCalendar file (RFC 5545) the member imports into any calendar; no network.

Two kinds of all-day events, built from the member's own dates:

* every year in the month the member picks: "import your new JHT statement" (RRULE yearly);
* after a stop-working day: "the waiting time has passed: you can claim" on the first day a
  resignation claim can be paid (planner.remedies.readiness.earliest_claim).

Lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1); text values are escaped (§3.3.11).
"""
from __future__ import annotations

import datetime as dt
import hashlib

from models.remedies import ClaimReason
from planner.remedies.readiness import earliest_claim
from planner.rules import Rules, load_rules
from planner.texts import tr

PRODID = "-//JHT Planner//Pengingat JHT//ID"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    out, current = [], ""
    limit = 75
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current, limit = ch, 74  # continuation lines start with one space
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + piece for piece in out[1:]]


def _event(uid: str, stamp: dt.datetime, on: dt.date, summary: str, description: str, yearly: bool) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", f"DTSTART;VALUE=DATE:{on:%Y%m%d}",
             f"DTEND;VALUE=DATE:{on + dt.timedelta(days=1):%Y%m%d}", f"SUMMARY:{_escape(summary)}",
             f"DESCRIPTION:{_escape(description)}", "TRANSP:TRANSPARENT"]
    if yearly:
        lines.append("RRULE:FREQ=YEARLY")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape(summary)}", "TRIGGER:PT9H", "END:VALARM",
              "END:VEVENT"]
    return lines


def _uid(*parts: object) -> str:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:20]
    return f"{digest}@jht-planner.invalid"


def reminders_ics(import_month: int | None = None, stop_working: dt.date | None = None, lang: str = "id",
                  today: dt.date | None = None, now: dt.datetime | None = None, rules: Rules | None = None) -> str:
    """The calendar text. `import_month` 1–12; `stop_working` the last working day."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.timezone.utc)
    stamp = now.astimezone(dt.timezone.utc).replace(tzinfo=None)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if import_month is not None:
        year = today.year if import_month > today.month else today.year + 1
        first = dt.date(year, import_month, 1)
        lines += _event(_uid("import", import_month), stamp, first, tr("remedies.ics.import.summary", lang),
                        tr("remedies.ics.import.description", lang), yearly=True)
    if stop_working is not None:
        claim_on = earliest_claim(ClaimReason.RESIGNATION, stop_working, None, rules)
        lines += _event(_uid("claim", stop_working.isoformat()), stamp, claim_on, tr("remedies.ics.claim.summary", lang),
                        tr("remedies.ics.claim.description", lang, stop=stop_working.isoformat(),
                           on=claim_on.isoformat()), yearly=False)
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))
