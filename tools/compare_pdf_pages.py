"""Render every PDF kamdesk makes, and compare two such renderings page by page.

A speed change to the renderer must leave the pages as they were. Render once with the
old code and once with the new, then compare: identical bytes, or else each page's image
(pdftoppm) pixel by pixel and its text, naming the pages that differ and how.

    PYTHONPATH=/path/to/checkout-of-main python tools/compare_pdf_pages.py render DB old/
    python tools/compare_pdf_pages.py render DB new/
    python tools/compare_pdf_pages.py compare old/ new/ [--dpi 70] [--keep DIR]

DB is a demo database (``kamdesk demo``); use a copy, since exporting adds snapshots that
change the plan's version number. The documents: the demo's first two accounts' plans in
both languages and audiences (the first on A4 and Letter), the test plans (rich, hostile,
big), each plan's brief, the portfolio report and the person record. reportlab's
invariant mode makes equal documents equal bytes.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 11, 28)


def render(database: Path, folder: Path) -> None:
    """Write every document into ``folder``, printing each one's digest."""
    import reportlab.rl_config

    reportlab.rl_config.invariant = 1
    # After PYTHONPATH, so that a checkout named there renders with its own kamdesk.
    sys.path += [str(ROOT), str(ROOT / "tests" / "reports")]
    from kamdesk.reports import render_brief, render_plan
    from kamdesk.reports.person_record_document import render_person_record
    from kamdesk.services.admin.database_opening import open_for_use
    from kamdesk.services.export.portfolio_report import render_portfolio_report
    from kamdesk.services.plans.plan_assembly import assemble_plan
    from tests.reports.plan_factory import big_plan, hostile_plan, rich_plan
    from tests.reports.test_person_record_pdf import RECORD

    folder.mkdir(parents=True, exist_ok=True)
    db = open_for_use(str(database))
    documents: dict[str, bytes] = {}
    plans = {"demo1": assemble_plan(db, "1", DAY), "demo2": assemble_plan(db, "2", DAY),
             "rich": rich_plan(), "hostile": hostile_plan(), "big": big_plan(60)}
    for name, plan in plans.items():
        for lang in ("en", "de"):
            for audience in ("internal", "client"):
                for paper in ("a4", "letter") if name == "demo1" else ("a4",):
                    documents[f"{name}-{lang}-{audience}-{paper}"] = render_plan(
                        plan, lang=lang, paper=paper, audience=audience)
        documents[f"{name}-brief"] = render_brief(plan)
    for lang in ("en", "de"):
        documents[f"portfolio-{lang}"] = render_portfolio_report(
            db, lang=lang, paper="a4", today=DAY).pdf
        documents[f"person-{lang}"] = render_person_record(RECORD, lang=lang)
    db.close()
    for name, pdf in documents.items():
        (folder / f"{name}.pdf").write_bytes(pdf)
        print(name, hashlib.sha256(pdf).hexdigest()[:16])


def _page_images(pdf: Path, folder: Path, prefix: str, dpi: int) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / prefix)],
                   check=True)
    return sorted(folder.glob(f"{prefix}-*.png"))


def compare(old: Path, new: Path, dpi: int, keep: Path | None) -> int:
    """Print what differs; 1 when any page does."""
    from PIL import Image, ImageChops
    from pypdf import PdfReader

    pages = differing = 0
    for before in sorted(old.glob("*.pdf")):
        after = new / before.name
        if before.read_bytes() == after.read_bytes():
            count = len(PdfReader(before).pages)
            pages += count
            print(f"{before.name}: byte-identical ({count} pages)")
            continue
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            images = zip(_page_images(before, folder, "a", dpi),
                         _page_images(after, folder, "b", dpi), strict=False)
            old_texts = [page.extract_text() for page in PdfReader(before).pages]
            new_texts = [page.extract_text() for page in PdfReader(after).pages]
            changed = []
            for number, (a, b) in enumerate(images, start=1):
                first, second = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
                box = (ImageChops.difference(first, second).getbbox()
                       if first.size == second.size else "size")
                if box:
                    changed.append((number, box))
                    if keep is not None:
                        first.save(keep / f"{before.stem}-p{number}-old.png")
                        second.save(keep / f"{before.stem}-p{number}-new.png")
            pages += len(old_texts)
            differing += len(changed) + abs(len(old_texts) - len(new_texts))
            print(f"{before.name}: {len(old_texts)} vs {len(new_texts)} pages; "
                  f"pixels differ on {changed}")
            texts = zip(old_texts, new_texts, strict=False)
            for number, (a_text, b_text) in enumerate(texts, start=1):
                for line in difflib.unified_diff(a_text.splitlines(), b_text.splitlines(),
                                                 lineterm="", n=0):
                    if not line.startswith(("---", "+++", "@@")):
                        print(f"   p{number} {line}")
    print(f"{pages} pages compared, {differing} differ")
    return 1 if differing else 0


def main() -> int:
    """Render or compare, as the command line says."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rendering = commands.add_parser("render", help="render every document into a folder")
    rendering.add_argument("database", type=Path)
    rendering.add_argument("folder", type=Path)
    comparing = commands.add_parser("compare", help="compare two folders of renderings")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--dpi", type=int, default=70)
    comparing.add_argument("--keep", type=Path, help="save both images of differing pages")
    arguments = parser.parse_args()
    if arguments.command == "render":
        render(arguments.database, arguments.folder)
        return 0
    return compare(arguments.old, arguments.new, arguments.dpi, arguments.keep)


if __name__ == "__main__":
    sys.exit(main())
