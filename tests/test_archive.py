"""An archive in worker processes: chunks on every core give the verdicts one process gives."""

from __future__ import annotations

import pytest

from bench.synthetic import write_archive
from validation import archive as archive_module
from validation import engine
from validation.load import UnusableInput


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("archive") / "bench"
    write_archive(out, 4, 7)
    return out


def verdicts(report) -> list:
    return [(d.id, [(c.id, c.status, c.message) for c in d.checks]) for d in report.datasets]


def test_parallel_chunks_give_the_same_report(archive, monkeypatch):
    one_process = engine.validate_paths([archive])
    monkeypatch.setattr(archive_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(archive_module, "CHUNK", 2)
    in_chunks = engine.validate_paths([archive])
    assert verdicts(in_chunks) == verdicts(one_process)
    assert len(in_chunks.datasets) == 4 and in_chunks.ok


def test_unusable_input_in_a_worker_reaches_the_caller_whole(archive, monkeypatch, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(archive, broken)
    (broken / "BENCH-DATA.md").unlink(missing_ok=True)
    third = sorted(p for p in broken.iterdir() if p.is_dir())[2]
    (third / "claims.csv").write_text('a,b\n1,"2\n', encoding="utf-8")
    monkeypatch.setattr(archive_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(archive_module, "CHUNK", 2)
    with pytest.raises(UnusableInput) as caught:
        engine.validate_paths([broken])
    assert (
        caught.value.line()
        == f"{third / 'claims.csv'}, row 2: unparsable CSV: unexpected end of data"
    )


def test_the_command_line_report_is_streamed_in_folder_order(archive, monkeypatch):
    monkeypatch.setattr(archive_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(archive_module, "CHUNK", 1)
    streamed = archive_module.check_archive([archive])
    assert streamed.to_json() == engine.validate_paths([archive]).to_json()
    assert [d.id for d in streamed.datasets] == sorted(d.id for d in streamed.datasets)


@pytest.mark.parametrize("form", ["text", "json"])
def test_workers_send_back_what_the_form_prints_and_the_report_is_unchanged(
    form, tmp_path, monkeypatch
):
    import io

    from validation.report_writer import write_report

    out = tmp_path / "faulty"
    write_archive(out, 4, 7, faults=2)  # two of four fail: their text is printed
    full = archive_module.plan([out])
    whole = list(full)
    monkeypatch.setattr(archive_module, "MANY", 2)  # four datasets count as many
    lean = archive_module.plan([out])
    lean.form = form
    sent = list(lean)
    if form == "json":
        assert all(r.text == "" for r in sent) and [r.json for r in sent] == [r.json for r in whole]
    else:
        assert all(r.json == "" for r in sent)
        assert [r.text == "" for r in sent] == [r.all_pass for r in whole]
        assert not all(r.all_pass for r in whole) and any(r.all_pass for r in whole)

    def written(pieces, many):
        text = io.StringIO()
        monkeypatch.setattr("validation.report_writer.MANY", 2 if many else 20)
        write_report(pieces, len(pieces), form, text)
        return text.getvalue()

    assert written(sent, True) == written(whole, True)


@pytest.mark.parametrize(
    ("details", "row", "value"),
    [({"sum": 0.25}, 3, "x"), ({"tiny": 1.5e-07}, 3, "x"), ({}, None, None),
     ({"nan": float("nan")}, 4, "y"), ({}, 2**64, "big"), ({}, 3, 0.5e-9), ({}, True, "x")],
)  # fmt: skip
def test_a_rendered_report_is_what_json_writes(details, row, value):
    """The JSON fragment is json.dumps's text whatever a report holds (orjson writes it only
    where the two agree)."""
    import json

    from validation.report import CheckResult, DatasetReport, Finding

    finding = Finding("figures.csv", "rule", "message", row, "amount", value)
    report = DatasetReport("d1", [CheckResult("c", "schema", "fail", "m", details, [finding])])
    data = {"id": "d1", "checks": [check.as_json() for check in report.checks]}
    expected = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    assert archive_module.render(report).json == archive_module.indented(expected, 4)
