"""Tests for summarise.py: python3 -m unittest bench/load/test_summarise.py"""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import summarise  # noqa: E402

META = {"run": 0, "key": "meta", "loadStart": "0.50 0.40 0.30", "date": "2026-12-01T06:00Z", "commit": "abc1234",
        "command": "bench/load/run.sh", "runs": "3", "quick": "", "nochat": "", "monitor": "", "cores": "2",
        "cpu": "AMD EPYC", "ram": "24 GB", "os": "Debian", "dotnet": "10.0.0", "postgres": "15.18", "windows": "30 s"}


def summary(key, p95, per_second=100.0, count=1000, errors=0):
    return {"key": key, "count": count, "errors": errors, "perSecond": per_second, "p50": p95 / 2, "p95": p95, "p99": p95 * 2}


class Summarise(unittest.TestCase):
    def render(self, records, meta=META, last=None):
        with tempfile.TemporaryDirectory() as d:
            raw = os.path.join(d, "raw.jsonl")
            with open(raw, "w") as f:
                for r in [meta, *records, {"run": 0, "key": "end", "loadEnd": "1.0 1.0 1.0", "seconds": "125"}]:
                    f.write(json.dumps(r) + "\n")
            argv = ["summarise.py", raw]
            if last is not None:
                path = os.path.join(d, "last.json")
                with open(path, "w") as f:
                    json.dump(last, f)
                argv += ["--monitor-last", path]
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                summarise.main(argv)
            return out.getvalue()

    def line(self, text, start):
        return next(l for l in text.splitlines() if l.startswith(f"| {start}"))

    def test_median_and_range_of_three_runs_decide_the_verdict(self):
        runs = [{"run": n, **summary("status_fixed", p95)} for n, p95 in ((1, 30.0), (2, 4.0), (3, 5.0))]
        row = self.line(self.render(runs), "case status API at a fixed 1,000 req/s: p95")
        self.assertIn("**5.0 ms** | 4.0 ms - 30.0 ms | 3 | met |", row)

    def test_machine_speed_is_shown_in_megabytes_per_second_without_a_verdict(self):
        runs = [{"run": n, "key": "calibration", "mbps": v} for n, v in ((1, "2026"), (2, "1350"), (3, "1990"))]
        row = self.line(self.render(runs), "machine speed just before the aangifte rows")
        self.assertIn("|  | 1,990 MB/s | 1,350 MB/s - 2,026 MB/s | 3 |  |", row)

    def test_target_missed_by_the_median_is_not_met(self):
        runs = [{"run": n, "key": "cold_existing", "ms": ms} for n, ms in ((1, "2500"), (2, "5900"), (3, "6100"))]
        row = self.line(self.render(runs), "cold start to ready (")
        self.assertIn("**5.9 s** | 2.5 s - 6.1 s | 3 | not met |", row)

    def test_both_aangifte_lines_are_parsed(self):
        runs = [{"run": 1, "key": "aangiftes_wizard", "line": "filed 2000 aangiftes in 40.0 s (50/s, 8 at a time)"},
                {"run": 1, "key": "aangiftes_submit", "line": "submitted 2000 aangiftes in 5.0 s: 400/s (p50 12 ms, p95 31 ms, 8 at a time)|"
                 "submit per aangifte: 6.1 SQL commands, 4.4 transactions per aangifte; CPU 2.41 ms in this process, 1.29 ms in PostgreSQL on this machine"}]
        text = self.render(runs)
        self.assertIn("|  | 50/s | 50/s - 50/s | 1 |  |", self.line(text, "aangiftes through the whole wizard"))
        self.assertIn("| **400/s** | 400/s - 400/s | 1 | met |", self.line(text, "aangifte submissions/s"))
        self.assertIn("| 31.0 ms |", self.line(text, "aangifte submit on prepared drafts: p95"))
        self.assertIn("| 2.4 ms |", self.line(text, "aangifte submit: CPU per submit in the CLI"))
        self.assertIn("| 1.3 ms |", self.line(text, "aangifte submit: CPU per submit in PostgreSQL"))

    def test_http_submit_rows_show_rate_latency_and_failures(self):
        runs = [{"run": n, **summary("aangiftes_http", p95, per_second=rate, errors=errors), "parallel": 8}
                for n, p95, rate, errors in ((1, 40.0, 310.0, 0), (2, 60.0, 280.0, 10), (3, 50.0, 290.0, 0))]
        text = self.render(runs)
        self.assertIn("| 300/s | **290/s** | 280/s - 310/s | 3 | not met |",
                      self.line(text, "aangifte submissions over HTTP (DigiD session, review page POST), 8 parallel"))
        self.assertIn("| 25.0 ms |", self.line(text, "aangifte submissions over HTTP: p50"))
        self.assertIn("| 50.0 ms |", self.line(text, "aangifte submissions over HTTP: p95"))
        self.assertIn("| 0.00 % | 0.00 % - 0.99 % | 3 |", self.line(text, "aangifte submissions over HTTP: failed"))

    def test_a_row_nobody_measured_says_not_available_and_keeps_its_place(self):
        text = self.render([])
        self.assertIn("not available | | 0 | not measured |", self.line(text, "aangifte submissions/s"))
        table_rows = sum(1 for l in text.splitlines() if l.startswith("| ") and "---" not in l) - 1  # minus the header
        self.assertEqual(len(summarise.ROWS) + 2, table_rows)  # + the two Politiemonitor rows

    def test_monitor_is_carried_over_with_its_date_when_not_measured(self):
        last = {"date": "2026-11-30", "commit": "x", "slowestMs": 285, "range": "190 - 285 ms", "runs": 5}
        row = self.line(self.render([], last=last), "Politiemonitor")
        self.assertIn("285 ms (carried over from 2026-11-30, not measured by this run)", row)

    def test_measured_monitor_row_is_the_slowest_grouping(self):
        text = "report --group-by eenheid: median 190.5 ms (runs: 1 2 3 )\nreport --group-by wout: median 284.6 ms (runs: 1 )"
        row = self.line(self.render([{"run": 0, "key": "monitor", "text": text, "responses": "1000000"}]), "Politiemonitor")
        self.assertIn("| < 300 ms | **285 ms** | 190 - 285 ms (over the 2 groupings) | 5 | met |", row)

    def test_dashboard_row_reads_the_national_views_not_the_unit_ones(self):
        text = ("dashboard views, national (first run and median of 5 later runs, ms):\nview\tfirst_ms\tmedian_ms\n"
                "eenheid\t2066.1\t40.9\nwout\t47.1\t12.2\ndashboard views, one unit analyst (rotterdam):\n"
                "view\tfirst_ms\tmedian_ms\neenheid\t4588.2\t99.0\n")
        row = self.line(self.render([{"run": 0, "key": "monitor", "text": text, "responses": "1000000"}]), "Politiemonitor dashboard over 1,000,000 responses: slowest view")
        self.assertIn("| **41 ms** | 12 - 41 ms (over the 2 views) | 5 | met |", row)

    def test_quick_and_busy_runs_are_marked_as_not_results(self):
        text = self.render([], meta={**META, "quick": "quick", "loadStart": "9.5 8.0 7.0"})
        self.assertIn("Smoke run (`quick`)", text)
        self.assertIn("busy at the start (load average 9.5 8.0 7.0 on 2 cores)", text)


if __name__ == "__main__":
    unittest.main()
