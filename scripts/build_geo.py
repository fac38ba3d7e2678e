"""Cut data/geo/ from the untouched GISCO NUTS 2021 1:20M files: the regions the areas need, countries for context."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script: import the checkout's own dashboard package

from dashboard.data.checksums import SUMS_NAME, format_sums, parse_sums, sha256  # noqa: E402
from dashboard.data.geo import BOUNDARIES, EMBEDDED_DIR  # noqa: E402

KEEP = ("NUTS_ID", "CNTR_CODE", "NAME_LATN", "LEVL_CODE")
NUTS2_LENGTH = 4  # a NUTS-2 code: country code + two characters (PL91, MK00)


def wanted_codes(data_dir: Path) -> dict[str, set[str] | None]:
    """Return the NUTS ids per level: areas' NUTS-3 regions; NUTS-2 of the same territory or used by values; all."""
    nuts3: set[str] = set()
    nuts2: set[str] = set()
    with (data_dir / "areas.csv").open(encoding="utf-8", newline="") as handle:
        for area in csv.DictReader(handle):
            nuts3.update(code.strip() for code in area["nuts3"].split(";") if code.strip())
            nuts2.update(code.strip() for code in (area.get("nuts2_same") or "").split(";") if code.strip())
            values = data_dir / "indicators" / f"{area['area_id']}.csv"
            if values.is_file():
                with values.open(encoding="utf-8", newline="") as rows:
                    codes = {part for row in csv.DictReader(rows) for part in row["nuts_code"].split("+")}
                nuts2.update(code for code in codes if len(code) == NUTS2_LENGTH)
    return {"nuts3": nuts3, "nuts2": nuts2, "nuts0": None}


def verified_sources(gisco_dir: Path, expected: Mapping[str, str]) -> None:
    """Stop unless each source file matches the folder's SHA256SUMS and the checksum the app knows for it."""
    listed, bad = parse_sums((gisco_dir / SUMS_NAME).read_text(encoding="utf-8"))
    if bad:
        raise SystemExit(f"{gisco_dir / SUMS_NAME}:{bad[0][0]}: {bad[0][1]}")
    for name, digest in expected.items():
        actual = sha256(gisco_dir / name)
        if name not in listed or listed[name][1] != actual or actual != digest:
            raise SystemExit(f"{gisco_dir / name}: checksum is not the one in {SUMS_NAME} and in dashboard.data.geo")


def cut(source: dict, codes: set[str] | None) -> str:
    """Return the features whose NUTS_ID is in codes (all if None), sorted, geometry untouched, one per line."""
    features = []
    for feature in source["features"]:
        props = feature["properties"]
        if codes is None or props["NUTS_ID"] in codes:
            features.append({"type": "Feature", "id": props["NUTS_ID"],
                             "properties": {key: props[key] for key in KEEP}, "geometry": feature["geometry"]})
    found = {f["id"] for f in features}
    if codes is not None and codes - found:
        raise SystemExit(f"not in the GISCO file: {', '.join(sorted(codes - found))}")
    features.sort(key=lambda f: f["id"])
    head = {"type": "FeatureCollection", "crs": source["crs"]}
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"features":[\n' + ",\n".join(
        lines) + "\n]}\n"


def build(gisco_dir: Path, data_dir: Path, expected: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return {file name: text} of the geo/ folder for a data folder, SHA256SUMS included."""
    specs = {level: BOUNDARIES[level] for level in ("nuts3", "nuts2", "nuts0")}
    verified_sources(gisco_dir, expected or {s.gisco_name: s.gisco_sha256 for s in specs.values()})
    files: dict[str, str] = {}
    for level, codes in wanted_codes(data_dir).items():
        source = json.loads((gisco_dir / specs[level].gisco_name).read_text(encoding="utf-8"))
        files[specs[level].embedded_name] = cut(source, codes)
    digests = {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in files.items()}
    files[SUMS_NAME] = format_sums(digests)
    return files


def write(files: Mapping[str, str], out: Path) -> list[Path]:
    """Make folder out hold exactly these files (stale ones removed); return their paths."""
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    return [out / name for name in sorted(files)]


def main(argv: list[str] | None = None) -> int:
    """Write <data dir>/geo/ afresh (only the files build returns)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gisco", nargs="?", type=Path, default=REPO.parent / "shared" / "geo" / "gisco",
                        help="folder of the untouched GISCO files and their SHA256SUMS (default: ../shared/geo/gisco)")
    parser.add_argument("--data-dir", type=Path, default=REPO / "data", help="data folder (default: data/)")
    args = parser.parse_args(argv)
    out = write(build(args.gisco, args.data_dir), args.data_dir / EMBEDDED_DIR)
    print("\n".join(f"{path.stat().st_size:>9,} bytes  {path}" for path in out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
