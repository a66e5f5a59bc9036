"""Benchmarks of the JHT planner (issue 7): one command, a table of figures beside targets.

    python -m benchmarks [--quick] [--json OUT.json] [--only NAME ...]

Figures (see docs/benchmarks.md for what each measures and the latest results):

* cold start: process start to the main window's first paint and to the chart's first
  draw, on the demo data (fresh process, QT_QPA_PLATFORM=offscreen);
* slider latency: slider value change to the chart repaint, p50/p95, without and with the
  Monte Carlo band;
* projection: one deterministic run; 10,000 Monte Carlo paths and their ratio to the bare
  numpy loop (planner.montecarlo._bare_reference);
* import of a 10-page RSJHT and its ratio to bare pypdf text extraction;
* the demo report (``jht-planner report --demo``);
* peak memory (VmHWM) of the window on the demo data.

Not a timed test: tests/test_benchmarks_quick.py only proves the quick mode still runs.
"""
