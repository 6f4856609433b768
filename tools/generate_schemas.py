"""Write the JSON Schema files shipped in ``src/moroccan_social_news/schemas/``.

The schemas are generated from the attrs classes by
:func:`moroccan_social_news._serialize.schema_files`; a test fails when the shipped
files differ from what the generator produces now. Run from the repository root:

    python tools/generate_schemas.py          # rewrite the files
    python tools/generate_schemas.py --check  # exit 1 if any file is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from moroccan_social_news._serialize import schema_files

OUT = Path(__file__).resolve().parents[1] / "src" / "moroccan_social_news" / "schemas"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the shipped JSON Schema files.")
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    wanted = schema_files()
    present = {p.name for p in OUT.glob("*.schema.json")}
    stale = sorted(
        name
        for name, text in wanted.items()
        if not (OUT / name).is_file() or (OUT / name).read_text(encoding="utf-8") != text
    )
    extra = sorted(present - set(wanted))
    if args.check:
        for name in (*stale, *extra):
            print(f"stale: {name}")
        return 1 if stale or extra else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (OUT / name).write_text(wanted[name], encoding="utf-8")
    for name in extra:
        (OUT / name).unlink()
    print(f"{len(stale)} written, {len(extra)} removed, {len(wanted)} schemas in {OUT.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
